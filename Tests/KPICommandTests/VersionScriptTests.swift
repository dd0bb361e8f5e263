import Foundation
import Testing

/// scripts/version.sh, which `make dist` names its archive by, reads the version that
/// `kpi --version` prints (ChumchonKPI.version), so that the two cannot drift apart.
@Suite struct VersionScriptTests {
    @Test func versionScriptPrintsWhatKpiPrints() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [KPICommand.packageRoot.appending(path: "scripts/version.sh").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let kpi = try KPICommand().run("--version")
        #expect(kpi.status == 0)
        #expect(String(decoding: printed, as: UTF8.self) == kpi.text)
        #expect(!kpi.text.isEmpty)
    }
}
