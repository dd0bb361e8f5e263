"""Makes the workbook fixtures of WorkbookTests (run once by hand; the tests never run Python).

- womens-fund.csv: `kpi generate --kind womens-fund --rows 240 --province 50 --from 2025-10
  --to 2026-03`, with its dates made ISO and its money plain, so that every tool reads it alike.
- womens-fund-openpyxl.xlsx: the same rows saved by openpyxl: date cells, numeric codes and
  money, shared strings.
- womens-fund-libreoffice.xlsx: womens-fund.csv converted by LibreOffice
  (`soffice --headless --convert-to xlsx`), which recognises the dates and numbers itself.
- womens-fund-errors.csv / .xlsx: invalid rows, as text in the CSV and as typed cells in the
  workbook (openpyxl), to compare the errors of both.
- money-rounding.xlsx: money cells with binary noise within and outside 0.000001 baht.
- two-sheets.xlsx: a notes sheet first, then the rows of womens-fund-errors.csv in a sheet
  named ข้อมูล from row 3 on (rows 1–2 empty), with an empty row between two (openpyxl).
- features.xlsx: written by hand (zipfile, entries stored) to hold what the writers above do not:
  a second sheet, inline and rich-text strings, sparse cells and rows, rows and cells without
  references, formula, boolean and error cells, escapes, custom date formats, a date-time.
- features-1904.xlsx: the same with the 1904 date system.
"""

import csv
import datetime
import re
import subprocess
import sys
import zipfile

from openpyxl import Workbook

sys.path.insert(0, "../../../../Benchmarks/peers")
from csv_to_xlsx import cell  # noqa: E402


def plain_csv(source: str, target: str) -> None:
    with open(source, newline="", encoding="utf-8") as file, open(target, "w", newline="", encoding="utf-8") as out:
        rows = csv.reader(file)
        writer = csv.writer(out, lineterminator="\n")
        header = next(rows)
        writer.writerow(header)
        for row in rows:
            values = [cell(name, text) for name, text in zip(header, row)]
            writer.writerow([v.isoformat() if isinstance(v, datetime.date) else
                             f"{v:.2f}" if isinstance(v, float) else v for v in values])


def save(rows: list, target: str, header: list) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("data")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(target)


def typed_copy(source: str, target: str) -> None:
    with open(source, newline="", encoding="utf-8") as file:
        rows = csv.reader(file)
        header = next(rows)
        save([[cell(name, text) for name, text in zip(header, row)] for row in rows], target, header)


HEADER = ["as_of", "province_code", "district_code", "loan_id", "outstanding_baht", "overdue_baht"]
ERRORS = [
    ["2025-10-31", "50", "5001", "L-1", "1000.00", "10.00"],
    ["2025-10-31", "50", "5099", "L-2", "1000.00", "10.00"],
    ["2025-10-31", "50", "5001", "L-3", "-5", "0"],
    ["2025-10-31", "50", "5001", "L-4", "7.000002", "0"],
    ["2025-10-31", "50", "5001", "L-1", "20.50", "0"],
    ["2025-10-31", "50", "5001", "L-5", "100", "200"],
    ["2025-10-31", "50", "5101", "L-6", "100", "0"],
    ["2025-11-30", "50", "5001", "", "100", "0"],
    ["2025-11-30", "50", "5002", "L-7", "12.345", "0"],
]


