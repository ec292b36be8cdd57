#!/usr/bin/env bash
# Every repository path that the README, the ADRs, the benchmarks page and etc/ name must exist: docs describe only
# what is there. Checks tokens starting with a top-level folder of this repository (src/, tests/, etc/, docs/, scripts/,
# workflows/, docker/); skips placeholders (<…>, *, …) and the build output that only exists after a build.
# Prints "doc-paths: N passed, N failed"; exit 1 when a named path is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
files=(README.md docs/*.md docs/decisions/*.md tests/*/README.md etc/* src/CallCenter.SipNode/Program.cs Directory.Build.props)
passed=0; failed=0
while IFS=: read -r file token; do
  path=${token%%[\`\'\")\],;:]*}; path=${path%.}; path=${path%/}
  case "$path" in workflows/s|etc/voice.json) continue;; esac  # "cycles of workflows/s"; the SipNode's optional override file
  case "$path" in *'<'*|*'*'*|*'…'*|*'{'*|*wwwroot*|*/bin/*|*/obj/*|*App_Data*|*test-results*|*node_modules*) continue;; esac
  if [ -e "$path" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "missing: $path (named in $file)"; fi
done < <(grep -oE "(^|[^A-Za-z0-9_./-])(src|tests|etc|docs|scripts|workflows|docker)/[A-Za-z0-9_./*<>{}…-]+" "${files[@]}" 2>/dev/null \
          | sed -E 's/^([^:]*):[^A-Za-z0-9_]?/\1:/' | sort -u)
# Relative Markdown links between documents, e.g. [0200](0200-workflow-engine.md) inside docs/decisions/.
while IFS=: read -r file link; do
  target=${link#](}; target=${target%)}; target=${target%%#*}
  case "$target" in http*|mailto:*|/*|'') continue;; esac
  if [ -e "$(dirname "$file")/$target" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "missing: $target (linked from $file)"; fi
done < <(grep -oE "\]\([^)# ]+(#[^)]*)?\)" README.md docs/*.md docs/decisions/*.md tests/*/README.md 2>/dev/null | sort -u)
# Every ADR is listed in the index.
for adr in docs/decisions/[0-9]*.md; do
  if grep -q "($(basename "$adr"))" docs/decisions/README.md; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "not in docs/decisions/README.md: $adr"; fi
done
echo "doc-paths: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
