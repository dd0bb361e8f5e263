"""The grouped-bar chart of `kpi chart --indicator womens-fund.overdue-ratio --province 50`, in
matplotlib: Chiang Mai's 25 districts × the last 3 fiscal quarters, Thai labels in Laksaman,
2400×1050 PNG, with the same parts (title, subtitle, legend, dashed target line and its label,
values over the newest quarter's bars, upright district names, as-of date and source).

With `--size 2400x1446 --rows` it draws what `kpi chart --width 2400 --height 1050` draws for
these 25 districts: the bars lying down, a row per district named on its left, the value axis
on top, in kpi's pixel size.

Its input is either
- the district rows of `kpi summarize --province 50 --level district --format csv`, read with
  the csv module: the least a matplotlib process can do (less than a whole `kpi chart` process,
  which reads the raw loan records), or
- the raw loan records themselves (a womens-fund CSV, as `kpi chart` reads), summed with
  womens_fund_pandas.py and named from ../Datasets/geography/districts.csv: the same work as
  `kpi chart`.

Usage:
  python chart_matplotlib.py INPUT.csv OUTPUT.png              one chart (a whole process)
  python chart_matplotlib.py INPUT.csv OUTPUT.png --repeat N   N charts in process after one
                                                               warm-up; prints JSON timings
  … --size WIDTHxHEIGHT                                         another pixel size
  … --rows                                                      bars lying down, as kpi's rows
"""

import csv
import io
import json
import statistics
import sys
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.ticker import MultipleLocator  # noqa: E402

INDICATOR = "womens-fund.overdue-ratio"
THAI_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI_MONTHS_FULL = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
                    "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
COLORS = ["#a6cee3", "#5b7fa8", "#0b2d6b"]
TARGET_COLOR = "#c0141b"
WIDTH, HEIGHT, DPI = 2400, 1050, 100


def thai_font() -> str:
    names = {font.name for font in font_manager.fontManager.ttflist}
    for family in ("Laksaman", "Noto Sans Thai", "Loma"):
        if family in names:
            return family
    sys.exit("no Thai font (Laksaman, Noto Sans Thai or Loma) is installed")


def read(path: str):
    """Districts in code order with their values per window, the windows (start, end), and the
    data's as-of date."""
    with open(path, encoding="utf-8") as file:
        header = file.readline()
    return read_loans(path) if "loan_id" in header else read_summary(path)


