/// Makes synthetic datasets in the formats of the data contract (DATA-FORMATS.md): realistic
/// in shape, valid row by row, and the same bytes for the same request and seed.
///
/// Rows stream through a buffered byte writer, so memory stays small whatever the size; the
/// file is written under a temporary name beside the target and renamed when complete.
public enum DatasetGenerator {
    /// Writes the dataset `request` asks for to the CSV file at `path` and returns the number of
    /// data rows. Progress is shown on standard error when it is a terminal.
    @discardableResult
    public static func generate(_ request: GenerationRequest, to path: String) throws(GenerationError) -> Int {
        guard !request.districts.isEmpty else { throw .invalidRequest("no districts to generate for") }
        return try generate(request.kind.definition, request, path: path)
    }

    /// Writes `request`'s dataset of the kind `Definition` describes, with its generator.
    private static func generate<Definition: DatasetDefinition>(
        _: Definition.Type, _ request: GenerationRequest, path: String
    ) throws(GenerationError) -> Int {
        typealias Dataset = Definition.Generator
        let context = GenerationContext(request)
        let dataset: Dataset, limit: Int
        switch request.size {
        case .realistic:
            dataset = Dataset(context: context, density: Dataset.realisticDensity ?? 0)
            limit = .max
        case .rows(let rows):
            dataset = plan(Dataset.self, context, rows: rows)
            limit = rows
        }

        do throws(AtomicFile.WriteError) {
            return try write(dataset, header: Definition.columnNames, limit: limit, byteOrderMark: request.byteOrderMark, to: path)
        } catch {
            throw .cannotWrite(error)
        }
    }

    /// Writes the `header` line (after a byte-order mark if asked) and at most `limit` rows of
    /// `dataset` to a `StagedFile` committed to `path`, showing progress in rows; returns the
    /// number of rows.
    private static func write<Dataset: SyntheticDataset>(
        _ dataset: Dataset, header: [String], limit: Int, byteOrderMark: Bool, to path: String
    ) throws(AtomicFile.WriteError) -> Int {
        let file = try StagedFile(path: path)
        let meter = ProgressMeter(total: min(limit, dataset.rowCount),
                                  label: String(path.split(separator: "/").last ?? Substring(path)), unit: "rows")
        defer { meter.finish() }
        var output = RowOutput(writer: ByteWriter(descriptor: file.descriptor), limit: limit, progress: meter.callback)
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
