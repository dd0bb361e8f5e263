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

    /// About `rows` rows of `kind` over the whole country whose months run up to September 2026
    /// (the generator's default last month), for commands that read the newest months, as
    /// `kpi brief --as-of 2026-09` does.
    ///
    /// The other kinds always cover the generator's default 24 months (`--rows` sets how many
    /// loans, products, households or funds there are), so their `file(_:rows:)` is reused. Not
    /// indicator-values: `--rows` only cuts it short, and the newest months are the ones cut (the
    /// 1 M-row file of `file(_:rows:)`, from October 2006, ends in August 2023). It is made of
    /// whole months instead, as many as hold about `rows` rows at about 5,000 rows a month (the
    /// country's 0.12 M rows over 24 months), at most 240 (what `largestRows` allows): 200 months
    /// for 1 M, 0.99 M rows from February 2010.
    func fileUpToLatestMonth(_ kind: DatasetKind, rows: Int) throws -> File {
        guard kind == .indicatorValues else { return try file(kind, rows: rows) }
        let months = min(max(rows / 5_000, 1), 240)
        let last = 2026 * 12 + 8  // September 2026, counted in months from year 0
        let first = last - (months - 1)
        let from = String(format: "%04d-%02d", first / 12, first % 12 + 1)
        return try file(
            named: "\(kind.rawValue)-\(months)-months.csv", kind: kind,
            options: ["--scale", "national", "--from", from, "--to", "2026-09"])
    }

    /// The default Chiang Mai file (`--scale province --province 50`): what a provincial analyst charts.
    func chiangMai() throws -> File {
        try file(
            named: "womens-fund-chiang-mai.csv", kind: .womensFund,
            options: ["--scale", "province", "--province", "50"])
    }

    /// Chiang Mai's OTOP sales (province scale), for the breakdown chart.
    func chiangMaiOTOP() throws -> File {
        try file(
            named: "otop-sales-chiang-mai.csv", kind: .otopSales, options: ["--scale", "province", "--province", "50"])
    }

    private func file(named name: String, kind: DatasetKind, options: [String]) throws -> File {
        let path = directory + "/" + name
        let rowsPath = path + ".rows"
        if !FileManager.default.fileExists(atPath: path) || !FileManager.default.fileExists(atPath: rowsPath) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            FileHandle.standardError.write("generating \(name) …\n".data(using: .utf8)!)
            // The row count is kept only once the file is complete.
            _ = try ChildProcess.run(
                [kpi, "generate", "--kind", kind.rawValue] + options + ["--output", path], stdout: rowsPath + ".tmp")
            try? FileManager.default.removeItem(atPath: rowsPath)
            try FileManager.default.moveItem(atPath: rowsPath + ".tmp", toPath: rowsPath)
        }
        // `kpi generate` prints "wrote N rows to PATH".
        let said = try String(contentsOfFile: rowsPath, encoding: .utf8).split(separator: " ")
        guard said.count > 1, let rows = Int(said[1]) else {
            throw ChildFailure(description: "cannot read the row count in \(rowsPath)")
        }
        let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return File(path: path, rows: rows, bytes: bytes)
    }
}

extension BenchmarkData.File {
    /// A CSV file that was not generated here (the bundled sample data): its rows are its lines
    /// after the header (the sample files have no line break inside a quoted field).
    init(counting path: String) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let lines =
            bytes.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            + (bytes.last.map { $0 == UInt8(ascii: "\n") ? 0 : 1 } ?? 0)
        self.init(path: path, rows: max(lines - 1, 0), bytes: bytes.count)
    }
}
