#!/usr/bin/env bash
# Node-level ACD load test (issue 16): callers through ivr-main → 0 → 综合组, simulated agents answering, the real Host.
#
#   callers  sipp (caller.xml): 96556, key 0 as RFC 4733 from the shipped capture, on the line HOLD seconds, -rtp_echo
#   phones   one sipp REGISTERs every extension with digest (agent-register.xml, -inf of extension;SIP password) and
#            answers the node's INVITEs and qualify OPTIONS on the same socket (agent-answer.xml as its out-of-call
#            scenario: the registrar rings the REGISTER's source), rings RING_MS, answers PCMA and plays a capture
#   desks    AcdLoad desk: one SignalR connection per agent (/hubs/agent-desk, JWT), Login + Ready, fetches the screen
#            pop on every CallOffered and sends ScreenPopShown, saves a contact + DispositionRecorded + EndWrapUp
#   agents   made by AcdLoad setup through the real API (users, /api/acd/agents/{id}, sip-password)
#
# The caller hangs up after HOLD seconds whatever happened, so a longer queue wait means a shorter conversation: the
# agents' capacity (AGENTS / CPS seconds per call) settles the wait, and concurrent callers ≈ CPS × (2 + HOLD).
# Checks afterwards: sipp's failed calls (0 wanted), every call's queue-event chain closed (EnterQueue … Connect …
# Complete, or Abandon), no agent left Reserved/OnCall/Hold; ring-to-screen-pop p50/p90/p99 from the hub's own
# measurement (its log line, ScreenPopLatency) and from the client. Load average before and after.
#
# Usage: tests/load/acd/run-acd-load.sh [agents=200] [cps=20] [minutes=10] [hold_seconds=20]
#   e.g. tests/load/acd/run-acd-load.sh 20 2 1          # a one-minute smoke run
#   RECORD=1 appends the summary to docs/benchmarks.md ("ACD through the node"). RING_MS (default 500), WRAP_MS (300).
# Own PostgreSQL cluster in .data/pg-acd-load on port 55700 (not the shared dev cluster); a fresh database each run.
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$REPO_ROOT"
source scripts/common.sh
source scripts/postgres.sh
source scripts/build.sh

AGENTS=${1:-200}; CPS=${2:-20}; MINUTES=${3:-10}; HOLD=${4:-20}
RING_MS=${RING_MS:-500}; WRAP_MS=${WRAP_MS:-300}
CALLS=$(( CPS * 60 * MINUTES ))
command -v sipp >/dev/null || { echo "sipp missing: run scripts/telephony-peers.sh" >&2; exit 2; }
WORK=$(mktemp -d /tmp/acd-load.XXXXXX)
HERE="$REPO_ROOT/tests/load/acd"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "${HOST_PID:-}" ] && kill "$HOST_PID" 2>/dev/null || true
  stop_private_cluster "$REPO_ROOT/.data/pg-acd-load"
}
trap cleanup EXIT

ensure_postgres_installed
start_private_cluster "$REPO_ROOT/.data/pg-acd-load" 55700
DB_NAME=callcenter_acdload
DB="$PG_ADMIN_CS;Database=$DB_NAME;Maximum Pool Size=${POOL:-60}"
PGPASSWORD=callcenter psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "DROP DATABASE IF EXISTS $DB_NAME" >/dev/null
build_backend
dotnet build "$HERE/AcdLoad" -c Release -nologo -v q -clp:ErrorsOnly
migrate_database "$DB" --households "${HOUSEHOLDS:-2000}" >/dev/null

HTTP_PORT=$(free_port 19750) # not 18500/18700: the screen-pop and restart benchmarks start hosts there
SIP_PORT=$(free_port 5300)
AGENT_SIP_PORT=$(free_port 5400)
CALLER_SIP_PORT=$(free_port 5500)
export Jwt__SigningKey="acd-load-signing-key-long-enough-for-hmac-sha256"
export Serilog__MinimumLevel__Default=Warning
export Voice__Sip__ListenAddress=127.0.0.1 Voice__Sip__Port=$SIP_PORT Voice__Sip__RtpPortMin=30000 Voice__Sip__RtpPortMax=39999
export Voice__NodeId=acd-load Voice__TransferTargets__agent="sip:8000@127.0.0.1:5999"
# Prompts synthesized once per machine (espeak-ng), shared with the voice tests' cache.
export Voice__PromptCachePath=${PROMPT_CACHE:-/tmp/callcenter-voice-tests-prompts}
# As scripts/build.sh's start_host, plus the one log category this test reads at Information: the hub's
# ring-to-screen-pop line (ScreenPopLatencyReporter); the rest stays at Warning. A name with dots cannot be exported.
(cd src/CallCenter.HttpApi.Host && CALLCENTER_DB="$DB" exec env "Serilog__MinimumLevel__Override__CallCenter.Acd.ScreenPopLatencyReporter=Information" \
  dotnet bin/Release/net10.0/CallCenter.HttpApi.Host.dll --urls "http://127.0.0.1:$HTTP_PORT") > "$WORK/host.log" 2>&1 &
