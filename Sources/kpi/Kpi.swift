import ArgumentParser
import KPICore

/// `kpi`: indicators and charts from the Community Development Department's records.
@main
struct Kpi: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpi",
        abstract: "Indicators and Thai charts from Community Development Department data.",
        discussion: """
            Reads the Department's records (Women's Development Fund, OTOP sales, จปฐ., กข.คจ. \
            and other key-mission indicators), compares 3-month rounds on the Thai fiscal \
            calendar, and writes tables, charts and briefings that state the date their data is \
            as of.

            Input CSV may be saved as offices save it: separated by commas, semicolons or tabs \
            (found from the header), UTF-8, UTF-16 with a byte-order mark (Excel's Unicode \
            text) or TIS-620 (--encoding tis-620), with the Department's Thai column headers \
            (Datasets/header-names.csv) or any header named with --column CONTRACT=HEADER, \
            dates as YYYY-MM-DD, D/M/YYYY or 31 ต.ค. 2567 (B.E.) and a zero time allowed; rows of \
            empty fields are skipped and counted.
            """,
        version: ChumchonKPI.version,
        subcommands: [
            Brief.self, Summarize.self, Validate.self, Chart.self, Generate.self, Areas.self, Indicators.self,
            Windows.self,
        ]
    )
}
