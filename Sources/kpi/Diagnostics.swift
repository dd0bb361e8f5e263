import ArgumentParser
import Foundation
import KPICore

/// Writes errors and notes for people on stderr.
enum Diagnostics {
    /// Prints `text` and a newline on stderr.
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// The first errors of `report` (at most 20) and a count of the rest.
    static func printErrors(_ report: IngestReport) {
        let listed = report.firstErrors
        for error in listed { print(error.description) }
        if report.issues.count > listed.count {
            print("… and \(report.issues.count - listed.count) more errors (\(report.issues.count) in all)")
        }
    }

    /// How many invalid records `--skip-invalid` left out, per reason.
    static func printSkipped(_ report: IngestReport) {
        guard report.issues.count > 0 else { return }
        let reasons = report.issues.countByReason.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let count = report.issues.count
        print("skipped \(count) invalid record\(count == 1 ? "" : "s"): \(reasons)")
    }

    /// How many records with every field empty were skipped, per file that had any.
    static func printEmptyRows(_ report: IngestReport) {
        for file in report.files where file.emptyRowsSkipped > 0 {
            let count = file.emptyRowsSkipped
            print("\(file.path): skipped \(count) empty row\(count == 1 ? "" : "s")")
        }
    }

    /// The as-of month when it was not given, and why, on one line; a warning when it is more
    /// than `AsOfChoice.currentMonths` months before `issued`, given or not (the output is stale).
    static func printAsOf(_ asOf: AsOfChoice, issued: IssueDate) {
        func latest(_ months: [DatasetMonths], _ month: (DatasetMonths) -> YearMonth?) -> String {
            months.compactMap { dataset in month(dataset).map { "\(dataset.kind.rawValue) to \($0)" } }
                .joined(separator: ", ")
        }
        let annual = asOf.datasets.filter { $0.latestPeriodic == nil }
        switch asOf.basis {
        case .given: break
        case .latestQuarterCovered:
            let waitedFor = latest(asOf.datasets.filter { $0.latestPeriodic != nil }, \.latestPeriodic)
            let notWaitedFor = annual.isEmpty ? "" : "; annual, not waited for: " + latest(annual, \.latest)
            print(
                "as of \(asOf.month) (the latest fiscal quarter that every periodic dataset covers: \(waitedFor)\(notWaitedFor))"
            )
        case .latestAnnualMonth:
            print("as of \(asOf.month) (the latest month of the annual data: \(latest(annual, \.latest)))")
        }
        if asOf.isStale(issued: issued.date) {
            print(
                "warning: the data is as of \(asOf.month.lastDay), more than \(AsOfChoice.currentMonths) months before \(issued.name)"
            )
        }
    }
}

extension Summarizer {
    /// Summarizes `request` for a command: progress on a terminal, bad input printed as the
    /// contract says (the command then fails and writes nothing), skipped records counted, the
    /// as-of month stated when it was not given and checked against `issued`.
    func run(_ request: SummaryRequest, issued: IssueDate = .today()) throws -> (Summary, IngestReport) {
        let meter = ProgressMeter(total: request.files.totalSize, label: "reading")
        do {
            let (summary, report) = try summarize(request, progress: meter.callback)
            meter.finish()
            Diagnostics.printEmptyRows(report)
            Diagnostics.printSkipped(report)
            if let asOf = report.asOf { Diagnostics.printAsOf(asOf, issued: issued) }
            return (summary, report)
        } catch let invalid as InvalidInput {
            meter.finish()
            Diagnostics.printErrors(invalid.report)
            throw ExitCode.failure
        } catch let error as IngestError {
            meter.finish()
            Diagnostics.print(error.description)
            throw ExitCode.failure
        }
    }
}
