#!/usr/bin/env bash
# Restart under load (issue 15): the host serves work-order writes at a fixed rate and holds SIP calls; it is killed with
# SIGKILL and started again at once. Measured per phase: seconds from the new process's start to /health/ready, and the
# latency of the writes sent in the first 30 s after ready (p50/p99/max, how many over 1 s, how many failed). Target: no
# write over 1 s after ready.
# Two phases in one run, same build and database: Hosting:WarmUpBeforeReady=false ("before": ready as soon as the
# database answers) and =true ("after": ready once the start-up warm-up is done).
# Usage: [RECORD=0] [PHASES="false true"] tests/load/restart/restart.sh [writes_per_s=10] [calls=20]
# Needs sipp (scripts/telephony-peers.sh) and a PostgreSQL server: BENCH_PG (Npgsql form, default the dev cluster at
# 127.0.0.1:55600); a database of its own is created and dropped. The machine's load average is printed: on a shared,
# busy machine the absolute figures are noisy; the two phases run back to back to be comparable.
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$REPO_ROOT"
source scripts/common.sh
source scripts/postgres.sh
source scripts/build.sh

RATE=${1:-10}; CALLS=${2:-20}; PHASES=${PHASES:-"false true"}
command -v sipp >/dev/null || { echo "sipp missing: run scripts/telephony-peers.sh" >&2; exit 2; }
ADMIN=${BENCH_PG:-"Host=127.0.0.1;Port=55600;Username=postgres;Password=callcenter"}
pg_field() { tr ';' '\n' <<<"$ADMIN" | sed -nE "s/^$1=(.*)$/\\1/ip" | head -1; }
export PGHOST=$(pg_field Host) PGPORT=$(pg_field Port) PGUSER=$(pg_field Username) PGPASSWORD=$(pg_field Password)
DBNAME="callcenter_restart_$$"
DB="$ADMIN;Database=$DBNAME"
WORK=$(mktemp -d /tmp/restart-bench.XXXXXX)
HOST_PID=""; WRITER_PID=""; SIPP_PID=""
cleanup() {
  for pid in "$HOST_PID" "$WRITER_PID" "$SIPP_PID"; do [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; done
  wait 2>/dev/null || true
  psql -d postgres -qc "DROP DATABASE IF EXISTS $DBNAME WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

build_backend
migrate_database "$DB" --households 2000 > "$WORK/migrate.log"
PORT=$(free_port ${RESTART_HTTP_PORT:-18700}); SIP_PORT=$(free_port ${RESTART_SIP_PORT:-15160})
export Jwt__SigningKey="restart-benchmark-signing-key-long-enough-for-hmac"
export Knowledge__IndexPath="$WORK/knowledge" Voice__Sip__ListenAddress=127.0.0.1 Voice__Sip__Port=$SIP_PORT Voice__NodeId=restart-bench
export Voice__PromptCachePath="${TMPDIR:-/tmp}/callcenter-voice-tests-prompts"
# A write the API accepts: an active category and a household that a seeded repair order already uses.
read -r CATEGORY HOUSEHOLD KIND < <(psql -d "$DBNAME" -AtF ' ' -c \
  "SELECT w.category_id, w.household_id, w.type FROM work_orders w JOIN disposition_nodes d ON d.id = w.category_id AND d.is_active
   WHERE w.household_id IS NOT NULL AND w.parent_id IS NULL ORDER BY w.creation_time LIMIT 1")

# start_host_process WARMUP -> HOST_PID, HOST_STARTED (unix s, taken just before exec)
start_host_process() {
  HOST_STARTED=$(date +%s.%N)
  (cd src/CallCenter.HttpApi.Host && Hosting__WarmUpBeforeReady=$1 CALLCENTER_DB="$DB" \
    exec dotnet bin/Release/net10.0/CallCenter.HttpApi.Host.dll --urls "http://127.0.0.1:$PORT") >> "$WORK/host.log" 2>&1 &
  HOST_PID=$!
}

wait_ready() {
  for _ in $(seq 1 1800); do
    # A generous answer time: on a saturated machine ready itself takes seconds to answer, and that still counts as ready.
    curl -fsS -m 15 "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && { date +%s.%N; return 0; }
    sleep 0.05
  done
  echo "the host did not become ready" >&2; return 1
}

run_phase() {
  local warmup=$1
  start_host_process "$warmup"; wait_ready >/dev/null
  local token
  token=$(curl -fsS -H 'Content-Type: application/json' -d '{"userName":"agent","password":"CallCenter#2026"}' \
    "http://127.0.0.1:$PORT/api/account/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  # One write first: the load must be writes the API accepts (a 400 here means the chosen category/household is wrong).
  echo "probe write: HTTP $(curl -s -m 60 -o "$WORK/probe-$warmup.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $token" -d "{\"type\":\"$KIND\",\"categoryId\":\"$CATEGORY\",\"householdId\":\"$HOUSEHOLD\",\"faultSymptom\":\"NotWarm\"}" \
    "http://127.0.0.1:$PORT/api/work-orders") $(head -c 300 "$WORK/probe-$warmup.json")" >&2
  # Open-loop writes for the whole phase; 20 IVR calls (sipp's uac, 40 s each) join after 10 s; SIGKILL at 25 s.
  python3 tests/load/restart/writer.py "http://127.0.0.1:$PORT" "$token" "$CATEGORY" "$HOUSEHOLD" "$KIND" "$RATE" 110 "$WORK/writes-$warmup.csv" &
  WRITER_PID=$!
  sleep 10
  sipp "127.0.0.1:$SIP_PORT" -sn uac -s 96556 -r "$CALLS" -l "$CALLS" -m "$CALLS" -d 40000 -i 127.0.0.1 -p "$(free_port 15260)" \
    -nostdin -timeout 60s > "$WORK/sipp-$warmup.log" 2>&1 &
  SIPP_PID=$!
  sleep 15
  local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
  local killed; killed=$(date +%s.%N)
  kill -9 "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true
  start_host_process "$warmup"
  local started=$HOST_STARTED ready; ready=$(wait_ready)
  # STACKS=1: managed stacks of every thread 3 s and 8 s after ready (dotnet-stack), to see what requests wait on.
  if [ "${STACKS:-0}" = 1 ]; then
    (for at in 3 8; do sleep $((at == 3 ? 3 : 5)); "$HOME/.dotnet/tools/dotnet-stack" report -p "$HOST_PID" > "$WORK/stacks-$warmup-$at.txt" 2>&1; done) &
  fi
  wait "$WRITER_PID" || true; WRITER_PID=""
  # sipp's calls died with the first process; it does not always honour -timeout, so it is stopped here.
  kill "$SIPP_PID" 2>/dev/null || true; wait "$SIPP_PID" 2>/dev/null || true; SIPP_PID=""
  kill "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true; HOST_PID=""
  python3 - "$WORK/writes-$warmup.csv" "$started" "$ready" "$warmup" "$load" "$killed" <<'PY'
import csv, sys
path, started, ready, warmup, load, killed = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5], float(sys.argv[6])
rows = [(float(s), float(l), int(c)) for s, l, c in csv.reader(open(path))]
steady = sorted(r[1] for r in rows if killed - 15 <= r[0] < killed - 1 and r[2] and r[2] < 500)
steady_note = (f"before the kill (last 15 s) {len(steady)} answered, p99 {steady[min(len(steady) - 1, int(0.99 * len(steady)))] * 1000:.0f} ms"
               if steady else "before the kill (last 15 s) no write answered within 10 s")
window = [r for r in rows if ready <= r[0] < ready + 30]
answered = sorted(r[1] for r in window if r[2] and r[2] < 500)
failed = len(window) - len(answered)
def pct(p): return answered[min(len(answered) - 1, int(p * len(answered)))] * 1000 if answered else float("nan")
first = next((r for r in rows if r[0] >= started and r[2] and r[2] < 500), None)
over = sum(1 for l in answered if l > 1.0)
print(f"warm-up before ready={warmup}: start->ready {ready - started:.1f} s; first write sent after the restart answered in "
      f"{(first[1] if first else float('nan')):.2f} s; first 30 s after ready: {len(window)} writes, p50 {pct(0.5):.0f} ms, "
      f"p99 {pct(0.99):.0f} ms, max {(answered[-1] * 1000 if answered else float('nan')):.0f} ms, {over} over 1 s, "
      f"{failed} failed or timed out (10 s); {steady_note}; load average at the kill {load}")
PY
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
RESULTS=()
for phase in $PHASES; do RESULTS+=("$(run_phase "$phase")"); echo "${RESULTS[-1]}"; done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

if [ "${RECORD:-1}" = 1 ]; then
  {
    echo
    echo "### Restart under load, $(date -u +%Y-%m-%d\ %H:%M) UTC ($(git rev-parse --short HEAD))"
    echo
    echo "\`tests/load/restart/restart.sh $RATE $CALLS\` — $RATE work-order writes/s (open loop, 10 s client timeout) and $CALLS"
    echo "IVR calls (sipp uac), host killed with SIGKILL and started again at once. Machine: $(nproc) cores, shared with other"
    echo "builds and tests — load average $LOAD_BEFORE before, $LOAD_AFTER after: noisy, compare the phases, not other runs."
    echo
    for r in "${RESULTS[@]}"; do echo "- $r"; done
  } >> docs/benchmarks.md
fi
echo "(logs in $WORK)"
