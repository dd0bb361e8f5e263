/// Reads the little-endian fields of a zip record from bytes, returning `nil` past their end.
struct LittleEndianReader {
    private let bytes: ArraySlice<UInt8>
    private var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    init(_ bytes: [UInt8]) { self.init(bytes[...]) }

    mutating func uint16() -> UInt16? { integer(2).map { UInt16(truncatingIfNeeded: $0) } }
    mutating func uint32() -> UInt32? { integer(4).map { UInt32(truncatingIfNeeded: $0) } }
    mutating func uint64() -> UInt64? { integer(8) }

    /// The next `count` bytes.
    mutating func bytes(_ count: Int) -> ArraySlice<UInt8>? {
        guard count <= bytes.endIndex &- position else { return nil }
        defer { position &+= count }
        return bytes[position..<(position &+ count)]
    }

    mutating func skip(_ count: Int) { position = min(bytes.endIndex, position &+ count) }

    private mutating func integer(_ size: Int) -> UInt64? {
        guard let field = bytes(size) else { return nil }
        return field.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}
