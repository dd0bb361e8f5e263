"""Checks a DuckDB peer's long-form output against `kpi summarize --format csv`, for any dataset kind.

The rules: the same (indicator, district, window_end) rows with a value; numerator and
denominator equal as exact decimals (money to the satang, counts to the unit, indicator-values
figures to their last decimal); value within 1e-9; the same target flag (true, false or none).
A kpi row with neither value nor numerator is a district without data in that window, which the
peer leaves out.

Usage as a script: python kind_agreement.py KPI.csv PEER.csv (prints the differences; exit 1 if any)
"""

import csv
import sys
from decimal import Decimal

TOLERANCE = 1e-9


def exact(text: str):
    return Decimal(text) if text not in ("", None) else None


def number(text: str):
    return float(text) if text not in ("", None, "NaN", "nan") else None


def flag(text: str):
    return text.lower() if text not in ("", None) else None


def read_kpi(path, indicators: set[str]) -> dict:
    """District rows of `indicators` in kpi's summary CSV that carry a figure."""
    found = {}
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            if row["level"] != "district" or row["indicator_id"] not in indicators:
                continue
            if row["value"] == "" and row["numerator"] == "":
                continue
            found[(row["indicator_id"], int(row["area_code"]), row["window_end"])] = (
                exact(row["numerator"]), exact(row["denominator"]), number(row["value"]), flag(row["target_met"]))
    return found


def read_peer(path) -> dict:
    found = {}
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            found[(row["indicator_id"], int(row["district_code"]), row["window_end"])] = (
                exact(row["numerator"]), exact(row["denominator"]), number(row["value"]), flag(row["target_met"]))
    return found


def differences(expected: dict, got: dict) -> list[str]:
    problems = []
    for key in sorted(set(expected) | set(got)):
        if key not in got:
            problems.append(f"{key}: missing")
        elif key not in expected:
            problems.append(f"{key}: not in kpi's output")
        else:
            (kpi_numerator, kpi_denominator, kpi_value, kpi_met), (numerator, denominator, value, met) = expected[key], got[key]
            if (kpi_numerator, kpi_denominator) != (numerator, denominator):
                problems.append(f"{key}: {numerator}/{denominator}, kpi {kpi_numerator}/{kpi_denominator}")
            if (kpi_value is None) != (value is None) or (value is not None and abs(kpi_value - value) > TOLERANCE):
                problems.append(f"{key}: value {value}, kpi {kpi_value}")
            if kpi_met != met:
                problems.append(f"{key}: target_met {met!r}, kpi {kpi_met!r}")
    return problems


def compare(kpi_path, peer_path) -> tuple[int, list[str]]:
    """Rows compared and the differences."""
    got = read_peer(peer_path)
    expected = read_kpi(kpi_path, {key[0] for key in got})
    return len(expected), differences(expected, got)


if __name__ == "__main__":
    rows, problems = compare(sys.argv[1], sys.argv[2])
    print(f"{rows} district × indicator × window rows, {len(problems)} differences")
    print("\n".join(problems[:20]))
    sys.exit(1 if problems else 0)
