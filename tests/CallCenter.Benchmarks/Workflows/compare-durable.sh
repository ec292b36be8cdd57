#!/usr/bin/env bash
# Side-by-side durable-cycle benchmark: the engine at a baseline git ref against the working tree, interleaved in
# one run on the same PostgreSQL cluster, so a shared machine's load hits both alike. The baseline gets this tree's
# benchmark harness (same measurement, same counters); only the engine differs.
#   usage: compare-durable.sh <baseline-ref> [seconds=20] [concurrency=32] [rounds=2]
# Needs CALLCENTER_TEST_DB (admin connection string) and PG_DATA (the cluster's data folder, for its CPU time).
set -euo pipefail
ref=$1; seconds=${2:-20}; concurrency=${3:-32}; rounds=${4:-2}
root=$(git rev-parse --show-toplevel)
base=$(mktemp -d /tmp/engine-baseline.XXXX)
git -C "$root" archive "$ref" | tar -x -C "$base"
cp "$root/tests/CallCenter.Benchmarks/Workflows/WorkflowDurableBenchmarkCommand.cs" "$base/tests/CallCenter.Benchmarks/Workflows/"
dotnet build -c Release "$base/tests/CallCenter.Benchmarks" -v q -nologo >/dev/null
dotnet build -c Release "$root/tests/CallCenter.Benchmarks" -v q -nologo >/dev/null

# PostgreSQL's CPU: the postmaster's own plus its reaped children's (backends exit when the benchmark ends).
pg_cpu_ticks() { awk '{print $14+$15+$16+$17}' "/proc/$(head -1 "$PG_DATA/postmaster.pid")/stat"; }
run() {
  local label=$1 dir=$2 t0 t1
  t0=$(pg_cpu_ticks)
  dotnet "$dir/tests/CallCenter.Benchmarks/bin/Release/net10.0/CallCenter.Benchmarks.dll" workflow-durable \
    --seconds "$seconds" --concurrency "$concurrency" --no-record --label "$label" | tail -1
  t1=$(pg_cpu_ticks)
  echo "$label: PostgreSQL CPU for the whole run (warm-up included): $(( (t1 - t0) * 10 )) ms"
}
echo "date: $(date -u '+%Y-%m-%d %H:%M') UTC; load: $(cut -d' ' -f1-3 /proc/loadavg); baseline: $ref ($(git -C "$root" rev-parse --short "$ref"))"
for i in $(seq "$rounds"); do
  run "before#$i" "$base"
  run "after#$i" "$root"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$base"
