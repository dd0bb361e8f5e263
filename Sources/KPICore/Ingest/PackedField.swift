/// A field of at most 16 bytes packed into two words and its length, so that a cache of fields
/// parsed before tells a repeat with three compares instead of parsing the field again.
struct PackedField: Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var count = -1

    /// No field: equal to none.
    init() {}

    /// `field` packed, or `nil` when it is longer than 16 bytes.
    @inline(__always)
    init?(_ field: UnsafeBufferPointer<UInt8>) {
        guard field.count <= 16 else { return nil }
        self.init(digestOf: field)
    }

    /// `field` packed when it is at most 16 bytes long; a longer one by its first and last 8
    /// bytes and its length, which another field may share: equal digests of long fields call
    /// for a comparison of their bytes.
    @inline(__always)
    init(digestOf field: UnsafeBufferPointer<UInt8>) {
        count = field.count
        guard count > 0, let base = field.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        // Two loads that may overlap: together they cover every byte, and with the length they
        // tell any two fields apart.
        if count >= 8 {
            low = raw.loadUnaligned(as: UInt64.self)
            high = raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
        } else if count >= 4 {
            low = UInt64(raw.loadUnaligned(as: UInt32.self))
            high = UInt64(raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self))
        } else {
            for index in 0..<count { low |= UInt64(base[index]) << (8 &* UInt64(index)) }
        }
    }

    /// The entry of a direct-mapped cache of `1 << bits` entries where the field goes: the top
    /// bits of a multiplicative mix of the packed words and the length.
    @inline(__always)
    func bucket(bits: Int) -> Int {
        let mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: count)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> UInt64(64 &- bits))
    }
}
