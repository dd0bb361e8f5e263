/// The most one CSV record may hold, so that no input makes the reader's memory grow without
/// bound: a field, a header line and a record's fields are capped, each breach an error of its
/// record (the header's on line 1), found as soon as the reader has read past the cap.
enum CSVLimits {
    /// The longest field, in bytes as written in the file (its quotes and doubled quotes
    /// included, UTF-8 after a TIS-620 or UTF-16 file is converted): 1 MiB, far beyond any
    /// value of the contract.
    static let fieldBytes = 1 << 20
    /// The longest header line, in bytes as written: 1 MiB.
    static let headerBytes = 1 << 20
    /// The most fields a header may have: Excel's column limit.
    static let headerFields = 16_384
    /// Fields a data record may have beyond the header's before it is refused without being
    /// read further; up to there its error gives its exact field count.
    static let extraFields = 64

    /// The most fields a record may have: `extraFields` more than the header's `expected`, or
    /// `headerFields` for the header itself (`nil`).
    static func fields(expected: Int?) -> Int {
        expected.map { $0 &+ extraFields } ?? headerFields
    }

    /// Why a field is refused for its length; a quoted one may have lost its closing quote.
    static func fieldTooLong(quoted: Bool) -> String {
        "a field longer than 1 MiB (\(fieldBytes) bytes)"
            + (quoted ? ": is the closing quote of a quoted field missing?" : ": no value of the contract is so long")
    }

    /// Why a record with more than `limit` fields is refused.
    static func tooManyFields(limit: Int, expected: Int?) -> String {
        guard let expected else { return "the header has more than \(limit) fields" }
        return "record has more than \(limit) fields, the header has \(expected)"
    }

    /// Why a header line is refused for its length.
    static let headerTooLong =
        "the header line is longer than 1 MiB (\(headerBytes) bytes): is this a CSV file with a header?"
}
