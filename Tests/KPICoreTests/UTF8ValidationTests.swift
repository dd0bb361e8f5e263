import Testing

@testable import KPICore

@Suite struct UTF8ValidationTests {
    /// The first invalid byte as Swift's own decoder finds it: the end of the longest prefix that
    /// is well-formed UTF-8, when that is not the whole.
    private func expected(_ bytes: [UInt8]) -> Int? {
        let valid = (0...bytes.count).last { String(validating: bytes[..<$0], as: UTF8.self) != nil }!
        return valid == bytes.count ? nil : valid
    }

    private func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidByte($0.baseAddress!, count: $0.count) }
    }

    /// Runs of ASCII, Thai, other scripts, and the bytes that break the rules (a lone
    /// continuation, a lead cut short, overlong forms, surrogates, past U+10FFFF) at every place.
    @Test func agreesWithSwiftsDecoder() {
        let pieces: [[UInt8]] = [
            Array("ก".utf8), Array("ที่".utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8), Array("\u{0FFF}".utf8),
            [0x80], [0xE0, 0xB8], [0xE0, 0x80, 0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xE0, 0xB8, 0x41], [0xFF],
        ]
        var random = SplitMix64(key: 8, 3)
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 6) {
                bytes += Array(repeating: UInt8(ascii: "a"), count: Int(random.next() % 19))
                bytes += pieces[Int(random.next() % UInt64(pieces.count))]
            }
            #expect(firstInvalidByte(bytes) == expected(bytes), "\(bytes)")
        }
        #expect(firstInvalidByte(Array("ผลิตภัณฑ์ OTOP ของใช้ ของตกแต่ง".utf8)) == nil)
    }
}
