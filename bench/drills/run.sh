#!/usr/bin/env bash
# Fault drills, long versions (issue 16), on a platform of its own with two instances of every service
# (tests/Jinning.Drills starts the AppHost on free ports, beside ./run.sh). Prints one table of figures.
#   bench/drills/run.sh            the long drills (200 dispatches, 30 s broker pause, 300 reports, …)
#   bench/drills/run.sh --short    the short versions, as ./test.sh runs them
# Drills 4 and 5 (two replicas over a simulated year; the clock and a department racing on one issue) are
# service-level tests on the fake clock; their rows name the tests and are filled in when they are found.
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

# Drills 4 and 5 live with the services they exercise (written by the concurrency work of issue 16).
later_drill() {
  local number=$1 title=$2 done=$3 expected=$4 filter=$5
  printf '%s\t%s\t%s\t%s\t%s\n' "$number $title" "$done" "$expected" "see $filter" "-" >>"$report"
}
later_drill 4 "replicas over a year" "two replicas over a simulated year on the fake clock" "each term ends once, each reminder once" \
  "the concurrency tests (issue 16)"
later_drill 5 "clock vs department" "the issue clock and a department racing on one issue" "exactly one wins, the history says which" \
  "the concurrency tests (issue 16)"

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
