import CZlib
import Testing

@testable import KPIChart

@Suite struct Adler32Tests {
    @Test func agreesWithZlibForEveryLengthAndSplit() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        // Long runs of 255 push the sums towards their limits; the rest is noise.
        let bytes: [UInt8] = (0..<200_000).map { index in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return index < 100_000 ? 255 : UInt8(truncatingIfNeeded: state)
        }
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            for count in [0, 1, 15, 16, 17, 5552, 65_536 + 3, 200_000] {
                var checksum = Adler32()
                checksum.update(base, count: count)
                #expect(UInt(checksum.value) == adler32(1, base, uInt(count)), "\(count) bytes")
            }
            var inParts = Adler32()
            for (start, end) in [(0, 7), (7, 70_001), (70_001, 200_000)] {
                inParts.update(base + start, count: end - start)
            }
            #expect(UInt(inParts.value) == adler32(1, base, uInt(bytes.count)))
        }
    }
}
