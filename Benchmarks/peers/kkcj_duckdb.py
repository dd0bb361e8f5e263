"""กข.คจ. problem funds per district over the default 3 windows, in DuckDB.

The same as `kpi summarize FILE --kind kkcj --level district`: per district, its latest snapshot
in each window; `kkcj.problem-funds` = funds with status problem (ปัญหา, any spelling `kpi`
accepts), `kkcj.problem-share` = those / all funds. Windows: 3 months each, back from the latest
fiscal quarter-end month the data covers.

Usage: python kkcj_duckdb.py INPUT.csv OUTPUT.csv (the long form of duckdb_district_windows.py)
"""

from duckdb_district_windows import day, index_of_day, run, window_end, windowed, words

QUERY = f"""
WITH raw AS (
    SELECT district_code, as_of, count(*) AS funds,
           count(*) FILTER (WHERE {words('status')} IN ('problem', 'มีปัญหา')) AS problem
    FROM read_csv($input, header = true, quote = '"', escape = '"', thousands = ',', columns = {{
        'as_of': 'VARCHAR', 'province_code': 'INTEGER', 'district_code': 'INTEGER',
        'fund_id': 'VARCHAR', 'status': 'VARCHAR', 'outstanding_baht': 'DECIMAL(18,2)'}})
    GROUP BY ALL
),
snapshots AS (
    SELECT district_code, day, sum(funds) AS funds, sum(problem) AS problem, any_value({index_of_day('day')}) AS month_index
    FROM (SELECT *, {day('as_of')} AS day FROM raw)
    GROUP BY district_code, day
),
windowed AS ({windowed('snapshots')}),
picked AS (
    SELECT district_code, {window_end('any_value(as_of)', 'back')} AS window_end,
           arg_max(funds, day) AS funds, arg_max(problem, day) AS problem
    FROM windowed GROUP BY district_code, back
)
SELECT 'kkcj.problem-funds' AS indicator_id, district_code, window_end, problem::VARCHAR AS numerator,
       NULL AS denominator, problem::DOUBLE AS value, NULL AS target_met FROM picked
UNION ALL
SELECT 'kkcj.problem-share', district_code, window_end, problem::VARCHAR, funds::VARCHAR,
       CASE WHEN funds > 0 THEN problem / funds END, NULL FROM picked
"""

if __name__ == "__main__":
    run(QUERY)
