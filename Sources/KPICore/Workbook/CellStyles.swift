/// Which cell formats (`styles.xml`, the `<xf>` records of `<cellXfs>`) show a number as a date,
/// by their number format: a built-in date format, or a custom one whose code has a day, month
/// or year part (`d`, `m`, `y`) outside quoted text and brackets.
struct CellStyles: Sendable {
    /// `isDate[s]` for the cell style `s`.
    private let isDate: [Bool]

    /// No styles: every number is a number.
    init() { isDate = [] }

    /// The styles of `styles.xml`'s bytes.
    init(_ xml: [UInt8]) {
        var customFormats: [Int: Bool] = [:]
        var isDate: [Bool] = []
        var inCellFormats = false
        XMLTag.forEach(in: xml) { tag, bytes in
            if tag.isNamed("cellXfs", in: bytes) {
                inCellFormats = tag.kind == .start
            } else if tag.opens("numFmt", in: bytes) {
                if let id = Self.integer(tag, "numFmtId", bytes), let code = tag.attribute("formatCode", in: bytes) {
                    customFormats[id] = Self.isDateCode(XMLText.decoded(bytes, code) ?? "")
                }
            } else if inCellFormats, tag.opens("xf", in: bytes), isDate.count < 1 << 16 {
                let format = Self.integer(tag, "numFmtId", bytes) ?? 0
                isDate.append(customFormats[format] ?? Self.builtInDateFormats.contains(format))
            }
        }
        self.isDate = isDate
    }

    /// Whether a number in a cell of style `index` is a date.
    @inline(__always)
    func isDate(style index: Int) -> Bool { index < isDate.count && isDate[index] }

    /// The built-in number formats that are dates or times: the common ones (14–22, 45–47),
    /// the East Asian ones (27–36, 50–58) and the Thai ones (71–81).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47).union(27...36).union(50...58).union(71...81)

    /// Whether a custom format code shows a date: it has `d`, `m` or `y` outside `"quoted"` text,
    /// `[brackets]` (colours, locales, elapsed time) and escaped characters.
    static func isDateCode(_ code: String) -> Bool {
        var quoted = false
        var bracketed = false
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\"": quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            case "\\", "_", "*": escaped = !quoted && !bracketed
            case "d", "m", "y": if !quoted && !bracketed { return true }
            default: break
            }
        }
        return false
    }

    private static func integer(_ tag: XMLTag, _ name: StaticString, _ bytes: UnsafePointer<UInt8>) -> Int? {
        tag.attribute(name, in: bytes).flatMap {
            Int(String(decoding: UnsafeBufferPointer(start: bytes + $0.lowerBound, count: $0.count), as: UTF8.self))
        }
    }
}