HOST_PID=$!
PIDS+=("$HOST_PID")
for _ in $(seq 1 240); do
  curl -fsS "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$HOST_PID" 2>/dev/null || { tail -20 "$WORK/host.log"; echo "the host exited during start-up" >&2; exit 1; }
  sleep 0.5
done
URL="http://127.0.0.1:$HTTP_PORT"
dotnet "$HERE/AcdLoad/bin/Release/net10.0/AcdLoad.dll" setup --url "$URL" --agents "$AGENTS" --first-extension 8100 --out "$WORK"

# Callers: the seeded households' phone numbers (the screen pop finds a household), one per call in turn.
PGPASSWORD=callcenter psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB_NAME" -At \
  -c "SELECT number FROM household_phones WHERE number ~ '^[+]?[0-9]+$' ORDER BY random() LIMIT 2000" > "$WORK/numbers"
{ echo SEQUENTIAL; cat "$WORK/numbers"; } > "$WORK/callers.csv"

# sipp plays captures by relative path (pcap/…) and reads its scenarios from the work folder.
ln -s /usr/share/sip-tester "$WORK/pcap"
sed "s|@USER_AGENT@|${AGENT_USER_AGENT:-SIPp/3.6.1 acd-load}|" "$HERE/sipp/agent-register.xml" > "$WORK/agent-register.xml"
sed "s/@RING_MS@/$RING_MS/" "$HERE/sipp/agent-answer.xml" > "$WORK/agent-answer.xml"
cp "$HERE/sipp/caller.xml" "$WORK/caller.xml"
RUN_SECONDS=$(( MINUTES * 60 + HOLD + 60 ))

cd "$WORK"
# 8 REGISTERs a second: the registrar lets one source cause 60 challenges at once and 10 a second after that.
sipp 127.0.0.1:"$SIP_PORT" -sf agent-register.xml -oocsf agent-answer.xml -inf sipp-agents.csv -m "$AGENTS" -l "$AGENTS" -r 8 \
  -d $(( (RUN_SECONDS + 120) * 1000 )) -i 127.0.0.1 -p "$AGENT_SIP_PORT" -mp 20000 -nostdin -bg -trace_err -error_file agents-errors.log \
  -trace_stat -fd 5 -stf agents-stats.csv > agents-sipp.out 2>&1 || [ $? = 99 ] # 99: "went to the background"
AGENTS_SIPP=$(sed -nE 's/.*PID=\[([0-9]+)\].*/\1/p' agents-sipp.out)
[ -n "$AGENTS_SIPP" ] || { cat agents-sipp.out; echo "the agents' sipp did not start" >&2; exit 1; }
PIDS+=("$AGENTS_SIPP")
# The desks wait until every agent's phone shows as registered (AgentDeskSnapshot.phoneRegistered) before "desks ready".
dotnet "$HERE/AcdLoad/bin/Release/net10.0/AcdLoad.dll" desk --url "$URL" --agents agents.csv --wrap-ms "$WRAP_MS" > desk.out 2>&1 &
DESK_PID=$!
PIDS+=("$DESK_PID")
for _ in $(seq 1 300); do grep -q "desks ready" desk.out && break; kill -0 "$DESK_PID" 2>/dev/null || break; sleep 1; done
grep -q "desks ready" desk.out || { cat desk.out; echo "the desks did not start" >&2; exit 1; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
echo "== $STARTED: $CALLS callers at $CPS/s for $MINUTES min, $AGENTS agents, caller on the line ${HOLD}s after the key; load average $LOAD_BEFORE"
# Host CPU over the run (user+system ticks of the Host process).
TICKS0=$(awk '{print $14 + $15}' "/proc/$HOST_PID/stat")
set +e
sipp 127.0.0.1:"$SIP_PORT" -sf caller.xml -s 96556 -inf callers.csv -r "$CPS" -m "$CALLS" -l $(( CPS * (HOLD + 30) )) -d $(( HOLD * 1000 )) \
  -i 127.0.0.1 -p "$CALLER_SIP_PORT" -mp 24000 -rtp_echo -nostdin -timeout "${RUN_SECONDS}s" -timeout_error \
  -trace_stat -fd 10 -stf callers-stats.csv -trace_err -error_file callers-errors.log > callers-sipp.out 2>&1
CALLERS_EXIT=$?
set -e
TICKS1=$(awk '{print $14 + $15}' "/proc/$HOST_PID/stat")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
sleep 5 # last wrap-ups and the event pump's batch
kill -TERM "$DESK_PID"; wait "$DESK_PID" || true
kill -TERM "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true
HOST_PID=""

SUMMARY="$WORK/summary.txt"
{
  echo "== ACD load $STARTED · $AGENTS agents · $CPS calls/s · $MINUTES min · caller holds ${HOLD}s after the key · ring ${RING_MS} ms · wrap-up ${WRAP_MS} ms + contact save"
  echo "machine: $(nproc) cores, load average before: $LOAD_BEFORE, at the end: $LOAD_AFTER"
  echo "host CPU over the callers' run: $(python3 -c "print(f'{($TICKS1 - $TICKS0) / $(getconf CLK_TCK):.0f}')") s"
  python3 - callers-stats.csv <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1]), delimiter=';'))
