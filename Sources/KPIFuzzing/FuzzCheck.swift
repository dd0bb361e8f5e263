import KPICore

/// What every outcome must look like, whatever the input: each error located in the input (its
/// file, and a line the file has), records on lines the file has, nothing that depends on how the file
/// was split.
public enum FuzzCheck {
    /// The ways `outcome` of `bytes` read by `target` breaks the rules; empty when it keeps them.
    public static func violations(of outcome: FuzzOutcome, bytes: UnsafeRawBufferPointer, target: FuzzTarget)
        -> [String]
    {
        var found = outcome.inconsistencies
        let lastLine = lastPossibleLine(bytes, target: target)
        // A workbook's whole-file problems (a broken archive) have no row: line 0.
        let firstLine = readAsWorkbook(bytes, target: target) ? 0 : 1
        for error in outcome.errors {
            if error.file != target.inputName && !error.file.hasPrefix(target.inputName + "[") {
                found.append("error names another file: \(error)")
            }
            if !(firstLine...lastLine).contains(error.line) {
                found.append("error on line \(error.line), outside 1...\(lastLine): \(error)")
            }
            if error.reason.isEmpty { found.append("error without a reason: \(error)") }
        }
        if let bad = outcome.recordLines.first(where: { !(2...lastLine).contains($0) }) {
            found.append("a record on line \(bad), outside 2...\(lastLine)")
        }
        return found
    }

    /// The highest line number the input can have: one more than its line feeds (an upper bound
    /// whatever the encoding), or Excel's last row for a workbook.
    static func lastPossibleLine(_ bytes: UnsafeRawBufferPointer, target: FuzzTarget) -> Int {
        readAsWorkbook(bytes, target: target) ? 1 << 20 : bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// Whether the input is read as a workbook: by the xlsx target, or by a decoder when it
    /// starts as a zip archive does (`kpi` recognises workbooks by content).
    static func readAsWorkbook(_ bytes: UnsafeRawBufferPointer, target: FuzzTarget) -> Bool {
        target == .xlsx || (target != .csvReader && bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
}
