/// The character encoding of an input file.
public enum TextEncoding: String, CaseIterable, Sendable {
    /// UTF-8, with or without a byte-order mark: the contract's encoding.
    case utf8 = "utf-8"
    /// TIS-620 / Windows-874, as older Thai office software exports; converted to UTF-8 on read.
    case tis620 = "tis-620"
}
