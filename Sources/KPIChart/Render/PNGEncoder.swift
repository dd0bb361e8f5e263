import CCairo
import CZlib
import Foundation
import KPICore

/// Writes a cairo image surface as an 8-bit PNG: an opaque one (RGB24) as RGB, one with alpha
/// (ARGB32, a transparent background) as RGBA.
///
/// cairo's own PNG writer spends about 28 ms on a 1600×900 chart in libpng's default
/// compression, and even zlib's fastest level was half of a chart's time; charts are flat
/// colours, so the "Sub" filter and `RowDeflater` give a file of similar size in a fraction of
/// the time.
enum PNGEncoder {
    struct EncodeError: Error, Sendable, CustomStringConvertible {
        let description: String
    }

    static func encode(_ surface: OpaquePointer) throws -> [UInt8] {
        let format = cairo_image_surface_get_format(surface)
        guard format == CAIRO_FORMAT_RGB24 || format == CAIRO_FORMAT_ARGB32,
            let pixels = cairo_image_surface_get_data(surface)
        else {
            throw EncodeError(description: "PNG encoding needs an RGB24 or ARGB32 image surface")
        }
        let alpha = format == CAIRO_FORMAT_ARGB32
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))

        // The rows are split in two halves deflated on the two cores (pigz-style): the first half
        // ends on a byte boundary, the second with the final block, and the zlib stream's
        // checksum is combined from the halves'.
        let halves = height >= 64 ? [0..<(height / 2), (height / 2)..<height] : [0..<height]
        let image = Image(pixels: UnsafePointer(pixels), width: width, stride: stride, alpha: alpha)
        let parts = concurrentMap(halves.count) { index in
            compressRows(halves[index], of: image, last: index == halves.count - 1)
        }
        var checksum = parts[0].adler
        for part in parts.dropFirst() { checksum = adler32_combine(checksum, part.adler, off_t(part.length)) }
        // zlib header for a 32 KiB window at the fastest level (0x78 0x01), the raw deflate
        // halves, the Adler-32 of all the filtered rows.
        var compressed: [UInt8] = [0x78, 0x01]
        for part in parts { compressed += part.bytes }
        compressed.appendBigEndian(UInt32(checksum))

        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        // 8-bit depth, RGB or RGBA, deflate, adaptive filters, no interlace
        header += [8, alpha ? 6 : 2, 0, 0, 0]
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", compressed, to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    /// The pixels of a cairo image surface.
    struct Image {
        var pixels: UnsafePointer<UInt8>
        var width: Int
        var stride: Int
        /// ARGB32 (premultiplied alpha) rather than RGB24.
        var alpha: Bool

        /// Bytes per pixel in the PNG: R G B, or R G B A.
        var channels: Int { alpha ? 4 : 3 }
    }

    /// Raw deflate output of some rows, with the Adler-32 and length of what went in.
    struct CompressedRows: Sendable {
        var bytes: [UInt8]
        var adler: uLong
        var length: Int
    }

    /// Filters `rows` of the image (filter byte 1, Sub: R G B (A) differences from the pixel to
    /// the left), a row at a time into two reused buffers (the row and the one above), and deflates
    /// them as raw deflate data that ends the stream when `last`, else on a byte boundary so that
    /// another part can follow. A row of the same pixels as the row above (a bar's, the
    /// background's) is not filtered again: its filtered bytes and their checksum are the row
    /// above's.
    private static func compressRows(_ rows: Range<Int>, of image: Image, last: Bool) -> CompressedRows {
        let channels = image.channels
        let rowLength = 1 + image.width * channels
        var deflater = RowDeflater(rowLength: rowLength)
        var checksum: uLong = 1
        var rowChecksum: uLong = 1
        // One byte more than a row: each pixel is stored as 4 bytes, an RGB pixel's 4th overwritten by the next.
        var row = UnsafeMutableRawPointer.allocate(byteCount: rowLength + 1, alignment: 8)
        var above = UnsafeMutableRawPointer.allocate(byteCount: rowLength + 1, alignment: 8)
        defer {
            row.deallocate()
            above.deallocate()
        }
        for y in rows {
            let source = UnsafeRawPointer(image.pixels + y * image.stride)
            let aboveBytes = UnsafePointer(above.assumingMemoryBound(to: UInt8.self))
            if y > rows.lowerBound, memcmp(source, source - image.stride, image.width * 4) == 0 {
                deflater.add(aboveBytes, above: aboveBytes)
            } else {
                if image.alpha {
                    filter(source, width: image.width, channels: 4, into: row, pixel: Self.straightRGBA)
                } else {
                    // cairo stores RGB24 as native-endian 32-bit xRGB (B G R x in memory on
                    // little-endian); swapped and shifted, it is R G B 0 in memory.
                    filter(source, width: image.width, channels: 3, into: row) { $0.byteSwapped >> 8 }
                }
                let bytes = UnsafePointer(row.assumingMemoryBound(to: UInt8.self))
                var rowAdler = Adler32()
                rowAdler.update(bytes, count: rowLength)
                rowChecksum = uLong(rowAdler.value)
                deflater.add(bytes, above: y == rows.lowerBound ? nil : aboveBytes)
                swap(&row, &above)
            }
            checksum = adler32_combine(checksum, rowChecksum, off_t(rowLength))
        }
        return CompressedRows(bytes: deflater.finish(final: last), adler: checksum, length: rows.count * rowLength)
    }

    /// Writes one row of `width` cairo pixels, each made PNG bytes by `pixel` (in the low
    /// `channels` bytes in memory), after filter byte 1 of `row`, then Sub-filters them. Inlined,
    /// so that each kind of image has a loop of its own.
    @inline(__always)
    private static func filter(
        _ source: UnsafeRawPointer, width: Int, channels: Int, into row: UnsafeMutableRawPointer,
        pixel: (UInt32) -> UInt32
    ) {
        row.storeBytes(of: 1, as: UInt8.self)
        for x in 0..<width {
            let bytes = pixel(source.loadUnaligned(fromByteOffset: x &* 4, as: UInt32.self))
            row.storeBytes(of: bytes, toByteOffset: 1 &+ x &* channels, as: UInt32.self)
        }
        subtractPrevious(row + 1, count: width &* channels, distance: channels)
    }

    /// The Sub filter in place: each of `count` bytes from the `distance`th on less the byte
    /// `distance` before it (wrapping), 16 bytes at a time from the end back, so that every
    /// difference is taken from bytes not yet replaced.
    @inline(__always)
    private static func subtractPrevious(_ bytes: UnsafeMutableRawPointer, count: Int, distance: Int) {
        var end = count
        while end &- 16 >= distance {
            let start = end &- 16
            let difference =
                bytes.loadUnaligned(fromByteOffset: start, as: SIMD16<UInt8>.self)
                &- bytes.loadUnaligned(fromByteOffset: start &- distance, as: SIMD16<UInt8>.self)
            bytes.storeBytes(of: difference, toByteOffset: start, as: SIMD16<UInt8>.self)
            end = start
        }
        while end > distance {
            end &-= 1
            let difference =
                bytes.load(fromByteOffset: end, as: UInt8.self)
                &- bytes.load(fromByteOffset: end &- distance, as: UInt8.self)
            bytes.storeBytes(of: difference, toByteOffset: end, as: UInt8.self)
        }
    }

    /// A cairo ARGB32 pixel (native-endian, colour premultiplied by alpha) as R G B A in memory
    /// with straight colour, as PNG stores it; rounded to the nearest, so deterministic.
    @inline(__always)
    private static func straightRGBA(_ pixel: UInt32) -> UInt32 {
        let alpha = pixel >> 24
        guard alpha != 0 else { return 0 }
        var red = (pixel >> 16) & 0xFF
        var green = (pixel >> 8) & 0xFF
        var blue = pixel & 0xFF
        if alpha != 255 {
            red = min(255, (red * 255 + alpha / 2) / alpha)
            green = min(255, (green * 255 + alpha / 2) / alpha)
            blue = min(255, (blue * 255 + alpha / 2) / alpha)
        }
        return (red | green << 8 | blue << 16 | alpha << 24).littleEndian
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
        append(contentsOf: [
            UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF),
        ])
    }
}
