"""Checks that DuckDB, polars, pandas and fastexcel give kpi's answer, then times them against kpi.

1. Makes the input with `kpi generate` (data/womens-fund-10M.csv, national, seed 1; the same
   file `kpi-benchmarks` uses) and the Chiang Mai file for the chart.
2. Agreement: `kpi summarize FILE --kind womens-fund --level district --format csv` against each
   peer's output (peers/womens_fund_*.py): the same districts and windows, Σ overdue and
   Σ outstanding equal to the satang, the ratio and its change within 1e-9, the same target flags.
   Any difference stops the run.
3. Query timing: whole processes, one warm-up round and then --runs rounds, each round running
   every tool once (kpi, DuckDB, polars, pandas, in an order that turns each round), all under
   `/usr/bin/time -v taskset -c CPUS`; wall time by this driver's clock, peak memory from
   /usr/bin/time's "Maximum resident set size"; medians. Then the same, agreement and timing, on
   an Excel workbook of --workbook-rows loans (data/womens-fund-1M.xlsx, made once from the CSV
   by csv_to_xlsx.py with openpyxl): kpi against fastexcel (calamine) + polars.
4. Every dataset kind, in both row orders (`--kinds`, `--orders`): each kind's file as
   `kpi generate` writes it (sorted by snapshot or month, then area) and the same rows shuffled
   (shuffle.py: header kept, every data row at a random place, seeded), `kpi summarize FILE
   --kind KIND --level district --format csv` against its DuckDB peer (`KIND_PEERS`): agreement
   (kind_agreement.py's rules; the Women's Fund peer by the rules of step 2), then kpi and DuckDB
   alternating as in step 3. indicator-values has at most about 1.2 M rows (20 years of months):
   it is measured at min(--rows, 1 M).
5. Chart timing: the grouped-bar PNG of Chiang Mai's 25 districts × 3 quarters asked for at
   2400×1050, in process (`kpi-benchmarks chart` against chart_matplotlib.py --repeat) and as
   whole processes (`kpi chart` on the raw Chiang Mai loan file against chart_matplotlib.py on
   kpi's summary CSV, which favours matplotlib, and on the same loan file, summed with pandas),
   rounds alternating the same way. matplotlib draws what kpi draws: kpi's pixel size (read from
   its PNG: the districts lie down as rows, 2400×1446) and bars lying down (--size, --rows).

Peer processes run with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed from their environment.
Prints Markdown tables and writes data/results-peers.json and data/results-peers.md.

Usage: python peers/compare.py --kpi PATH --bench PATH [--data DIR] [--rows N] [--runs N] [--cpus LIST]
                               [--parts query,workbook,kinds,chart] [--kinds LIST] [--orders sorted,shuffled]
"""

import argparse
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import kind_agreement
from shuffle import shuffled

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
INDICATOR = "womens-fund.overdue-ratio"
PEERS = {
    "DuckDB": HERE / "womens_fund_duckdb.py",
    "polars": HERE / "womens_fund_polars.py",
    "pandas": HERE / "womens_fund_pandas.py",
}
WORKBOOK_PEERS = {
    "fastexcel + polars": HERE / "womens_fund_fastexcel.py",
}
TOLERANCE = 1e-9
# The DuckDB peer of each dataset kind (the Women's Fund one writes its own columns, the others
# the long form of duckdb_district_windows.py).
KIND_PEERS = {
    "womens-fund": HERE / "womens_fund_duckdb.py",
    "otop-sales": HERE / "otop_sales_duckdb.py",
    "bmn": HERE / "bmn_duckdb.py",
    "kkcj": HERE / "kkcj_duckdb.py",
    "indicator-values": HERE / "indicator_values_duckdb.py",
}
# The indicators each long-form peer computes.
KIND_INDICATORS = {
    "otop-sales": {"otop.sales", *(f"otop.sales.{name}" for name in
                                   ("food", "beverage", "textile", "decorative", "herbal", "online", "offline"))},
    "bmn": {"bmn.coverage", "bmn.pass-rate", "bmn.low-income", "bmn.low-income-share"},
    "kkcj": {"kkcj.problem-funds", "kkcj.problem-share"},
    "indicator-values": {"khok-nong-na.active-share", "food-security.households", "thai-textile.sales",
                         "sjp.households-helped", "click-chumchon.shops", "community-funds.good-share",
                         "pracharath.profitable-share", "moral-community.communities", "womens-fund.members"},
}
# indicator-values has one row per indicator, area and month: 20 years give about 1.2 M rows.
INDICATOR_VALUES_ROWS = 1_000_000


