/// A small, fast pseudo-random generator (Steele, Lea and Flood's SplitMix64) whose output
/// depends only on its seed: the same seed gives the same numbers on every machine and run.
///
/// The generator uses integer arithmetic only, and its draws use only `+ - * /` on doubles,
/// so synthetic data made from it is byte-for-byte reproducible. `init(key:)` derives an
/// independent stream from a few numbers (seed, purpose, district, entity, month), so a value
/// is computed again where it is needed instead of being stored.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// The stream for a key: each component is mixed in turn, so keys that differ in any
    /// component give unrelated streams. Unused trailing components are 0.
    init(key seed: UInt64, _ a: UInt64, _ b: Int = 0, _ c: Int = 0, _ d: Int = 0) {
        var state = Self.absorb(0x243F_6A88_85A3_08D3, seed)
        state = Self.absorb(state, a)
        state = Self.absorb(state, UInt64(bitPattern: Int64(b)))
        state = Self.absorb(state, UInt64(bitPattern: Int64(c)))
        self.state = Self.absorb(state, UInt64(bitPattern: Int64(d)))
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.finalize(state)
    }

    /// A uniform draw from `0 ..< 1` with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform draw between the bounds of `range` (the upper bound itself is never drawn).
    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// A uniform whole number from `range`.
    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// `state` with `component` mixed in.
    private static func absorb(_ state: UInt64, _ component: UInt64) -> UInt64 {
        finalize((state ^ component) &+ 0x9E37_79B9_7F4A_7C15)
    }

    /// SplitMix64's output function: a bijective mix of all 64 bits.
    private static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
