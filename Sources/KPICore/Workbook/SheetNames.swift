/// Sheet names Excel accepts: at most 31 characters (UTF-16 code units), none of
/// `: \ / ? * [ ]`, not starting or ending with `'`, not empty, not `History`, and unique in the
/// workbook ignoring case.
struct SheetNames {
    /// The longest name Excel accepts.
    static let maximumLength = 31
    /// Characters Excel forbids in a sheet name; each becomes a space.
    private static let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]
    /// Names taken so far, lowercased.
    private var taken: Set<String> = ["history"]

    /// A valid name near `wanted`, unlike every name given before: forbidden characters become
    /// spaces, a long name keeps its start and its end around "…" (names of one family differ
    /// at the end: "… ประเภทอาหาร", "… ประเภทผ้า"), and a name already taken gets " (2)",
    /// " (3)", … with the name shortened to make room.
    mutating func unique(_ wanted: String) -> String {
        let base = Self.cleaned(wanted)
        var candidate = Self.shortened(base, to: Self.maximumLength)
        var number = 1
        while taken.contains(candidate.lowercased()) {
            number += 1
            let suffix = " (\(number))"
            candidate = Self.shortened(base, to: Self.maximumLength - suffix.utf16.count) + suffix
        }
        taken.insert(candidate.lowercased())
        return candidate
    }

    /// `name` without forbidden characters, control characters, runs of spaces, or `'` at
    /// either end; "Sheet" if nothing is left.
    static func cleaned(_ name: String) -> String {
        let spaced = String(name.map { isForbidden($0) ? " " : $0 })
        let words = spaced.split(separator: " ").joined(separator: " ")
        let cleaned = words.trimmed(where: { $0 == "'" || $0 == " " })
        return cleaned.isEmpty ? "Sheet" : cleaned
    }

    private static func isForbidden(_ character: Character) -> Bool {
        forbidden.contains(character)
            || character.unicodeScalars.contains { $0.value < 0x20 || !XMLEscaping.isAllowed($0) }
    }

    /// `name` if it has at most `limit` UTF-16 code units, else its start, "…" and its end,
    /// cut between characters (a Thai vowel or tone mark stays with its consonant).
    static func shortened(_ name: String, to limit: Int) -> String {
        guard name.utf16.count > limit else { return name }
        let characters = Array(name)
        let tailBudget = (limit - 1) / 2
        var tail: [Character] = []
        var tailLength = 0
        for character in characters.reversed() {
            let length = character.utf16.count
            guard tailLength + length <= tailBudget else { break }
            tail.insert(character, at: 0)
            tailLength += length
        }
        var head = ""
        var headLength = 0
        for character in characters {
            let length = character.utf16.count
            guard headLength + length <= limit - 1 - tailLength else { break }
            head.append(character)
            headLength += length
        }
        return head.trimmed(where: { $0 == " " }) + "…" + String(tail).trimmed(where: { $0 == " " })
    }
}

extension String {
    /// The string without the characters at either end for which `isTrimmed` holds.
    fileprivate func trimmed(where isTrimmed: (Character) -> Bool) -> String {
        String(drop(while: isTrimmed).reversed().drop(while: isTrimmed).reversed())
    }
}
