#!/usr/bin/env bash
# Proves etc/kamailio.cfg balances calls over two SIP nodes: two sipp UASs stand in for the nodes, a sipp UAC sends
# six calls to Kamailio, and each node must answer three (round-robin) with every call completed, BYE included
# (record-route keeps in-dialog requests on the node that answered). Prints "N passed, N failed"; exit 1 on failure.
set -uo pipefail
REPO_ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d); PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null; wait 2>/dev/null; [ -z "${KEEP:-}" ] && rm -rf "$WORK"' EXIT
port() { python3 -c 'import socket;s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM);s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
node1=$(port); node2=$(port); lb=$(port)
printf '1 sip:127.0.0.1:%s\n1 sip:127.0.0.1:%s\n' "$node1" "$node2" > "$WORK/dispatcher.list"
passed=0; failed=0
check() { if eval "$2"; then passed=$((passed + 1)); echo "ok: $1"; else failed=$((failed + 1)); echo "FAILED: $1"; fi; }

check "the shipped configuration parses" "kamailio -c -f '$REPO_ROOT/etc/kamailio.cfg' >'$WORK/check.log' 2>&1"

for p in "$node1" "$node2"; do
  mkdir -p "$WORK/$p"
  (cd "$WORK/$p" && exec timeout 60 sipp -sf "$REPO_ROOT/tests/kamailio/uas-record-route.xml" -i 127.0.0.1 -p "$p" -trace_msg -message_file messages.log >/dev/null 2>&1) &
  PIDS+=($!)
done
kamailio -DD -E -f "$REPO_ROOT/etc/kamailio.cfg" -A "LISTEN=udp:127.0.0.1:$lb" -A "DISPATCHER_LIST=\"$WORK/dispatcher.list\"" \
  -w "$WORK" -Y "$WORK" > "$WORK/kamailio.log" 2>&1 &
PIDS+=($!)
sleep 2
(cd "$WORK" && timeout 60 sipp -sf "$REPO_ROOT/tests/kamailio/uac-route-set.xml" -i 127.0.0.1 -p "$(port)" "127.0.0.1:$lb" -m 6 -r 6 -l 6 -trace_err >/dev/null 2>&1)
uac_rc=$?
check "six calls through the balancer complete (sipp uac exit $uac_rc)" "[ $uac_rc -eq 0 ]"
sleep 1
invites() { grep -c "^INVITE sip:" "$WORK/$1/messages.log" 2>/dev/null || true; }
byes() { grep -c "^BYE sip:" "$WORK/$1/messages.log" 2>/dev/null || true; }
n1=$(invites "$node1"); n2=$(invites "$node2"); b=$(( $(byes "$node1") + $(byes "$node2") ))
check "round-robin: each node got three INVITEs (got $n1 and $n2)" "[ $n1 -eq 3 ] && [ $n2 -eq 3 ]"
acks=$(( $(grep -c "^ACK sip:" "$WORK/$node1/messages.log" || true) + $(grep -c "^ACK sip:" "$WORK/$node2/messages.log" || true) ))
check "every ACK and BYE reached the node that answered through the balancer (ACK $acks, BYE $b of 6)" "[ $acks -eq 6 ] && [ $b -eq 6 ]"
[ "$failed" -ne 0 ] && tail -20 "$WORK/kamailio.log"
echo "kamailio: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
