/// cairo names SVG groups `surfaceN` with a counter shared by the whole process, so the second
/// chart a process draws differs from the first. This renumbers them 1, 2, … in order of first
/// appearance (a byte scan: no text decoding, no regular expression).
enum SVGSurfaceIDs {
    static func renumber(_ svg: [UInt8]) -> [UInt8] {
        let token = Array("surface".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(svg.count)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var index = 0
        while index < svg.count {
            if svg[index] == token[0], index + token.count < svg.count,
                svg[index..<(index + token.count)].elementsEqual(token),
                isDigit(svg[index + token.count])
            {
                var end = index + token.count
                while end < svg.count, isDigit(svg[end]) { end += 1 }
                let original = svg[(index + token.count)..<end]
                let number = numbers[original] ?? (numbers.count + 1)
                numbers[original] = number
                output += token
                output += Array(String(number).utf8)
                index = end
            } else {
                output.append(svg[index])
                index += 1
            }
        }
        return output
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
