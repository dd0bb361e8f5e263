import Foundation
import KPICore
import KPIFuzzing
import Testing

/// Fuzz/seeds and Fuzz/corpus, every file of every target run through the fuzz harness as the
/// fuzzers run it: no crash, the same outcome twice, and every rule of `FuzzCheck` kept.
@Suite struct FuzzCorpusTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appending(path: "Fuzz")

    /// The seed and corpus files of `target`, as (name, bytes).
    static func inputs(of target: FuzzTarget) throws -> [(name: String, bytes: [UInt8])] {
        try ["seeds", "corpus"].flatMap { part in
            let folder = fuzzFolder.appending(path: "\(part)/\(target.rawValue)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return try names.sorted().map { name in
                ("\(part)/\(target.rawValue)/\(name)", Array(try Data(contentsOf: folder.appending(path: name))))
            }
        }
    }

    @Test("every input of the corpus keeps the rules, and gives the same outcome twice", arguments: FuzzTarget.allCases)
    func corpusKeepsTheRules(_ target: FuzzTarget) throws {
        let inputs = try Self.inputs(of: target)
        // The seeds alone are more than this: a missing folder must not pass as an empty corpus.
        #expect(inputs.count >= 10)
        for input in inputs {
            let outcome = FuzzHarness.run(input.bytes, through: target)
            let violations = input.bytes.withUnsafeBytes {
                FuzzCheck.violations(of: outcome, bytes: $0, target: target)
            }
            #expect(violations.isEmpty, "\(input.name): \(violations)")
            #expect(FuzzHarness.run(input.bytes, through: target) == outcome, "\(input.name): a second run differs")
        }
    }

    @Test("each decoder's sample seed reaches the summary without an error", arguments: DatasetKind.allCases)
    func sampleSeedIsSummarized(_ kind: DatasetKind) throws {
        let target = try #require(FuzzTarget(rawValue: kind.rawValue))
        let sample = try #require(
            try Self.inputs(of: target).first { $0.name.hasSuffix("/\(kind.rawValue)-sample.csv") })
        let outcome = FuzzHarness.run(sample.bytes, through: target)
        #expect(outcome.errors.isEmpty)
        #expect(outcome.transcript.hasPrefix("0 invalid records\n"))
        #expect(outcome.transcript.contains("\nprovince,"))
    }

    @Test(
        "each decoder's malformed seed is rejected record by record, on the records' lines",
        arguments: DatasetKind.allCases)
    func malformedSeedIsLocated(_ kind: DatasetKind) throws {
        let target = try #require(FuzzTarget(rawValue: kind.rawValue))
        let malformed = try #require(try Self.inputs(of: target).first { $0.name.hasSuffix("/malformed.csv") })
        let outcome = FuzzHarness.run(malformed.bytes, through: target)
        // The seed: header, 2 good records, one field too many (line 4), one too few (5), a record
        // of empty fields (6, skipped), bytes that are not UTF-8 (7), an empty line (8, skipped),
        // the first record again (9: a duplicate where the summary's windows check ids), and a
        // quote that opens on line 10 and never closes.
        let lines = Set(outcome.errors.map(\.line))
        #expect(lines.isSuperset(of: [4, 5, 7, 10]) && lines.isSubset(of: [4, 5, 7, 9, 10]), "\(outcome.errors)")
        #expect(outcome.errors.allSatisfy { $0.file == "input.csv" })
    }
}
