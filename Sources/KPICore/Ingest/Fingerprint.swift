/// 64-bit fingerprints of record identities (a snapshot and an id), for finding duplicates
/// without keeping the ids: two different identities share a fingerprint with a probability of
/// about 10⁻⁶ per 10 million rows, and a shared fingerprint is only a candidate: the duplicate
/// check compares the ids themselves before it reports one.
enum Fingerprint {
    /// Mixes `value` into `hash` (a 64-bit multiply–xorshift step).
    @inline(__always)
    static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        var h = (hash ^ value) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 32
        h &*= 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 29)
    }

    /// The fingerprint of `bytes` within `scope` (such as a snapshot's day number).
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, scope: Int) -> UInt64 {
        let count = bytes.count
        // The scope and length only start the hash: the mixes of the bytes spread them.
        var hash = (UInt64(bitPattern: Int64(scope)) &+ 0x243F_6A88_85A3_08D3) &* 0xFF51_AFD7_ED55_8CCD ^ UInt64(count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        if count < 8 {
            var tail: UInt64 = 0
            for index in 0..<count {
                tail |= UInt64(raw.load(fromByteOffset: index, as: UInt8.self)) << (8 &* UInt64(index))
            }
            return mix(hash, tail)
        }
        var offset = 0
        while offset &+ 8 < count {
            hash = mix(hash, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset &+= 8
        }
        // The last 8 bytes, overlapping the block before when the length is not a multiple of 8.
        return mix(hash, raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
    }
}
