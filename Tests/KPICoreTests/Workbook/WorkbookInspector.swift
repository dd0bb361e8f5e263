import Foundation

/// Reads an .xlsx file with a reader written here in Python's standard library (zipfile, which
/// checks every CRC, and ElementTree), independent of the writer: each sheet's name, frozen
/// rows, and cells with their type, value, number format and boldness.
enum WorkbookInspector {
    struct Sheet: Decodable {
        var name: String
        var frozenRows: Int
        /// The rows printed atop every page, as the workbook names them (`'Name'!$1:$5`), or "".
        var printTitles: String
        /// Rows from row 1; each maps a column letter to its cell.
        var rows: [[String: Cell]]
    }

    /// One cell: `kind` is `s` (text), `n` (number), `d` (a number with a date format, `value`
    /// its ISO date), or `b` (boolean, `value` `true` or `false`).
    struct Cell: Decodable, Equatable {
        var kind: String
        var value: String
        var format: String
        var bold: Bool
    }

    static func read(_ path: String) throws -> [Sheet] {
        let result = try ExternalTool.systemPython!.run(["-c", script, path])
        struct Failed: Error { let errors: String }
        guard result.status == 0 else { throw Failed(errors: result.errors) }
        return try JSONDecoder().decode([Sheet].self, from: Data(result.output.utf8))
    }

    private static let script = #"""
        import datetime, json, re, sys, zipfile
        import xml.etree.ElementTree as ET
        M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
        RID = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id'
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        types = ET.fromstring(z.read('[Content_Types].xml'))
        workbook = ET.fromstring(z.read('xl/workbook.xml'))
        targets = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
        styles = ET.fromstring(z.read('xl/styles.xml'))
        codes = {0: 'General', 3: '#,##0', 4: '#,##0.00', 10: '0.00%', 14: 'm/d/yyyy'}
        for f in styles.iter(M + 'numFmt'):
            codes[int(f.get('numFmtId'))] = f.get('formatCode')
        bold = [f.find(M + 'b') is not None for f in styles.find(M + 'fonts')]
        xfs = [(codes[int(x.get('numFmtId'))], bold[int(x.get('fontId'))]) for x in styles.find(M + 'cellXfs')]
        sheets = []
        for sheet in workbook.iter(M + 'sheet'):
            part = 'xl/' + targets[sheet.get(RID)]
            assert any(o.get('PartName') == '/' + part for o in types), part
            root = ET.fromstring(z.read(part))
            pane = root.find(M + 'sheetViews/' + M + 'sheetView/' + M + 'pane')
            rows = []
            for row in root.iter(M + 'row'):
                assert int(row.get('r')) == len(rows) + 1
                cells = {}
                for c in row.iter(M + 'c'):
                    column = re.match('[A-Z]+', c.get('r')).group(0)
                    assert c.get('r') == column + row.get('r')
                    code, isBold = xfs[int(c.get('s', '0'))]
                    t = c.get('t', 'n')
                    if t == 'inlineStr':
                        kind, value = 's', ''.join(x.text or '' for x in c.iter(M + 't'))
                    elif t == 'b':
                        kind, value = 'b', {'1': 'true', '0': 'false'}[c.find(M + 'v').text]
                    elif t == 'n' and 'yy' in code:
                        days = int(c.find(M + 'v').text)
                        kind, value = 'd', (datetime.date(1899, 12, 30) + datetime.timedelta(days=days)).isoformat()
                    elif t == 'n':
                        kind, value = 'n', c.find(M + 'v').text
                    else:
                        raise ValueError('cell type ' + t)
                    cells[column] = {'kind': kind, 'value': value, 'format': code, 'bold': isBold}
                rows.append(cells)
            frozen = int(pane.get('ySplit')) if pane is not None and pane.get('state') == 'frozen' else 0
            titles = [d.text for d in workbook.iter(M + 'definedName')
                      if d.get('name') == '_xlnm.Print_Titles' and d.get('localSheetId') == str(len(sheets))]
            sheets.append({'name': sheet.get('name'), 'frozenRows': frozen, 'printTitles': ''.join(titles), 'rows': rows})
        print(json.dumps(sheets, ensure_ascii=False))
        """#
}
