# shellcheck shell=bash
# Build steps shared by run.sh and test.sh; each skips work when nothing it depends on changed.

REPO_ROOT=${REPO_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}

require_toolchains() {
  command -v dotnet >/dev/null || { echo "The .NET SDK is missing (dotnet not on PATH)." >&2; exit 1; }
  command -v node >/dev/null && command -v npm >/dev/null || ensure_apt_packages nodejs npm
}

# True when any file under the given paths is newer than the stamp (or the stamp is missing).
changed_since() {
  local stamp=$1; shift
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$@" -newer "$stamp" -type f -not -path '*/bin/*' -not -path '*/obj/*' -not -path '*/node_modules/*' \
        -not -path '*/wwwroot/*' -not -path '*/CallCenter.Web/*' -print -quit 2>/dev/null)" ]
}

# The web app's own check: its sources live under CallCenter.Web, which the backend check ignores.
changed_since_web() {
  local stamp=$1; shift
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$@" -newer "$stamp" -type f -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]
}

# Release build of the host and the migrator, skipped when no C# input changed.
build_backend() {
  local stamp="$REPO_ROOT/.data/backend.stamp"
  mkdir -p "$REPO_ROOT/.data"
  if changed_since "$stamp" "$REPO_ROOT/src" "$REPO_ROOT/Directory.Build.props" "$REPO_ROOT/Directory.Packages.props"; then
    echo "==> building the backend"
    dotnet build "$REPO_ROOT/src/CallCenter.HttpApi.Host" -c Release -nologo -v q -clp:ErrorsOnly
    dotnet build "$REPO_ROOT/src/CallCenter.DbMigrator" -c Release -nologo -v q -clp:ErrorsOnly
    touch "$stamp"
  fi
}

# npm ci + vite build into the host's wwwroot, skipped when the web app's sources did not change.
build_web() {
  local web="$REPO_ROOT/src/CallCenter.Web"
  [ -f "$web/package.json" ] || return 0
  local stamp="$REPO_ROOT/.data/web.stamp"
  npm_ci_if_needed "$web" || return 1
  if changed_since_web "$stamp" "$web/src" "$web/index.html" "$web/package.json" "$web/vite.config.ts" "$web/public" \
     || [ ! -f "$REPO_ROOT/src/CallCenter.HttpApi.Host/wwwroot/index.html" ]; then
    echo "==> building the web app"
    (cd "$web" && npm run build --silent)
    touch "$stamp"
  fi
}

migrate_database() {
  echo "==> migrating and seeding"
  CALLCENTER_DB="$1" dotnet "$REPO_ROOT/src/CallCenter.DbMigrator/bin/Release/net10.0/CallCenter.DbMigrator.dll" "${@:2}"
}

# start_host PORT -> HOST_PID; waits until /health/ready answers.
start_host() {
  local port=$1
  (cd "$REPO_ROOT/src/CallCenter.HttpApi.Host" && exec dotnet bin/Release/net10.0/CallCenter.HttpApi.Host.dll --urls "http://127.0.0.1:$port") &
  HOST_PID=$!
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$HOST_PID" 2>/dev/null || { echo "The host exited during start-up." >&2; return 1; }
    sleep 0.5
  done
  echo "The host did not become ready on port $port." >&2
  return 1
}

# A JWT signing key that survives restarts, made once per checkout.
jwt_key() {
  local file="$REPO_ROOT/.data/jwt.key"
  mkdir -p "$REPO_ROOT/.data"
  [ -s "$file" ] || head -c 48 /dev/urandom | base64 -w0 > "$file"
  cat "$file"
}
