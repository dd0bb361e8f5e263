// Release-build measurements of ChumchonKPI's hot paths. Run: swift run -c release kpi-benchmarks

import Foundation
import KPICore

/// Runs `body` `repetitions` times and prints the median time per item.
func measure(_ name: String, items: Int, repetitions: Int = 7, _ body: () -> Int) {
    var timings: [Double] = []
    var checksum = 0
    for _ in 0..<repetitions {
        let start = DispatchTime.now().uptimeNanoseconds
        checksum &+= body()
        timings.append(Double(DispatchTime.now().uptimeNanoseconds - start))
    }
    let median = timings.sorted()[repetitions / 2]
    print(String(format: "%-28@ %8.1f ns/item  (%d items, median of %d, checksum %d)",
                 name as NSString, median / Double(items), items, repetitions, checksum))
}

/// `count` dates spread over 2020–2027, written by `format`, packed into one byte buffer.
func dateBytes(count: Int, _ format: (CivilDate) -> String) -> (bytes: [UInt8], ends: [Int]) {
    var bytes: [UInt8] = [], ends: [Int] = []
    let first = CivilDate(year: 2020, month: 1, day: 1)!.dayNumber
    for index in 0..<count {
        bytes += format(CivilDate(dayNumber: first + (index &* 7919) % 2900)).utf8
        ends.append(bytes.count)
    }
    return (bytes, ends)
}

/// Parses every date of `input`, returning a checksum of their day numbers.
func parseAll(_ input: (bytes: [UInt8], ends: [Int])) -> Int {
    input.bytes.withUnsafeBufferPointer { buffer in
        var start = 0, sum = 0
        for end in input.ends {
            let field = UnsafeBufferPointer(rebasing: buffer[start..<end])
            sum &+= (try? DateParser.date(field).dayNumber) ?? 0
            start = end
        }
        return sum
    }
}

let count = 1_000_000
let iso = dateBytes(count: count) { $0.description }
let thai = dateBytes(count: count) { "\($0.day)/\($0.month)/\($0.year + buddhistEraOffset)" }
measure("date parse, ISO YYYY-MM-DD", items: count) { parseAll(iso) }
measure("date parse, Thai D/M/YYYY", items: count) { parseAll(thai) }