def peer_environment() -> dict:
    environment = dict(os.environ)
    environment.pop("OPENBLAS_CORETYPE", None)
    environment.pop("OPENBLAS_L2_SIZE", None)
    return environment


def size_name(rows: int) -> str:
    return f"{rows // 1_000_000}M" if rows % 1_000_000 == 0 else str(rows)


def generate(kpi: str, path: Path, options: list[str]) -> int:
    """Makes `path` with `kpi generate` unless it is there; returns its row count."""
    rows_path = Path(str(path) + ".rows")
    if not path.exists() or not rows_path.exists():
        print(f"generating {path.name} …", file=sys.stderr)
        said = subprocess.run([kpi, "generate", *options, "--output", str(path)], check=True,
                              stdout=subprocess.PIPE, text=True).stdout
        rows_path.write_text(said)
    return row_count(path)


def workbook(csv_path: Path, environment: dict) -> Path:
    """The workbook of `csv_path` (csv_to_xlsx.py: openpyxl, date cells, numbers), made once."""
    path = csv_path.with_suffix(".xlsx")
    if not path.exists():
        print(f"making {path.name} with openpyxl (minutes) …", file=sys.stderr)
        partial = path.with_suffix(".partial.xlsx")
        subprocess.run([PYTHON, str(HERE / "csv_to_xlsx.py"), str(csv_path), str(partial)], check=True, env=environment)
        partial.rename(path)
    return path


def agree(expected: dict, peers: dict, source: Path, out: Path, environment: dict) -> dict:
    """Runs each peer on `source` and checks it against kpi's rows; any difference stops the run."""
    agreement = {}
    for name, script in peers.items():
        target = out / f"{name.split()[0].lower()}.csv"
        subprocess.run([PYTHON, str(script), str(source), str(target)], check=True, env=environment)
        problems = differences(expected, read_peer(target))
        agreement[name] = {"rows": len(expected), "differences": len(problems)}
        print(f"agreement {name}: {len(expected)} district × window rows, {len(problems)} differences", file=sys.stderr)
        if problems:
            sys.exit(f"{name} disagrees with kpi:\n" + "\n".join(problems[:20]))
    return agreement


def kind_file(kpi: str, data: Path, kind: str, rows: int, order: str) -> tuple[Path, int]:
    """The national file of `kind` (seed 1) as `kpi-benchmarks` names it, shuffled for order
    `shuffled`; made once. indicator-values covers 20 years, cut at `INDICATOR_VALUES_ROWS`."""
    options = ["--kind", kind, "--rows", str(rows)]
    if kind == "indicator-values":
        rows = min(rows, INDICATOR_VALUES_ROWS)
        options = ["--kind", kind, "--rows", str(rows), "--from", "2006-10", "--to", "2026-09"]
    source = data / f"{kind}-{size_name(rows)}.csv"
    count = generate(kpi, source, options)
    if order == "shuffled":
        source = shuffled(source, data / f"{kind}-{size_name(rows)}-shuffled.csv")
    return source, count


def kind_agrees(kind: str, kpi_output: Path, peer_output: Path) -> tuple[int, list[str]]:
    """Rows compared and differences between kpi's summary and the kind's DuckDB peer."""
    if kind == "womens-fund":
        expected = read_kpi(kpi_output)
        return len(expected), differences(expected, read_peer(peer_output))
    expected = kind_agreement.read_kpi(kpi_output, KIND_INDICATORS[kind])
    return len(expected), kind_agreement.differences(expected, kind_agreement.read_peer(peer_output))


