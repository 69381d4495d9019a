#!/usr/bin/env bash
# Runs the whole test suite: unit tests, integration tests against real PostgreSQL and RabbitMQ
# (started by the tests themselves as local processes), and end-to-end tests that start the
# AppHost. Ends with one line: "N passed, N failed".
#   ./test.sh          everything
#   ./test.sh --fast   only the tests that need no whole platform and no browser (Category Unit and Service)
# Further arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~IssueClock").
set -uo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

fast=""
if [ "${1:-}" = "--fast" ]; then
  fast=1
  shift
fi
ensure_prerequisites || exit 1
if [ -z "$fast" ]; then
  ensure_browser || exit 1
  ensure_sample_toolchains || exit 1
fi

# The layout rules of .editorconfig (whitespace, braces, one statement per line); `dotnet format whitespace --folder`
# fixes what this finds. A failure here counts as one failed test, and the tests still run.
format_failed=0
if ! dotnet format whitespace --folder --verify-no-changes -v q; then
  echo "Formatting differs from .editorconfig: run 'dotnet format whitespace --folder' and commit the result."
  format_failed=1
fi

dotnet build Jinning.sln -nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, $((1 + format_failed)) failed"; exit 1; }

log=$(mktemp)
rm -f TestResults/fuzz-summary.txt
selection=()
[ -n "$fast" ] && selection=(--filter "Category=Unit|Category=Service")
dotnet test Jinning.sln --no-build -nologo --logger "console;verbosity=normal" "${selection[@]}" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one summary per test assembly ("     Passed: 7"); add them up into the line CI reads.
read -r passed failed < <(awk '
  /^[[:space:]]+Passed: [0-9]+[[:space:]]*$/ { p += $2 }
  /^[[:space:]]+Failed: [0-9]+[[:space:]]*$/ { f += $2 }
  END { print p + 0, f + 0 }' "$log")
rm -f "$log"
# The fuzz suite (tests/Jinning.Fuzz.Tests) says how many hostile requests it sent and what came back.
[ -f TestResults/fuzz-summary.txt ] && cat TestResults/fuzz-summary.txt
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$format_failed" -ne 0 ]; then
  failed=$((failed + 1))
  [ "$status" -eq 0 ] && status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
