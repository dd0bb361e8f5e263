import CZlib

/// The content of one zip entry as it is written: bytes gather in a buffer and go, a block at a
/// time, through zlib's raw deflate (RFC 1951) and CRC-32, so that only the compressed content
/// is kept.
///
/// Writing never throws: once the content would reach 4 GiB (or zlib fails) later bytes are
/// dropped and `failure` says why; `ZipWriter` checks it when the entry ends.
package final class ZipEntryDeflater {
    /// The entry's name in the archive.
    let name: String
    /// zlib's state; it holds its own address, so it lives at a fixed one.
    private let stream: UnsafeMutablePointer<z_stream>
    private var isOpen = true
    private var pending: [UInt8] = []
    /// The compressed content so far.
    private(set) var compressed: [UInt8] = []
    /// CRC-32 of the content so far.
    private(set) var crc: UInt32 = 0
    /// Bytes of content so far.
    private(set) var size: UInt64 = 0
    /// Why the entry cannot be written, once it cannot.
    private(set) var failure: ZipWriteError?

    /// Bytes gathered before they are compressed.
    private static let blockSize = 1 << 16
    /// The most bytes the content, compressed or not, may have.
    private let sizeLimit: UInt64

    init(name: String, sizeLimit: UInt64) {
        self.name = name
        self.sizeLimit = sizeLimit
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        pending.reserveCapacity(Self.blockSize)
        // Negative window bits: raw deflate, without zlib's header and Adler-32 (zip has its own).
        let code = deflateInit2_(
            stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        if code != Z_OK {
            isOpen = false
            failure = .compressionFailed(name: name, code: code)
        }
    }

    deinit {
        if isOpen { deflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Appends one byte.
    @inline(__always)
    package func write(_ byte: UInt8) {
        pending.append(byte)
        if pending.count >= Self.blockSize { compressPending(finish: false) }
    }

    /// Appends `bytes`.
    package func write(_ bytes: some Sequence<UInt8>) {
        pending.append(contentsOf: bytes)
        if pending.count >= Self.blockSize { compressPending(finish: false) }
    }

    /// Appends `text` as UTF-8.
    package func write(_ text: String) {
        write(text.utf8)
    }

    /// Compresses what is left and ends the deflate data; nothing may be written after.
    func finish() {
        compressPending(finish: true)
        if isOpen {
            deflateEnd(stream)
            isOpen = false
        }
    }

    /// Runs the pending bytes through CRC-32 and deflate, and with `finish` ends the stream.
    private func compressPending(finish: Bool) {
        defer { pending.removeAll(keepingCapacity: true) }
        guard isOpen, failure == nil else { return }
        size += UInt64(pending.count)
        guard size <= sizeLimit else {
            failure = .entryTooLarge(name: name)
            return
        }
        var output = [UInt8](repeating: 0, count: Self.blockSize)
        let code: Int32 = pending.withUnsafeMutableBufferPointer { input in
            crc = UInt32(crc32(uLong(crc), input.baseAddress, uInt(input.count)))
            stream.pointee.next_in = input.baseAddress
            stream.pointee.avail_in = uInt(input.count)
            return output.withUnsafeMutableBufferPointer { out in
                var code: Int32
                repeat {
                    stream.pointee.next_out = out.baseAddress
                    stream.pointee.avail_out = uInt(out.count)
                    code = deflate(stream, finish ? Z_FINISH : Z_NO_FLUSH)
                    compressed.append(contentsOf: out[0..<(out.count - Int(stream.pointee.avail_out))])
                } while code == Z_OK && (stream.pointee.avail_out == 0 || (finish && code != Z_STREAM_END))
                stream.pointee.next_in = nil
                return code
            }
        }
        if code == Z_STREAM_ERROR || (finish && code != Z_STREAM_END) {
            failure = .compressionFailed(name: name, code: code)
        } else if UInt64(compressed.count) > sizeLimit {
            failure = .entryTooLarge(name: name)
        }
    }
}
