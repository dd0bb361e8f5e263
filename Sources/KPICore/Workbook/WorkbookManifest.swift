/// What a workbook's package says about it: its sheets in order and where each one's XML is,
/// where its styles and shared strings are, and its date system. Read from `_rels/.rels`,
/// the workbook part (`xl/workbook.xml`) and the workbook's relationships.
struct WorkbookManifest: Sendable {
    /// A sheet as the workbook lists it.
    struct Sheet: Sendable {
        let name: String
        /// The path of its XML in the archive.
        let part: String
    }

    /// The sheets (worksheets, not chart sheets), in the workbook's order.
    let sheets: [Sheet]
    let stylesPart: String?
    let sharedStringsPart: String?
    /// True when serial dates count from 1904 (`<workbookPr date1904="1"/>`).
    let uses1904Dates: Bool

    /// The most bytes a small part (relationships, workbook, styles) may take.
    static let maxPartSize = 64 << 20

    init(_ zip: ZipReader) throws(RowError) {
        let packageRelations = try Self.relationships(zip, of: "")
        let workbookPart = packageRelations.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let relations = try Self.relationships(zip, of: workbookPart)
        let targets = Dictionary(relations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let xml = try Self.part(zip, workbookPart, what: "workbook part")

        var sheets: [Sheet] = []
        var uses1904Dates = false
        XMLTag.forEach(in: xml) { tag, bytes in
            if tag.opens("workbookPr", in: bytes), let value = tag.attribute("date1904", in: bytes) {
                let text = XMLText.decoded(bytes, value) ?? ""
                uses1904Dates = text == "1" || text == "true"
            } else if tag.opens("sheet", in: bytes),
                let name = tag.attribute("name", in: bytes).flatMap({ XMLText.decoded(bytes, $0) }),
                let id = tag.attribute("id", in: bytes).flatMap({ XMLText.decoded(bytes, $0) }),
                let relation = targets[id], relation.type.hasSuffix("/worksheet")
            {
                sheets.append(Sheet(name: name, part: relation.target))
            }
        }
        guard !sheets.isEmpty else { throw ZipReader.corrupt(zip.file, "it lists no worksheet") }
        self.sheets = sheets
        self.uses1904Dates = uses1904Dates
        stylesPart = relations.first { $0.type.hasSuffix("/styles") }?.target
        sharedStringsPart = relations.first { $0.type.hasSuffix("/sharedStrings") }?.target
    }

    /// The bytes of the part at `path`, which must exist.
    static func part(_ zip: ZipReader, _ path: String, what: String) throws(RowError) -> [UInt8] {
        guard let entry = zip.entry(named: path) else {
            throw ZipReader.corrupt(zip.file, "it has no \(what) (\(path))")
        }
        return try ZipEntryStream.readAll(zip.stream(entry), limit: maxPartSize, what: what)
    }

    // MARK: - Relationships

    private struct Relationship {
        var id: String
        var type: String
        /// The target's path in the archive.
        var target: String
    }

    /// The relationships of the part at `source` (`""` for the package), from
    /// `folder/_rels/name.rels`; none when that part does not exist.
    private static func relationships(_ zip: ZipReader, of source: String) throws(RowError) -> [Relationship] {
        let folder = source.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let name = source.split(separator: "/").last.map(String.init) ?? ""
        let path = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard zip.entry(named: path) != nil else { return [] }
        let xml = try part(zip, path, what: "relationships")
        var relations: [Relationship] = []
        XMLTag.forEach(in: xml) { tag, bytes in
            guard tag.opens("Relationship", in: bytes),
                let id = tag.attribute("Id", in: bytes).flatMap({ XMLText.decoded(bytes, $0) }),
                let type = tag.attribute("Type", in: bytes).flatMap({ XMLText.decoded(bytes, $0) }),
                let target = tag.attribute("Target", in: bytes).flatMap({ XMLText.decoded(bytes, $0) })
            else { return }
            relations.append(Relationship(id: id, type: type, target: resolve(target, from: folder)))
        }
        return relations
    }

    /// A relationship's target as a path in the archive: absolute (`/xl/…`) or relative to the
    /// source part's folder, with `..` segments resolved.
    private static func resolve(_ target: String, from folder: String) -> String {
        var segments = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/") {
            if segment == ".." { _ = segments.popLast() } else if segment != "." { segments.append(String(segment)) }
        }
        return segments.joined(separator: "/")
    }
}
