/// The table of contents of a zip archive (an Excel workbook is one), read from its central
/// directory, and streams of its entries' bytes.
///
/// Reads the end-of-central-directory record at the end of the file (zip64 too), then the
/// central directory; entries are stored or deflated. Every size and offset is checked against
/// the file, so a truncated or corrupt archive gives an error naming the file, never a trap.
struct ZipReader: Sendable {
    /// One file in the archive, as the central directory describes it.
    struct Entry: Sendable {
        let name: String
        /// 0 = stored, 8 = deflated.
        let method: UInt16
        let flags: UInt16
        let crc32: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int
    }

    /// The archive, read by offset.
    let file: InputFile
    /// Entries by name.
    private let entries: [String: Entry]

    /// The most bytes the central directory may take, and the most entries: far above any
    /// workbook's, far below what would exhaust memory.
    private static let maxDirectorySize = 64 << 20
    private static let maxEntries = 1 << 20

    /// Whether the file starts like a zip archive (a local file header, `PK\3\4`).
    static func startsLikeZip(_ file: InputFile) throws(RowError) -> Bool {
        guard file.byteCount >= 4 else { return false }
        var magic: UInt32 = 0
        try withUnsafeMutableBytes(of: &magic) { (magic) throws(RowError) in
            try file.read(into: magic.baseAddress!, count: 4, at: 0)
        }
        return UInt32(littleEndian: magic) == 0x0403_4B50
    }

    /// Reads the central directory of `file`.
    init(file: InputFile) throws(RowError) {
        self.file = file
        let directory = try Self.locateDirectory(file)
        let bytes = try file.bytes(count: directory.size, at: directory.offset)
        var entries: [String: Entry] = [:]
        var reader = LittleEndianReader(bytes)
        for _ in 0..<directory.count {
            guard let entry = Self.directoryEntry(&reader, fileSize: file.byteCount) else {
                throw Self.corrupt(file, "its central directory is damaged")
            }
            entries[entry.name] = entries[entry.name] ?? entry
        }
        self.entries = entries
    }

    /// The entry named `name` (a path inside the archive, without a leading `/`).
    func entry(named name: String) -> Entry? { entries[name] }

    /// A stream of `entry`'s uncompressed bytes, checked against its size and CRC at the end.
    func stream(_ entry: Entry) throws(RowError) -> ZipEntryStream {
        guard entry.flags & 1 == 0 else { throw Self.corrupt(file, "\(entry.name) is encrypted") }
        guard entry.method == 0 || entry.method == 8 else {
            throw Self.corrupt(
                file,
                "\(entry.name) is compressed with method \(entry.method); only stored and deflated entries can be read")
        }
        guard entry.localHeaderOffset <= file.byteCount &- 30 else {
            throw Self.corrupt(file, "\(entry.name) lies outside the file")
        }
        let header = try file.bytes(count: 30, at: entry.localHeaderOffset)
        var reader = LittleEndianReader(header)
        guard reader.uint32() == 0x0403_4B50 else {
            throw Self.corrupt(file, "\(entry.name) has no local header where the directory says")
        }
        reader.skip(22)
        let nameLength = Int(reader.uint16() ?? 0)
        let extraLength = Int(reader.uint16() ?? 0)
        let dataStart = entry.localHeaderOffset &+ 30 &+ nameLength &+ extraLength
        guard dataStart <= file.byteCount, entry.compressedSize <= file.byteCount &- dataStart else {
            throw Self.corrupt(file, "\(entry.name) is cut short (the file is truncated)")
        }
        return ZipEntryStream(file: file, entry: entry, data: dataStart..<(dataStart &+ entry.compressedSize))
    }

    /// A `RowError` for a damaged archive.
    static func corrupt(_ file: InputFile, _ reason: String) -> RowError {
        RowError(file: file.displayName, line: 0, reason: "not a readable Excel workbook: \(reason)")
    }

    // MARK: - The central directory

    private struct Directory {
        var offset: Int
        var size: Int
        var count: Int
    }

