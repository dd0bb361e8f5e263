import ArgumentParser
import KPICore

extension AreaScope {
    /// Refuses `summary` when it has no row of this scope's area or of an area inside it (rows of
    /// the areas around it, kept for comparison, do not count): the files hold no record there,
    /// and a chart or brief of nothing would read as one of zeros or of "no targets".
    func requireData(in summary: Summary) throws {
        let held = summary.rows.contains { row in
            row.level == level ? row.areaCode == code : row.level < level && includes(row.level, code: row.areaCode)
        }
        guard held else {
            let name = fullName()
            Diagnostics.print("kpi: the input has no data for \(name(.english)) (\(name(.thai))): nothing is written")
            throw ExitCode.failure
        }
    }
}
