import KPICore

/// What one input did: the errors it was rejected with (a whole-file error thrown, or the
/// records' errors) and a transcript of what was read or computed. Equal for equal inputs.
public struct FuzzOutcome: Equatable, Sendable {
    /// Every error, thrown or reported, in the order met.
    public var errors: [RowError]
    /// Lines of `line: fields` per record for the readers; the summary CSV for the decoders.
    public var transcript: String
    /// Lines of records seen (read or rejected), for the readers.
    public var recordLines: [Int]
    /// What the harness found wrong beyond errors: a result that depends on how the file was
    /// split, an error that is not located (a `RowError` from the readers, an `IngestError` from `summarize`).
    public var inconsistencies: [String]

    /// An outcome with these errors, transcript, record lines and inconsistencies.
    public init(
        errors: [RowError] = [], transcript: String = "", recordLines: [Int] = [], inconsistencies: [String] = []
    ) {
        self.errors = errors
        self.transcript = transcript
        self.recordLines = recordLines
        self.inconsistencies = inconsistencies
    }

    /// Adds `later`'s errors, transcript, lines and inconsistencies after these.
    mutating func append(_ later: FuzzOutcome) {
        errors += later.errors
        transcript += later.transcript
        recordLines += later.recordLines
        inconsistencies += later.inconsistencies
    }
}
