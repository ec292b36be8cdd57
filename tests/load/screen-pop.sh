#!/usr/bin/env bash
# Screen-pop latency at a fixed request rate over 100,000 households, recorded in docs/benchmarks.md.
# Usage: [RECORD=0] [BASE_REF=<git ref> | BASE_CHECKOUT=<dir>] [ROUNDS=2] tests/load/screen-pop.sh [rate=1000] [seconds=30] [households=100000]
#   BASE_REF: also build that commit's host and run it against the same database, alternating base and current
#   ROUNDS times, so an optimisation is measured before and after side by side on the same (noisy, shared) machine.
# Starts its own PostgreSQL cluster (.data/pg-bench, kept between runs so the 100k seed is done once) and hosts.
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$REPO_ROOT"
source scripts/common.sh
source scripts/postgres.sh
source scripts/build.sh

RATE=${1:-1000}; SECONDS_=${2:-30}; HOUSEHOLDS=${3:-100000}; ROUNDS=${ROUNDS:-2}
ensure_postgres_installed
start_private_cluster "$REPO_ROOT/.data/pg-bench" 55600
DB="$PG_ADMIN_CS;Database=callcenter_bench;Maximum Pool Size=${POOL:-40}"
BASE_DIR=""; RUN_BASE=""
cleanup() {
  [ -n "${HOST_PID:-}" ] && kill "$HOST_PID" 2>/dev/null
  [ -n "$BASE_DIR" ] && git worktree remove --force "$BASE_DIR" 2>/dev/null
  stop_private_cluster "$REPO_ROOT/.data/pg-bench"
}
trap cleanup EXIT

build_backend
dotnet build tests/CallCenter.Benchmarks -c Release -nologo -v q -clp:ErrorsOnly
migrate_database "$DB" --households "$HOUSEHOLDS"
if [ -n "${BASE_CHECKOUT:-}" ]; then
  # A checkout whose host is already built in Release (saves the build when re-running); left in place.
  RUN_BASE="$BASE_CHECKOUT"; BASE_REF=${BASE_REF:-$(git -C "$BASE_CHECKOUT" rev-parse --short HEAD)}
elif [ -n "${BASE_REF:-}" ]; then
  BASE_DIR=$(mktemp -d /tmp/screen-pop-base.XXXXXX); rmdir "$BASE_DIR"
  git worktree add --detach "$BASE_DIR" "$BASE_REF" >/dev/null
  echo "==> building the base host ($BASE_REF)"
  dotnet build "$BASE_DIR/src/CallCenter.HttpApi.Host" -c Release -nologo -v q -clp:ErrorsOnly
  RUN_BASE="$BASE_DIR"
fi
export Jwt__SigningKey="benchmark-signing-key-long-enough-for-hmac-sha256"
export Serilog__MinimumLevel__Default=Warning

