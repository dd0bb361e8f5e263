import Foundation
import Testing

@testable import KPICore

/// Entries of every kind: text, several deflate blocks of mixed data, nothing, a Thai name.
private let entries: [(name: String, content: [UInt8])] = [
    ("hello.txt", Array("hello, zip\n".utf8)),
    (
        "data/mixed.bin",
        (0..<200_000).map { index in UInt8(truncatingIfNeeded: index % 251 == 0 ? index / 7 : index % 13) }
    ),
    ("empty", []),
    ("ไทย/ชื่อ.xml", Array("<a>ข้อมูล</a>".utf8)),
]

private func archive(_ entries: [(name: String, content: [UInt8])], sizeLimit: UInt64 = .max) throws -> [UInt8] {
    var zip = ZipWriter(sizeLimit: sizeLimit)
    for entry in entries { try zip.addEntry(named: entry.name) { $0.write(entry.content) } }
    return try zip.finish()
}

/// CRC-32 (IEEE 802.3, reflected, as zip uses), bit by bit: independent of zlib's.
private func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
}

/// Bytes that deflate cannot shrink (xorshift).
private func noise(_ count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return UInt8(truncatingIfNeeded: state)
    }
}

private func uint16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
private func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * $1) }
}

@Suite struct ZipWriterTests {
    /// The end record, central directory and local headers, read by hand: names, sizes, CRCs.
    @Test func recordsHoldEachEntrysNameSizeAndCRC() throws {
        let bytes = try archive(entries)
        let end = bytes.count - 22
        #expect(uint32(bytes, end) == 0x0605_4B50)
        #expect(uint16(bytes, end + 10) == entries.count)
        var record = Int(uint32(bytes, end + 16))
        for entry in entries {
            #expect(uint32(bytes, record) == 0x0201_4B50)
            #expect(uint16(bytes, record + 10) == 8)  // deflate
            #expect(uint32(bytes, record + 16) == crc32(entry.content))
            #expect(uint32(bytes, record + 24) == UInt32(entry.content.count))
            let nameLength = uint16(bytes, record + 28)
            #expect(Array(bytes[(record + 46)..<(record + 46 + nameLength)]) == Array(entry.name.utf8))
            let local = Int(uint32(bytes, record + 42))
            #expect(uint32(bytes, local) == 0x0403_4B50)
            #expect(uint32(bytes, local + 14) == crc32(entry.content))
            #expect(uint32(bytes, local + 18) == uint32(bytes, record + 20))  // compressed size
            record += 46 + nameLength
        }
        #expect(record == end)
        // The repetitive entry is stored deflated, far smaller than it is.
        #expect(bytes.count < 40_000)
    }

    @Test func sameEntriesGiveTheSameBytes() throws {
        #expect(try archive(entries) == archive(entries))
    }

    /// Python's zipfile, which checks each CRC as it reads, extracts exactly what was written.
    @Test(.enabled(if: ExternalTool.systemPython != nil))
    func pythonExtractsTheEntries() throws {
        let files = TestFiles()
        let path = files.write("entries.zip", try archive(entries))
        let script = """
            import base64, json, sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            print(json.dumps({i.filename: base64.b64encode(z.read(i)).decode() for i in z.infolist()}))
            """
        let result = try ExternalTool.systemPython!.run(["-c", script, path])
        #expect(result.status == 0, "\(result.errors)")
        let read = try JSONDecoder().decode([String: String].self, from: Data(result.output.utf8))
        #expect(read.count == entries.count)
        for entry in entries { #expect(read[entry.name].flatMap { Data(base64Encoded: $0) } == Data(entry.content)) }
    }

    @Test(.enabled(if: ExternalTool.unzip != nil))
    func unzipFindsNoErrors() throws {
        let files = TestFiles()
        let path = files.write("entries.zip", try archive(entries))
        let result = try ExternalTool.unzip!.run(["-t", path])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(result.output.contains("No errors detected"))
    }

    @Test func entryBeyondTheSizeLimitIsRefused() {
        #expect(throws: ZipWriteError.entryTooLarge(name: "big")) {
            try archive([("big", [UInt8](repeating: 7, count: 300_000))], sizeLimit: 200_000)
        }
    }

    @Test func archiveBeyondTheSizeLimitIsRefused() throws {
        let entries = [("one", noise(60_000, seed: 1)), ("two", noise(60_000, seed: 2))]
        #expect(throws: ZipWriteError.archiveTooLarge) { try archive(entries, sizeLimit: 100_000) }
        #expect(try archive(entries, sizeLimit: 200_000).count > 120_000)
    }
}
