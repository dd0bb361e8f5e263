/// Text made safe for XML 1.0 content and attribute values.
enum XMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` as entities, and without the characters XML 1.0
    /// forbids (control characters other than tab, line feed and carriage return; U+FFFE,
    /// U+FFFF), which no escape can carry.
    static func escaped(_ text: String) -> String {
        // Most text needs nothing: it is returned as it is.
        guard text.unicodeScalars.contains(where: { needsWork($0) }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case _ where !isAllowed(scalar): continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether XML 1.0 allows `scalar` in a document (`Char` of the specification; Swift's
    /// scalars are never surrogates).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x20...0xFFFD: return true
        case 0x10000...: return true
        default: return false
        }
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": return true
        default: return !isAllowed(scalar)
        }
    }
}
