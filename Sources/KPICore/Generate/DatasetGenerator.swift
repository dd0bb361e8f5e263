/// Makes synthetic datasets in the formats of the data contract (Datasets/README.md): realistic
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
        return try generate(request.kind.dataset, request, path: path)
    }

    private static func generate<Dataset: SyntheticDataset>(
        _: Dataset.Type, _ request: GenerationRequest, path: String
    ) throws(GenerationError) -> Int {
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

        let file = try StagedFile(path: path)
        let label = String(path.split(separator: "/").last ?? Substring(path))
        var output = RowOutput(writer: ByteWriter(descriptor: file.descriptor), limit: limit,
                               progress: ProgressLine(label: label, total: min(limit, dataset.rowCount)))
        output.writer.append(Dataset.header)
        output.writer.append("\n")
        dataset.write(to: &output)
        if let failure = output.finish() {
            file.discard()
            throw .cannotWrite(path, reason: StagedFile.reason(failure))
        }
        try file.commit()
        return output.rowsWritten
    }

    /// The plan with the smallest density that gives at least `rows` rows, so that cutting at
    /// `rows` drops at most a few rows of the last period. A dataset whose size is fixed by its
    /// areas and months is planned as it is.
    private static func plan<Dataset: SyntheticDataset>(
        _: Dataset.Type, _ context: GenerationContext, rows: Int
    ) -> Dataset {
        guard Dataset.realisticDensity != nil else { return Dataset(context: context, density: 0) }
        var low = 0.0, high = 1.0
        var enough = Dataset(context: context, density: high)
        while enough.rowCount < rows {
            low = high
            high *= 2
            enough = Dataset(context: context, density: high)
        }
        // Bisect until the bounds are as close as doubles allow or a plan hits `rows` exactly.
        for _ in 0..<64 where enough.rowCount > rows {
            let middle = (low + high) / 2
            guard middle > low, middle < high else { break }
            let candidate = Dataset(context: context, density: middle)
            if candidate.rowCount >= rows {
                high = middle
                enough = candidate
            } else {
                low = middle
            }
        }
        return enough
    }
}
