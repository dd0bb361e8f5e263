/// Length-limited Huffman codes in deflate's canonical form (RFC 1951, 3.2.2).
enum HuffmanCode {
    /// The code length of each symbol for `frequencies` (0 for an unused symbol), none longer
    /// than `limit`.
    ///
    /// At least two symbols get a code (symbols 0 and 1 stand in for missing ones), so that the
    /// code is complete, as inflaters want. Past `limit`, the frequencies are halved (a used
    /// symbol stays at 1 or more) and the code built again: rare in a block, and it ends, as equal
    /// frequencies give a balanced tree.
    static func lengths(of frequencies: [Int], limit: Int) -> [Int] {
        var frequencies = frequencies
        for symbol in 0..<2 where frequencies[symbol] == 0 && frequencies.count(where: { $0 > 0 }) < 2 {
            frequencies[symbol] = 1
        }
        while true {
            let lengths = unlimitedLengths(of: frequencies)
            if lengths.max()! <= limit { return lengths }
            frequencies = frequencies.map { ($0 + 1) / 2 }
        }
    }

    /// Huffman's code lengths, built with two queues over the used symbols sorted by frequency
    /// (ties by symbol, so the same frequencies give the same code).
    private static func unlimitedLengths(of frequencies: [Int]) -> [Int] {
        let leaves = frequencies.indices.filter { frequencies[$0] > 0 }.sorted {
            (frequencies[$0], $0) < (frequencies[$1], $1)
        }
        let nodeCount = 2 * leaves.count - 1
        // Nodes 0..<leaves.count are the leaves in order; each merge appends a node, and a
        // parent always comes after its children.
        var weights = leaves.map { frequencies[$0] } + [Int](repeating: 0, count: nodeCount - leaves.count)
        var parents = [Int](repeating: 0, count: nodeCount)
        var nextLeaf = 0
        var nextMerged = leaves.count
        func smallest(before created: Int) -> Int {
            let takeLeaf =
                nextLeaf < leaves.count && (nextMerged == created || weights[nextLeaf] <= weights[nextMerged])
            defer { if takeLeaf { nextLeaf += 1 } else { nextMerged += 1 } }
            return takeLeaf ? nextLeaf : nextMerged
        }
        for created in leaves.count..<nodeCount {
            let first = smallest(before: created)
            let second = smallest(before: created)
            weights[created] = weights[first] + weights[second]
            parents[first] = created
            parents[second] = created
        }
        var depths = [Int](repeating: 0, count: nodeCount)
        for node in (0..<(nodeCount - 1)).reversed() { depths[node] = depths[parents[node]] + 1 }
        var lengths = [Int](repeating: 0, count: frequencies.count)
        for (index, symbol) in leaves.enumerated() { lengths[symbol] = depths[index] }
        return lengths
    }

    /// The canonical code of each symbol from its code length, ready to write.
    static func codes(lengths: [Int]) -> [DeflateCode] {
        let maxLength = lengths.max() ?? 0
        var countOfLength = [Int](repeating: 0, count: maxLength + 1)
        for length in lengths where length > 0 { countOfLength[length] += 1 }
        var next = [Int](repeating: 0, count: maxLength + 1)
        var code = 0
        for length in stride(from: 1, through: maxLength, by: 1) {
            code = (code + countOfLength[length - 1]) << 1
            next[length] = code
        }
        return lengths.map { length in
            guard length > 0 else { return DeflateCode(bits: 0, count: 0) }
            defer { next[length] += 1 }
            return DeflateCode.reversing(next[length], count: length)
        }
    }
}
