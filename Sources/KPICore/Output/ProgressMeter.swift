import Foundation
import Synchronization

/// Shows how far a long job has come on one line of standard error, redrawn in place and
/// cleared at the end: only when standard error is a terminal, so that logs and pipes stay
/// clean, and only once the job has taken more than a second, so that quick runs print nothing.
///
/// Work is reported through `callback` from any thread; the line is redrawn when the percentage
/// rises, so at most about a hundred times.
package final class ProgressMeter: Sendable {
    /// How long the job runs before the line appears.
    static let delayNanoseconds: UInt64 = 1_000_000_000

    private let total: Int
    private let label: String
    private let unit: String?
    private let enabled: Bool
    private let start = DispatchTime.now().uptimeNanoseconds
    private let done = Atomic<Int>(0)
    /// The percentage on the line: -1 before it is first drawn, `Int.max` once finished.
    private let shownPercent = Atomic<Int>(-1)

    /// A meter for a job of `total` units of work, named `label` on the line (`reading`,
    /// `womens-fund.csv`). With a `unit` (`rows`) the line gives the counts as well as the
    /// percentage: `womens-fund.csv: 42% (1,050,000 of 2,500,000 rows)`; without, only the
    /// percentage, as for bytes: `reading: 42%`.
    package convenience init(total: Int, label: String, unit: String? = nil) {
        self.init(total: total, label: label, unit: unit, enabled: isatty(2) == 1)
    }

    /// A meter that draws only when `enabled`.
    init(total: Int, label: String, unit: String?, enabled: Bool) {
        self.total = max(total, 0)
        self.label = label
        self.unit = unit
        self.enabled = enabled
    }

    /// The function to report finished work to (it adds the units it is given), or `nil` when
    /// nothing is shown, so that the worker need not report at all.
    package var callback: (@Sendable (Int) -> Void)? {
        guard enabled else { return nil }
        return { [self] units in advance(by: units) }
    }

    /// Clears the line if it was drawn; later reports draw nothing.
    package func finish() {
        let previous = shownPercent.exchange(.max, ordering: .relaxed)
        if previous >= 0, previous != .max { emit("\r\u{1B}[K") }
    }

    /// The line's text once `done` units are finished.
    func line(done: Int) -> String {
        let head = "\(label): \(percent(done))%"
        guard let unit else { return head }
        let finished = String(min(max(done, 0), total))
        return head
            + " (\(DisplayNumberFormat.grouped(finished)) of \(DisplayNumberFormat.grouped(String(total))) \(unit))"
    }

    /// Adds `units` of finished work and redraws the line if its percentage rose.
    private func advance(by units: Int) {
        let now = done.add(units, ordering: .relaxed).newValue
        guard DispatchTime.now().uptimeNanoseconds - start > Self.delayNanoseconds else { return }
        let rising = percent(now)
        let previous = shownPercent.load(ordering: .relaxed)
        guard rising > previous,
            shownPercent.compareExchange(expected: previous, desired: rising, ordering: .relaxed).exchanged
        else { return }
        emit("\r" + line(done: now))
    }

    /// The whole percentage `done` units are of the total (0 to 100).
    private func percent(_ done: Int) -> Int {
        min(max(done, 0), total) * 100 / max(total, 1)
    }

    /// Writes `text` to standard error, unbuffered.
    private func emit(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
    }
}
