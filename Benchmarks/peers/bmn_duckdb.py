"""จปฐ. (BMN) coverage, pass rate and low income per district over the default 3 windows, in DuckDB.

The same as `kpi summarize FILE --kind bmn --level district`: a window uses the survey year
equal to the B.E. year of its last day, and counts the households of that year surveyed up to
that day. `bmn.coverage` = surveyed / households of the year (target: ≥ 1.0), `bmn.pass-rate` =
passed / surveyed, `bmn.low-income` = surveyed households with income_baht < 38,000 × members,
`bmn.low-income-share` = that / surveyed. The data is annual only, so the windows end in the
latest month surveyed, 3 months each.

Usage: python bmn_duckdb.py INPUT.csv OUTPUT.csv (the long form of duckdb_district_windows.py)
"""

from duckdb_district_windows import day, index_of_day, run, window_end

QUERY = f"""
WITH raw AS (
    -- Counts per district, survey year and survey day as written: a few hundred thousand rows.
    SELECT district_code, survey_year, surveyed_on, count(*) AS households,
           count(*) FILTER (WHERE passed = 1) AS passed,
           count(*) FILTER (WHERE income_baht < 38000 * members) AS low_income
    FROM read_csv($input, header = true, quote = '"', escape = '"', thousands = ',', columns = {{
        'survey_year': 'INTEGER', 'province_code': 'INTEGER', 'district_code': 'INTEGER', 'household_id': 'VARCHAR',
        'surveyed_on': 'VARCHAR', 'members': 'INTEGER', 'income_baht': 'DECIMAL(18,2)', 'passed': 'INTEGER'}})
    GROUP BY ALL
),
days AS (
    SELECT *, CASE WHEN surveyed_on IS NULL OR trim(surveyed_on) = '' THEN NULL ELSE {day('surveyed_on')} END AS day
    FROM raw
),
windows AS (
    SELECT back, {window_end('as_of', 'back')} AS window_end, year({window_end('as_of', 'back')}) + 543 AS survey_year
    FROM (SELECT {index_of_day('max(day)')} AS as_of FROM days), range(3) AS backs(back)
),
counted AS (
    SELECT d.district_code, w.window_end, sum(d.households) AS households,
           coalesce(sum(d.households) FILTER (WHERE d.day <= w.window_end), 0) AS surveyed,
           coalesce(sum(d.passed) FILTER (WHERE d.day <= w.window_end), 0) AS passed,
           coalesce(sum(d.low_income) FILTER (WHERE d.day <= w.window_end), 0) AS low_income
    FROM days d JOIN windows w ON d.survey_year = w.survey_year
    GROUP BY d.district_code, w.window_end
)
SELECT 'bmn.coverage' AS indicator_id, district_code, window_end, surveyed::VARCHAR AS numerator,
       households::VARCHAR AS denominator, surveyed / households AS value, surveyed / households >= 1.0 AS target_met
FROM counted
UNION ALL
SELECT 'bmn.pass-rate', district_code, window_end, passed::VARCHAR, surveyed::VARCHAR,
       CASE WHEN surveyed > 0 THEN passed / surveyed END, NULL FROM counted
UNION ALL
SELECT 'bmn.low-income', district_code, window_end, low_income::VARCHAR, NULL, low_income::DOUBLE, NULL FROM counted
UNION ALL
SELECT 'bmn.low-income-share', district_code, window_end, low_income::VARCHAR, surveyed::VARCHAR,
       CASE WHEN surveyed > 0 THEN low_income / surveyed END, NULL FROM counted
"""

if __name__ == "__main__":
    run(QUERY)
