import Foundation
import Testing

/// The docs' article "Adding an indicator", done as it says: the catalog from
/// `kpi indicators --format json` with the article's entry added, the article's
/// `indicator-values` rows, and `kpi summarize --catalog`.
@Suite struct AddingAnIndicatorTests {
    @Test func articlesIndicatorIsSummarized() throws {
        let article = try ExampleArticle("Sources/KPICore/KPICore.docc/AddingAnIndicator.md")
        let entryText = try #require(article.blocks("json").first, "the article has no JSON entry")
        let rowsText = try #require(article.blocks("csv").first, "the article has no CSV rows")
        let entry = try #require(try JSONSerialization.jsonObject(with: Data(entryText.utf8)) as? [String: Any])
        let id = try #require(entry["id"] as? String)

        let kpi = try KPICommand()
        let listed = try kpi.run("indicators", "--format", "json")
        try #require(listed.status == 0, "kpi indicators failed: \(listed.standardError)")
        var catalog = try #require(try JSONSerialization.jsonObject(with: listed.standardOutput) as? [[String: Any]])
        catalog.append(entry)
        try JSONSerialization.data(withJSONObject: catalog).write(to: kpi.folder.appending(path: "my-indicators.json"))
        try Data(rowsText.utf8).write(to: kpi.folder.appending(path: "figures.csv"))

        let summary = try kpi.run(
            "summarize", "figures.csv", "--catalog", "my-indicators.json", "--indicator", id,
            "--level", "province", "--format", "csv")
        try #require(summary.status == 0, "kpi summarize failed: \(summary.standardError)")

        // The province's figure is the sum of the article's district rows, numerators and denominators apart.
        let rows = rowsText.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        try #require(!rows.isEmpty)
        let numerator = rows.compactMap { Int($0[4]) }.reduce(0, +)
        let denominator = rows.compactMap { Int($0[5]) }.reduce(0, +)
        let table = CSVTable(summary.text)
        let newest = try #require(table.rows.last)
        #expect(try table.field("indicator_id", of: newest) == id)
        #expect(try table.field("numerator", of: newest) == "\(numerator)")
        #expect(try table.field("denominator", of: newest) == "\(denominator)")
        #expect(try table.field("areas_reporting", of: newest) == "\(rows.count)/\(rows.count)")
    }
}
