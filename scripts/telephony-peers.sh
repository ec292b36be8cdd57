#!/usr/bin/env bash
# Installs the SIP/RTP test peers used by tests/CallCenter.Telephony.Tests (and later Voice tests):
# sipp (Debian package sip-tester), baresip, espeak-ng, sox, tshark, and linphone-cli (linphonec: a second,
# independent SIP phone for the registrar tests).
# Usage: scripts/telephony-peers.sh            install what is missing (idempotent, quiet when nothing to do)
#        scripts/telephony-peers.sh --check    exit 1 and list what is missing, install nothing
# Needs root (or sudo). Non-interactive: tshark's "may non-superusers capture" question is preseeded to "no".
set -euo pipefail

PACKAGES=(sip-tester baresip espeak-ng sox tshark linphone-cli)

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done

if [ "${1:-}" = "--check" ]; then
  if [ ${#missing[@]} -eq 0 ]; then echo "telephony peers: all installed"; exit 0; fi
  echo "telephony peers missing: ${missing[*]}" >&2; exit 1
fi

[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
echo "==> telephony peers: installing ${missing[*]}"
# Without this preseed, wireshark-common asks a debconf question that blocks a non-interactive run.
echo "wireshark-common wireshark-common/install-setuid boolean false" | $sudo debconf-set-selections
if [ -z "${APT_UPDATED:-}" ]; then $sudo apt-get update -qq >/dev/null; fi
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" >/dev/null
command -v sipp >/dev/null || { echo "sipp not found after installing sip-tester" >&2; exit 1; }
command -v linphonec >/dev/null || { echo "linphonec not found after installing linphone-cli" >&2; exit 1; }
