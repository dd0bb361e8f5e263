import Glibc

/// Byte searches through glibc's vectorised `memchr`.
enum ByteSearch {
    /// Index of the first `byte` in `bytes[from ..< to]`, or `nil`.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in bytes: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let found = memchr(bytes + from, Int32(byte), to &- from) else { return nil }
        return UnsafeRawPointer(bytes).distance(to: UnsafeRawPointer(found))
    }

    /// Number of `byte`s in `bytes[from ..< to]`.
    static func count(of byte: UInt8, in bytes: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        var count = 0
        var position = from
        while let found = firstIndex(of: byte, in: bytes, from: position, to: to) {
            count &+= 1
            position = found &+ 1
        }
        return count
    }
}