    /// Finds the central directory from the end-of-central-directory record (the last one in
    /// the file's final 64 KiB + 22 bytes), following the zip64 locator when the record says so.
    private static func locateDirectory(_ file: InputFile) throws(RowError) -> Directory {
        let tailSize = min(file.byteCount, 0xFFFF &+ 22)
        let tailStart = file.byteCount &- tailSize
        let tail = try file.bytes(count: tailSize, at: tailStart)
        var position = tailSize &- 22
        while position >= 0 {
            if tail[position] == 0x50, tail[position &+ 1] == 0x4B, tail[position &+ 2] == 5, tail[position &+ 3] == 6 {
                break
            }
            position &-= 1
        }
        guard position >= 0 else {
            throw corrupt(file, "no zip directory at its end (the file is truncated or not a zip archive)")
        }
        var reader = LittleEndianReader(tail[position...])
        reader.skip(10)
        var directory = Directory(offset: 0, size: 0, count: Int(reader.uint16()!))
        directory.size = Int(reader.uint32()!)
        directory.offset = Int(reader.uint32()!)
        if directory.count == 0xFFFF || directory.size == 0xFFFF_FFFF || directory.offset == 0xFFFF_FFFF, position >= 20
        {
            directory = try zip64Directory(file, locator: Array(tail[(position &- 20)..<position])) ?? directory
        }
        guard directory.size <= maxDirectorySize, directory.count <= maxEntries,
            directory.offset <= file.byteCount, directory.size <= file.byteCount &- directory.offset
        else {
            throw corrupt(file, "its zip directory lies outside the file (the file is truncated)")
        }
        return directory
    }

    /// The directory that a zip64 end-of-central-directory locator points to, or `nil` when
    /// `locator` is none.
    private static func zip64Directory(_ file: InputFile, locator: [UInt8]) throws(RowError) -> Directory? {
        var reader = LittleEndianReader(locator[...])
        guard reader.uint32() == 0x0706_4B50 else { return nil }
        reader.skip(4)
        guard let recordOffset = reader.uint64().flatMap(Int.init(exactly:)), recordOffset <= file.byteCount &- 56
        else {
            throw corrupt(file, "its zip64 directory lies outside the file")
        }
        let record = try file.bytes(count: 56, at: recordOffset)
        var fields = LittleEndianReader(record[...])
        guard fields.uint32() == 0x0606_4B50 else { throw corrupt(file, "its zip64 directory record is damaged") }
        fields.skip(28)
        guard let count = fields.uint64().flatMap(Int.init(exactly:)),
            let size = fields.uint64().flatMap(Int.init(exactly:)),
            let offset = fields.uint64().flatMap(Int.init(exactly:))
        else { throw corrupt(file, "its zip64 directory record is damaged") }
        return Directory(offset: offset, size: size, count: count)
    }

    /// The next central directory entry, or `nil` when the bytes are not one.
    private static func directoryEntry(_ reader: inout LittleEndianReader, fileSize: Int) -> Entry? {
        guard reader.uint32() == 0x0201_4B50 else { return nil }
        reader.skip(4)
        guard let flags = reader.uint16(), let method = reader.uint16() else { return nil }
        reader.skip(4)
        guard let crc = reader.uint32(), var compressed = reader.uint32().map(UInt64.init),
            var uncompressed = reader.uint32().map(UInt64.init),
            let nameLength = reader.uint16(), let extraLength = reader.uint16(), let commentLength = reader.uint16()
        else { return nil }
        reader.skip(8)
        guard var offset = reader.uint32().map(UInt64.init), let name = reader.bytes(Int(nameLength)),
            var extra = reader.bytes(Int(extraLength)).map(LittleEndianReader.init),
            reader.bytes(Int(commentLength)) != nil
        else { return nil }
        // Zip64: the 64-bit values of the fields set to 0xFFFFFFFF, in this order.
        while let id = extra.uint16(), let size = extra.uint16() {
            guard id == 1, var values = extra.bytes(Int(size)).map(LittleEndianReader.init) else {
                guard extra.bytes(Int(size)) != nil else { break }
                continue
            }
            if uncompressed == 0xFFFF_FFFF { uncompressed = values.uint64() ?? uncompressed }
            if compressed == 0xFFFF_FFFF { compressed = values.uint64() ?? compressed }
            if offset == 0xFFFF_FFFF { offset = values.uint64() ?? offset }
        }
        guard compressed <= UInt64(fileSize), offset <= UInt64(fileSize), uncompressed <= UInt64(Int.max) else {
            return nil
        }
        return Entry(
            name: String(decoding: name, as: UTF8.self), method: method, flags: flags, crc32: crc,
            compressedSize: Int(compressed), uncompressedSize: Int(uncompressed), localHeaderOffset: Int(offset))
    }
}

extension InputFile {
    /// `count` bytes at `offset`.
    func bytes(count: Int, at offset: Int) throws(RowError) -> [UInt8] {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 1)
        defer { buffer.deallocate() }
        try read(into: buffer.baseAddress!, count: count, at: offset)
        return Array(buffer.prefix(count))
    }
}
