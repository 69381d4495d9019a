#!/usr/bin/env bash
# Fault drills, long versions (issue 16), on a platform of its own with two instances of every service
# (tests/Jinning.Drills starts the AppHost on free ports, beside ./run.sh). Prints one table of figures.
#   bench/drills/run.sh            the long drills (200 dispatches, 30 s broker pause, 300 reports, …)
#   bench/drills/run.sh --short    the short versions, as ./test.sh runs them
# Drills 4 and 5 (two replicas over a simulated year; the clock and a department racing on one issue) are
# service-level tests on the fake clock (tests/Jinning.Roster.Tests, tests/Jinning.Ticketing.Tests), run here too.
set -uo pipefail
cd "$(dirname "$0")/../.."

mode=long
case "${1:-}" in
  --short) mode=short ;;
  "") ;;
  *) echo "usage: bench/drills/run.sh [--short]" >&2; exit 2 ;;
esac

report=$(mktemp)
log=$(mktemp)
trap 'rm -f "$report" "$log"' EXIT

dotnet build tests/Jinning.Drills -nologo -v quiet -clp:ErrorsOnly || exit 1
echo "Running the $mode drills (starting the platform with two instances of every service takes minutes)..."
JINNING_DRILL=$mode JINNING_DRILL_REPORT="$report" JINNING_STARTUP_MINUTES=${JINNING_STARTUP_MINUTES:-10} \
  dotnet test tests/Jinning.Drills --no-build -nologo >"$log" 2>&1
status=$?

# Drills 4 and 5 are service-level tests on the fake clock (roster's two schedulers over a year; ticketing's clock racing a
# department on one issue); they write their own rows.
for drill in "tests/Jinning.Roster.Tests|FullyQualifiedName~TwoSchedulersTests" \
             "tests/Jinning.Ticketing.Tests|FullyQualifiedName~Clock_AndDepartment_Racing"; do
  project=${drill%%|*}
  dotnet build "$project" -nologo -v quiet -clp:ErrorsOnly || exit 1
  JINNING_DRILL_REPORT="$report" dotnet test "$project" --no-build -nologo --filter "${drill#*|}" >>"$log" 2>&1 || status=1
done

sort -n "$report" | awk -F'\t' 'BEGIN {
    printf "%-24s | %-60s | %-44s | %-70s | %s\n", "drill", "what was done", "expected", "observed", "pass"
    printf "%s\n", "-------------------------+--------------------------------------------------------------+----------------------------------------------+------------------------------------------------------------------------+-----"
  }
  { printf "%-24s | %-60s | %-44s | %-70s | %s\n", $1, $2, $3, $4, $5 }'

if [ "$status" -ne 0 ]; then
  echo
  echo "Some drills failed; the test log follows."
  grep -E "Failed |Error Message|Assert" -A4 "$log" | head -60
fi
exit "$status"
