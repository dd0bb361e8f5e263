"""The part of the Women's Fund query that the polars peers share: from each district's snapshot
totals (exact satang) to the overdue ratio per district and window, as
`kpi summarize --kind womens-fund --level district` computes it: each district's latest snapshot
in each of the last 3 fiscal quarters, the ratio, its change and whether it meets the target."""

import polars as pl


def district_windows(snapshots: pl.DataFrame) -> pl.DataFrame:
    """`snapshots`: district_code, day, overdue_satang, outstanding_satang (one row per district
    and snapshot date)."""
    snapshots = snapshots.with_columns(
        month_index=pl.col("day").dt.year().cast(pl.Int32) * 12 + pl.col("day").dt.month().cast(pl.Int32) - 1)
    latest = snapshots["month_index"].max()
    picked = (snapshots.filter((latest - pl.col("month_index")).is_between(0, 8))
              .with_columns(back=(latest - pl.col("month_index")) // 3)
              .sort("day")
              .group_by("district_code", "back").agg(pl.col("overdue_satang").last(), pl.col("outstanding_satang").last())
              .with_columns(ratio=pl.when(pl.col("outstanding_satang") > 0)
                            .then(pl.col("overdue_satang").cast(pl.Float64) / pl.col("outstanding_satang").cast(pl.Float64))))
    previous = picked.select("district_code", pl.col("back") - 1, previous=pl.col("ratio"))
    end_month = latest - 3 * pl.col("back")
    return (picked.join(previous, on=["district_code", "back"], how="left")
            .with_columns(window_end=pl.date(end_month // 12, end_month % 12 + 1, 1).dt.month_end(),
                          change=pl.col("ratio") - pl.col("previous"),
                          target_met=pl.col("ratio") < 0.10)
            .select("district_code", "window_end", "overdue_satang", "outstanding_satang", "ratio", "change", "target_met")
            .sort("district_code", "window_end"))
