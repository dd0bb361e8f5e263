"""Women's Fund overdue ratio per district over the last 3 fiscal quarters, in DuckDB.

The same query as `kpi summarize FILE --kind womens-fund --level district`, on the same file:
per district, its latest snapshot in each 3-month window, Σ overdue / Σ outstanding, the change
from the previous window, and the target flag (ratio < 0.10).

Usage: python womens_fund_duckdb.py INPUT.csv OUTPUT.csv
Writes: district_code,window_end,overdue_satang,outstanding_satang,ratio,change,target_met
"""

import sys

import duckdb

QUERY = """
WITH raw AS (
    -- Money as DECIMAL(18,2) (exact), "1,234.50" read through `thousands`; the date stays text,
    -- because a few offices write Thai D/M/YYYY (B.E.): it is parsed once per snapshot below.
    SELECT district_code, as_of, sum(overdue_baht) AS overdue, sum(outstanding_baht) AS outstanding
    FROM read_csv($input, header = true, thousands = ',', columns = {
        'as_of': 'VARCHAR', 'province_code': 'INTEGER', 'district_code': 'INTEGER',
        'loan_id': 'VARCHAR', 'outstanding_baht': 'DECIMAL(18,2)', 'overdue_baht': 'DECIMAL(18,2)'})
    GROUP BY ALL
),
snapshots AS (
    SELECT district_code, day, sum(overdue) AS overdue, sum(outstanding) AS outstanding,
           year(day) * 12 + month(day) - 1 AS month_index
    FROM (SELECT *, CASE WHEN contains(as_of, '/')
                         THEN make_date(split_part(as_of, '/', 3)::INTEGER - 543,
                                        split_part(as_of, '/', 2)::INTEGER,
                                        split_part(as_of, '/', 1)::INTEGER)
                         ELSE as_of::DATE END AS day
          FROM raw)
    GROUP BY district_code, day
),
windowed AS (
    -- Window 0 ends in the latest month of the data, window 1 three months earlier, ...
    SELECT s.*, (latest - month_index) // 3 AS back, latest
    FROM snapshots s, (SELECT max(month_index) AS latest FROM snapshots)
    WHERE latest - month_index BETWEEN 0 AND 8
),
picked AS (
    SELECT district_code, back, any_value(latest) AS latest,
           arg_max(overdue, day) AS overdue, arg_max(outstanding, day) AS outstanding
    FROM windowed GROUP BY district_code, back
),
valued AS (
    SELECT *, CASE WHEN outstanding > 0 THEN overdue::DOUBLE / outstanding::DOUBLE END AS ratio FROM picked
)
SELECT v.district_code,
       last_day(make_date((v.latest - 3 * v.back) // 12, (v.latest - 3 * v.back) % 12 + 1, 1)) AS window_end,
       (v.overdue * 100)::BIGINT AS overdue_satang, (v.outstanding * 100)::BIGINT AS outstanding_satang,
       v.ratio, v.ratio - p.ratio AS change, v.ratio < 0.10 AS target_met
FROM valued v LEFT JOIN valued p ON p.district_code = v.district_code AND p.back = v.back + 1
ORDER BY v.district_code, window_end
"""


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    con = duckdb.connect()
    con.execute(f"COPY ({QUERY}) TO '{target}' (HEADER, DELIMITER ',')", {"input": source})


if __name__ == "__main__":
    main()
