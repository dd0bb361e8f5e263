/// The byte between the fields of a CSV file: a comma, or in the dialects offices save, a
/// semicolon (Excel where the decimal mark is a comma) or a tab (Excel's "Unicode text").
package enum CSVSeparator: UInt8, CaseIterable, Sendable {
    /// `,`, the contract's separator.
    case comma = 0x2C
    /// `;`, as Excel saves CSV where the decimal mark is a comma.
    case semicolon = 0x3B
    /// A tab, as Excel saves "Unicode text".
    case tab = 0x09

    /// The separator's name in messages, plural: "commas".
    package var pluralName: String {
        switch self {
        case .comma: return "commas"
        case .semicolon: return "semicolons"
        case .tab: return "tabs"
        }
    }
}
