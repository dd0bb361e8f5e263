import Testing
import KPICore

@Suite struct VersionTests {
    /// `kpi --version` prints MAJOR.MINOR.PATCH, three whole numbers.
    @Test func versionIsSemantic() {
        let parts = ChumchonKPI.version.split(separator: ".", omittingEmptySubsequences: false)
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } })
    }
}
