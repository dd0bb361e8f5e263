import Testing

@testable import KPICore

@Suite struct FieldParserTests {
    private func satang(_ text: String) -> Result<Int64, FieldError> {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            Result { () throws(FieldError) in try FieldParser.satang(bytes) }
        }
    }

    private func plain(_ text: String) -> Int64? {
        Array(text.utf8).withUnsafeBufferPointer { FieldParser.plainSatang($0) }
    }

    @Test func moneyInEveryAcceptedForm() throws {
        let cases: [(String, Int64)] = [
            ("0", 0), ("0.00", 0), ("0.5", 50), ("12.34", 1234), ("7987.93", 798_793), ("2000", 200_000),
            ("1,234.50", 123_450), ("12,345,678.9", 1_234_567_890), (" 7.00 ", 700), ("+5", 500), ("12.", 1200),
            (".5", 50), ("123456789012345.99", 12_345_678_901_234_599),
        ]
        for (text, expected) in cases {
            #expect(try satang(text).get() == expected, "\(text)")
        }
    }

    @Test func moneyErrors() {
        let cases: [(String, FieldError)] = [
            ("", .empty), ("-1.00", .negativeMoney("-1.00")), ("1.234", .tooManyDecimals("1.234")),
            ("1.2.3", .notANumber("1.2.3")), ("12a.00", .notANumber("12a.00")),
            ("1234567890123456", .tooLarge("1234567890123456", "at most 15 digits before the decimal point")),
            ("1,23.00", .notANumber("1,23.00")), ("1.0x", .notANumber("1.0x")), (".", .notANumber(".")),
        ]
        for (text, expected) in cases {
            #expect(satang(text) == .failure(expected), "\(text)")
        }
    }

    @Test func plainFormsTakeTheOnePassPathAndAgree() {
        var random = SplitMix64(key: 6, 1)
        for _ in 0..<2_000 {
            let value = Int64(random.next() % 100_000_000_000)
            let whole = value / 100
            let cents = value % 100
            let forms: [(String, Int64)] = [
                ("\(whole).\(cents < 10 ? "0" : "")\(cents)", value),
                ("\(whole).\(cents / 10)", whole * 100 + cents / 10 * 10),
                ("\(whole)", whole * 100),
            ]
            for (text, expected) in forms {
                #expect(plain(text) == expected, "\(text)")
            }
        }
        // Forms the one-pass path leaves to the full parser.
        for text in ["1,234.50", " 7.00", "+5", "12.", ".5", "1.234", "-1", "", "1234567890123456"] {
            #expect(plain(text) == nil, "\(text)")
        }
    }

    /// Fields of 8 bytes and more read their whole digits 8 at a time: every length, every
    /// digit count, and a byte that is no digit at every place give what the plain rule says.
    @Test func wideMoneyAgreesWithThePlainRule() {
        /// `1`–15 digits, then nothing or a point and 1–2 digits, read digit by digit.
        func expected(_ text: String) -> Int64? {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            let isDigits = { (part: Substring) in part.utf8.allSatisfy { (0x30...0x39).contains($0) } }
            guard parts.count <= 2, (1...15).contains(parts[0].count), isDigits(parts[0]) else { return nil }
            let whole = Int64(parts[0])! * 100
            guard parts.count == 2 else { return whole }
            guard (1...2).contains(parts[1].count), isDigits(parts[1]) else { return nil }
            return whole + Int64(parts[1])! * (parts[1].count == 1 ? 10 : 1)
        }
        var random = SplitMix64(key: 13, 5)
        let strays: [Character] = [".", ",", "/", ":", " ", "a", "-", "+", "\u{0E50}"]
        for wholeDigits in 1...16 {
            for decimals in 0...3 {
                for _ in 0..<200 {
                    var text = String((0..<wholeDigits).map { _ in Character(String(random.next() % 10)) })
                    if decimals > 0 { text += "." + (0..<decimals).map { _ in String(random.next() % 10) }.joined() }
                    #expect(plain(text) == expected(text), "\(text)")
                    var stray = Array(text)
                    stray[Int(random.next() % UInt64(stray.count))] = strays[Int(random.next() % UInt64(strays.count))]
                    #expect(plain(String(stray)) == expected(String(stray)), "\(String(stray))")
                }
            }
        }
        #expect(plain("999999999999999.99") == 99_999_999_999_999_999)
        #expect(plain("00000000.01") == 1)
    }
}

@Suite struct PackedFieldTests {
    private func packed(_ text: String) -> PackedField? {
        Array(text.utf8).withUnsafeBufferPointer { PackedField($0) }
    }

    @Test func equalExactlyForEqualBytes() {
        let fields = [
            "", "5", "50", "50\0", "5001", "5002", "2024-06-30", "2024-06-31", "30/6/2567", "1234567890123456",
            "1234567890123457", "0234567890123456", "12345678", "123456789",
        ]
        for a in fields {
            for b in fields {
                #expect((packed(a) == packed(b)) == (a == b), "\(a) vs \(b)")
            }
        }
        #expect(packed("12345678901234567") == nil, "longer than 16 bytes")
        #expect(PackedField() != packed(""), "no field is not the empty field")
    }
}

@Suite struct DateFieldCacheTests {
    /// Long fields (dates with a zero time, over 16 bytes) and short ones in turn, repeated and
    /// changed: the cache always gives the field's own date, and a bad field still fails.
    @Test func longAndShortFieldsInTurn() throws {
        var cache = DateFieldCache()
        let fields = [
            "2024-10-31 00:00:00", "2024-10-31 00:00:00", "2024-10-31", "2024-11-30 00:00:00",
            "2024-10-31 00:00:00", "31 ต.ค. 2567", "30 พฤศจิกายน 2567", "30 พฤศจิกายน 2567",
        ]
        let expected = [
            (2024, 10, 31), (2024, 10, 31), (2024, 10, 31), (2024, 11, 30), (2024, 10, 31), (2024, 10, 31),
            (2024, 11, 30), (2024, 11, 30),
        ]
        for (field, (year, month, day)) in zip(fields, expected) {
            var text = field
            let date = try text.withUTF8 { bytes throws(FieldError) in try cache.date(bytes) }
            #expect(date.date == CivilDate(year: year, month: month, day: day)!, "\(field)")
        }
        var bad = "2024-11-30 12:00:00"
        #expect(throws: FieldError.date(.timeOfDay(bad))) {
            try bad.withUTF8 { bytes throws(FieldError) in try cache.date(bytes) }
        }
    }
}

@Suite struct FieldEchoTests {
    @Test func messagesEchoAtMost80Characters() {
        let long = Array(String(repeating: "ก", count: 100_000).utf8)
        let echoed = long.withUnsafeBufferPointer(FieldParser.text)
        #expect(echoed == String(repeating: "ก", count: FieldParser.echoLimit) + "…")
        let short = Array("WF-0001".utf8)
        #expect(short.withUnsafeBufferPointer(FieldParser.text) == "WF-0001")
        let exact = Array(String(repeating: "a", count: FieldParser.echoLimit).utf8)
        #expect(exact.withUnsafeBufferPointer(FieldParser.text) == String(repeating: "a", count: FieldParser.echoLimit))
        // The error of a huge money field names it in a few characters.
        let field = Array(String(repeating: "9", count: 1 << 20).utf8)
        #expect(throws: FieldError.self) { try field.withUnsafeBufferPointer(FieldParser.satang) }
        do { _ = try field.withUnsafeBufferPointer(FieldParser.satang) } catch {
            #expect(error.reason.count < 300, "\(error.reason.prefix(300))")
        }
    }
}
