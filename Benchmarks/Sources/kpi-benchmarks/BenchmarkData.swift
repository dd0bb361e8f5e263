import Foundation
import KPICore

/// Generated input files in the data folder, made with `kpi generate` the first time they are
/// asked for and kept (the folder is not committed).
struct BenchmarkData {
    let directory: String
    let kpi: String

    struct File {
        let path: String
        let rows: Int
        let bytes: Int
    }

    /// Rows a kind can reach: indicator-values has one row per indicator, area and month, so even
    /// the longest range `kpi generate` accepts (240 months) gives it about 1.2 M rows.
    static func largestRows(_ kind: DatasetKind) -> Int? { kind == .indicatorValues ? 1_200_000 : nil }

    /// About `rows` rows of `kind` over the whole country (seed 1).
    func file(_ kind: DatasetKind, rows: Int) throws -> File {
        var options = ["--rows", String(rows)]
        // The default 24 months hold 0.12 M indicator-values rows; 20 years hold ten times more.
        if kind == .indicatorValues { options += ["--from", "2006-10", "--to", "2026-09"] }
        return try file(named: "\(kind.rawValue)-\(sizeName(rows)).csv", kind: kind, options: options)
    }

    /// The default Chiang Mai file (`--scale province --province 50`): what a provincial analyst charts.
    func chiangMai() throws -> File {
        try file(named: "womens-fund-chiang-mai.csv", kind: .womensFund, options: ["--scale", "province", "--province", "50"])
    }

    private func file(named name: String, kind: DatasetKind, options: [String]) throws -> File {
        let path = directory + "/" + name
        let rowsPath = path + ".rows"
        if !FileManager.default.fileExists(atPath: path) || !FileManager.default.fileExists(atPath: rowsPath) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            FileHandle.standardError.write("generating \(name) …\n".data(using: .utf8)!)
            // The row count is kept only once the file is complete.
            _ = try ChildProcess.run([kpi, "generate", "--kind", kind.rawValue] + options + ["--output", path], stdout: rowsPath + ".tmp")
            try? FileManager.default.removeItem(atPath: rowsPath)
            try FileManager.default.moveItem(atPath: rowsPath + ".tmp", toPath: rowsPath)
        }
        // `kpi generate` prints "wrote N rows to PATH".
        let said = try String(contentsOfFile: rowsPath, encoding: .utf8).split(separator: " ")
        guard said.count > 1, let rows = Int(said[1]) else { throw ChildFailure(description: "cannot read the row count in \(rowsPath)") }
        let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return File(path: path, rows: rows, bytes: bytes)
    }
}
