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
            """,
        version: ChumchonKPI.version,
        subcommands: [Brief.self, Summarize.self, Validate.self, Chart.self, Generate.self, Areas.self, Indicators.self,
                      Windows.self]
    )
}
