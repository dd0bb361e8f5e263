import Testing

@testable import KPICore

@Suite struct UTF16TranscoderTests {
    /// Text with ASCII, Thai, a surrogate pair and a lone surrogate, split into blocks at every
    /// place: the output never depends on where a block ends.
    @Test(arguments: [UTF16Transcoder.ByteOrder.littleEndian, .bigEndian])
    func blocksMaySplitAnywhere(byteOrder: UTF16Transcoder.ByteOrder) {
        let units: [UInt16] = Array("a,ไทย\n𝑥".utf16) + [0xDC00] + Array("z".utf16) + [0xD800]
        let bytes = utf16Bytes(units, byteOrder)
        let expected = Array("a,ไทย\n𝑥".utf8) + [0xFF] + Array("z".utf8) + [0xFF]
        for split in 0...bytes.count {
            var decoder = UTF16Transcoder.Decoder(byteOrder: byteOrder)
            let output = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
            defer { output.deallocate() }
            var result: [UInt8] = []
            for block in [bytes[..<split], bytes[split...]] where !block.isEmpty {
                let written = Array(block).withUnsafeBufferPointer {
                    decoder.decode($0.baseAddress!, count: $0.count, into: output)
                }
                result += UnsafeBufferPointer(start: output, count: written)
            }
            result += UnsafeBufferPointer(start: output, count: decoder.finish(into: output))
            #expect(result == expected, "split at \(split)")
        }
    }
}
