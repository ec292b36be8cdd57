#!/usr/bin/env bash
# Brings the product up on this machine: installs what is missing, starts a private PostgreSQL under .data/,
# migrates and seeds the demo company, builds the web app and serves everything on http://127.0.0.1:${PORT:-8080}.
# Set CALLCENTER_DB to a Npgsql connection string to use an existing PostgreSQL instead. Ctrl-C stops it all.
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "$0")" && pwd)
cd "$REPO_ROOT"
source scripts/common.sh
source scripts/postgres.sh
source scripts/build.sh

PORT=${PORT:-8080}
# espeak-ng + sox: the SIP node synthesizes the Mandarin IVR prompts at start (and converts uploaded ones).
ensure_apt_packages curl fonts-noto-cjk espeak-ng sox
require_toolchains

STARTED_CLUSTER=""
if [ -z "${CALLCENTER_DB:-}" ]; then
  ensure_postgres_installed
  start_private_cluster "$REPO_ROOT/.data/pg" 55432
  STARTED_CLUSTER="$REPO_ROOT/.data/pg"
  CALLCENTER_DB="$PG_ADMIN_CS;Database=callcenter"
fi
export CALLCENTER_DB

cleanup() {
  [ -n "${HOST_PID:-}" ] && kill "$HOST_PID" 2>/dev/null && wait "$HOST_PID" 2>/dev/null || true
  [ -n "$STARTED_CLUSTER" ] && stop_private_cluster "$STARTED_CLUSTER" && echo "==> PostgreSQL stopped"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

dotnet tool restore >/dev/null
build_backend
migrate_database "$CALLCENTER_DB" --households "${DEMO_HOUSEHOLDS:-2000}"
build_web

export Jwt__SigningKey; Jwt__SigningKey=$(jwt_key)
export DataProtection__KeysPath="$REPO_ROOT/.data/keys"   # sign-in cookies survive a restart
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
start_host "$PORT"

cat <<MSG

  CallCenter is running:  http://127.0.0.1:$PORT/
  API reference:          http://127.0.0.1:$PORT/api/docs
  Health:                 http://127.0.0.1:$PORT/health/ready

MSG
dotnet "$REPO_ROOT/src/CallCenter.DbMigrator/bin/Release/net10.0/CallCenter.DbMigrator.dll" --print-logins
cat <<MSG

  Try: sign in as agent and search 0451-8888-1234.  Ctrl-C stops the host and the database.
MSG
wait "$HOST_PID"
