"""indicator-values figures per district and indicator over the default 3 windows, in DuckDB.

The same as `kpi summarize FILE --kind indicator-values --level district`: each indicator's kind,
ratio flag, direction and target come from the catalog (Datasets/indicators.json, read by
DuckDB); stock and cumulative indicators take each district's latest figure in the window,
flows sum the figures whose period_end falls in it; a ratio is Σ numerator / Σ denominator (no
value when that is 0). Province-level rows (empty district_code) feed no district. Windows:
3 months each, back from the latest fiscal quarter-end month of the indicators that are not
annual.

Usage: python indicator_values_duckdb.py INPUT.csv OUTPUT.csv (the long form of duckdb_district_windows.py)
"""

from pathlib import Path

from duckdb_district_windows import day, index_of_day, quarter_end, run, window_end

CATALOG = Path(__file__).resolve().parents[2] / "Datasets" / "indicators.json"

QUERY = f"""
WITH catalog AS (
    SELECT id, kind, ratio, direction, target, coalesce(cadence, 'monthly') <> 'annual' AS periodic
    FROM read_json('{CATALOG}')
),
raw AS (
    -- One figure per indicator, area and period_end: no sum here, only the numbers read exactly.
    SELECT indicator_id, {day('period_end')} AS day, district_code, numerator, denominator
    FROM read_csv($input, header = true, columns = {{
        'indicator_id': 'VARCHAR', 'period_end': 'VARCHAR', 'province_code': 'INTEGER',
        'district_code': 'INTEGER', 'numerator': 'DECIMAL(38,9)', 'denominator': 'DECIMAL(38,9)'}})
),
figures AS (
    SELECT r.*, {index_of_day('r.day')} AS month_index, c.kind, c.ratio, c.direction, c.target, c.periodic
    FROM raw r JOIN catalog c ON c.id = trim(r.indicator_id)
),
windowed AS (
    SELECT f.*, (as_of - month_index) // 3 AS back, as_of
    FROM figures f, (SELECT {quarter_end('max(month_index) FILTER (WHERE periodic)')} AS as_of FROM figures)
    WHERE district_code IS NOT NULL AND as_of - month_index BETWEEN 0 AND 8
),
picked AS (
    SELECT indicator_id, district_code, {window_end('any_value(as_of)', 'back')} AS window_end,
           any_value(ratio) AS ratio, any_value(direction) AS direction, any_value(target) AS target,
           CASE WHEN any_value(kind) = 'flow' THEN sum(numerator) ELSE arg_max(numerator, day) END AS numerator,
           CASE WHEN any_value(kind) = 'flow' THEN sum(denominator) ELSE arg_max(denominator, day) END AS denominator
    FROM windowed GROUP BY indicator_id, district_code, back
),
valued AS (
    SELECT *, CASE WHEN NOT ratio THEN numerator::DOUBLE
                   WHEN denominator <> 0 THEN numerator::DOUBLE / denominator::DOUBLE END AS value
    FROM picked
)
SELECT indicator_id, district_code, window_end, numerator::VARCHAR AS numerator, denominator::VARCHAR AS denominator, value,
       CASE WHEN target IS NULL OR value IS NULL THEN NULL
            WHEN direction = 'higher' THEN value >= target ELSE value < target END AS target_met
FROM valued
"""

if __name__ == "__main__":
    run(QUERY)
