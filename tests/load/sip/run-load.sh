#!/usr/bin/env bash
# Load test of the CallCenter.Telephony SIP node with sipp (UDP, loopback).
# Starts LoadNode (answers every call and plays a prompt in a loop), drives it with sipp's built-in uac scenario,
# and prints sipp's outcome plus the node's summary: peak concurrent calls, failed calls, media clock lateness and
# send-interval deviation (p50/p99/max), CPU per call, GC count and pause total, the last GC's survivors, the
# allocation rate at steady state and bytes allocated per call. The machine's load average is printed before and
# after the run: latency figures only mean something when it is low (a quiet machine).
#
# Usage: tests/load/sip/run-load.sh [rate_cps] [concurrent_limit] [total_calls] [call_ms] [--echo]
#   e.g. tests/load/sip/run-load.sh 100 1000 2000 15000          # 1,000 concurrent calls playing a prompt
#        tests/load/sip/run-load.sh 200 400 4000 1000            # 200 new calls per second
#   --echo makes sipp echo our RTP back (-rtp_echo), which loads both sides with the return stream.
#   MEDIA_CLOCK_PRIORITY=Normal|Nice|RealTime (default RealTime) sets how the node's media clock thread is scheduled.
# Needs sipp: scripts/telephony-peers.sh installs it.
set -euo pipefail
cd "$(dirname "$0")/../../.."

RATE=${1:-100}; LIMIT=${2:-1000}; CALLS=${3:-2000}; CALL_MS=${4:-15000}; ECHO=${5:-}
PORT=${SIP_LOAD_PORT:-5099}
command -v sipp >/dev/null || { echo "sipp missing: run scripts/telephony-peers.sh" >&2; exit 2; }

dotnet build -c Release tests/load/sip/LoadNode -v q -nologo >/dev/null
# Every GC suspends the media clock thread whatever its priority; a 128 MB first generation means one or two GCs
# per run instead of ~30 (the runtime reads this only from the environment, not from runtimeconfig.json).
export DOTNET_GCgen0size=${DOTNET_GCgen0size:-0x8000000}
# The thread pool's spin limit comes from LoadNode's runtimeconfig (RuntimeHostConfigurationOption in LoadNode.csproj).
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d)
NODE_SECONDS=$(( CALLS / RATE + CALL_MS / 1000 + 15 ))
dotnet tests/load/sip/LoadNode/bin/Release/net10.0/LoadNode.dll "$PORT" "$NODE_SECONDS" > "$WORK/node.log" 2>&1 &
NODE=$!
sleep 2

ECHO_ARG=""; [ "$ECHO" = "--echo" ] && ECHO_ARG="-rtp_echo"
set +e
sipp 127.0.0.1:"$PORT" -sn uac -r "$RATE" -l "$LIMIT" -m "$CALLS" -d "$CALL_MS" -i 127.0.0.1 -p $((PORT - 1)) -mp 6100 \
  $ECHO_ARG -nostdin -timeout $((NODE_SECONDS - 5))s -trace_stat -stf "$WORK/stats.csv" -trace_err -error_file "$WORK/errors.log" > "$WORK/sipp.out" 2>&1
SIPP_EXIT=$?
set -e
wait "$NODE"

echo "== $(date -u +%Y-%m-%dT%H:%MZ) rate=${RATE}cps limit=${LIMIT} calls=${CALLS} call=${CALL_MS}ms ${ECHO_ARG}"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average before: $LOAD_BEFORE, at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "node GC: DOTNET_GCgen0size=$DOTNET_GCgen0size; $(grep '^gc ' "$WORK/node.log")"
echo "media clock: $(grep -o 'priority asked.*' "$WORK/node.log" | head -1)"
echo "sipp exit status: $SIPP_EXIT (0 = no failed call)"
if [ -f "$WORK/stats.csv" ]; then
  # Columns of sipp's statistics file: pick the cumulative successful and failed call counts.
  python3 - "$WORK/stats.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1]), delimiter=';'))
head, last = rows[0], rows[-1]
for name in ("SuccessfulCall(C)", "FailedCall(C)", "OutgoingCall(C)"):
    if name in head: print(f"sipp {name} = {last[head.index(name)]}")
PY
fi
sed -n '/---- summary ----/,$p' "$WORK/node.log"
echo "(logs in $WORK)"
exit "$SIPP_EXIT"