def kinds_comparison(kpi: str, data: Path, out: Path, rows: int, runs: int, cpus: str, kinds: list[str],
                     orders: list[str], environment: dict) -> dict:
    """Every kind in every order: agreement with DuckDB, then kpi and DuckDB alternating."""
    results = {}
    for kind in kinds:
        for order in orders:
            source, count = kind_file(kpi, data, kind, rows, order)
            kpi_output, peer_output = out / f"kpi-{kind}-{order}.csv", out / f"duckdb-{kind}-{order}.csv"
            kpi_command = [kpi, "summarize", str(source), "--kind", kind, "--level", "district", "--format", "csv",
                           "--output", str(kpi_output)]
            peer_command = [PYTHON, str(KIND_PEERS[kind]), str(source), str(peer_output)]
            subprocess.run(kpi_command, check=True, stderr=subprocess.DEVNULL)
            subprocess.run(peer_command, check=True, env=environment)
            compared, problems = kind_agrees(kind, kpi_output, peer_output)
            print(f"agreement {kind} ({order}): {compared} district rows, {len(problems)} differences", file=sys.stderr)
            if problems or compared == 0:
                sys.exit(f"DuckDB disagrees with kpi on {source.name}:\n" + "\n".join(problems[:20]))
            print(f"timing {kind} ({order}, {count:,} rows), {runs} rounds …", file=sys.stderr)
            timing = rounds({"kpi": (kpi_command, None), "DuckDB": (peer_command, environment)}, runs, cpus)
            results[f"{kind} {order}"] = {"kind": kind, "order": order, "input": source.name, "rows": count,
                                          "bytes": source.stat().st_size, "agreement": {"rows": compared, "differences": 0},
                                          "query": timing}
    return results


def row_count(path: Path) -> int:
    """The rows `kpi generate` said it wrote ("wrote N rows to PATH")."""
    return int(Path(str(path) + ".rows").read_text().split()[1])


def read_kpi(path: Path) -> dict:
    """District rows of the overdue ratio in kpi's summary CSV, by (district, window_end)."""
    found = {}
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            if row["level"] != "district" or row["indicator_id"] != INDICATOR:
                continue
            found[(int(row["area_code"]), row["window_end"])] = (
                satang(row["numerator"]), satang(row["denominator"]), number(row["value"]),
                number(row["change"]), row["target_met"])
    return found


def read_peer(path: Path) -> dict:
    found = {}
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            found[(int(row["district_code"]), row["window_end"])] = (
                int(row["overdue_satang"]), int(row["outstanding_satang"]), number(row["ratio"]),
                number(row["change"]), row["target_met"].lower())
    return found


def satang(text: str) -> int:
    baht, _, fraction = text.partition(".")
    return int(baht) * 100 + int((fraction + "00")[:2])


def number(text: str):
    return float(text) if text not in ("", "NaN", "nan") else None


def differences(expected: dict, got: dict) -> list[str]:
    problems = []
    for key in sorted(set(expected) | set(got)):
        if key not in got:
            problems.append(f"{key}: missing")
            continue
        if key not in expected:
            problems.append(f"{key}: not in kpi's output")
            continue
        (kpi_over, kpi_out, kpi_ratio, kpi_change, kpi_met), (over, out, ratio, change, met) = expected[key], got[key]
        if (kpi_over, kpi_out) != (over, out):
            problems.append(f"{key}: sums {over}/{out} satang, kpi {kpi_over}/{kpi_out}")
        for name, mine, theirs in (("ratio", kpi_ratio, ratio), ("change", kpi_change, change)):
            if (mine is None) != (theirs is None) or (mine is not None and abs(mine - theirs) > TOLERANCE):
                problems.append(f"{key}: {name} {theirs}, kpi {mine}")
        if kpi_met != met:
            problems.append(f"{key}: target_met {met!r}, kpi {kpi_met!r}")
    return problems


