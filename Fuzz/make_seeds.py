# Writes the hand-made seeds of Fuzz/seeds/ (the heads of Datasets/sample in every dialect, the
# forms values may take, malformed records). The fixtures of Tests/KPICoreTests/Fixtures and the
# workbook parts were copied in beside them (see Fuzz/README.md).
import os, codecs
import pathlib
root = str(pathlib.Path(__file__).resolve().parent.parent)
sample = root + '/Datasets/sample'
def lines(kind, n=12):
    with open(f'{sample}/{kind}.csv', encoding='utf-8') as f:
        all_ = f.read().splitlines()
    # header + a spread of rows: first few, some from the middle and the end
    body = all_[1:]
    picks = body[:4] + body[len(body)//3:len(body)//3+3] + body[len(body)//2:len(body)//2+2] + body[-3:]
    return all_[0], picks[:n]

def write(target, name, data):
    d = f'{root}/Fuzz/seeds/{target}'
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str): data = data.encode('utf-8')
    open(f'{d}/{name}', 'wb').write(data)

thai_headers = {
 'womens-fund': 'วันที่ข้อมูล,รหัสจังหวัด,รหัสอำเภอ,เลขที่สัญญา,ยอดคงค้าง,หนี้เกินกำหนดชำระ',
 'otop-sales': 'เดือน,รหัสจังหวัด,รหัสอำเภอ,รหัสผลิตภัณฑ์,ประเภทผลิตภัณฑ์,ช่องทางจำหน่าย,ยอดขาย',
 'bmn': 'ปีที่สำรวจ,รหัสจังหวัด,รหัสอำเภอ,รหัสครัวเรือน,วันที่สำรวจ,จำนวนสมาชิก,รายได้,ผ่านเกณฑ์',
 'kkcj': 'วันที่ข้อมูล,รหัสจังหวัด,รหัสอำเภอ,รหัสกองทุน,สถานะ,ยอดคงค้าง',
 'indicator-values': 'รหัสตัวชี้วัด,วันสิ้นงวด,รหัสจังหวัด,รหัสอำเภอ,ตัวตั้ง,ตัวหาร',
}
kinds = list(thai_headers)
for kind in kinds:
    header, rows = lines(kind)
    text = '\n'.join([header] + rows) + '\n'
    for target in (kind, 'csv-reader'):
        write(target, f'{kind}-sample.csv', text)
    write(kind, 'semicolon.csv', text.replace(',', ';'))
    write(kind, 'tab-crlf.csv', text.replace(',', '\t').replace('\n', '\r\n'))
    write(kind, 'utf8-bom.csv', b'\xef\xbb\xbf' + text.encode())
    write(kind, 'utf16le-bom.csv', codecs.BOM_UTF16_LE + text.encode('utf-16-le'))
    write(kind, 'utf16be-bom.csv', codecs.BOM_UTF16_BE + text.encode('utf-16-be'))
    write(kind, 'thai-header.csv', '\n'.join([thai_headers[kind]] + rows) + '\n')
    write(kind, 'header-only.csv', header + '\n')
    # Malformed rows of the kind: wrong field counts, an unterminated quote, bad bytes, blanks.
    import csv, io
    def short(row):
        out = io.StringIO(); csv.writer(out, lineterminator='').writerow(next(csv.reader([row]))[:-1]); return out.getvalue()
    bad = [rows[0] + ',extra', short(rows[1]), ',' * header.count(','),
           rows[3].replace('4', '\udcff'), '', rows[0], '"' + rows[2]]
    write(kind, 'malformed.csv', ('\n'.join([header] + rows[:2] + bad) + '\n').encode('utf-8', 'surrogateescape'))

