import Testing

@testable import KPICore

/// The caches of parsed fields and the plain reading of area codes give what the full parsers
/// give, in any order of fields, and leave every error to them.
@Suite struct FieldValueCacheTests {
    /// Runs `body` with `text`'s bytes as a field.
    private func field<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test func datesInAnyOrderGiveWhatTheParserGives() throws {
        // 1,500 distinct days, each written both ways, far more than the cache holds: entries are
        // replaced again and again, and each answer must still be the parser's.
        var texts: [String] = []
        for offset in 0..<1_500 {
            let date = CivilDate(dayNumber: CivilDate(year: 2024, month: 1, day: 1)!.dayNumber + offset)
            texts.append(String(format: "%04d-%02d-%02d", date.year, date.month, date.day))
            texts.append("\(date.day)/\(date.month)/\(date.year + 543)")
        }
        texts.append("2024-10-31 00:00:00")
        var random = SplitMix64(key: 3, 0)
        var cache = DateFieldCache()
        for round in 0..<3 {
            for index in stride(from: texts.count - 1, to: 0, by: -1) {
                texts.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            for text in texts {
                let cached = try field(text) { try cache.date($0) }
                let parsed = try field(text) { try FieldParser.date($0) }
                #expect(cached.date == parsed, "\(text), round \(round)")
                #expect(cached.dayNumber == parsed.dayNumber)
            }
        }
    }

    @Test func anInvalidFieldFailsEveryTime() throws {
        var cache = DateFieldCache()
        for _ in 0..<2 {
            #expect(throws: FieldError.self) { try field("2024-02-30") { try cache.date($0) } }
        }
        var months = FieldValueCache(bits: 2, placeholder: YearMonth(index: 0))
        #expect(throws: FieldError.self) { try field("2024-13") { try months.value($0, parse: FieldParser.month) } }
        let december = try field("2024-12") { try months.value($0, parse: FieldParser.month) }
        #expect(december == YearMonth(index: 2024 * 12 + 11))
    }

    @Test func plainAreaCodesReadStraightOrLeaveItToTheCheckedPath() throws {
        let geography = Geography.bundled
        let chiangMai = try #require(geography.districtIndex(code: 5001))
        #expect(
            field("50") { province in
                field("5001") { AreaColumns.plainDistrictIndex(province: province, district: $0, in: geography) }
            } == chiangMai)
        // Anything else is read by the checked path, which trims, reports and checks the province.
        for (province, district) in [
            ("10", "5001"), ("50", "5099"), ("99", "9901"), (" 50", "5001"), ("50", "50 1"), ("5", "5001"),
            ("50", "500"),
        ] {
            #expect(
                field(province) { province in
                    field(district) { AreaColumns.plainDistrictIndex(province: province, district: $0, in: geography) }
                } == nil,
                "\(province), \(district)")
        }
    }
}

@Suite struct EnumerationWordsTests {
    @Test func shortAndLongSpellingsAndLooseOnesMatch() {
        let words = EnumerationWords([["food", "อาหาร"], ["textile", "ผ้า เครื่องแต่งกาย"], ["online"]])
        func index(_ text: String) -> Int? { Array(text.utf8).withUnsafeBufferPointer { words.index(of: $0) } }
        #expect(index("food") == 0)
        #expect(index("อาหาร") == 0)
        #expect(index("ผ้า เครื่องแต่งกาย") == 1, "longer than 16 bytes: compared in full")
        #expect(index("ผ้า, เครื่องแต่งกาย") == 1, "spaces and commas are not significant")
        #expect(index("Online") == 2, "ASCII case is not significant")
        #expect(index("onlin") == nil)
        #expect(index("offline") == nil)
    }

    @Test func aLongFieldThatSharesASpellingsEndsAndLengthIsNotIt() {
        let words = EnumerationWords([["textile", "ผ้า เครื่องแต่งกาย"]])
        let spelling = Array("ผ้า เครื่องแต่งกาย".utf8)
        let lookalike = Array("ผ้า เครื่ขงแต่งกาย".utf8)
        #expect(
            spelling.count == lookalike.count && spelling.prefix(8) == lookalike.prefix(8)
                && spelling.suffix(8) == lookalike.suffix(8))
        #expect(lookalike.withUnsafeBufferPointer { words.index(of: $0) } == nil)
        #expect(spelling.withUnsafeBufferPointer { words.index(of: $0) } == 0)
    }
}
