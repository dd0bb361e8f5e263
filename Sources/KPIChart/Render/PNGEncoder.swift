import CCairo
import CZlib

/// Writes an opaque cairo image surface (RGB24) as an 8-bit RGB PNG.
///
/// cairo's own PNG writer spends about 28 ms on a 1600×900 chart in libpng's default
/// compression; charts are flat colours, so the "Sub" filter with zlib's fastest level gives a
/// file of similar size in a fraction of the time.
enum PNGEncoder {
    struct EncodeError: Error, CustomStringConvertible {
        let description: String
    }

    /// zlib level: 1 is fastest; flat chart colours compress well even so.
    static let compressionLevel: Int32 = 1

    static func encode(_ surface: OpaquePointer) throws -> [UInt8] {
        guard cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24,
              let pixels = cairo_image_surface_get_data(surface) else {
            throw EncodeError(description: "PNG encoding needs an RGB24 image surface")
        }
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))

        // Each row, filtered into one reused buffer (filter byte 1, Sub: R G B differences from
        // the pixel to the left), is deflated as it is made: no image-sized buffers besides
        // cairo's own, whose fresh pages cost more than the drawing.
        var compressed: [UInt8] = []
        compressed.reserveCapacity(width * height / 8)
        var row = [UInt8](repeating: 0, count: 1 + width * 3)
        var output = [UInt8](repeating: 0, count: 1 << 16)
        var stream = z_stream()
        guard deflateInit_(&stream, compressionLevel, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw EncodeError(description: "zlib cannot start compressing")
        }
        defer { deflateEnd(&stream) }
        for y in 0..<height {
            row.withUnsafeMutableBufferPointer { row in
                let source = pixels + y * stride
                row[0] = 1
                var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
                for x in 0..<width {
                    // cairo stores RGB24 as native-endian 32-bit xRGB: B G R x in memory on little-endian.
                    let pixel = UnsafeRawPointer(source + x * 4).loadUnaligned(as: UInt32.self)
                    let red = UInt8(truncatingIfNeeded: pixel >> 16)
                    let green = UInt8(truncatingIfNeeded: pixel >> 8)
                    let blue = UInt8(truncatingIfNeeded: pixel)
                    row[1 + x * 3] = red &- previous.0
                    row[2 + x * 3] = green &- previous.1
                    row[3 + x * 3] = blue &- previous.2
                    previous = (red, green, blue)
                }
            }
            try deflate(row, into: &compressed, output: &output, stream: &stream, finish: y == height - 1)
        }

        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]  // 8-bit depth, RGB, deflate, adaptive filters, no interlace
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", compressed, to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    /// Feeds `input` to `stream`, appending what comes out to `compressed`; with `finish`, ends
    /// the stream.
    private static func deflate(_ input: [UInt8], into compressed: inout [UInt8], output: inout [UInt8],
                                stream: inout z_stream, finish: Bool) throws {
        try input.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            var status: Int32
            repeat {
                status = output.withUnsafeMutableBufferPointer { output in
                    stream.next_out = output.baseAddress
                    stream.avail_out = uInt(output.count)
                    return CZlib.deflate(&stream, finish ? Z_FINISH : Z_NO_FLUSH)
                }
                guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                    throw EncodeError(description: "zlib failed to compress the image (\(status))")
                }
                compressed.append(contentsOf: output[..<(output.count - Int(stream.avail_out))])
            } while stream.avail_out == 0 || (finish && status != Z_STREAM_END)
        }
    }

    private static func appendChunk(_ type: String, _ data: [UInt8], to png: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        png.appendBigEndian(UInt32(data.count))
        png += typeBytes
        png += data
        var crc = crc32(0, typeBytes, uInt(typeBytes.count))
        crc = data.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt(data.count)) }
        png.appendBigEndian(UInt32(crc))
    }
}

extension [UInt8] {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }
}
