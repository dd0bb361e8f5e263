/// Makes synthetic datasets in the formats of the data contract (DATA-FORMATS.md): realistic
/// in shape, valid row by row, and the same bytes for the same request and seed.
///
/// Rows stream through a buffered byte writer, so memory stays small whatever the size; the
/// file is written under a temporary name beside the target and renamed when complete.
public enum DatasetGenerator {
    /// Writes the dataset `request` asks for to the CSV file at `path` and returns the number of
    /// data rows. `progress`, when given, is told of rows written as they are, a few hundred
    /// thousand at a time (`plannedRows(for:)` is their total); nothing is written to the terminal.
    @discardableResult
    public static func generate(
        _ request: GenerationRequest, to path: String,
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws(GenerationError) -> Int {
        guard !request.districts.isEmpty else { throw .invalidRequest("no districts to generate for") }
        return try generate(request.kind.definition, request, path: path, progress: progress)
    }

    /// The number of data rows `generate(_:to:progress:)` writes for `request`: for a progress
    /// bar, say. Quick: the rows are planned, not made.
    public static func plannedRows(for request: GenerationRequest) -> Int {
        guard !request.districts.isEmpty else { return 0 }
        return plannedRows(request.kind.definition, request)
    }

    private static func plannedRows<Definition: DatasetDefinition>(_: Definition.Type, _ request: GenerationRequest)
        -> Int
    {
        let (dataset, limit) = planned(Definition.Generator.self, request)
        return min(limit, dataset.rowCount)
    }

    /// Writes `request`'s dataset of the kind `Definition` describes, with its generator.
    private static func generate<Definition: DatasetDefinition>(
        _: Definition.Type, _ request: GenerationRequest, path: String, progress: (@Sendable (Int) -> Void)?
    ) throws(GenerationError) -> Int {
        let (dataset, limit) = planned(Definition.Generator.self, request)
        do throws(AtomicFile.WriteError) {
            return try write(
                dataset, header: Definition.columnNames, limit: limit, byteOrderMark: request.byteOrderMark,
                to: path, progress: progress)
        } catch {
            throw .cannotWrite(error)
        }
    }

    /// The dataset `request` asks for and the most rows to write of it.
    private static func planned<Dataset: SyntheticDataset>(
        _: Dataset.Type, _ request: GenerationRequest
    ) -> (dataset: Dataset, limit: Int) {
        let context = GenerationContext(request)
        switch request.size {
        case .realistic:
            return (Dataset(context: context, density: Dataset.realisticDensity ?? 0), .max)
        case .rows(let rows):
            return (plan(Dataset.self, context, rows: rows), rows)
        }
    }

    /// Writes the `header` line (after a byte-order mark if asked) and at most `limit` rows of
    /// `dataset` to a `StagedFile` committed to `path`, telling `progress` of rows; returns the
    /// number of rows.
    private static func write<Dataset: SyntheticDataset>(
        _ dataset: Dataset, header: [String], limit: Int, byteOrderMark: Bool, to path: String,
        progress: (@Sendable (Int) -> Void)?
    ) throws(AtomicFile.WriteError) -> Int {
        let file = try StagedFile(path: path)
        var output = RowOutput(writer: ByteWriter(descriptor: file.descriptor), limit: limit, progress: progress)
        if byteOrderMark { output.writer.append("\u{FEFF}") }
        output.writer.append(contentsOf: Array(header.joined(separator: ",").utf8))
        output.writer.append("\n")
        dataset.write(to: &output)
        if let failure = output.finish() { throw file.writeFailure(failure) }
        try file.commit()
        return output.rowsWritten
    }

    /// The plan with the most rows that does not exceed `rows`, so that every snapshot is
    /// whole; it falls short of `rows` by a few rows at most. When even one entity per
    /// district gives more rows, or the dataset's size is fixed by its areas and months, the
    /// plan is cut at `rows` by the row limit instead.
    private static func plan<Dataset: SyntheticDataset>(
        _: Dataset.Type, _ context: GenerationContext, rows: Int
    ) -> Dataset {
        var low = 0.0
        var fitting = Dataset(context: context, density: low)
        guard Dataset.realisticDensity != nil, fitting.rowCount < rows else { return fitting }
        var high = 1.0
        while Dataset(context: context, density: high).rowCount <= rows { high *= 2 }
        // Bisect until a plan fits exactly or the bounds are as close as doubles allow.
        while fitting.rowCount < rows {
            let middle = (low + high) / 2
            guard middle > low, middle < high else { break }
            let candidate = Dataset(context: context, density: middle)
            if candidate.rowCount <= rows {
                low = middle
                fitting = candidate
            } else {
                high = middle
            }
        }
        return fitting
    }
}
