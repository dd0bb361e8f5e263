"""Saves a data-contract CSV file as an Excel workbook the way an office keeps it, with openpyxl
(an independent writer): dates as date cells (ISO or Thai D/M/YYYY B.E. in the CSV), codes and
counts as numbers, money as numbers ("1,234.50" in the CSV becomes 1234.5), text as text.

Usage: python csv_to_xlsx.py INPUT.csv OUTPUT.xlsx
"""

import csv
import datetime
import re
import sys

from openpyxl import Workbook

NUMBERS = {"province_code", "district_code", "members", "survey_year", "passed"}
DECIMALS = {"numerator", "denominator"}


def cell(name: str, text: str):
    if text == "":
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return datetime.date.fromisoformat(text)
    thai = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if thai:
        return datetime.date(int(thai[3]) - 543, int(thai[2]), int(thai[1]))
    if name in NUMBERS:
        return int(text)
    if name.endswith("_baht") or name in DECIMALS:
        return float(text.replace(",", ""))
    return text


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("data")
    with open(source, newline="", encoding="utf-8-sig") as file:
        rows = csv.reader(file)
        header = next(rows)
        sheet.append(header)
        for row in rows:
            sheet.append([cell(name, text) for name, text in zip(header, row)])
    book.save(target)


if __name__ == "__main__":
    main()
