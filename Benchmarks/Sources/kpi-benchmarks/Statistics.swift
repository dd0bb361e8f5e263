import Foundation

/// Nanoseconds on the monotonic clock.
func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

extension Array where Element == Double {
    /// The middle value (the mean of the two middle ones for an even count).
    var median: Double {
        precondition(!isEmpty, "median of nothing")
        let sorted = self.sorted()
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2
    }
}

/// Runs `body` once to warm up, then `repetitions` times, and returns the times in milliseconds.
func timeRepeated(_ repetitions: Int, _ body: () throws -> Void) rethrows -> [Double] {
    try body()
    var timings: [Double] = []
    for _ in 0..<repetitions {
        let start = now()
        try body()
        timings.append(Double(now() - start) / 1e6)
    }
    return timings
}

/// `1_000_000` as "1 M", `999_936` as "0.999936 M".
func millions(_ rows: Int) -> String {
    rows % 1_000_000 == 0 ? "\(rows / 1_000_000) M" : "\(Double(rows) / 1e6) M"
}

/// A requested size as a file-name part: `10_000_000` as "10M", `2_500_000` as "2500000".
func sizeName(_ rows: Int) -> String {
    rows % 1_000_000 == 0 ? "\(rows / 1_000_000)M" : "\(rows)"
}

/// A fixed-width number for the tables.
func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
