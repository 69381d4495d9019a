#!/usr/bin/env bash
# The whole-system benchmark (issue 18): builds in Release, starts the platform on its own data folder and free
# ports with the gateway's rate limits raised, runs each scenario, prints one table and writes bench/results/<time>.json.
#   bench/run.sh            the fuller run (a minute per measured scenario)
#   bench/run.sh --quick    a smoke run of about three minutes after startup
# Ctrl-C stops the platform the runner started.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_prerequisites
echo "Building in Release..."
dotnet build -c Release bench/Jinning.Benchmarks/Jinning.Benchmarks.csproj -nologo -v quiet -clp:ErrorsOnly
exec dotnet bench/Jinning.Benchmarks/bin/Release/net10.0/Jinning.Benchmarks.dll platform --results bench/results "$@"
