#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Byte searches: glibc's vectorised `memchr` to find one, SIMD compares to count them.
enum ByteSearch {
    /// Index of the first `byte` in `bytes[from ..< to]`, or `nil`.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in bytes: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let found = memchr(bytes + from, Int32(byte), to &- from) else { return nil }
        return UnsafeRawPointer(bytes).distance(to: UnsafeRawPointer(found))
    }

    /// Whether `a` and `b` hold the same bytes (glibc's vectorised `memcmp`).
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let first = a.baseAddress, let second = b.baseAddress else { return true }
        return memcmp(first, second, a.count) == 0
    }

    /// Number of `byte`s in `bytes[from ..< to]`.
    static func count(of byte: UInt8, in bytes: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        var total = 0
        var position = from
        let splat = SIMD16<UInt8>(repeating: byte)
        while to &- position >= 16 {
            // Each lane counts its matches (a true compare is 0xFF, that is -1) up to 255 times.
            var lanes = SIMD16<UInt8>()
            let stop = min(to &- 15, position &+ 255 &* 16)
            while position < stop {
                let block = UnsafeRawPointer(bytes + position).loadUnaligned(as: SIMD16<UInt8>.self)
                lanes &-= unsafeBitCast(block .== splat, to: SIMD16<UInt8>.self)
                position &+= 16
            }
            let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
            total &+= sumOfBytes(halves[0]) &+ sumOfBytes(halves[1])
        }
        while position < to {
            if bytes[position] == byte { total &+= 1 }
            position &+= 1
        }
        return total
    }

    /// The sum of the 8 bytes of `word`.
    @inline(__always)
    private static func sumOfBytes(_ word: UInt64) -> Int {
        let pairs = (word & 0x00FF_00FF_00FF_00FF) &+ ((word &>> 8) & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) &>> 48)
    }
}