def errors() -> None:
    with open("womens-fund-errors.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(ERRORS)
    save([[cell(name, text) for name, text in zip(HEADER, row)] for row in ERRORS], "womens-fund-errors.xlsx", HEADER)


def money_rounding() -> None:
    values = [1234.5600000000001, 1234.5600009, 1234.5599991, 99.999999, 7.000002, 0.1 + 0.2, 1.2345e3]
    save([[datetime.date(2025, 10, 31), 50, 5001, f"M-{i}", v, 0] for i, v in enumerate(values)], "money-rounding.xlsx", HEADER)


def two_sheets() -> None:
    book = Workbook()
    book.active.title = "notes"
    book.active["A1"] = "loans of Chiang Mai, see the next sheet"
    sheet = book.create_sheet("ข้อมูล")
    rows = [HEADER] + [[cell(name, text) for name, text in zip(HEADER, row)] for row in ERRORS]
    rows.insert(3, [None] * len(HEADER))
    for index, row in enumerate(rows):
        for column, value in enumerate(row):
            if value is not None:
                sheet.cell(row=index + 3, column=column + 1, value=value)
    book.save("two-sheets.xlsx")


def features(target: str, date1904: bool) -> None:
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    flag = ' date1904="1"' if date1904 else ""
    workbook = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f'<workbookPr{flag}/><sheets>'
                '<sheet name="first" sheetId="1" r:id="rId1"/><sheet name="second &amp; more" sheetId="2" r:id="rId2"/></sheets></workbook>')
    workbook_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
                     '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                     '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                     '</Relationships>')
    # Styles: 0 general, 1 built-in date (14), 2 custom "d/m/yyyy" (164), 3 custom text-like "[Red]0.00" (165),
    # 4 custom with quoted letters '0.0 "days"' (166).
    styles = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="3"><numFmt numFmtId="164" formatCode="d/m/yyyy"/><numFmt numFmtId="165" formatCode="[Red]0.00"/>'
              '<numFmt numFmtId="166" formatCode="0.0 &quot;days&quot;"/></numFmts>'
              '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
              '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/>'
              '<xf numFmtId="165"/><xf numFmtId="166"><alignment horizontal="left"/></xf></cellXfs></styleSheet>')
    shared = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">'
              '<si><t>loan_id</t></si><si><r><t>WF</t></r><r><rPr><b/></rPr><t xml:space="preserve">-0001 </t></r><rPh><t>ignored</t></rPh></si>'
              '<si><t>A &amp; B &lt;ok&gt; &#3585;&#x0E02;</t></si><si><t>line_x000D_break</t></si></sst>')
    sheet1 = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              '<row r="1"><c r="A1" t="inlineStr"><is><t>only</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>'
              '</sheetData></worksheet>')
    sheet2 = ('<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<x:dimension ref="A2:G12"/><x:sheetData>'
              '<x:row r="2"><x:c r="A2" s="1"/><x:c r="B2" t="inlineStr"><x:is><x:t></x:t></x:is></x:c></x:row>'
              '<x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t>as_of</x:t></x:is></x:c><x:c r="C3" t="s"><x:v>0</x:v></x:c>'
              '<x:c r="D3" t="inlineStr"><x:is><x:t>amount</x:t></x:is></x:c><x:c r="E3" t="inlineStr"><x:is><x:t>note</x:t></x:is></x:c></x:row>'
              # Sparse: C4 missing, E4 missing at the end; G4 beyond the header.
              '<x:row r="4"><x:c r="B4" s="1"><x:v>45596</x:v></x:c><x:c r="D4"><x:v>1.2345E3</x:v></x:c><x:c r="G4"><x:v>9</x:v></x:c></x:row>'
              # Row 5 missing; row 6 cells with styles only; row 7 without references.
              '<x:row r="6"><x:c r="B6" s="1"/><x:c r="C6" t="inlineStr"><x:is><x:t></x:t></x:is></x:c></x:row>'
              '<x:row><x:c><x:v>0</x:v></x:c><x:c s="2"><x:v>60</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="str"><x:f>1+1</x:f><x:v>two &amp; more</x:v></x:c>'
              '<x:c t="s"><x:v>2</x:v></x:c></x:row>'
              '<x:row r="8"><x:c r="B8" s="2"><x:v>61.5</x:v></x:c><x:c r="C8" t="b"><x:v>1</x:v></x:c><x:c r="D8" t="e"><x:v>#DIV/0!</x:v></x:c>'
              '<x:c r="E8" t="s"><x:v>3</x:v></x:c></x:row>'
              '<x:row r="9"><x:c r="B9" t="d"><x:v>2024-10-31T00:00:00</x:v></x:c><x:c r="C9" s="3"><x:v>45596</x:v></x:c>'
              '<x:c r="D9" s="4"><x:v>0.30000000000000004</x:v></x:c><x:c r="E9" t="inlineStr"><x:is><x:r><x:t>ก</x:t></x:r><x:r><x:t>ข</x:t></x:r></x:is></x:c></x:row>'
              '<x:row r="12"><x:c r="B12" s="1"><x:v>1</x:v></x:c></x:row>'
              '</x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>')
    content_types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/></Types>')
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        for name, text in [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
                           ("xl/_rels/workbook.xml.rels", workbook_rels), ("xl/styles.xml", styles),
                           ("xl/sharedStrings.xml", shared), ("xl/worksheets/sheet1.xml", sheet1),
                           ("xl/worksheets/sheet2.xml", sheet2)]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            archive.writestr(info, text.encode("utf-8"))


def main() -> None:
    plain_csv("/tmp/xl/wf-small.csv", "womens-fund.csv")
    typed_copy("womens-fund.csv", "womens-fund-openpyxl.xlsx")
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", "/tmp/xl/lo", "womens-fund.csv"], check=True)
    subprocess.run(["cp", "/tmp/xl/lo/womens-fund.xlsx", "womens-fund-libreoffice.xlsx"], check=True)
    errors()
    money_rounding()
    two_sheets()
    features("features.xlsx", False)
    features("features-1904.xlsx", True)


if __name__ == "__main__":
    main()