# Values in every form the contract admits, per kind.
write('womens-fund', 'forms.csv', '''as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht
30/6/2567,50,5001,L-1,"1,234.50",0
31 ต.ค. 2567,50,5001,L-2,100,100.00
31 ตุลาคม 2567,50,5001,L-3,0.5,0.25
2024-10-31 00:00:00,50,5001,L-4,99999999999.99,1
2024-10-31T00:00:00,50,5001,L-5,-1,0
2024-10-31,50,5099,L-6,1,2
2024-10-31,51,5001,L-1,1.234,1
2024-10-31,50,5001,L-1,1,1
''')
write('otop-sales', 'forms.csv', '''month,province_code,district_code,product_id,category,channel,sales_baht
2024-10,50,5001,P-1,อาหาร,online,"1,000.00"
2024-10-31,50,5001,P-1,เครื่องดื่ม,offline,5
31/10/2567,50,5001,P-2,"ผ้า, เครื่องแต่งกาย",online,5.5
2567-10,50,5001,P-3,ของใช้ ของตกแต่ง ของที่ระลึก,offline,1e3
2024-13,50,5001,P-4,สมุนไพรที่ไม่ใช่อาหาร,online,1
2024-10,50,5001,P-5,toys,shop,1
''')
write('bmn', 'forms.csv', '''survey_year,province_code,district_code,household_id,surveyed_on,members,income_baht,passed
2567,50,5001,H-1,2024-01-15,4,120000,1
2567,50,5001,H-2,,3,,
2567,50,5001,H-3,15/1/2567,0,1,0
2567,50,5001,H-4,2024-01-15,99999999999999999999,1,2
2024,50,5001,H-5,2024-01-15,1,1,1
2567,50,5001,H-1,2024-02-01,1,1,1
''')
write('kkcj', 'forms.csv', '''as_of,province_code,district_code,fund_id,status,outstanding_baht
2024-10-31,50,5001,F-1,ปกติ,"1,000"
2024-10-31,50,5001,F-2,มีปัญหา,0
31/10/2567,50,5001,F-3,problem,1.5
2024-10-31,50,5001,F-4,broken,1
2024-02-30,50,5001,F-5,normal,1
''')
write('indicator-values', 'forms.csv', '''indicator_id,period_end,province_code,district_code,numerator,denominator
food-security.households,2024-10-31,50,,120,
food-security.households,2024-10-31,50,5001,100,
food-security.households,2024-10-31,50,5002,30,
community-funds.good-share,2024-10-31,50,5001,3,4
community-funds.good-share,2024-10-31,50,5002,3,0
thai-textile.sales,31/10/2567,50,5001,1.5e3,
no-such.indicator,2024-10-31,50,5001,1,
click-chumchon.shops,2024-10-30,50,5001,-1,
''')
# The reader alone: quoting, separators, line ends, encodings.
r = 'csv-reader'
write(r, 'quoted.csv', 'a,b,c\n"x, y","say ""hi""","two\nlines"\n"",,"\r\n1,2,3\r\n')
write(r, 'semicolon.csv', 'a;b;c\n1;2;3\n"4;5";6;7\n')
write(r, 'tab.csv', 'a\tb\tc\n1\t2\t3\n')
write(r, 'bad-quote.csv', 'a,b\n1,x"y\n"open,2\n3,4\n')
write(r, 'cr-only.csv', 'a,b\r1,2\r')
write(r, 'utf16le.csv', codecs.BOM_UTF16_LE + 'a,b\nก,ข\n'.encode('utf-16-le'))
write(r, 'utf16be.csv', codecs.BOM_UTF16_BE + 'a,b\nก,ข\n'.encode('utf-16-be'))
write(r, 'utf16-unmarked.csv', 'a,b\n1,2\n'.encode('utf-16-le'))
write(r, 'tis620.csv', 'province,name\n50,'.encode() + 'เชียงใหม่'.encode('tis-620') + b'\n')
write(r, 'invalid-utf8.csv', b'a,b\n\xc3\x28,\xed\xa0\x80\n\xf0\x9f\x98\n')
write(r, 'empty.csv', b'')
write(r, 'bom-only.csv', b'\xef\xbb\xbf')
write(r, 'blank-records.csv', 'a,b\n,\n\n1,2\n,\n')

# Malformed fixtures of the tests, as seeds of their kind.
import shutil, glob, zipfile
fixtures = root + '/Tests/KPICoreTests/Fixtures'
prefixes = {'wf': 'womens-fund', 'otop': 'otop-sales', 'bmn': 'bmn', 'kkcj': 'kkcj', 'iv': 'indicator-values'}
for path in glob.glob(fixtures + '/malformed/*.csv'):
    name = os.path.basename(path)
    shutil.copy(path, f'{root}/Fuzz/seeds/{prefixes[name.split("-")[0]]}/fixture-{name}')

# Workbooks: the test fixtures, small ones of each kind, and sheets as the parts the xlsx target
# packs itself (sheet XML, shared strings, styles, separated by NUL bytes; see WorkbookParts).
import openpyxl, csv as csvmodule
os.makedirs(root + '/Fuzz/seeds/xlsx', exist_ok=True)
for path in glob.glob(fixtures + '/workbooks/*.xlsx'):
    shutil.copy(path, root + '/Fuzz/seeds/xlsx/')
def cell(value):
    bare = value.replace(',', '')
    if value.isdigit(): return int(value)
    if bare.replace('.', '', 1).isdigit(): return float(bare)
    return value
for kind in ['otop-sales', 'bmn', 'kkcj', 'indicator-values']:
    rows = list(csvmodule.reader(open(f'{root}/Fuzz/seeds/{kind}/{kind}-sample.csv', encoding='utf-8')))
    book = openpyxl.Workbook()
    book.active.title = 'data'
    for row in rows[:8]: book.active.append([cell(value) for value in row])
    book.save(f'{root}/Fuzz/seeds/xlsx/{kind}-openpyxl.xlsx')
for name in ['kkcj-openpyxl', 'features', 'two-sheets', 'money-rounding']:
    archive = zipfile.ZipFile(f'{root}/Fuzz/seeds/xlsx/{name}.xlsx')
    names = archive.namelist()
    parts = [archive.read([n for n in names if 'worksheets/sheet' in n][0])]
    parts.append(archive.read('xl/sharedStrings.xml') if 'xl/sharedStrings.xml' in names else b'<sst/>')
    if 'xl/styles.xml' in names: parts.append(archive.read('xl/styles.xml'))
    write('xlsx', f'{name}-parts.xml', b'\0'.join(parts))
