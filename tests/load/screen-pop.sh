#!/usr/bin/env bash
# Screen-pop latency at a fixed request rate over 100,000 households, recorded in docs/benchmarks.md.
# Usage: [RECORD=0] tests/load/screen-pop.sh [rate=1000] [seconds=30] [households=100000]
# Starts its own PostgreSQL cluster (.data/pg-bench, kept between runs so the 100k seed is done once) and host.
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$REPO_ROOT"
source scripts/common.sh
source scripts/postgres.sh
source scripts/build.sh

RATE=${1:-1000}; SECONDS_=${2:-30}; HOUSEHOLDS=${3:-100000}
ensure_postgres_installed
start_private_cluster "$REPO_ROOT/.data/pg-bench" 55600
DB="$PG_ADMIN_CS;Database=callcenter_bench;Maximum Pool Size=${POOL:-40}"
cleanup() { [ -n "${HOST_PID:-}" ] && kill "$HOST_PID" 2>/dev/null; stop_private_cluster "$REPO_ROOT/.data/pg-bench"; }
trap cleanup EXIT

build_backend
dotnet build tests/CallCenter.Benchmarks -c Release -nologo -v q -clp:ErrorsOnly
migrate_database "$DB" --households "$HOUSEHOLDS"
export Jwt__SigningKey="benchmark-signing-key-long-enough-for-hmac-sha256"
export Serilog__MinimumLevel__Default=Warning

# run_phase EXTRA_CONNECTION_SETTINGS -> prints the driver's result line. One host per phase, same data.
run_phase() {
  local port; port=$(free_port 18500)
  CALLCENTER_DB="$DB$1" start_host "$port" >&2
  local token
  token=$(curl -fsS -H 'Content-Type: application/json' -d '{"userName":"agent","password":"CallCenter#2026"}' \
    "http://127.0.0.1:$port/api/account/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  dotnet tests/CallCenter.Benchmarks/bin/Release/net10.0/CallCenter.Benchmarks.dll screen-pop --rate "$RATE" --seconds "$SECONDS_" \
    --households "$HOUSEHOLDS" --url "http://127.0.0.1:$port" --token "$token" | tail -1 || true
  kill "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true; HOST_PID=""
}

# Side by side in one run: without prepared statements (the Npgsql default) and with the product's setting.
BEFORE=$(run_phase ";Max Auto Prepare=0"); echo "without auto-prepare: $BEFORE"
AFTER=$(run_phase ""); echo "with auto-prepare:    $AFTER"
p99() { sed -nE 's/.*p99 ([0-9.]+),.*/\1/p' <<<"$1"; }
RATIO=$(python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.2f}')" "$(p99 "$BEFORE")" "$(p99 "$AFTER")" 2>/dev/null || echo "n/a")
OUT="with auto-prepare: $AFTER — without: $BEFORE — p99 ratio without/with: $RATIO"

if [ "${RECORD:-1}" = 0 ]; then exit 0; fi   # RECORD=0: a trial run, not written down
MACHINE="load average $(cut -d' ' -f1-3 /proc/loadavg) when recorded, $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(. /etc/os-release && echo "$PRETTY_NAME")"
python3 - "$REPO_ROOT/docs/benchmarks.md" "## Screen pop" "$(cat <<ROW
- $(date -u '+%Y-%m-%d %H:%M UTC') · \`tests/load/screen-pop.sh $RATE $SECONDS_ $HOUSEHOLDS\` · $MACHINE · load generator and host on the same machine · **$OUT**
ROW
)" <<'PY'
import sys, pathlib
path, heading, row = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
text = path.read_text() if path.exists() else "# Benchmarks\n\nMeasured figures, newest last in each section, with the command, date and machine.\n"
if heading not in text:
    text = text.rstrip() + f"\n\n{heading}\n\nGET /api/screen-pop (caller number → households, status, care flags) on the real host and PostgreSQL, open-loop at a fixed rate; latency from the moment each request was due. Target on a 2-core machine: p99 ≤ 10 ms at 1,000 requests/s over 100,000 households.\n\n"
start = text.index(heading)
nxt = text.find("\n## ", start + len(heading))
section_end = len(text) if nxt < 0 else nxt
text = text[:section_end].rstrip() + "\n" + row + "\n" + text[section_end:]
path.write_text(text)
PY
echo "recorded in docs/benchmarks.md"
