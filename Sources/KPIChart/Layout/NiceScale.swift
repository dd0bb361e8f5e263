import Foundation

/// An axis scale with round tick values (1, 2, 2.5 or 5 times a power of ten).
public struct NiceScale: Equatable, Sendable {
    /// The first tick, at or below the range (and 0 when it is included).
    public let lower: Double
    /// The last tick, at or above the range.
    public let upper: Double
    /// The distance between ticks: 1, 2, 2.5 or 5 times a power of ten.
    public let step: Double

    /// A scale covering `range` (and 0 when `includeZero`) with about `ticks` intervals.
    public init(covering range: ClosedRange<Double>, ticks: Int = 5, includeZero: Bool = true) {
        var low = range.lowerBound
        var high = range.upperBound
        if includeZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if high == low { high = low + (low == 0 ? 1 : abs(low) * 0.1) }
        let rough = (high - low) / Double(max(ticks, 1))
        let magnitude = pow10(floor(log10(rough)))
        let step = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        self.step = step
        lower = (low / step).rounded(.down) * step
        upper = (high / step).rounded(.up) * step
    }

    /// The tick values from `lower` to `upper`.
    public var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...count).map { lower + Double($0) * step }
    }

    /// Decimals needed to write every tick exactly (0 for whole steps).
    public func decimals(multiplier: Double = 1) -> Int {
        var decimals = 0
        var scaled = step * multiplier
        while decimals < 4, abs(scaled - scaled.rounded()) > 1e-9 {
            scaled *= 10
            decimals += 1
        }
        return decimals
    }

    /// Where `value` falls between `start` (at `lower`) and `end` (at `upper`).
    public func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }
}

private func pow10(_ exponent: Double) -> Double { Foundation.pow(10, exponent) }
