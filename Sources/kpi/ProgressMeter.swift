import Foundation
import Synchronization

/// Shows how far a long read has come, on stderr, only when stderr is a terminal and the work
/// has taken more than a second.
final class ProgressMeter: Sendable {
    private let total: Int
    private let label: String
    private let done = Atomic<Int>(0)
    private let shownPercent = Atomic<Int>(-1)
    private let start = DispatchTime.now().uptimeNanoseconds
    private let enabled = isatty(STDERR_FILENO) == 1

    /// A meter for `total` bytes of work.
    init(total: Int, label: String) {
        self.total = max(total, 1)
        self.label = label
    }

    /// The callback to hand to the reader: adds finished bytes.
    var callback: (@Sendable (Int) -> Void)? {
        guard enabled else { return nil }
        return { [self] bytes in advance(bytes) }
    }

    private func advance(_ bytes: Int) {
        let now = done.add(bytes, ordering: .relaxed).newValue
        guard DispatchTime.now().uptimeNanoseconds - start > 1_000_000_000 else { return }
        let percent = min(100, now * 100 / total)
        let previous = shownPercent.load(ordering: .relaxed)
        guard percent > previous, shownPercent.compareExchange(expected: previous, desired: percent, ordering: .relaxed).exchanged else { return }
        FileHandle.standardError.write(Data("\r\(label) \(percent)%".utf8))
    }

    /// Clears the line if anything was shown.
    func finish() {
        if shownPercent.load(ordering: .relaxed) >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