h = rows[0]
def col(name, row): return row[h.index(name)]
last = rows[-1]
peak = max(int(col("CurrentCall", r)) for r in rows[1:])
print(f"callers (sipp): created {col('TotalCallCreated', last)}, successful {col('SuccessfulCall(C)', last)}, failed {col('FailedCall(C)', last)}, peak concurrent {peak} (sampled every 10 s)")
PY
  echo "callers sipp exit status: $CALLERS_EXIT (0 = no failed call)"
  grep -h "desk states\|desk calls\|client:" desk.out
  grep -o "Ring-to-screen-pop at the hub.*" host.log | tail -1 | sed 's/^/hub: /'
  PGPASSWORD=callcenter psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB_NAME" -At -F ' ' <<SQL
-- Calls of this run that reached the queue, and whether each one's event chain is closed.
WITH calls AS (
  SELECT call_record_id,
         bool_or(event = 'EnterQueue') AS entered,
         bool_or(event = 'Connect') AS connected,
         bool_or(event = 'Complete') AS completed,
         bool_or(event = 'Abandon') AS abandoned,
         bool_or(event = 'Overflow') AS overflowed,
         max(id) FILTER (WHERE event = 'EnterQueue') AS last_enter,
         max(id) FILTER (WHERE event IN ('Complete', 'Abandon', 'Overflow')) AS last_close
  FROM queue_events WHERE call_record_id IS NOT NULL AND at >= '$STARTED' GROUP BY call_record_id)
SELECT 'queue events: calls ' || count(*) || ', entered queue ' || count(*) FILTER (WHERE entered)
    || ', connected ' || count(*) FILTER (WHERE connected) || ', completed ' || count(*) FILTER (WHERE completed)
    || ', abandoned ' || count(*) FILTER (WHERE abandoned) || ', overflowed ' || count(*) FILTER (WHERE overflowed)
    || ', chain open ' || count(*) FILTER (WHERE last_close IS NULL OR last_close < last_enter)
    || ', connected without Complete ' || count(*) FILTER (WHERE connected AND NOT completed)
FROM calls;
SELECT 'queue wait (Connect): p50 ' || coalesce(percentile_disc(0.5) WITHIN GROUP (ORDER BY wait_ms)::text, '-') || ' ms, p99 '
    || coalesce(percentile_disc(0.99) WITHIN GROUP (ORDER BY wait_ms)::text, '-') || ' ms; talk (Complete) p50 '
    || coalesce((SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY talk_ms) FROM queue_events WHERE event = 'Complete' AND at >= '$STARTED')::text, '-') || ' ms'
FROM queue_events WHERE event = 'Connect' AND at >= '$STARTED';
SELECT 'call records: ' || count(*) || ', still open ' || count(*) FILTER (WHERE ended_at IS NULL)
    || ', end reasons ' || coalesce(string_agg(DISTINCT end_reason, ', '), '-')
FROM call_records WHERE started_at >= '$STARTED';
SELECT 'ring misses: ' || count(*) FROM queue_events WHERE event = 'RingNoAnswer' AND at >= '$STARTED';
SQL
  echo "agents' phones (sipp): $(python3 -c "
import csv; r=list(csv.reader(open('agents-stats.csv'),delimiter=';')); print(r[-1][r[0].index('FailedCall(C)')])") registrations failed, $(grep -o 'Aborting call' agents-errors.log 2>/dev/null | wc -l) calls aborted (unexpected message or timeout), $(grep -o 'out-of-call INVITE' agents-errors.log 2>/dev/null | wc -l) INVITEs received"
} | tee "$SUMMARY"
echo "(logs in $WORK)"

if [ "${RECORD:-0}" = 1 ]; then
  python3 - "$REPO_ROOT/docs/benchmarks.md" "$SUMMARY" "${PG_FSYNC:+PG_FSYNC=$PG_FSYNC }tests/load/acd/run-acd-load.sh $AGENTS $CPS $MINUTES $HOLD" <<'PY'
import sys, pathlib
path, summary, command = pathlib.Path(sys.argv[1]), open(sys.argv[2]).read().strip().splitlines(), sys.argv[3]
text = path.read_text()
heading = "### ACD through the node"
row = f"- `{command}`\n" + "\n".join("  - " + line.lstrip("= ") for line in summary) + "\n"
start = text.index(heading)
nxt = text.find("\n## ", start + len(heading))
nxt3 = text.find("\n### ", start + len(heading))
ends = [i for i in (nxt, nxt3) if i >= 0]
end = min(ends) if ends else len(text)
text = text[:end].rstrip() + "\n\n" + row + text[end:]
path.write_text(text)
PY
  echo "recorded in docs/benchmarks.md"
fi
exit "$CALLERS_EXIT"
