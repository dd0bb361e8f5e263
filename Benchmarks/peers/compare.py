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
4. Chart timing: the grouped-bar PNG of Chiang Mai's 25 districts × 3 quarters asked for at
   2400×1050, in process (`kpi-benchmarks chart` against chart_matplotlib.py --repeat) and as
   whole processes (`kpi chart` on the raw Chiang Mai loan file against chart_matplotlib.py on
   kpi's summary CSV, which favours matplotlib, and on the same loan file, summed with pandas),
   rounds alternating the same way. matplotlib draws what kpi draws: kpi's pixel size (read from
   its PNG: the districts lie down as rows, 2400×1446) and bars lying down (--size, --rows).

Peer processes run with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed from their environment.
Prints Markdown tables and writes data/results-peers.json and data/results-peers.md.

Usage: python peers/compare.py --kpi PATH --bench PATH [--data DIR] [--rows N] [--runs N] [--cpus LIST]
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
    arguments = parser.parse_args()
    data, kpi, cpus = Path(arguments.data), arguments.kpi, arguments.cpus
    out = data / "out"
    out.mkdir(parents=True, exist_ok=True)
    environment = peer_environment()

    source = data / f"womens-fund-{size_name(arguments.rows)}.csv"
    rows = generate(kpi, source, ["--kind", "womens-fund", "--rows", str(arguments.rows)])
    chiang_mai = data / "womens-fund-chiang-mai.csv"
    generate(kpi, chiang_mai, ["--kind", "womens-fund", "--scale", "province", "--province", "50"])

    # Agreement.
    kpi_command = [kpi, "summarize", str(source), "--kind", "womens-fund", "--level", "district", "--format", "csv",
                   "--output", str(out / "kpi.csv")]
    subprocess.run(kpi_command, check=True)
    expected = read_kpi(out / "kpi.csv")
    agreement = agree(expected, PEERS, source, out, environment)

    # Query timing.
    print(f"timing the query on {source.name} ({rows:,} rows), {arguments.runs} rounds …", file=sys.stderr)
    commands = {"kpi": (kpi_command, None)}
    for name, script in PEERS.items():
        commands[name] = ([PYTHON, str(script), str(source), str(out / f"{name.lower()}.csv")], environment)
    query = rounds(commands, arguments.runs, cpus)

    # The same query on a workbook of the same loans.
    book_csv = data / f"womens-fund-{size_name(arguments.workbook_rows)}.csv"
    generate(kpi, book_csv, ["--kind", "womens-fund", "--rows", str(arguments.workbook_rows)])
    book = workbook(book_csv, environment)
    book_command = [kpi, "summarize", str(book), "--kind", "womens-fund", "--level", "district", "--format", "csv",
                    "--output", str(out / "kpi-workbook.csv")]
    subprocess.run(book_command, check=True)
    book_agreement = agree(read_kpi(out / "kpi-workbook.csv"), WORKBOOK_PEERS, book, out, environment)
    print(f"timing the query on {book.name}, {arguments.runs} rounds …", file=sys.stderr)
    book_commands = {"kpi": (book_command, None)}
    for name, script in WORKBOOK_PEERS.items():
        book_commands[name] = ([PYTHON, str(script), str(book), str(out / f"{name.split()[0].lower()}.csv")], environment)
    book_query = rounds(book_commands, arguments.runs, cpus)

    # Chart timing.
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
        "kpi": ([arguments.bench, "chart", "--input", str(chiang_mai), "--province", "50", "--width", "2400",
                 "--height", "1050", "--repeat", str(arguments.chart_repeat)], None),
        "matplotlib": ([PYTHON, matplotlib_script, str(summary), str(out / "matplotlib-chart.png"),
                        "--repeat", str(arguments.chart_repeat), *like_kpi], environment),
    }, arguments.runs, cpus)
    print("timing the chart as whole processes …", file=sys.stderr)
    whole = rounds({
        "kpi chart": ([kpi, "chart", str(chiang_mai), "--indicator", INDICATOR, "--province", "50", "--width", "2400",
                       "--height", "1050", "--output", str(out / "kpi-chart.png")], None),
        "matplotlib": ([PYTHON, matplotlib_script, str(summary), str(out / "matplotlib-chart.png"), *like_kpi], environment),
        "pandas + matplotlib": ([PYTHON, matplotlib_script, str(chiang_mai), str(out / "matplotlib-loans-chart.png"),
                                 *like_kpi], environment),
    }, arguments.runs, cpus)

    results = {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "load_after": os.getloadavg(), "input": source.name, "rows": rows,
               "bytes": source.stat().st_size, "chart_input_rows": row_count(chiang_mai), "cpus": cpus,
               "runs": arguments.runs, "versions": versions(kpi), "agreement": agreement, "query": query,
               "workbook": {"input": book.name, "rows": row_count(book_csv), "bytes": book.stat().st_size,
                            "agreement": book_agreement, "query": book_query},
               "chart_pixels": drawn, "chart_in_process": in_process, "chart_process": whole}
    (data / "results-peers.json").write_text(json.dumps(results, indent=2))
    report = markdown(results)
    (data / "results-peers.md").write_text(report)
    print(report)


def query_table(title: str, query: dict, agreement: dict) -> list[str]:
    kpi = query["kpi"]
    lines = [title, "",
             "| tool | median s | min s | max s | CPU s | peak MiB | time vs kpi | CPU vs kpi | peak vs kpi | agrees |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for name, figures in query.items():
        agrees = "(reference)" if name == "kpi" else f"{agreement[name]['rows']} rows, 0 differences"
        lines.append(f"| {name} | {figures['median_s']:.3f} | {figures['min_s']:.3f} | {figures['max_s']:.3f} | "
                     f"{figures['cpu_s']:.2f} | {figures['peak_mib']:.1f} | {figures['median_s'] / kpi['median_s']:.2f}× | "
                     f"{figures['cpu_s'] / kpi['cpu_s']:.2f}× | "
                     f"{figures['peak_mib'] / kpi['peak_mib']:.2f}× | {agrees} |")
    return lines


def markdown(results: dict) -> str:
    book = results["workbook"]
    lines = query_table(f"### The women's-fund query on {results['rows']:,} rows ({results['bytes'] / 1e6:.0f} MB), "
                        f"median of {results['runs']}, CPUs {results['cpus']}", results["query"], results["agreement"])
    lines += [""] + query_table(f"### The same query on an Excel workbook of {book['rows']:,} rows ({book['bytes'] / 1e6:.0f} MB, "
                                f"openpyxl), median of {results['runs']}, CPUs {results['cpus']}", book["query"], book["agreement"])
    chart, whole = results["chart_in_process"], results["chart_process"]
    kpi_chart = whole["kpi chart"]
    width, height = results["chart_pixels"]
    lines += ["", f"### The grouped-bar PNG asked for at 2400×1050, drawn {width}×{height} by both (Chiang Mai, "
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
    lines += ["", "Versions: " + ", ".join(f"{key} {value}" for key, value in results["versions"].items()), ""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
