"""Women's Fund overdue ratio per district over the last 3 fiscal quarters, from an Excel workbook,
with fastexcel (calamine, in Rust) and polars.

The same query as `kpi summarize FILE.xlsx --kind womens-fund --level district` and as
womens_fund_polars.py on the CSV file the workbook was made from (csv_to_xlsx.py). The workbook's
dates are date cells and its money numbers: each amount is rounded to the satang before summing,
so sums are exact.

Usage: python womens_fund_fastexcel.py INPUT.xlsx OUTPUT.csv
"""

import sys

import fastexcel
import polars as pl

from womens_fund_windows import district_windows


def satang(name: str) -> pl.Expr:
    return (pl.col(name) * 100).round(0).cast(pl.Int64)


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    sheet = fastexcel.read_excel(source).load_sheet(0, dtypes={
        "as_of": "date", "province_code": "int", "district_code": "int", "loan_id": "string",
        "outstanding_baht": "float", "overdue_baht": "float"})
    rows = sheet.to_polars().lazy()
    snapshots = (rows.group_by("district_code", pl.col("as_of").alias("day"))
                 .agg(overdue_satang=satang("overdue_baht").sum(), outstanding_satang=satang("outstanding_baht").sum())
                 .collect())
    result = district_windows(snapshots)
    result.write_csv(target)


if __name__ == "__main__":
    main()
