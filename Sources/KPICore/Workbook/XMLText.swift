#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text of XML character data and attribute values, decoded: the five predefined entities,
/// character references (`&#NN;`, `&#xNN;`), and SpreadsheetML's `_xHHHH_` escapes of
/// characters XML cannot hold (`_x000D_` for a carriage return).
enum XMLText {
    /// Appends `bytes[range]` decoded to `output`. Returns false (having appended part of it)
    /// when the text holds a reference that names no character.
    static func appendDecoded(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>, to output: inout [UInt8]) -> Bool {
        var position = range.lowerBound
        var plainStart = position
        let end = range.upperBound
        while position < end {
            let byte = bytes[position]
            guard byte == UInt8(ascii: "&") || byte == UInt8(ascii: "_") else {
                position &+= 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(start: bytes + plainStart, count: position &- plainStart))
            if byte == UInt8(ascii: "&") {
                guard let (scalar, next) = reference(bytes, position &+ 1, end) else { return false }
                output.append(contentsOf: String(Character(scalar)).utf8)
                position = next
            } else if let scalar = escape(bytes, position, end) {
                output.append(contentsOf: String(Character(scalar)).utf8)
                position &+= 7
            } else {
                output.append(byte)
                position &+= 1
            }
            plainStart = position
        }
        output.append(contentsOf: UnsafeBufferPointer(start: bytes + plainStart, count: end &- plainStart))
        return true
    }

    /// The text of `bytes[range]` decoded, or `nil` when it holds a bad reference.
    static func decoded(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>) -> String? {
        var output: [UInt8] = []
        guard appendDecoded(bytes, range, to: &output) else { return nil }
        return String(decoding: output, as: UTF8.self)
    }

    /// The character of the reference after `&` at `start`, and the offset after its `;`.
    private static func reference(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (Unicode.Scalar, Int)? {
        var semicolon = start
        while semicolon < end, semicolon &- start < 12, bytes[semicolon] != UInt8(ascii: ";") { semicolon &+= 1 }
        guard semicolon < end, bytes[semicolon] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: UnsafeBufferPointer(start: bytes + start, count: semicolon &- start), as: UTF8.self)
        let scalar: Unicode.Scalar?
        switch name {
        case "amp": scalar = "&"
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
            } else {
                scalar = nil
            }
        }
        guard let scalar, scalar.value != 0 else { return nil }
        return (scalar, semicolon &+ 1)
    }

    /// The character of a `_xHHHH_` escape at `start`, or `nil` when none starts there.
    private static func escape(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Unicode.Scalar? {
        guard end &- start >= 7, bytes[start &+ 1] == UInt8(ascii: "x"), bytes[start &+ 6] == UInt8(ascii: "_") else {
            return nil
        }
        let hex = String(decoding: UnsafeBufferPointer(start: bytes + (start &+ 2), count: 4), as: UTF8.self)
        guard hex.utf8.allSatisfy({ $0.isHexDigit }) else { return nil }
        return UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init)
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}
