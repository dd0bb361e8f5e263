import Foundation
import KPICore
import Testing

@Suite struct VersionTests {
    /// `kpi --version` prints MAJOR.MINOR.PATCH, three whole numbers.
    @Test func versionIsSemantic() {
        let parts = ChumchonKPI.version.split(separator: ".", omittingEmptySubsequences: false)
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } })
    }

    /// CHANGELOG.md's newest released heading (`## [X.Y.Z] - DATE`, after `## [Unreleased]`) is
    /// the version the library and `kpi --version` give: a release raises both together.
    @Test func changelogNewestReleaseIsTheVersion() throws {
        let changelog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "CHANGELOG.md")
        let headings = try String(contentsOf: changelog, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("## [") }
            .map { $0.dropFirst(4).prefix { $0 != "]" } }
        #expect(headings.first == "Unreleased")
        let released = try #require(headings.first { $0 != "Unreleased" }, "CHANGELOG.md has no released version")
        #expect(String(released) == ChumchonKPI.version)
    }
}
