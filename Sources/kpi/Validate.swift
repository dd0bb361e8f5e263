import ArgumentParser
import KPICore

/// `kpi validate`: checks every record of the inputs.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every record of the input files against the data contract.",
        discussion:
            "Prints each error as FILE:LINE: column NAME: reason (the first 20, then a count), or \"N rows OK\"; exits non-zero on any error."
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let meter = ProgressMeter(total: input.files.totalSize, label: "checking")
        let report: IngestReport
        do {
            report = try input.summarizer().validate(
                input.files, kind: input.kind, reading: input.reading(), progress: meter.callback)
            meter.finish()
        } catch let error as IngestError {
            meter.finish()
            Diagnostics.print(error.description)
            throw ExitCode.failure
        }
        Diagnostics.printEmptyRows(report)
        guard report.issues.count == 0 else {
            Diagnostics.printErrors(report)
            throw ExitCode.failure
        }
        for file in report.files { print("\(file.path): \(file.rows) rows OK (\(file.kind.rawValue))") }
    }
}
