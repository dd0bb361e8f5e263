/// Makes a zip archive (PKWARE APPNOTE, no zip64) in memory, its entries deflated.
///
/// The output depends on nothing but the entries: every entry is dated 1980-01-01 00:00 (the
/// first date zip can hold) and carries no host-specific attributes, so the same entries give
/// the same bytes on every run. Entries are written as they are added; an entry's content is
/// streamed through deflate, so only its compressed form is held.
package struct ZipWriter {
    /// The local headers and compressed contents written so far.
    private var archive: [UInt8] = []
    /// The central directory's records, one per entry.
    private var directory: [UInt8] = []
    private var entryCount = 0
    private var names: Set<String> = []
    /// The most bytes an entry or the archive may have.
    private let sizeLimit: UInt64

    /// MS-DOS date of 1980-01-01 (years from 1980, month, day); the time is 00:00:00.
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    /// Version 2.0: deflate.
    private static let version: UInt16 = 20
    /// General purpose flags: bit 11, names are UTF-8.
    private static let flags: UInt16 = 1 << 11
    private static let deflated: UInt16 = 8

    /// Zip sizes and offsets are 32-bit; 0xFFFFFFFF itself would announce zip64.
    static let zipSizeLimit: UInt64 = 0xFFFF_FFFE

    /// An empty archive.
    package init() {
        self.init(sizeLimit: Self.zipSizeLimit)
    }

    /// A writer whose entries and archive stay within `sizeLimit` bytes (at most the zip's).
    init(sizeLimit: UInt64) {
        self.sizeLimit = min(sizeLimit, Self.zipSizeLimit)
    }

    /// Adds an entry named `name` (a path with `/`, unique in the archive) whose content
    /// `write` writes to the stream it is given.
    package mutating func addEntry(named name: String, _ write: (ZipEntryDeflater) throws -> Void) throws {
        let isNew = names.insert(name).inserted
        precondition(isNew, "zip entry \(name) added twice")
        precondition(name.utf8.count <= Int(UInt16.max), "zip entry names are shorter than 64 KiB")
        guard entryCount < Int(UInt16.max) else { throw ZipWriteError.tooManyEntries }
        let stream = ZipEntryDeflater(name: name, sizeLimit: sizeLimit)
        try write(stream)
        stream.finish()
        if let failure = stream.failure { throw failure }

        let offset = UInt64(archive.count)
        let localSize = UInt64(30 + name.utf8.count + stream.compressed.count)
        guard offset + localSize <= sizeLimit else { throw ZipWriteError.archiveTooLarge }
        let sizes = (crc: stream.crc, compressed: UInt32(stream.compressed.count), size: UInt32(stream.size))

        archive.appendLittleEndian(UInt32(0x0403_4B50))  // local file header
        appendCommonFields(to: &archive, sizes, name: name)
        archive.appendLittleEndian(UInt16(0))  // extra field length
        archive += name.utf8
        archive += stream.compressed

        directory.appendLittleEndian(UInt32(0x0201_4B50))  // central directory file header
        directory.appendLittleEndian(Self.version)  // made by: MS-DOS, version 2.0
        appendCommonFields(to: &directory, sizes, name: name)
        directory.appendLittleEndian(UInt16(0))  // extra field length
        directory.appendLittleEndian(UInt16(0))  // comment length
        directory.appendLittleEndian(UInt16(0))  // disk number
        directory.appendLittleEndian(UInt16(0))  // internal attributes
        directory.appendLittleEndian(UInt32(0))  // external attributes
        directory.appendLittleEndian(UInt32(offset))
        directory += name.utf8
        entryCount += 1
    }

    /// Adds an entry named `name` holding `text` as UTF-8.
    package mutating func addEntry(named name: String, text: String) throws {
        try addEntry(named: name) { $0.write(text) }
    }

    /// The whole archive: the entries, the central directory and its end record.
    package consuming func finish() throws -> [UInt8] {
        let directoryOffset = UInt64(archive.count)
        guard directoryOffset + UInt64(directory.count) + 22 <= sizeLimit else {
            throw ZipWriteError.archiveTooLarge
        }
        archive += directory
        archive.appendLittleEndian(UInt32(0x0605_4B50))  // end of central directory
        archive.appendLittleEndian(UInt16(0))  // this disk
        archive.appendLittleEndian(UInt16(0))  // the disk where the directory starts
        archive.appendLittleEndian(UInt16(entryCount))  // entries on this disk
        archive.appendLittleEndian(UInt16(entryCount))  // entries in all
        archive.appendLittleEndian(UInt32(directory.count))
        archive.appendLittleEndian(UInt32(directoryOffset))
        archive.appendLittleEndian(UInt16(0))  // comment length
        return archive
    }

    /// The fields a local header and a central directory record share, from "version needed"
    /// to the name's length.
    private func appendCommonFields(
        to bytes: inout [UInt8], _ sizes: (crc: UInt32, compressed: UInt32, size: UInt32),
        name: String
    ) {
        bytes.appendLittleEndian(Self.version)  // version needed to extract
        bytes.appendLittleEndian(Self.flags)
        bytes.appendLittleEndian(Self.deflated)
        bytes.appendLittleEndian(UInt16(0))  // time: 00:00:00
        bytes.appendLittleEndian(Self.dosDate)
        bytes.appendLittleEndian(sizes.crc)
        bytes.appendLittleEndian(sizes.compressed)
        bytes.appendLittleEndian(sizes.size)
        bytes.appendLittleEndian(UInt16(name.utf8.count))
    }
}

extension [UInt8] {
    /// Appends `value` least significant byte first, as zip stores numbers.
    fileprivate mutating func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value) {
        for shift in stride(from: 0, to: Value.bitWidth, by: 8) {
            append(UInt8(truncatingIfNeeded: value >> shift))
        }
    }
}
