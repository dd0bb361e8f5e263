#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress report on standard error, redrawn in place: only for a terminal, so
/// logs and pipes stay clean.
struct ProgressLine {
    /// What is being made, e.g. `womens-fund.csv`.
    let label: String
    /// Rows expected in all.
    let total: Int

    /// A progress line, or `nil` when standard error is not a terminal.
    init?(label: String, total: Int) {
        guard isatty(2) == 1 else { return nil }
        self.label = label
        self.total = total
    }

    /// Shows that `rows` of `total` are written.
    func show(_ rows: Int) {
        var line: [UInt8] = [UInt8(ascii: "\r")]
        line.append(contentsOf: Array(label.utf8))
        line.append(": ")
        line.appendDecimal(rows * 100 / max(total, 1))
        line.append("% (")
        line.appendDecimal(rows, grouped: true)
        line.append(" of ")
        line.appendDecimal(total, grouped: true)
        line.append(" rows)")
        emit(line)
    }

    /// Clears the line.
    func clear() {
        emit(Array("\r\u{1B}[K".utf8))
    }

    private func emit(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
    }
}
