/// A province or inspection zone that a code or name given by a person does not pick out: the
/// error lists the areas meant most likely, with their codes.
public struct AreaNameError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An area offered instead: its code (a zone's number) and names.
    public struct Area: Equatable, Sendable {
        /// The province code or zone number.
        public let code: Int
        /// The area's Thai name.
        public let nameThai: String
        /// The area's English name.
        public let nameEnglish: String

        /// How a message shows it: `50 เชียงใหม่ (Chiang Mai)`.
        public var label: String { "\(code) \(nameThai) (\(nameEnglish))" }
    }

    /// What is wrong.
    public enum Problem: Equatable, Sendable {
        /// A number that is no area's code; `codes` runs from the lowest code to the highest.
        case unknownCode(String, codes: ClosedRange<Int>)
        /// A name that is no area's; the nearest names, nearest first (perhaps none).
        case unknownName(closest: [Area])
        /// A name that two or more areas have, or that begins the names of two or more.
        case ambiguous([Area])
    }

    /// `.province` or `.zone`.
    public let level: AreaLevel
    /// The text as given.
    public let text: String
    /// Why the text picks out no single area.
    public let problem: Problem

    /// One line: the text, the problem and the areas offered with their codes.
    public var description: String {
        let noun = level == .zone ? "inspection zone" : "province"
        // The text as given, cut short if it is long (it is whatever someone typed).
        let text = self.text.count > 60 ? self.text.prefix(60) + "…" : self.text
        switch problem {
        case .unknownCode(let code, let codes):
            let range = "\(codes.lowerBound) to \(codes.upperBound)"
            return level == .zone
                ? "no \(noun) \(code): zones are numbered \(range)"
                : "no \(noun) with code \(code) (codes run from \(range))"
        case .unknownName(let closest) where closest.isEmpty:
            let code = level == .zone ? "number" : "2-digit code"
            return "no \(noun) named '\(text)': give its Thai or English name or its \(code)"
        case .unknownName(let closest):
            return "no \(noun) named '\(text)'; closest: " + closest.map(\.label).joined(separator: ", ")
        case .ambiguous(let areas):
            return "'\(text)' could be more than one \(noun): " + areas.map(\.label).joined(separator: ", ")
                + "; give the full name or the " + (level == .zone ? "number" : "code")
        }
    }
}
