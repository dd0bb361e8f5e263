/// A province or zone name as someone types it, reduced to what tells areas apart: no case, no
/// spaces or hyphens, Thai digits as ASCII digits, "ํ" + "า" as "ำ", and without a word that
/// only says what kind of area it is ("จังหวัด", "จ.", "province"; "เขตตรวจราชการที่", "zone").
enum AreaNameKey {
    /// The words stripped from the start (and, for "province", the end) of a name of `level`,
    /// as keys, longest first.
    static func kindWords(of level: AreaLevel) -> (prefixes: [String], suffixes: [String]) {
        switch level {
        case .zone: return (["เขตตรวจราชการที่", "เขตตรวจราชการ", "inspectionzone", "เขตที่", "เขต", "zone"], ["zone"])
        default: return (["จังหวัด", "province", "จ."], ["province"])
        }
    }

    /// The key of `text` as a name of an area of `level`.
    static func key(_ text: String, level: AreaLevel) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "-", "_", "\u{2010}"..."\u{2015}": continue
            case _ where scalar.properties.isWhitespace: continue
            case "\u{0E50}"..."\u{0E59}":
                scalars.append(Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!)
            case "\u{0E32}" where scalars.last == "\u{0E4D}":
                scalars[scalars.count - 1] = "\u{0E33}"
            default:
                scalars.append(scalar)
            }
        }
        let words = kindWords(of: level)
        if let prefix = words.prefixes.map({ Array($0.unicodeScalars) }).first(where: {
            scalars.count > $0.count && scalars.starts(with: $0)
        }) {
            scalars.removeFirst(prefix.count)
        }
        if let suffix = words.suffixes.map({ Array($0.unicodeScalars) }).first(where: {
            scalars.count > $0.count && scalars.reversed().starts(with: $0.reversed())
        }) {
            scalars.removeLast(suffix.count)
        }
        return scalars
    }

    /// Whether `key` is a number (a code or a zone's number) rather than a name.
    static func isNumber(_ key: [Unicode.Scalar]) -> Bool {
        !key.isEmpty && key.allSatisfy { ("0"..."9").contains($0) }
    }
}
