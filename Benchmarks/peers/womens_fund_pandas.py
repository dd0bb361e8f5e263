"""Women's Fund overdue ratio per district over the last 3 fiscal quarters, in pandas.

The same query as `kpi summarize FILE --kind womens-fund --level district`, on the same file
(see womens_fund_duckdb.py). pandas has no decimal column: money is read as float64 with
`thousands=","` (which takes "1,234.50") and every value is rounded to integer satang at once,
which is exact for amounts below 2^53 satang, so the sums are exact integers. The date is parsed
once per snapshot, ISO or Thai D/M/YYYY.

Usage: python womens_fund_pandas.py INPUT.csv OUTPUT.csv
"""

import sys

import numpy as np
import pandas as pd


def parse_day(text: str) -> pd.Timestamp:
    if "/" in text:
        day, month, year = (int(part) for part in text.split("/"))
        return pd.Timestamp(year - 543, month, day)
    return pd.Timestamp(text)


def overdue_ratios(source: str) -> tuple[pd.DataFrame, pd.Timestamp]:
    """The result rows (see the module's doc) and the newest snapshot date used."""
    rows = pd.read_csv(source, usecols=["as_of", "district_code", "outstanding_baht", "overdue_baht"],
                       dtype={"as_of": str, "district_code": np.int32, "outstanding_baht": np.float64, "overdue_baht": np.float64},
                       thousands=",", engine="c")
    rows["overdue"] = np.rint(rows["overdue_baht"].to_numpy() * 100).astype(np.int64)
    rows["outstanding"] = np.rint(rows["outstanding_baht"].to_numpy() * 100).astype(np.int64)
    raw = rows.groupby(["district_code", "as_of"], sort=False)[["overdue", "outstanding"]].sum().reset_index()
    raw["day"] = raw["as_of"].map(parse_day)
    snapshots = raw.groupby(["district_code", "day"], as_index=False)[["overdue", "outstanding"]].sum()
    snapshots["month_index"] = snapshots["day"].dt.year * 12 + snapshots["day"].dt.month - 1
    latest = snapshots["month_index"].max()
    snapshots["back"] = (latest - snapshots["month_index"]) // 3
    window = snapshots[(latest - snapshots["month_index"]).between(0, 8)].sort_values("day")
    picked = window.groupby(["district_code", "back"], as_index=False)[["overdue", "outstanding"]].last()
    picked["ratio"] = (picked["overdue"] / picked["outstanding"]).where(picked["outstanding"] > 0)
    previous = picked[["district_code", "back", "ratio"]].rename(columns={"ratio": "previous"})
    previous["back"] -= 1
    result = picked.merge(previous, on=["district_code", "back"], how="left")
    end_month = latest - 3 * result["back"]
    result["window_end"] = (pd.to_datetime({"year": end_month // 12, "month": end_month % 12 + 1, "day": 1})
                            + pd.offsets.MonthEnd(0)).dt.strftime("%Y-%m-%d")
    result["change"] = result["ratio"] - result["previous"]
    result["target_met"] = (result["ratio"] < 0.10).where(result["ratio"].notna()).map({True: "true", False: "false"})
    result = result.rename(columns={"overdue": "overdue_satang", "outstanding": "outstanding_satang"})
    result = result.sort_values(["district_code", "window_end"])
    columns = ["district_code", "window_end", "overdue_satang", "outstanding_satang", "ratio", "change", "target_met"]
    return result[columns], window["day"].max()


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    overdue_ratios(source)[0].to_csv(target, index=False, float_format="%.17g")


if __name__ == "__main__":
    main()
