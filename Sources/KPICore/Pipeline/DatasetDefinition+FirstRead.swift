/// The summarizer's first read of a kind's files, as a requirement of `DatasetDefinition` with
/// this one implementation: called through `any DatasetDefinition.Type`, each kind's witness runs
/// it with its own accumulator, so the reader's per-record loop is specialised for it (a generic
/// function called with the existential would run that loop through witness tables).
extension DatasetDefinition {
    static func firstRead(
        _ files: [any RecordSource], by summarizer: Summarizer, progress: (@Sendable (Int) -> Void)?
    ) throws -> Summarizer.Dataset {
        let ingest = DatasetIngest<Accumulator>(
            files: files, geography: summarizer.geography, catalog: summarizer.catalog)
        let first: DatasetIngest<Accumulator>.FirstRead
        do { first = try ingest.firstRead(progress: progress) } catch { throw IngestError(.unreadable, error) }
        let months = DatasetMonths(
            kind: Accumulator.kind, latest: first.accumulator.latestMonth,
            latestPeriodic: first.accumulator.latestPeriodicMonth)
        func summaries(_ counts: [DatasetIngest<Accumulator>.FileCounts]) -> [IngestReport.FileSummary] {
            zip(files, counts).map {
                .init(
                    path: $0.displayName, kind: Accumulator.kind, rows: $1.rows, emptyRowsSkipped: $1.emptyRows,
                    latestMonth: months.latest)
            }
        }
        return Summarizer.Dataset(months: months, files: summaries(first.countsPerFile), issues: first.issues) {
            windows, skipInvalid in
            let result: DatasetIngest<Accumulator>.Result
            do throws(RowError) {
                result = try ingest.complete(first, windows: windows, skipInvalid: skipInvalid)
            } catch { throw IngestError(.unreadable, error) }
            let accumulator = result.accumulator
            return Summarizer.Dataset.Completed(
                issues: result.issues, files: summaries(result.countsPerFile),
                observations: { accumulator.observations(windows: $0, catalog: $1) },
                surveyYearObservations: { accumulator.observations(surveyYearsOf: $0, catalog: $1) })
        }
    }
}
