import CZlib

/// The uncompressed bytes of one zip entry, inflated with zlib (raw deflate) or copied when
/// stored, read from the archive in blocks. At the end, the byte count and CRC-32 must match
/// the central directory's, and inflated data may never run past the size it declares: a
/// damaged or tampered entry is an error, not silently wrong data.
final class ZipEntryStream {
    private let file: InputFile
    private let entry: ZipReader.Entry
    /// The compressed bytes still to read from the archive.
    private var next: Int
    private let end: Int
    private var input: UnsafeMutableRawBufferPointer
    private var stream = z_stream()
    private var crc: UInt = 0
    /// Uncompressed bytes produced so far.
    private(set) var produced = 0
    /// Compressed bytes read so far, for progress.
    private(set) var consumed = 0
    private var finished = false
    /// True once zlib has seen the end of the deflate stream.
    private var inflated = false

    private static let inputBlock = 1 << 18

    init(file: InputFile, entry: ZipReader.Entry, data: Range<Int>) {
        self.file = file
        self.entry = entry
        next = data.lowerBound
        end = data.upperBound
        input = .allocate(byteCount: Self.inputBlock, alignment: 16)
        crc = CZlib.crc32(0, nil, 0)
        if entry.method == 8 {
            // -MAX_WBITS: raw deflate, no zlib header (zip's own headers frame the data).
            _ = inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        }
    }

    deinit {
        if entry.method == 8 { inflateEnd(&stream) }
        input.deallocate()
    }

    /// Fills the start of `buffer` and returns how many bytes it wrote; 0 only at the end, once
    /// the size and CRC are found right.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(RowError) -> Int {
        guard !finished, buffer.count > 0 else { return 0 }
        let count = entry.method == 8 ? try inflate(into: buffer) : try copy(into: buffer)
        guard count <= entry.uncompressedSize &- produced else {
            throw damaged("it holds more bytes than its directory entry says")
        }
        produced &+= count
        crc = CZlib.crc32(crc, buffer.baseAddress!.assumingMemoryBound(to: Bytef.self), uInt(count))
        if count == 0 {
            finished = true
            guard produced == entry.uncompressedSize else {
                throw damaged("it holds fewer bytes than its directory entry says")
            }
            guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else {
                throw damaged("its CRC does not match (the file is damaged)")
            }
        }
        return count
    }

    /// Reads and drops the next `count` bytes (fewer when the entry ends first).
    func skip(_ count: Int) throws(RowError) {
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: min(max(count, 1), 1 << 20), alignment: 16)
        defer { scratch.deallocate() }
        var left = count
        while left > 0,
            case let read = try self.read(into: UnsafeMutableRawBufferPointer(rebasing: scratch.prefix(left))), read > 0
        {
            left &-= read
        }
    }

    /// Reads the rest of the entry, so that its size and CRC are checked.
    func finish() throws(RowError) { try skip(Int.max) }

    /// A stored entry: its bytes as they are.
    private func copy(into buffer: UnsafeMutableRawBufferPointer) throws(RowError) -> Int {
        let count = min(buffer.count, end &- next)
        try file.read(into: buffer.baseAddress!, count: count, at: next)
        next &+= count
        consumed &+= count
        return count
    }

    /// A deflated entry: inflates until `buffer` is full or the deflate stream ends.
    private func inflate(into buffer: UnsafeMutableRawBufferPointer) throws(RowError) -> Int {
        stream.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = uInt(min(buffer.count, Int(UInt32.max)))
        while stream.avail_out > 0, !inflated {
            if stream.avail_in == 0 {
                let count = min(Self.inputBlock, end &- next)
                guard count > 0 else { throw damaged("its compressed data is cut short (the file is truncated)") }
                try file.read(into: input.baseAddress!, count: count, at: next)
                next &+= count
                consumed &+= count
                stream.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = uInt(count)
            }
            let status = CZlib.inflate(&stream, Z_NO_FLUSH)
            if status == Z_STREAM_END { inflated = true }
            guard status == Z_OK || status == Z_STREAM_END || (status == Z_BUF_ERROR && stream.avail_in == 0) else {
                throw damaged("its compressed data is damaged")
            }
        }
        return buffer.count &- Int(stream.avail_out)
    }

    private func damaged(_ reason: String) -> RowError { ZipReader.corrupt(file, "\(entry.name): \(reason)") }

    /// Reads the whole entry into memory; an error naming `what` when it is larger than `limit`.
    static func readAll(_ stream: ZipEntryStream, limit: Int, what: String) throws(RowError) -> [UInt8] {
        guard stream.entry.uncompressedSize <= limit else {
            throw ZipReader.corrupt(stream.file, "its \(what) (\(stream.entry.name)) is larger than \(limit >> 20) MiB")
        }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: stream.entry.uncompressedSize &+ 1, alignment: 1)
        defer { buffer.deallocate() }
        var count = 0
        while case let read = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[count...])), read > 0
        {
            count &+= read
        }
        return Array(buffer.prefix(count))
    }
}
