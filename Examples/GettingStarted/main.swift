// Getting started with KPICore and KPIChart: summarize Chiang Mai (province 50) from the
// sample Women's Fund file, draw its districts as grouped bars (PNG and SVG) and write its
// briefing (PDF) into the current folder. Run from the package folder:
//   swift run GettingStarted [Datasets/sample/womens-fund.csv]
import Foundation
import KPIChart
import KPICore

let input = CommandLine.arguments.dropFirst().first ?? "Datasets/sample/womens-fund.csv"
let scope = AreaScope.province(50)
let request = SummaryRequest(files: [input], filter: scope.briefingFilter, comparisons: .briefing)
let (summary, report) = try Summarizer().summarize(request)

// The province's overdue ratio in the newest window (rows end with the newest window).
if let ratio = summary.rows.last(where: { $0.level == .province && $0.indicatorID == "womens-fund.overdue-ratio" }),
    let overdue = ratio.numerator, let outstanding = ratio.denominator
{
    print("\(ratio.areaNameEnglish) \(ratio.window): overdue \(overdue) of \(outstanding) baht")
}

let chart = ChartRequest(kind: .groupedBars, indicators: .id("womens-fund.overdue-ratio"), scope: scope.comparedAreas)
for format in [OutputFormat.png, .svg] {
    let bytes = try ChartRenderer(format: format).render(chart, of: summary)
    try Data(bytes).write(to: URL(fileURLWithPath: "chiang-mai-overdue.\(format.rawValue)"))
}

let today = CivilDate(dayNumber: Int(Date().timeIntervalSince1970 / 86_400))
let briefing = try Briefing(summary: summary, report: report, request: BriefingRequest(scope: scope, issued: today))
try Data(briefing.pdf()).write(to: URL(fileURLWithPath: "chiang-mai-brief.pdf"))
