import CZlib
import Testing

@testable import KPIChart

@Suite struct RowDeflaterTests {
    /// Rows like a filtered chart's: long zero runs, runs of other bytes, noise, and rows that
    /// repeat the row above in whole or in part.
    private func rows(count: Int, length: Int, seed: UInt64) -> [[UInt8]] {
        var state = seed
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        var rows: [[UInt8]] = []
        for index in 0..<count {
            var row: [UInt8]
            switch next() % 4 {
            case 0 where index > 0: row = rows[index - 1]  // the row above again
            case 1 where index > 0:
                row = rows[index - 1]
                for _ in 0..<5 { row[Int(next() % UInt64(length))] = UInt8(truncatingIfNeeded: next()) }
            default:
                row = []
                while row.count < length {
                    let run = Int(next() % 600) + 1
                    let byte: UInt8 = next() % 3 == 0 ? UInt8(truncatingIfNeeded: next()) : 0
                    row +=
                        next() % 5 == 0
                        ? (0..<run).map { _ in UInt8(truncatingIfNeeded: next()) } : Array(repeating: byte, count: run)
                }
                row = Array(row.prefix(length))
            }
            row[0] = 1
            rows.append(row)
        }
        return rows
    }

    /// One part's raw deflate data: `rows`, each after the one before as its row above.
    private func deflated(_ rows: ArraySlice<[UInt8]>, final: Bool) -> [UInt8] {
        var deflater = RowDeflater(rowLength: rows.first?.count ?? 1)
        for index in rows.indices {
            rows[index].withUnsafeBufferPointer { row in
                if index > rows.startIndex {
                    rows[index - 1].withUnsafeBufferPointer { deflater.add(row.baseAddress!, above: $0.baseAddress!) }
                } else {
                    deflater.add(row.baseAddress!, above: nil)
                }
            }
        }
        return deflater.finish(final: final)
    }

    /// A zlib stream of raw deflate `parts` and the checksum of `rows`, inflated by zlib.
    private func inflated(_ parts: [[UInt8]], of rows: [[UInt8]]) -> [UInt8]? {
        let all = rows.flatMap { $0 }
        var stream: [UInt8] = [0x78, 0x01] + parts.flatMap { $0 }
        stream.appendBigEndian(UInt32(adler32(1, all, uInt(all.count))))
        var inflated = [UInt8](repeating: 0, count: all.count + 1)
        var inflatedLength = uLongf(inflated.count)
        guard uncompress(&inflated, &inflatedLength, stream, uLong(stream.count)) == Z_OK else { return nil }
        return Array(inflated.prefix(Int(inflatedLength)))
    }

    /// `rows` deflated in `parts` of about equal rows, inflated again by zlib.
    private func roundTrip(_ rows: [[UInt8]], parts: Int) -> [UInt8]? {
        let cuts = (0...parts).map { rows.count * $0 / parts }
        return inflated((0..<parts).map { deflated(rows[cuts[$0]..<cuts[$0 + 1]], final: $0 == parts - 1) }, of: rows)
    }

    @Test(arguments: [(7201, 1), (7201, 2), (301, 2), (40_001, 2)])
    func zlibInflatesWhatItDeflates(length: Int, parts: Int) {
        let rows = rows(count: 60, length: length, seed: UInt64(length * 10 + parts))
        #expect(roundTrip(rows, parts: parts) == rows.flatMap { $0 })
    }

    @Test func noiseFillsManyBlocks() {
        // 150,000 random bytes are about as many literals: each half more than a block holds.
        var state: UInt64 = 88_172_645_463_325_252
        let rows = (0..<50).map { _ in
            [UInt8(1)]
                + (0..<3000).map { _ in
                    state ^= state << 13
                    state ^= state >> 7
                    state ^= state << 17
                    return UInt8(truncatingIfNeeded: state)
                }
        }
        #expect(roundTrip(rows, parts: 2) == rows.flatMap { $0 })
    }

    @Test func aPartWithoutRowsIsAnEmptyBlock() {
        let rows = rows(count: 3, length: 7201, seed: 5)
        let parts = [deflated([], final: false), deflated(rows[...], final: true)]
        #expect(inflated(parts, of: rows) == rows.flatMap { $0 })
    }

    @Test func repeatsMakeItSmall() {
        // 100 rows of one colour: a row costs 28 matches of the row above, a few bits each.
        let rows = (0..<100).map { _ in [UInt8(1)] + [UInt8](repeating: 0, count: 7200) }
        #expect(deflated(rows[...], final: true).count < 100 * 30)
        #expect(roundTrip(rows, parts: 1) == rows.flatMap { $0 })
    }
}
