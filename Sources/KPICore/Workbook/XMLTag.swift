#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One piece of markup in a buffer of XML bytes: a start, end or empty-element tag, or anything
/// else between `<` and `>` (a declaration, comment, processing instruction or CDATA section).
///
/// SpreadsheetML is read by local name: `x:row` and `row` are the same element, whatever prefix
/// a writer binds the namespace to.
struct XMLTag {
    enum Kind { case start, end, empty, other }

    var kind: Kind
    /// The local name (after any `prefix:`), as offsets into the buffer.
    var nameStart: Int
    var nameEnd: Int
    /// Where the attributes are, as offsets into the buffer.
    var attributesStart: Int
    var attributesEnd: Int
    /// The offset just after the closing `>`.
    var end: Int

    /// The tag that starts with the `<` at `start`, or `nil` when it does not end before
    /// `count` (the caller reads on and tries again).
    static func scan(_ bytes: UnsafePointer<UInt8>, at start: Int, count: Int) -> XMLTag? {
        var position = start &+ 1
        guard position < count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "!"):
            if matches(bytes, position, count, "!--") { return other(bytes, start, count, closing: "-->") }
            if matches(bytes, position, count, "![CDATA[") { return other(bytes, start, count, closing: "]]>") }
            return other(bytes, start, count, closing: ">")
        case UInt8(ascii: "?"):
            return other(bytes, start, count, closing: "?>")
        case UInt8(ascii: "/"):
            position &+= 1
        default:
            break
        }
        let isEnd = position == start &+ 2
        var nameStart = position
        while position < count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte <= 0x20 { break }
            if byte == UInt8(ascii: ":") { nameStart = position &+ 1 }
            position &+= 1
        }
        let nameEnd = position
        var quote: UInt8 = 0
        while position < count {
            let byte = bytes[position]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                let isEmpty = bytes[position &- 1] == UInt8(ascii: "/")
                return XMLTag(
                    kind: isEnd ? .end : isEmpty ? .empty : .start, nameStart: nameStart, nameEnd: nameEnd,
                    attributesStart: nameEnd, attributesEnd: isEmpty ? position &- 1 : position, end: position &+ 1)
            }
            position &+= 1
        }
        return nil
    }

    /// Whether the local name is `name`.
    @inline(__always)
    func isNamed(_ name: StaticString, in bytes: UnsafePointer<UInt8>) -> Bool {
        nameEnd &- nameStart == name.utf8CodeUnitCount
            && memcmp(bytes + nameStart, name.utf8Start, name.utf8CodeUnitCount) == 0
    }

    /// Whether this is a start or empty-element tag named `name`.
    @inline(__always)
    func opens(_ name: StaticString, in bytes: UnsafePointer<UInt8>) -> Bool {
        (kind == .start || kind == .empty) && isNamed(name, in: bytes)
    }

    /// Whether this is an end tag named `name`.
    @inline(__always)
    func closes(_ name: StaticString, in bytes: UnsafePointer<UInt8>) -> Bool {
        kind == .end && isNamed(name, in: bytes)
    }

    /// The raw value (entities not decoded) of the attribute whose local name is `name`.
    func attribute(_ name: StaticString, in bytes: UnsafePointer<UInt8>) -> Range<Int>? {
        var found: Range<Int>?
        forEachAttribute(in: bytes) { local, value in
            if found == nil, local.count == name.utf8CodeUnitCount,
                memcmp(bytes + local.lowerBound, name.utf8Start, name.utf8CodeUnitCount) == 0
            {
                found = value
            }
        }
        return found
    }

    /// Calls `body` with the local name and the raw value of each attribute, in order.
    @inline(__always)
    func forEachAttribute(
        in bytes: UnsafePointer<UInt8>, _ body: (_ localName: Range<Int>, _ value: Range<Int>) -> Void
    ) {
        var position = attributesStart
        while position < attributesEnd {
            while position < attributesEnd, bytes[position] <= 0x20 { position &+= 1 }
            var localStart = position
            while position < attributesEnd, bytes[position] != UInt8(ascii: "="), bytes[position] > 0x20 {
                if bytes[position] == UInt8(ascii: ":") { localStart = position &+ 1 }
                position &+= 1
            }
            let localEnd = position
            while position < attributesEnd,
                bytes[position] != UInt8(ascii: "\"") && bytes[position] != UInt8(ascii: "'")
            {
                position &+= 1
            }
            guard position < attributesEnd else { return }
            let quote = bytes[position]
            let valueStart = position &+ 1
            position = valueStart
            while position < attributesEnd, bytes[position] != quote { position &+= 1 }
            body(localStart..<localEnd, valueStart..<position)
            position &+= 1
        }
    }

    /// Calls `body` with every tag of a whole part held in memory, in order.
    static func forEach(in xml: [UInt8], _ body: (XMLTag, UnsafePointer<UInt8>) -> Void) {
        xml.withUnsafeBufferPointer { buffer in
            guard let bytes = buffer.baseAddress else { return }
            var position = 0
            while let open = nextMarkup(bytes, from: position, count: buffer.count),
                let tag = scan(bytes, at: open, count: buffer.count)
            {
                position = tag.end
                body(tag, bytes)
            }
        }
    }

    /// A construct that runs to the first `closing` after `start`.
    private static func other(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ count: Int, closing: StaticString)
        -> XMLTag?
    {
        let length = closing.utf8CodeUnitCount
        var position = start &+ 1
        while position &+ length <= count {
            if memcmp(bytes + position, closing.utf8Start, length) == 0 {
                return XMLTag(
                    kind: .other, nameStart: start, nameEnd: start, attributesStart: start, attributesEnd: start,
                    end: position &+ length)
            }
            position &+= 1
        }
        return nil
    }

    private static func matches(_ bytes: UnsafePointer<UInt8>, _ position: Int, _ count: Int, _ text: StaticString)
        -> Bool
    {
        position &+ text.utf8CodeUnitCount <= count
            && memcmp(bytes + position, text.utf8Start, text.utf8CodeUnitCount) == 0
    }
}

/// Finds `<` in XML bytes.
@inline(__always)
func nextMarkup(_ bytes: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int? {
    guard start < count, let found = memchr(bytes + start, Int32(UInt8(ascii: "<")), count &- start) else { return nil }
    return UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - bytes
}