# run_phase REPO_DIR -> prints the driver's result line plus the host's CPU time per request.
run_phase() {
  local port; port=$(free_port 18500)
  (cd "$1/src/CallCenter.HttpApi.Host" && CALLCENTER_DB="$DB" exec dotnet bin/Release/net10.0/CallCenter.HttpApi.Host.dll --urls "http://127.0.0.1:$port") >/dev/null 2>&1 &
  HOST_PID=$!
  for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
  local token
  token=$(curl -fsS -H 'Content-Type: application/json' -d '{"userName":"agent","password":"CallCenter#2026"}' \
    "http://127.0.0.1:$port/api/account/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  # The load generator shares the two cores it measures; it never blocks, so its socket continuations may run on the
  # epoll thread instead of hopping to the thread pool (its process CPU for a 20 s run: 5.2–5.5 s → 3.8–4.6 s in two
  # trial pairs; not for the host, whose application code may block).
  local bench=(env DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 dotnet tests/CallCenter.Benchmarks/bin/Release/net10.0/CallCenter.Benchmarks.dll screen-pop --households "$HOUSEHOLDS" --url "http://127.0.0.1:$port" --token "$token")
  # JIT and tiering settle first: on 2 cores the tier-1 recompiles of a cold host still took a sixth of its CPU
  # ten seconds in, and 12 % after 20 s at half the rate; after 60 s, 1.3 % (perf, 2026-11-23) — start-up cost, not
  # the steady state this measures.
  "${bench[@]}" --rate "$((RATE / 2))" --seconds "${WARMUP_SECONDS:-60}" --warmup 3 >/dev/null || true
  local ticks0; ticks0=$(awk '{print $14 + $15}' "/proc/$HOST_PID/stat")
  local line; line=$("${bench[@]}" --rate "$RATE" --seconds "$SECONDS_" --warmup 2 | tail -1 || true)
  local ticks1; ticks1=$(awk '{print $14 + $15}' "/proc/$HOST_PID/stat")
  local requests; requests=$(sed -nE 's/.* ([0-9]+) requests.*/\1/p' <<<"$line")
  echo "$line; host CPU $(python3 -c "print(f'{($ticks1 - $ticks0) * 1000 / $(getconf CLK_TCK) / max(1, ${requests:-0}):.2f}')") ms/request"
  kill "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true; HOST_PID=""
}

RESULTS=()
for round in $(seq 1 "$ROUNDS"); do
  if [ -n "$RUN_BASE" ]; then line=$(run_phase "$RUN_BASE"); echo "round $round base:    $line"; RESULTS+=("base|$line"); fi
  line=$(run_phase "$REPO_ROOT"); echo "round $round current: $line"; RESULTS+=("current|$line")
done

SUMMARY=$(printf '%s\n' "${RESULTS[@]}" | python3 -c '
import re, statistics, sys
rows = {}
for entry in sys.stdin.read().splitlines():
    side, line = entry.split("|", 1)
    p99 = re.search(r"p99 ([0-9.]+),", line); cpu = re.search(r"host CPU ([0-9.]+)", line); got = re.search(r"achieved ([0-9]+)/s", line)
    if p99 and cpu: rows.setdefault(side, []).append((float(p99.group(1)), float(cpu.group(1)), int(got.group(1))))
def med(side, i): return statistics.median(r[i] for r in rows[side])
out = []
for side in ("base", "current"):
    if side in rows: out.append(f"{side}: median p99 {med(side, 0):.1f} ms, host CPU {med(side, 1):.2f} ms/request, achieved {med(side, 2):.0f}/s")
if "base" in rows and "current" in rows:
    b, c = "base", "current"
    out.append(f"ratios base/current: p99 {med(b, 0) / med(c, 0):.1f}x, host CPU {med(b, 1) / med(c, 1):.2f}x")
print("; ".join(out))')
echo "$SUMMARY"

if [ "${RECORD:-1}" = 0 ]; then exit 0; fi   # RECORD=0: a trial run, not written down
MACHINE="load average $(cut -d' ' -f1-3 /proc/loadavg) when recorded, $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(. /etc/os-release && echo "$PRETTY_NAME")"
DETAIL=$(printf '%s\n' "${RESULTS[@]}" | sed 's/^/  - /; s/|/: /')
python3 - "$REPO_ROOT/docs/benchmarks.md" "## Screen pop" "$(cat <<ROW
- $(date -u '+%Y-%m-%d %H:%M UTC') · \`${BASE_REF:+BASE_REF=$BASE_REF }tests/load/screen-pop.sh $RATE $SECONDS_ $HOUSEHOLDS\` · $MACHINE · load generator and host on the same machine · **$SUMMARY**
$DETAIL
ROW
)" <<'PY'
import sys, pathlib
path, heading, row = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
text = path.read_text()
start = text.index(heading)
nxt = text.find("\n## ", start + len(heading))
section_end = len(text) if nxt < 0 else nxt
text = text[:section_end].rstrip() + "\n" + row + "\n" + text[section_end:]
path.write_text(text)
PY
echo "recorded in docs/benchmarks.md"
