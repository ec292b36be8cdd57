# shellcheck shell=bash
# Helpers shared by run.sh and test.sh.

APT_UPDATED=${APT_UPDATED:-}

# Install Debian packages that are missing; `apt-get update` once per script run.
ensure_apt_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "==> installing: ${missing[*]}"
  if [ -z "$APT_UPDATED" ]; then $sudo apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm ci only when package-lock.json changed since the last install. The registry sometimes drops a connection
# mid-download (EIDLETIMEOUT, ECONNRESET) — npm's own fetch retries do not cover a body that stalls — so a failed
# install is tried again; what was already fetched comes from npm's cache. The stamp is written only on success.
npm_ci_if_needed() {
  local dir=$1
  local stamp="$dir/node_modules/.lock-hash" hash attempt
  hash=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ] && return 0
  for attempt in 1 2 3 4; do
    if (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error --fetch-retries=4 --fetch-timeout=120000); then
      echo "$hash" > "$stamp"
      return 0
    fi
    echo "==> npm ci in $dir failed (attempt $attempt of 4)" >&2
    sleep $((attempt * 10))
  done
  return 1
}
