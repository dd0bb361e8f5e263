import ArgumentParser
import Foundation
import KPIChart
import KPICore

/// `kpi brief`: the inspection briefing pack.
struct Brief: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Write the inspection briefing: every headline indicator compared over the last 3-month rounds, as a PDF.",
        discussion: """
            Give the files of every dataset you have (their kinds are inferred from their headers; \
            a missing kind is noted on the data page). All indicators use the same windows; without \
            --as-of they end with the latest fiscal quarter that every periodic dataset covers (the \
            annual จปฐ. survey does not hold it back), as stated on stderr. The PDF is A4 landscape with a \
            cover, key findings, a comparison page per indicator and a data page; every page \
            states the date its data is as of.
            """
    )

    @OptionGroup var input: InputOptions

    /// The words of `--zone`, `--province` and `--nation` here.
    enum ScopeWords: ScopeWording {
        static let zone = "Brief an inspection zone."
        static let province = "Brief a province."
        static let nation: String? = "Brief the whole country."
    }

    @OptionGroup var place: ScopeOptions<ScopeWords>

    @OptionGroup var window: WindowOptions

    @OptionGroup var presentation: PresentationOptions

    @OptionGroup(title: "Style") var style: StyleOptions

    @Option(help: "Date of issue printed on the cover (YYYY-MM-DD or D/M/YYYY B.E.). Default: today.")
    var issued: String?

    @Option(help: "The PDF to write, or - for standard output (not a terminal).")
    var output: OutputDestination

    @Option(
        help:
            "Also write every figure into this folder as PNG (2×) and SVG, for slides. The folder is replaced as a whole, together with the PDF: on any failure both are as they were."
    )
    var images: String?

    @Flag(help: "Leave invalid records out (counted on the data page) instead of stopping.")
    var skipInvalid = false

    func validate() throws {
        _ = try output.format(nil, allowed: [.pdf])
        if let issued { do { _ = try DateParser.date(issued) } catch { throw ValidationError("--issued: \(error)") } }
    }

    func run() throws {
        try input.refuseOverwriting(output.path)
        try input.refuseOverwriting(images, option: "--images")
        let scope = place.scope
        let (chartStyle, fontFamily) = try style.resolved()
        var request = try input.request(window, filter: scope.briefingFilter, skipInvalid: skipInvalid)
        request.comparisons = .briefing
        let issueDate = try issued.map { IssueDate.given(try DateParser.date($0)) } ?? .today()
        let (summary, report) = try input.summarizer().run(request, issued: issueDate)
        try scope.requireData(in: summary)
        do {
            var briefingRequest = BriefingRequest(
                scope: scope, language: presentation.language, digits: presentation.digits,
                issued: issueDate.date)
            briefingRequest.style = chartStyle
            briefingRequest.fontFamily = fontFamily
            let briefing = try Briefing(summary: summary, report: report, request: briefingRequest)
            let pdf = Data(try briefing.pdf())
            guard let images else {
                try output.write(pdf)
                Diagnostics.print("wrote \(output.name) (\(briefing.pageTitles.count) pages)")
                return
            }
            // The images and the PDF are committed together, or neither (`StagedDirectory`).
            let folder = try StagedDirectory(path: images)
            let names = try briefing.writeImages(into: folder)
            try folder.commit(alongside: { try output.write(pdf) })
            Diagnostics.print("wrote \(output.name) (\(briefing.pageTitles.count) pages)")
            Diagnostics.print("wrote \(names.count) images to \(images)")
        } catch let error as AtomicFile.WriteError where images != nil {
            // Neither is written: say so of the other.
            Diagnostics.print(
                error.path == images
                    ? "kpi: cannot write images to \(images!): \(error.reason); \(output.name) is as it was"
                    : "kpi: \(error); \(images!) is as it was")
            throw ExitCode.failure
        } catch {
            Diagnostics.print("kpi: \(error)")
            throw ExitCode.failure
        }
    }
}