def read_loans(path: str):
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    from womens_fund_pandas import overdue_ratios  # pandas is imported only on this path

    names = {}
    with open(here.parent.parent / "Datasets" / "geography" / "districts.csv", encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            names[int(row["district_code"])] = row["name_th"]
    result, as_of = overdue_ratios(path)
    ends = sorted(result["window_end"].unique())
    windows = [(f"{_month_back(end, 2)}-01", end) for end in ends]
    values: dict[str, list] = {}
    for code in sorted(result["district_code"].unique()):
        rows = result[result["district_code"] == code].set_index("window_end")["ratio"]
        values[names[int(code)]] = [None if end not in rows.index or rows[end] != rows[end] else float(rows[end]) for end in ends]
    return values, windows, as_of.strftime("%Y-%m-%d")


def _month_back(end: str, months: int) -> str:
    index = int(end[:4]) * 12 + int(end[5:7]) - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def read_summary(path: str):
    areas: dict[str, dict[str, float | None]] = {}
    windows: list[tuple[str, str]] = []
    as_of = ""
    with open(path, encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            if row["level"] != "district" or row["indicator_id"] != INDICATOR:
                continue
            window = (row["window_start"], row["window_end"])
            if window not in windows:
                windows.append(window)
            areas.setdefault(row["area_name_th"], {})[row["window_end"]] = float(row["value"]) if row["value"] else None
            as_of = max(as_of, row["data_as_of"])
    windows.sort()
    values = {name: [by_end.get(end) for _, end in windows] for name, by_end in areas.items()}
    return values, windows, as_of


def quarter_label(end: str) -> str:
    year, month = int(end[:4]), int(end[5:7])
    fiscal_year = year + 543 + (1 if month >= 10 else 0)
    return f"ไตรมาส {((month - 10) % 12) // 3 + 1}/{fiscal_year}"


def span_label(start: str, end: str) -> str:
    return f"{THAI_MONTHS[int(start[5:7]) - 1]}–{THAI_MONTHS[int(end[5:7]) - 1]} {(int(end[:4]) + 543) % 100:02d}"


def draw(values, windows, as_of: str, font: str, size=(WIDTH, HEIGHT), rows=False) -> bytes:
    """One chart as PNG bytes: columns, or with `rows` bars lying down."""
    plt.rcParams["font.family"] = font
    figure = plt.figure(figsize=(size[0] / DPI, size[1] / DPI), dpi=DPI)
    axes = figure.add_axes((0.08, 0.08, 0.89, 0.71) if rows else (0.04, 0.2, 0.90, 0.56))
    names = list(values)
    group = 0.76 / len(windows)
    for index, (start, end) in enumerate(windows):
        places = [area + 0.12 + group * (index + 0.5) - 0.5 for area in range(len(names))]
        lengths = [values[name][index] if values[name][index] is not None else 0 for name in names]
        draw_bars = axes.barh if rows else axes.bar
        bars = draw_bars(places, [h * 100 for h in lengths], group * 0.88, color=COLORS[index % len(COLORS)],
                         label=quarter_label(end))
        if index == len(windows) - 1:
            axes.bar_label(bars, labels=[f"{h * 100:.1f}%" for h in lengths], padding=3, fontsize=15, fontweight="bold")
    value_axis, area_axis = (axes.xaxis, "x") if rows else (axes.yaxis, "y")
    if rows:
        axes.axvline(10, color=TARGET_COLOR, linestyle=(0, (5, 3)), linewidth=2, label="เป้าหมาย: ต่ำกว่า 10.0%")
        axes.text(10, len(names) - 0.4, "10.0%", color=TARGET_COLOR, fontsize=15, fontweight="bold", ha="center", va="top")
        axes.set_ylim(len(names) - 0.5, -0.5)
        axes.set_yticks(range(len(names)), names, fontsize=16)
        axes.xaxis.tick_top()
    else:
        axes.axhline(10, color=TARGET_COLOR, linestyle=(0, (5, 3)), linewidth=2, label="เป้าหมาย: ต่ำกว่า 10.0%")
        axes.text(len(names) - 0.45, 10, "10.0%", color=TARGET_COLOR, fontsize=15, fontweight="bold", va="center")
        axes.set_xlim(-0.5, len(names) - 0.5)
        axes.set_xticks(range(len(names)), names, rotation=90, fontsize=16)
    value_axis.set_major_locator(MultipleLocator(5))
    value_axis.set_major_formatter(lambda value, _: f"{value:.0f}%")
    axes.tick_params(axis="x" if rows else "y", labelsize=16, length=0)
    axes.grid(axis="x" if rows else "y", color="#e4e4e4")
    axes.set_axisbelow(True)
    for side in ("top", "right", "bottom") if rows else ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    if rows:
        axes.set_xlabel("ร้อยละ", fontsize=16, loc="left")
        axes.xaxis.set_label_position("top")
    else:
        axes.set_ylabel("ร้อยละ", rotation=0, fontsize=16, loc="top", labelpad=-40)
    top = 1 - (1 - 0.95) * HEIGHT / size[1]
    figure.legend(loc="upper left", bbox_to_anchor=(0.008, 1 - (1 - 0.87) * HEIGHT / size[1]), ncols=4, frameon=False, fontsize=16)
    figure.text(0.015, top, "สัดส่วนหนี้เกินกำหนดชำระ กองทุนพัฒนาบทบาทสตรี — รายอำเภอ จังหวัดเชียงใหม่",
                fontsize=26, fontweight="bold", va="top")
    (first_start, first_end), (last_start, last_end) = windows[0], windows[-1]
    figure.text(0.015, 1 - (1 - 0.9) * HEIGHT / size[1], f"{quarter_label(first_end)} ({span_label(first_start, first_end)}) ถึง "
                f"{quarter_label(last_end)} ({span_label(last_start, last_end)}) · เป้าหมาย: ต่ำกว่า 10.0%",
                fontsize=18, color="#666666", va="top")
    year, month, day = int(as_of[:4]), int(as_of[5:7]), int(as_of[8:10])
    figure.text(0.015, 0.03 * HEIGHT / size[1], f"ข้อมูล ณ วันที่ {day} {THAI_MONTHS_FULL[month - 1]} {year + 543}", fontsize=15, fontweight="bold")
    figure.text(0.985, 0.03 * HEIGHT / size[1], "ที่มา: ข้อมูลกรมการพัฒนาชุมชน · จัดทำด้วย matplotlib", fontsize=15, color="#666666", ha="right")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    plt.close(figure)
    return buffer.getvalue()


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 0
    size = tuple(int(side) for side in sys.argv[sys.argv.index("--size") + 1].split("x")) if "--size" in sys.argv else (WIDTH, HEIGHT)
    rows = "--rows" in sys.argv
    font = thai_font()
    values, windows, as_of = read(source)
    png = draw(values, windows, as_of, font, size, rows)
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        png = draw(values, windows, as_of, font, size, rows)
        timings.append((time.perf_counter() - start) * 1000)
    with open(target, "wb") as file:
        file.write(png)
    if repeat:
        print(json.dumps({"tool": "matplotlib", "charts": repeat, "size": f"{size[0]}x{size[1]}", "rows": rows, "median_ms": statistics.median(timings),
                          "min_ms": min(timings), "bytes": len(png)}))


if __name__ == "__main__":
    main()
