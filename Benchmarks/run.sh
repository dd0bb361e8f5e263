#!/usr/bin/env bash
# Every benchmark, in one command, from any directory:
#
#   Benchmarks/run.sh            the figures of RESULTS.md (about 15 minutes on 2 cores; 6 GB of
#                                generated CSV in Benchmarks/data, kept for later runs)
#   Benchmarks/run.sh --quick    a smoke run: 1 M rows, 3 runs (a few minutes)
#
# Builds kpi and kpi-benchmarks in release (Benchmarks/.build), runs kpi-benchmarks (date parser,
# charts in process, kpi summarize per kind, scaling, kpi brief), then peers/run.sh (DuckDB,
# polars, pandas, matplotlib; every dataset kind in file order and shuffled against DuckDB).
# Figures: Benchmarks/data/results-swift.json, results-peers.json, results-peers.md.
set -euo pipefail
cd "$(dirname "$0")"

runs=5 rows=1000000,10000000 scaling=1000000,10000000,30000000 peer_rows=10000000
if [ "${1:-}" = "--quick" ]; then
    runs=3 rows=1000000 scaling=1000000,3000000 peer_rows=1000000
fi

load=$(cut -d' ' -f1 /proc/loadavg)
if awk "BEGIN {exit !($load > 0.5)}"; then
    echo "warning: load average $load: other work is running, and timings will be noisy (ratios less so: tools alternate)" >&2
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB; load: $(cut -d' ' -f1-3 /proc/loadavg)"
swift build -c release --product kpi
swift build -c release --product kpi-benchmarks
.build/release/kpi-benchmarks all --data data --runs "$runs" --rows "$rows" --scaling "$scaling"
peers/run.sh --data data --rows "$peer_rows" --runs "$runs"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
