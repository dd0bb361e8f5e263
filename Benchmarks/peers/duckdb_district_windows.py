"""SQL pieces the DuckDB peers of every dataset kind share: dates and months written either way,
the default windows of `kpi summarize`, and running a query into a CSV file.

Every peer writes the same long form, one row per indicator, district and window:
`indicator_id,district_code,window_end,numerator,denominator,value,target_met`, numerator and
denominator as exact decimals, which `compare.py` checks against `kpi summarize --format csv`.
"""

import sys

import duckdb


def either_form(column: str, thai, iso) -> str:
    """SQL for a date column written as D/M/YYYY (B.E.), from `thai(day, month, year)`, or as ISO
    (C.E.), from `iso(text)`; each given SQL for the parts, the text trimmed."""
    text = f"trim({column})"
    day, month, year = (f"split_part({text}, '/', {part})::INTEGER" for part in (1, 2, 3))
    return f"CASE WHEN contains({text}, '/') THEN {thai(day, month, year)} ELSE {iso(text)} END"


def day(column: str) -> str:
    """A date column as a DATE (worked out per distinct value, after the sums)."""
    return either_form(column, lambda day, month, year: f"make_date({year} - 543, {month}, {day})",
                       lambda text: f"left({text}, 10)::DATE")


def month_index(column: str) -> str:
    """A month column (YYYY-MM, or a date either way) as year * 12 + month - 1."""
    return either_form(column, lambda day, month, year: f"({year} - 543) * 12 + {month} - 1",
                       lambda text: f"left({text}, 4)::INTEGER * 12 + substr({text}, 6, 2)::INTEGER - 1")


def index_of_day(expression: str) -> str:
    """The month index of a DATE."""
    return f"(year({expression}) * 12 + month({expression}) - 1)"


def quarter_end(latest: str) -> str:
    """The default as-of month of periodic data: the latest fiscal quarter's last month (December,
    March, June, September) not after `latest` (a month index)."""
    return f"({latest} - ({latest} + 1) % 3)"


def window_end(as_of: str, back: str) -> str:
    """The last day of window `back` (0 = the newest) of 3 months ending in month index `as_of`."""
    end = f"({as_of} - 3 * {back})"
    return f"last_day(make_date({end} // 12, {end} % 12 + 1, 1))"


def windowed(table: str) -> str:
    """The rows of `table` (with a `month_index`) in the default 3 windows of periodic data, each
    with `back` (0 = the newest window) and `as_of` (the newest window's last month index)."""
    return (f"SELECT t.*, (as_of - month_index) // 3 AS back, as_of "
            f"FROM {table} t, (SELECT {quarter_end('max(month_index)')} AS as_of FROM {table}) "
            f"WHERE as_of - month_index BETWEEN 0 AND 8")


def words(column: str) -> str:
    """An enumeration field as `kpi` compares it: ASCII lower case, without spaces and commas."""
    return f"lower(replace(replace({column}, ' ', ''), ',', ''))"


def run(query: str) -> None:
    """Runs `query` ($input: the CSV file) and writes its rows, sorted, to the output file, with a header."""
    source, target = sys.argv[1], sys.argv[2]
    connection = duckdb.connect()
    connection.execute(f"COPY (SELECT * FROM ({query}) ORDER BY 1, 2, 3) TO '{target}' (HEADER, DELIMITER ',')",
                       {"input": source})
