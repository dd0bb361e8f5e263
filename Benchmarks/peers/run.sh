#!/usr/bin/env bash
# The peers: sets up Benchmarks/.venv (pip: duckdb, polars, pandas, matplotlib, fastexcel, openpyxl), then runs
# peers/compare.py, which checks that every tool agrees with `kpi summarize` and times them
# against kpi. Expects kpi and kpi-benchmarks built (Benchmarks/run.sh does that).
#
#   peers/run.sh [compare.py options: --rows N --runs N --cpus LIST --chart-repeat N --parts LIST --kinds LIST --orders LIST]
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
# Versions measured in RESULTS.md; pip leaves them alone when they are already there.
"$venv/bin/pip" install --quiet --disable-pip-version-check \
    duckdb==2.0.0 polars==2.1.0 pandas==3.1.1 matplotlib==3.11.2 fastexcel==0.21.0 openpyxl==3.1.5 threadpoolctl

# OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE may be set on this machine and slow a current numpy:
# compare.py removes them from the peers' environment only. Show which kernel numpy then runs.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$venv/bin/python" -c '
from threadpoolctl import threadpool_info
import numpy
for pool in threadpool_info():
    print("numpy BLAS:", pool.get("internal_api"), pool.get("version"), "kernel", pool.get("architecture"), "threads", pool.get("num_threads"))
' >&2

exec "$venv/bin/python" peers/compare.py --kpi .build/release/kpi --bench .build/release/kpi-benchmarks "$@"
