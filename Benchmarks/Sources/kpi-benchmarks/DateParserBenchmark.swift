import Foundation
@_spi(Benchmarks) import KPICore

/// The byte-level date parser on ISO and Thai B.E. dates (the field every record carries), in
/// nanoseconds per date, in process.
enum DateParserBenchmark {
    struct Result: Codable {
        let name: String
        let nanosecondsPerDate: Double
    }

    static func run(count: Int = 1_000_000, repetitions: Int = 7) -> [Result] {
        let iso = dateBytes(count: count) { $0.description }
        let thai = dateBytes(count: count) { "\($0.day)/\($0.month)/\($0.year + buddhistEraOffset)" }
        var checksum = 0
        let results = [("ISO YYYY-MM-DD", iso), ("Thai D/M/YYYY (B.E.)", thai)].map { name, input in
            let timings = timeRepeated(repetitions) { checksum &+= parseAll(input) }
            return Result(name: name, nanosecondsPerDate: timings.median * 1e6 / Double(count))
        }
        if checksum == 42 { print("") }  // keeps the parsing from being optimised away
        return results
    }

    static func table(_ results: [Result]) -> String {
        (["| date form | ns per date |", "|---|---:|"]
            + results.map { "| \($0.name) | \(fixed($0.nanosecondsPerDate, 1)) |" })
            .joined(separator: "\n")
    }

    /// `count` dates spread over 2020–2027, written by `format`, packed into one byte buffer.
    private static func dateBytes(count: Int, _ format: (CivilDate) -> String) -> (bytes: [UInt8], ends: [Int]) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        let first = CivilDate(year: 2020, month: 1, day: 1)!.dayNumber
        for index in 0..<count {
            bytes += format(CivilDate(dayNumber: first + (index &* 7919) % 2900)).utf8
            ends.append(bytes.count)
        }
        return (bytes, ends)
    }

    /// Parses every date of `input`, returning a checksum of their day numbers.
    private static func parseAll(_ input: (bytes: [UInt8], ends: [Int])) -> Int {
        input.bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            var sum = 0
            for end in input.ends {
                let field = UnsafeBufferPointer(rebasing: buffer[start..<end])
                sum &+= (try? DateParser.date(field).dayNumber) ?? 0
                start = end
            }
            return sum
        }
    }
}
