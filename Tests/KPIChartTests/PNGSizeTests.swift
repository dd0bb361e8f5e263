import CZlib
import Testing

@testable import KPIChart

/// The goal of issue 13: `kpi`'s PNGs at most 1.25× the size zlib's default level (6) gives the
/// same filtered rows.
@Suite struct PNGSizeTests {
    /// The concatenated IDAT data of a PNG.
    private func imageData(_ png: [UInt8]) -> [UInt8] {
        var data: [UInt8] = []
        var position = 8
        while position + 8 <= png.count {
            let length = png[position..<(position + 4)].reduce(0) { $0 << 8 | Int($1) }
            if png[(position + 4)..<(position + 8)].elementsEqual("IDAT".utf8) {
                data += png[(position + 8)..<(position + 8 + length)]
            }
            position += 12 + length
        }
        return data
    }

    @Test(arguments: [(1600, 900, 1.0), (2400, 1050, 1.0), (1600, 900, 2.0)])
    func pngIsNearZlibsDefaultSize(width: Int, height: Int, scale: Double) throws {
        let png = try RenderingTests().render(
            .png, scale: scale, size: Size(width: Double(width), height: Double(height)))
        let compressed = imageData(png)
        let rowsLength = Int(Double(height) * scale) * (1 + 3 * Int(Double(width) * scale))
        var rows = [UInt8](repeating: 0, count: rowsLength)
        var rowsCount = uLongf(rowsLength)
        #expect(uncompress(&rows, &rowsCount, compressed, uLong(compressed.count)) == Z_OK)
        #expect(Int(rowsCount) == rowsLength)
        var zlib = [UInt8](repeating: 0, count: Int(compressBound(uLong(rowsLength))))
        var zlibCount = uLongf(zlib.count)
        #expect(compress2(&zlib, &zlibCount, rows, uLong(rowsLength), 6) == Z_OK)
        let ratio = Double(compressed.count) / Double(zlibCount)
        #expect(ratio <= 1.25, "\(compressed.count) bytes against zlib's \(zlibCount)")
    }
}
