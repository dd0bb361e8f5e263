/// The invalid records found while reading: the first ones in full, all of them counted by reason.
public struct IngestIssues: Sendable {
    /// How many errors are listed in full; the rest are counted.
    package static let listLimit = 20

    /// The errors kept in full, at most `listLimit` per merge source (trimmed when reported).
    package private(set) var listed: [RowError] = []
    /// Every error, by reason category.
    public private(set) var countByReason: [String: Int] = [:]
    /// Number of errors.
    public private(set) var count = 0

    package init() {}

    /// Records an error of `category`.
    package mutating func add(_ error: RowError, category: String) {
        count += 1
        countByReason[category, default: 0] += 1
        if listed.count < Self.listLimit { listed.append(error) }
    }

    /// Counts `count` errors of `category` that come after those listed, without their words.
    package mutating func addUnlisted(_ count: Int, category: String) {
        guard count > 0 else { return }
        self.count += count
        countByReason[category, default: 0] += count
    }

    /// Adds `delta` to the line of every error listed (see `CSVRecordSink.shiftLines`).
    package mutating func shiftLines(by delta: Int) {
        for index in listed.indices { listed[index].line &+= delta }
    }

    /// Adds the issues of a later chunk or file.
    package mutating func merge(_ other: IngestIssues) {
        count += other.count
        countByReason.merge(other.countByReason, uniquingKeysWith: +)
        listed += other.listed
    }

    /// The first `listLimit` errors in the order given (file by file, then by line). The hint
    /// that a file that is not UTF-8 may be Windows-874 is on its first such error only.
    package func firstErrors(fileOrder: [String]) -> [RowError] {
        let rank = Dictionary(fileOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var hinted: Set<String> = []
        return
            listed
            .sorted { (rank[$0.file] ?? 0, $0.line) < (rank[$1.file] ?? 0, $1.line) }
            .prefix(Self.listLimit)
            .map { error in
                guard error.reason == CSVChunkParser.invalidUTF8, !hinted.insert(error.file).inserted else {
                    return error
                }
                var shortened = error
                shortened.reason = CSVChunkParser.invalidUTF8WithoutHint
                return shortened
            }
    }
}
