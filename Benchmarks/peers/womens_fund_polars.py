"""Women's Fund overdue ratio per district over the last 3 fiscal quarters, in polars.

The same query as `kpi summarize FILE --kind womens-fund --level district`, on the same file
(see womens_fund_duckdb.py). Money is read as text (a few offices write "1,234.50", which the
CSV reader cannot take as a number), the separators are removed and the text is cast to
Decimal(18,2), so sums are exact; the date is parsed once per snapshot, ISO or Thai D/M/YYYY.

Usage: python womens_fund_polars.py INPUT.csv OUTPUT.csv
"""

import sys

import polars as pl

from womens_fund_windows import district_windows


def money(name: str) -> pl.Expr:
    return pl.col(name).str.replace_all(",", "", literal=True).cast(pl.Decimal(18, 2))


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    rows = pl.scan_csv(source, schema_overrides={
        "as_of": pl.String, "province_code": pl.Int32, "district_code": pl.Int32, "loan_id": pl.String,
        "outstanding_baht": pl.String, "overdue_baht": pl.String})
    raw = (rows.group_by("district_code", "as_of")
           .agg(overdue=money("overdue_baht").sum(), outstanding=money("outstanding_baht").sum()))
    thai = pl.col("as_of").str.split("/")
    day = (pl.when(pl.col("as_of").str.contains("/", literal=True))
           .then(pl.date(thai.list.get(2).cast(pl.Int32) - 543, thai.list.get(1).cast(pl.Int32), thai.list.get(0).cast(pl.Int32)))
           .otherwise(pl.col("as_of").str.to_date("%Y-%m-%d", strict=False)))
    snapshots = (raw.with_columns(day=day)
                 .group_by("district_code", "day").agg(pl.col("overdue").sum(), pl.col("outstanding").sum())
                 .select("district_code", "day", overdue_satang=(pl.col("overdue") * 100).cast(pl.Int64),
                         outstanding_satang=(pl.col("outstanding") * 100).cast(pl.Int64))
                 .collect())
    result = district_windows(snapshots)
    result.write_csv(target)


if __name__ == "__main__":
    main()
