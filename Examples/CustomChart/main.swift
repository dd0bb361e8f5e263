// A chart the library does not have, a Chart drawn on a Canvas: each district of Chiang Mai against the
// Women's Fund overdue-ratio target (the docs' article "Writing your own chart on a Canvas").
// Run from the package folder: swift run CustomChart [Datasets/sample/womens-fund.csv]
import Foundation
import KPIChart
import KPICore

let input = CommandLine.arguments.dropFirst().first ?? "Datasets/sample/womens-fund.csv"
let request = SummaryRequest(files: [input], filter: AreaFilter(levels: [.district], scope: .province(50)))
let (summary, _) = try Summarizer().summarize(request)
guard let newest = summary.windows.last,
    let definition = summary.indicators.first(where: { $0.id == "womens-fund.overdue-ratio" })
else {
    print("\(input) has no Women's Fund overdue ratio for Chiang Mai's districts")
    exit(1)
}
let rows = summary.rows.filter { $0.indicatorID == definition.id && $0.window == newest }

let chart = TargetGapChart(
    rows: rows, definition: definition, options: ChartOptions(size: Size(width: 1200, height: 900)))
try Data(ChartRenderer(format: .png).render(chart)).write(to: URL(fileURLWithPath: "target-gap.png"))
