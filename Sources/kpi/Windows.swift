import ArgumentParser
import KPICore

/// `kpi windows`: the 3-month rounds an as-of month gives.
struct Windows: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the 3-month windows that end at an as-of month.",
        discussion: """
            When the as-of month ends a Thai fiscal quarter (December, March, June, September) \
            the windows are fiscal quarters; the fiscal year starts on 1 October.
            """
    )

    @Option(help: "The newest window's last month: YYYY-MM or that month's last day (ISO or D/M/YYYY B.E.).")
    var asOf: String

    @Option(help: WindowOptions.countHelp)
    var windows = 3

    @OptionGroup var presentation: PresentationOptions

    func validate() throws {
        try WindowOptions.validateCount(windows)
        do { _ = try DateParser.asOfMonth(asOf) } catch { throw ValidationError("--as-of: \(error)") }
    }

    func run() throws {
        let asOfMonth = try DateParser.asOfMonth(asOf)
        let calendar = presentation.calendar
        let english = presentation.language == .english
        var table = TextTable(headers: english ? ["Window", "From", "To"] : ["ช่วง", "ตั้งแต่", "ถึง"])
        for window in Window.windows(endingIn: asOfMonth, count: windows) {
            table.append([calendar.windowLabel(window), calendar.date(window.firstDay), calendar.date(window.lastDay)])
        }
        print(table.rendered(), terminator: "")
        print(calendar.dataAsOf(asOfMonth.lastDay))
    }
}
