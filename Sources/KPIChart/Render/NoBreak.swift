/// Runs of text that a line never breaks inside: a caller marks a run with `NoBreak.run(_:)`
/// ("รายอำเภอ " + NoBreak.run("แม่ริม")), and the text setter keeps it whole when it wraps,
/// on top of the runs `NoBreakGlossary` finds by itself (compound terms, area names, numbers
/// with their unit, windows). The marks are two noncharacters, never drawn or measured: every
/// canvas sets and records the text without them (`plain(_:)`).
///
/// Pango breaks Thai with libthai's dictionary, which splits compounds ("ตัวชี้/วัด") and names
/// ("ไชย/ปราการ"); a word joiner between letters does not stop it, a Pango attribute does.
public enum NoBreak {
    /// Opens a marked run.
    static let open = Unicode.Scalar(0xFDD0 as UInt32)!
    /// Closes a marked run.
    static let close = Unicode.Scalar(0xFDD1 as UInt32)!

    /// `text` marked as one run that never breaks across lines.
    public static func run(_ text: String) -> String {
        String(Character(open)) + text + String(Character(close))
    }

    /// `text` without its marks: what is drawn.
    public static func plain(_ text: String) -> String {
        parse(text).plain
    }

    /// The text without marks, and the marked runs as UTF-8 byte ranges of it (Pango's
    /// indexes). An unclosed run goes to the end; nested marks count as one run.
    static func parse(_ text: String) -> (plain: String, runs: [Range<Int>]) {
        guard text.unicodeScalars.contains(where: { $0 == open || $0 == close }) else { return (text, []) }
        var plain = String.UnicodeScalarView()
        var runs: [Range<Int>] = []
        var depth = 0
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case open:
                if depth == 0 { start = offset }
                depth += 1
            case close where depth > 0:
                depth -= 1
                if depth == 0 { runs.append(start..<offset) }
            case close:
                break
            default:
                plain.append(scalar)
                offset += scalar.utf8.count
            }
        }
        if depth > 0 { runs.append(start..<offset) }
        return (String(plain), runs)
    }
}