def timed(command: list[str], cpus: str, environment: dict | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak MiB of one whole process."""
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v", "taskset", "-c", cpus, *command], env=environment,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{done.stderr[-2000:]}")
    said = {line.split(":")[0].strip(): line.rsplit(":", 1)[1].strip() for line in done.stderr.splitlines() if ":" in line}
    cpu = float(said["User time (seconds)"]) + float(said["System time (seconds)"])
    return wall, cpu, int(said["Maximum resident set size (kbytes)"]) / 1024


def rounds(commands: dict, runs: int, cpus: str) -> dict:
    """One warm-up round, then `runs` rounds; every round runs every command once, starting each
    round one command later so that no tool always follows the same one."""
    names = list(commands)
    walls = {name: [] for name in names}
    cpu_times = {name: [] for name in names}
    peaks = {name: [] for name in names}
    for round_index in range(runs + 1):
        order = names[round_index % len(names):] + names[:round_index % len(names)]
        for name in order:
            command, environment = commands[name]
            wall, cpu, peak = timed(command, cpus, environment)
            if round_index > 0:
                walls[name].append(wall)
                cpu_times[name].append(cpu)
                peaks[name].append(peak)
        print(f"  round {round_index}{' (warm-up)' if round_index == 0 else ''} done", file=sys.stderr)
    return {name: {"median_s": statistics.median(walls[name]), "min_s": min(walls[name]), "max_s": max(walls[name]),
                   "runs": walls[name], "cpu_s": statistics.median(cpu_times[name]), "peak_mib": max(peaks[name])} for name in names}


def in_process_rounds(commands: dict, runs: int, cpus: str) -> dict:
    """Each command prints one JSON line with its median milliseconds per chart; alternated."""
    medians = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, environment) in commands.items():
            done = subprocess.run(["taskset", "-c", cpus, *command], env=environment, check=True,
                                  stdout=subprocess.PIPE, text=True)
            line = json.loads(done.stdout.strip().splitlines()[-1])
            medians[name].append(line.get("median_ms", line.get("medianMilliseconds")))
    return {name: {"median_ms": statistics.median(values), "rounds": values} for name, values in medians.items()}


def versions(kpi: str) -> dict:
    import duckdb
    import fastexcel
    import matplotlib
    import openpyxl
    import numpy
    import pandas
    import polars
    found = {"python": platform.python_version(), "duckdb": duckdb.__version__, "polars": polars.__version__,
             "pandas": pandas.__version__, "fastexcel": fastexcel.__version__, "openpyxl": openpyxl.__version__, "numpy": numpy.__version__, "matplotlib": matplotlib.__version__}
    try:
        found["kpi_commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, text=True,
                                             stdout=subprocess.PIPE, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    found["swift"] = subprocess.run(["swift", "--version"], text=True, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT).stdout.splitlines()[0]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kpi", required=True)
    parser.add_argument("--bench", required=True, help="the kpi-benchmarks executable")
    parser.add_argument("--data", default=str(HERE.parent / "data"))
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--workbook-rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cpus", default="0,1")
    parser.add_argument("--chart-repeat", type=int, default=10)
    parser.add_argument("--parts", default="query,workbook,kinds,chart",
                        help="which comparisons: query (Women's Fund, every peer), workbook, kinds (every kind × order against DuckDB), chart")
    parser.add_argument("--kinds", default=",".join(KIND_PEERS))
    parser.add_argument("--orders", default="sorted,shuffled")
    arguments = parser.parse_args()
    parts = set(arguments.parts.split(","))
    data, kpi, cpus = Path(arguments.data), arguments.kpi, arguments.cpus
    out = data / "out"
    out.mkdir(parents=True, exist_ok=True)
    environment = peer_environment()
    results = {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "load_before": os.getloadavg(), "cpus": cpus,
               "runs": arguments.runs, "versions": versions(kpi)}
    if "query" in parts:
        results.update(womens_fund_query(kpi, data, out, arguments.rows, arguments.runs, cpus, environment))
    if "workbook" in parts:
        results["workbook"] = workbook_query(kpi, data, out, arguments.workbook_rows, arguments.runs, cpus, environment)
    if "kinds" in parts:
        results["kinds"] = kinds_comparison(kpi, data, out, arguments.rows, arguments.runs, cpus,
                                            arguments.kinds.split(","), arguments.orders.split(","), environment)
    if "chart" in parts:
        results.update(chart_comparison(kpi, arguments.bench, data, out, arguments.runs, cpus, arguments.chart_repeat,
                                        environment))
    results["load_after"] = os.getloadavg()
    (data / "results-peers.json").write_text(json.dumps(results, indent=2))
    report = markdown(results)
    (data / "results-peers.md").write_text(report)
    print(report)


def womens_fund_query(kpi: str, data: Path, out: Path, rows: int, runs: int, cpus: str, environment: dict) -> dict:
    """Step 2 and 3: the Women's Fund query, kpi against DuckDB, polars and pandas."""
    source = data / f"womens-fund-{size_name(rows)}.csv"
    rows = generate(kpi, source, ["--kind", "womens-fund", "--rows", str(rows)])
    kpi_command = [kpi, "summarize", str(source), "--kind", "womens-fund", "--level", "district", "--format", "csv",
                   "--output", str(out / "kpi.csv")]
    subprocess.run(kpi_command, check=True)
    agreement = agree(read_kpi(out / "kpi.csv"), PEERS, source, out, environment)
    print(f"timing the query on {source.name} ({rows:,} rows), {runs} rounds …", file=sys.stderr)
    commands = {"kpi": (kpi_command, None)}
    for name, script in PEERS.items():
        commands[name] = ([PYTHON, str(script), str(source), str(out / f"{name.lower()}.csv")], environment)
    return {"input": source.name, "rows": rows, "bytes": source.stat().st_size, "agreement": agreement,
            "query": rounds(commands, runs, cpus)}


def workbook_query(kpi: str, data: Path, out: Path, rows: int, runs: int, cpus: str, environment: dict) -> dict:
    """The same query on a workbook of the same loans, against fastexcel + polars."""
    book_csv = data / f"womens-fund-{size_name(rows)}.csv"
    generate(kpi, book_csv, ["--kind", "womens-fund", "--rows", str(rows)])
    book = workbook(book_csv, environment)
    book_command = [kpi, "summarize", str(book), "--kind", "womens-fund", "--level", "district", "--format", "csv",
                    "--output", str(out / "kpi-workbook.csv")]
    subprocess.run(book_command, check=True)
    book_agreement = agree(read_kpi(out / "kpi-workbook.csv"), WORKBOOK_PEERS, book, out, environment)
    print(f"timing the query on {book.name}, {runs} rounds …", file=sys.stderr)
    book_commands = {"kpi": (book_command, None)}
    for name, script in WORKBOOK_PEERS.items():
        book_commands[name] = ([PYTHON, str(script), str(book), str(out / f"{name.split()[0].lower()}.csv")], environment)
    return {"input": book.name, "rows": row_count(book_csv), "bytes": book.stat().st_size,
            "agreement": book_agreement, "query": rounds(book_commands, runs, cpus)}


def chart_comparison(kpi: str, bench: str, data: Path, out: Path, runs: int, cpus: str, repeat: int,
                     environment: dict) -> dict:
    """Step 5: the chart, in process and as whole processes, against matplotlib."""
    chiang_mai = data / "womens-fund-chiang-mai.csv"
    generate(kpi, chiang_mai, ["--kind", "womens-fund", "--scale", "province", "--province", "50"])
    summary = out / "chiang-mai-summary.csv"
    subprocess.run([kpi, "summarize", str(chiang_mai), "--province", "50", "--level", "district", "--format", "csv",
                    "--output", str(summary)], check=True)
    matplotlib_script = str(HERE / "chart_matplotlib.py")
    kpi_png = out / "kpi-chart.png"
    subprocess.run([kpi, "chart", str(chiang_mai), "--indicator", INDICATOR, "--province", "50", "--width", "2400",
                    "--height", "1050", "--output", str(kpi_png)], check=True)
    with open(kpi_png, "rb") as file:
        header = file.read(24)
    drawn = (int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big"))
    like_kpi = ["--size", f"{drawn[0]}x{drawn[1]}", "--rows"]
    print("timing the chart in process …", file=sys.stderr)
    in_process = in_process_rounds({
        "kpi": ([bench, "chart", "--input", str(chiang_mai), "--province", "50", "--width", "2400",
                 "--height", "1050", "--repeat", str(repeat)], None),
        "matplotlib": ([PYTHON, matplotlib_script, str(summary), str(out / "matplotlib-chart.png"),
                        "--repeat", str(repeat), *like_kpi], environment),
    }, runs, cpus)
    print("timing the chart as whole processes …", file=sys.stderr)
    whole = rounds({
        "kpi chart": ([kpi, "chart", str(chiang_mai), "--indicator", INDICATOR, "--province", "50", "--width", "2400",
                       "--height", "1050", "--output", str(out / "kpi-chart.png")], None),
        "matplotlib": ([PYTHON, matplotlib_script, str(summary), str(out / "matplotlib-chart.png"), *like_kpi], environment),
        "pandas + matplotlib": ([PYTHON, matplotlib_script, str(chiang_mai), str(out / "matplotlib-loans-chart.png"),
                                 *like_kpi], environment),
    }, runs, cpus)
    return {"chart_input_rows": row_count(chiang_mai), "chart_pixels": drawn, "chart_in_process": in_process,
            "chart_process": whole}


def times(figure: float, reference: float) -> str:
    """`figure` as a multiple of `reference`."""
    return f"{figure / reference:.2f}×"


def query_table(title: str, query: dict, agreement: dict) -> list[str]:
    kpi = query["kpi"]
    lines = [title, "",
             "| tool | median s | min s | max s | CPU s | peak MiB | time vs kpi | CPU vs kpi | peak vs kpi | agrees |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for name, figures in query.items():
        agrees = "(reference)" if name == "kpi" else f"{agreement[name]['rows']} rows, 0 differences"
        lines.append(f"| {name} | {figures['median_s']:.3f} | {figures['min_s']:.3f} | {figures['max_s']:.3f} | "
                     f"{figures['cpu_s']:.2f} | {figures['peak_mib']:.1f} | {times(figures['median_s'], kpi['median_s'])} | "
                     f"{times(figures['cpu_s'], kpi['cpu_s'])} | {times(figures['peak_mib'], kpi['peak_mib'])} | {agrees} |")
    return lines


def kinds_table(results: dict) -> list[str]:
    lines = [f"### Every dataset kind, both row orders: `kpi summarize --level district` against DuckDB, "
             f"median of {results['runs']}, CPUs {results['cpus']}", "",
             "| kind | order | rows | MB | kpi s | DuckDB s | DuckDB / kpi | kpi CPU s | DuckDB CPU s | CPU ratio | "
             "kpi peak MiB | DuckDB peak MiB | agrees |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for case in results["kinds"].values():
        kpi, duckdb = case["query"]["kpi"], case["query"]["DuckDB"]
        cells = [case["kind"], case["order"], f"{case['rows']:,}", f"{case['bytes'] / 1e6:.0f}",
                 f"{kpi['median_s']:.3f}", f"{duckdb['median_s']:.3f}", times(duckdb["median_s"], kpi["median_s"]),
                 f"{kpi['cpu_s']:.2f}", f"{duckdb['cpu_s']:.2f}", times(duckdb["cpu_s"], kpi["cpu_s"]),
                 f"{kpi['peak_mib']:.1f}", f"{duckdb['peak_mib']:.1f}", f"{case['agreement']['rows']:,} rows, 0 differences"]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def chart_table(results: dict) -> list[str]:
    chart, whole = results["chart_in_process"], results["chart_process"]
    kpi_chart = whole["kpi chart"]
    width, height = results["chart_pixels"]
    lines = [f"### The grouped-bar PNG asked for at 2400×1050, drawn {width}×{height} by both (Chiang Mai, "
             f"25 districts × 3 quarters as rows; {results['chart_input_rows']:,} loan rows)", "",
             "| measure | kpi | matplotlib | matplotlib / kpi |", "|---|---:|---:|---:|",
             f"| in process, ms per chart (median of round medians) | {chart['kpi']['median_ms']:.1f} | "
             f"{chart['matplotlib']['median_ms']:.1f} | {chart['matplotlib']['median_ms'] / chart['kpi']['median_ms']:.1f}× |"]
    for name, label in (("pandas + matplotlib", "from the loan file (both)"),
                        ("matplotlib", "kpi from the loan file, matplotlib from kpi's summary")):
        other = whole[name]
        lines += [f"| whole process, {label}: median s | {kpi_chart['median_s']:.3f} | {other['median_s']:.3f} | "
                  f"{other['median_s'] / kpi_chart['median_s']:.1f}× |",
                  f"| whole process, {label}: CPU s | {kpi_chart['cpu_s']:.3f} | {other['cpu_s']:.3f} | "
                  f"{other['cpu_s'] / kpi_chart['cpu_s']:.1f}× |",
                  f"| whole process, {label}: peak MiB | {kpi_chart['peak_mib']:.1f} | {other['peak_mib']:.1f} | "
                  f"{other['peak_mib'] / kpi_chart['peak_mib']:.1f}× |"]
    return lines


def markdown(results: dict) -> str:
    lines = [f"Load average before: {', '.join(f'{load:.2f}' for load in results['load_before'])}; "
             f"after: {', '.join(f'{load:.2f}' for load in results['load_after'])}", ""]
    if "query" in results:
        lines += query_table(f"### The women's-fund query on {results['rows']:,} rows ({results['bytes'] / 1e6:.0f} MB), "
                             f"median of {results['runs']}, CPUs {results['cpus']}", results["query"], results["agreement"])
        lines.append("")
    if "workbook" in results:
        book = results["workbook"]
        lines += query_table(f"### The same query on an Excel workbook of {book['rows']:,} rows ({book['bytes'] / 1e6:.0f} MB, "
                             f"openpyxl), median of {results['runs']}, CPUs {results['cpus']}", book["query"], book["agreement"])
        lines.append("")
    if "kinds" in results:
        lines += kinds_table(results) + [""]
    if "chart_process" in results:
        lines += chart_table(results) + [""]
    lines += ["Versions: " + ", ".join(f"{key} {value}" for key, value in results["versions"].items()), ""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
