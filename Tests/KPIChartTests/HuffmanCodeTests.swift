import Testing

@testable import KPIChart

@Suite struct HuffmanCodeTests {
    /// Σ 2^−length over the used symbols: 1 for a complete code.
    private func kraftSum(_ lengths: [Int]) -> Double {
        lengths.filter { $0 > 0 }.reduce(0) { $0 + 1 / Double(1 << $1) }
    }

    @Test func frequentSymbolsGetShortCodes() {
        let lengths = HuffmanCode.lengths(of: [0, 40, 20, 10, 5, 5, 0], limit: 15)
        #expect(lengths == [0, 1, 2, 3, 4, 4, 0])
    }

    @Test func fibonacciFrequenciesStayWithinTheLimit() {
        // Unlimited, these would need a code 24 bits long.
        var frequencies = [1, 1]
        while frequencies.count < 25 {
            frequencies.append(frequencies[frequencies.count - 1] + frequencies[frequencies.count - 2])
        }
        let lengths = HuffmanCode.lengths(of: frequencies, limit: 15)
        #expect(lengths.max()! <= 15)
        #expect(kraftSum(lengths) == 1)
        #expect(lengths.allSatisfy { $0 > 0 })
    }

    @Test(arguments: [[0, 0, 0, 0], [0, 0, 7, 0]])
    func fewSymbolsStillMakeACompleteCode(frequencies: [Int]) {
        let lengths = HuffmanCode.lengths(of: frequencies, limit: 7)
        #expect(lengths.count(where: { $0 > 0 }) == 2)
        #expect(kraftSum(lengths) == 1)
    }

    @Test func canonicalCodesFollowTheRFCExample() {
        // RFC 1951, 3.2.2: lengths (3, 3, 3, 3, 3, 2, 4, 4) give 010 011 100 101 110 00 1110 1111.
        let codes = HuffmanCode.codes(lengths: [3, 3, 3, 3, 3, 2, 4, 4])
        let expected = [
            (0b010, 3), (0b011, 3), (0b100, 3), (0b101, 3), (0b110, 3), (0b00, 2), (0b1110, 4), (0b1111, 4),
        ]
        #expect(codes == expected.map { DeflateCode.reversing($0.0, count: $0.1) })
        #expect(DeflateCode.reversing(0b1110, count: 4) == DeflateCode(bits: 0b0111, count: 4))
    }
}
