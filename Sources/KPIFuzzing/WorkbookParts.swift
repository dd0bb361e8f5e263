import KPICore

/// A workbook made from the parts a fuzzer mutates: the sheet's XML, then optionally the shared
/// strings and the styles, separated by NUL bytes (which XML text cannot hold), packed into an
/// archive with a fixed workbook around them. Mutating a zip archive's deflated bytes seldom
/// gives anything the sheet reader gets to see; mutating these parts does.
enum WorkbookParts {
    /// Where each part goes in the archive, in the input's order.
    static let partNames = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"]

    /// Whether `bytes` are a workbook file already (a zip archive) rather than parts.
    static func isArchive(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.starts(with: [UInt8(ascii: "P"), UInt8(ascii: "K")])
    }

    /// The workbook that holds the parts of `bytes`.
    static func workbook(from bytes: UnsafeRawBufferPointer) throws -> [UInt8] {
        let parts = bytes.split(separator: 0, maxSplits: partNames.count - 1, omittingEmptySubsequences: false)
        var archive = ZipWriter()
        try archive.addEntry(named: "_rels/.rels", text: relationships([("officeDocument", "xl/workbook.xml")][...]))
        try archive.addEntry(
            named: "xl/workbook.xml",
            text: """
                <workbook xmlns="\(main)" xmlns:r="\(officeRelationships)"><sheets>\
                <sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>
                """)
        try archive.addEntry(
            named: "xl/_rels/workbook.xml.rels",
            text: relationships(
                [
                    ("worksheet", "worksheets/sheet1.xml"), ("sharedStrings", "sharedStrings.xml"),
                    ("styles", "styles.xml"),
                ].prefix(parts.count)))
        for (name, part) in zip(partNames, parts) {
            try archive.addEntry(named: name) { $0.write(part) }
        }
        return try archive.finish()
    }

    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A relationships part with one relationship per (type, target), numbered from rId1.
    private static func relationships(_ targets: ArraySlice<(type: String, target: String)>) -> String {
        let items = targets.enumerated().map { index, relation in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(officeRelationships)/\(relation.type)\" Target=\"\(relation.target)\"/>"
        }
        return
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(items.joined())</Relationships>"
    }
}
