import CCairo
import CZlib
import Testing

@testable import KPIChart

/// `PNGEncoder` writes exactly the pixels of the surface it is given: decoded here on its own
/// (chunks and their CRCs, zlib's inflate, the five PNG filters), for opaque (RGB) and
/// transparent (RGBA) surfaces of several widths, with rows that repeat the row above, flat
/// rows, noise, and rows that differ from the one above in a few pixels.
@Suite struct PNGEncoderTests {
    /// A decoded PNG: its size, colour type and unfiltered pixel bytes (R G B or R G B A).
    struct Decoded {
        var width = 0, height = 0, colourType = 0
        var pixels: [UInt8] = []
    }

    /// A surface of `format` whose pixel words come from `word(x, y, previousRow)`.
    private func surface(_ format: cairo_format_t, width: Int, height: Int, seed: UInt64) throws -> OpaquePointer {
        let surface = try #require(cairo_image_surface_create(format, Int32(width), Int32(height)))
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = try #require(cairo_image_surface_get_data(surface))
        var state = seed
        func next() -> UInt32 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt32(truncatingIfNeeded: state >> 11)
        }
        /// A valid pixel: any for RGB24 (the top byte unused, and left random), colour no more
        /// than alpha for premultiplied ARGB32.
        func pixel(_ random: UInt32) -> UInt32 {
            guard format == CAIRO_FORMAT_ARGB32 else { return random }
            let alpha = [0, 255, random >> 24][Int(random % 3)]
            let channels = [random & 0xFF, (random >> 8) & 0xFF, (random >> 16) & 0xFF].map {
                alpha == 0 ? 0 : $0 % (alpha + 1)
            }
            return alpha << 24 | channels[0] << 16 | channels[1] << 8 | channels[2]
        }
        for y in 0..<height {
            let row = UnsafeMutableRawPointer(data + y * stride)
            let above = UnsafeMutableRawPointer(data + (y - 1) * stride)
            switch next() % 5 {
            case 0 where y > 0: row.copyMemory(from: above, byteCount: width * 4)
            case 1 where y > 0:
                row.copyMemory(from: above, byteCount: width * 4)
                for _ in 0..<3 {
                    row.storeBytes(of: pixel(next()), toByteOffset: Int(next() % UInt32(width)) * 4, as: UInt32.self)
                }
            case 2:
                let flat = pixel(next())
                for x in 0..<width { row.storeBytes(of: flat, toByteOffset: x * 4, as: UInt32.self) }
            default:
                // Runs of random length and colour, some of them noise.
                var x = 0
                while x < width {
                    let run = Int(next() % 40) + 1
                    let colour = pixel(next())
                    let noisy = next() % 3 == 0
                    for _ in 0..<min(run, width - x) {
                        row.storeBytes(of: noisy ? pixel(next()) : colour, toByteOffset: x * 4, as: UInt32.self)
                        x += 1
                    }
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }

    /// The surface's pixels as PNG stores them, worked out from cairo's words: R G B for RGB24,
    /// and for ARGB32 the premultiplied words themselves (A R G B), to check the decoded
    /// straight colour against.
    private func words(of surface: OpaquePointer) -> [[UInt32]] {
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = UnsafeRawPointer(cairo_image_surface_get_data(surface)!)
        return (0..<height).map { y in
            (0..<width).map { x in data.load(fromByteOffset: y * stride + x * 4, as: UInt32.self) }
        }
    }

    /// Decodes `png`, or records why it cannot.
    static func decode(_ png: [UInt8]) -> Decoded? {
        func bigEndian(_ at: Int) -> Int { png[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        guard png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
            Issue.record("no PNG signature")
            return nil
        }
        var decoded = Decoded()
        var compressed: [UInt8] = []
        var position = 8
        var ended = false
        while position + 12 <= png.count {
            let length = bigEndian(position)
            let type = Array(png[(position + 4)..<(position + 8)])
            guard position + 12 + length <= png.count else {
                Issue.record("a chunk runs past the end")
                return nil
            }
            let typeAndData = Array(png[(position + 4)..<(position + 8 + length)])
            #expect(
                UInt32(bigEndian(position + 8 + length)) == UInt32(crc32(0, typeAndData, uInt(typeAndData.count))),
                "CRC")
            let body = Array(png[(position + 8)..<(position + 8 + length)])
            switch String(decoding: type, as: UTF8.self) {
            case "IHDR":
                decoded.width = body[0..<4].reduce(0) { $0 << 8 | Int($1) }
                decoded.height = body[4..<8].reduce(0) { $0 << 8 | Int($1) }
                #expect(body[8] == 8, "8 bits a channel")
                decoded.colourType = Int(body[9])
            case "IDAT": compressed += body
            case "IEND": ended = true
            default: break
            }
            position += 12 + length
        }
        #expect(ended && position == png.count, "IEND ends the file")
        let channels = decoded.colourType == 6 ? 4 : 3
        let rowLength = 1 + decoded.width * channels
        var filtered = [UInt8](repeating: 0, count: decoded.height * rowLength + 1)
        var filteredLength = uLongf(filtered.count)
        guard uncompress(&filtered, &filteredLength, compressed, uLong(compressed.count)) == Z_OK,
            Int(filteredLength) == decoded.height * rowLength
        else {
            Issue.record("zlib does not inflate the image data to \(decoded.height) rows of \(rowLength) bytes")
            return nil
        }
        decoded.pixels = unfiltered(filtered, rows: decoded.height, rowLength: rowLength, channels: channels)
        return decoded
    }

    /// The pixel bytes of filtered rows (PNG specification, 9: None, Sub, Up, Average, Paeth).
    private static func unfiltered(_ filtered: [UInt8], rows: Int, rowLength: Int, channels: Int) -> [UInt8] {
        let width = rowLength - 1
        var pixels = [UInt8](repeating: 0, count: rows * width)
        for y in 0..<rows {
            let filter = filtered[y * rowLength]
            for i in 0..<width {
                let raw = filtered[y * rowLength + 1 + i]
                let left = i >= channels ? Int(pixels[y * width + i - channels]) : 0
                let up = y > 0 ? Int(pixels[(y - 1) * width + i]) : 0
                let upLeft = y > 0 && i >= channels ? Int(pixels[(y - 1) * width + i - channels]) : 0
                let predicted: Int
                switch filter {
                case 0: predicted = 0
                case 1: predicted = left
                case 2: predicted = up
                case 3: predicted = (left + up) / 2
                default:
                    let estimate = left + up - upLeft
                    let (toLeft, toUp, toUpLeft) = (abs(estimate - left), abs(estimate - up), abs(estimate - upLeft))
                    predicted = toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft
                }
                pixels[y * width + i] = raw &+ UInt8(truncatingIfNeeded: predicted)
            }
        }
        return pixels
    }

    // 1–17 pixels wide: shorter than the 16-byte steps of the filter and around them; 64 rows
    // and more are deflated in two halves.
    @Test(arguments: [(1, 3), (2, 70), (5, 64), (16, 9), (17, 80), (333, 70), (2400, 66)])
    func opaquePixelsComeBackExactly(width: Int, height: Int) throws {
        let surface = try surface(CAIRO_FORMAT_RGB24, width: width, height: height, seed: UInt64(width * 1000 + height))
        defer { cairo_surface_destroy(surface) }
        let decoded = try #require(Self.decode(try PNGEncoder.encode(surface)))
        #expect(decoded.width == width && decoded.height == height && decoded.colourType == 2)
        let expected = words(of: surface).flatMap {
            $0.flatMap { [UInt8($0 >> 16 & 0xFF), UInt8($0 >> 8 & 0xFF), UInt8($0 & 0xFF)] }
        }
        #expect(decoded.pixels == expected)
    }

    /// Each decoded straight colour, premultiplied by its alpha and rounded, gives back cairo's
    /// premultiplied byte; alpha is exact, and a clear pixel is all zeros.
    @Test(arguments: [(1, 70), (3, 5), (16, 64), (17, 66), (333, 70), (2400, 66)])
    func transparentPixelsComeBackExactly(width: Int, height: Int) throws {
        let surface = try surface(CAIRO_FORMAT_ARGB32, width: width, height: height, seed: UInt64(width * 7 + height))
        defer { cairo_surface_destroy(surface) }
        let decoded = try #require(Self.decode(try PNGEncoder.encode(surface)))
        #expect(decoded.width == width && decoded.height == height && decoded.colourType == 6)
        var mismatches = 0
        for (index, word) in words(of: surface).joined().enumerated() {
            let straight = decoded.pixels[(index * 4)..<(index * 4 + 4)].map { Int($0) }
            let alpha = Int(word >> 24)
            let premultiplied = [Int(word >> 16 & 0xFF), Int(word >> 8 & 0xFF), Int(word & 0xFF)]
            let back = straight.prefix(3).map { ($0 * alpha + 127) / 255 }
            if straight[3] != alpha || back != premultiplied || (alpha == 0 && straight != [0, 0, 0, 0]) {
                mismatches += 1
            }
        }
        #expect(mismatches == 0, "of \(width * height) pixels")
    }

    @Test func sameSurfaceSameBytes() throws {
        let surface = try surface(CAIRO_FORMAT_RGB24, width: 640, height: 90, seed: 3)
        defer { cairo_surface_destroy(surface) }
        #expect(try PNGEncoder.encode(surface) == (try PNGEncoder.encode(surface)))
    }
}
