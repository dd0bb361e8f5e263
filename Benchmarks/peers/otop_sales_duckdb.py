"""OTOP sales per district over the default 3 windows, in DuckDB.

The same as `kpi summarize FILE --kind otop-sales --level district`: per district, the sum of
sales_baht over each window's months, `otop.sales` and its breakdowns by the five categories
(English codes or the official Thai names, spaces and commas not significant) and the two
channels; 0 for a breakdown without rows in a window where the district has rows, no row where
it has none. Windows: 3 months each, back from the latest fiscal quarter-end month of the data.

Usage: python otop_sales_duckdb.py INPUT.csv OUTPUT.csv (the long form of duckdb_district_windows.py)
"""

from duckdb_district_windows import month_index, run, window_end, windowed, words

CATEGORIES = {
    "food": ["food", "อาหาร"],
    "beverage": ["beverage", "เครื่องดื่ม"],
    "textile": ["textile", "ผ้า เครื่องแต่งกาย"],
    "decorative": ["decorative", "ของใช้ ของตกแต่ง ของที่ระลึก"],
    "herbal": ["herbal", "สมุนไพรที่ไม่ใช่อาหาร"],
}
CHANNELS = ["online", "offline"]


def spelled(name: str) -> str:
    return name.replace(" ", "").replace(",", "").lower()


CATEGORY_CASE = "CASE " + " ".join(
    f"WHEN {words('category')} IN ({', '.join(repr(spelled(s)) for s in spellings)}) THEN '{code}'"
    for code, spellings in CATEGORIES.items()) + " END"

BREAKDOWNS = [("otop.sales", "TRUE")]
BREAKDOWNS += [(f"otop.sales.{code}", f"category = '{code}'") for code in CATEGORIES]
BREAKDOWNS += [(f"otop.sales.{channel}", f"channel = '{channel}'") for channel in CHANNELS]

LONG_FORM = " UNION ALL ".join(
    f"SELECT '{indicator}' AS indicator_id, district_code, window_end, \"{indicator}\"::VARCHAR AS numerator, "
    f"NULL AS denominator, \"{indicator}\"::DOUBLE AS value, NULL AS target_met FROM sums"
    for indicator, _ in BREAKDOWNS)

QUERY = f"""
WITH raw AS (
    -- Sums per district, month as written, category and channel as written: a few thousand rows.
    SELECT district_code, month, category, channel, sum(sales_baht) AS sales
    FROM read_csv($input, header = true, quote = '"', escape = '"', thousands = ',', columns = {{
        'month': 'VARCHAR', 'province_code': 'INTEGER', 'district_code': 'INTEGER', 'product_id': 'VARCHAR',
        'category': 'VARCHAR', 'channel': 'VARCHAR', 'sales_baht': 'DECIMAL(18,2)'}})
    GROUP BY ALL
),
parsed AS (
    SELECT district_code, {month_index('month')} AS month_index, {CATEGORY_CASE} AS category,
           {words('channel')} AS channel, sales
    FROM raw
),
windowed AS ({windowed('parsed')}),
sums AS (
    SELECT district_code, {window_end('any_value(as_of)', 'back')} AS window_end,
           {', '.join(f'coalesce(sum(sales) FILTER (WHERE {condition}), 0) AS "{indicator}"' for indicator, condition in BREAKDOWNS)}
    FROM windowed GROUP BY district_code, back
)
{LONG_FORM}
"""

if __name__ == "__main__":
    run(QUERY)
