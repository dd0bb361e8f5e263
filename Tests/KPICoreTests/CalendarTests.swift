import Testing

@testable import KPICore

@Suite struct CivilDateTests {
    @Test func leapYears() {
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2024, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2024, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2024, month: 1, day: 0) == nil)
    }

    @Test func dayNumbersRoundTrip() {
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CivilDate(year: 2024, month: 6, day: 30)!.dayNumber == 19_904)
        var previous = CivilDate(year: 1999, month: 12, day: 31)!
        for number in (previous.dayNumber + 1)...(previous.dayNumber + 12_000) {
            let date = CivilDate(dayNumber: number)
            #expect(date.dayNumber == number)
            #expect(previous < date)
            previous = date
        }
    }

    @Test func isoDescription() {
        #expect(CivilDate(year: 2024, month: 6, day: 3)!.description == "2024-06-03")
        #expect(YearMonth(year: 2024, month: 6)!.description == "2024-06")
    }

    @Test func monthArithmeticCrossesYears() {
        let december = YearMonth(year: 2023, month: 12)!
        #expect(december.advanced(by: 1) == YearMonth(year: 2024, month: 1))
        #expect(december.advanced(by: -12) == YearMonth(year: 2022, month: 12))
        #expect(YearMonth(year: 2024, month: 2)!.lastDay == CivilDate(year: 2024, month: 2, day: 29))
        #expect(YearMonth(year: 2023, month: 2)!.lastDay == CivilDate(year: 2023, month: 2, day: 28))
    }
}

@Suite struct FiscalCalendarTests {
    @Test(arguments: [
        (2023, 9, 2566, 4), (2023, 10, 2567, 1), (2023, 12, 2567, 1), (2024, 1, 2567, 2),
        (2024, 3, 2567, 2), (2024, 4, 2567, 3), (2024, 6, 2567, 3), (2024, 7, 2567, 4),
        (2024, 9, 2567, 4), (2024, 10, 2568, 1),
    ])
    func quarterOfMonth(year: Int, month: Int, fiscalYear: Int, quarter: Int) {
        let fiscalQuarter = FiscalQuarter(containing: YearMonth(year: year, month: month)!)
        #expect(fiscalQuarter.fiscalYear == fiscalYear)
        #expect(fiscalQuarter.quarter == quarter)
    }

    @Test func fiscalYear2567RunsOctoberToSeptember() {
        let first = FiscalQuarter(fiscalYear: 2567, quarter: 1)!
        let last = FiscalQuarter(fiscalYear: 2567, quarter: 4)!
        #expect(first.firstMonth.firstDay == CivilDate(year: 2023, month: 10, day: 1))
        #expect(last.lastMonth.lastDay == CivilDate(year: 2024, month: 9, day: 30))
        #expect(first.fiscalYearCommonEra == 2024)
        #expect(FiscalQuarter(fiscalYear: 2567, quarter: 5) == nil)
    }

    /// A quarter-end month is its own latest quarter end; January and February go back to the
    /// December before, across the year.
    @Test(arguments: [
        ((2024, 1), (2023, 12)), ((2024, 2), (2023, 12)), ((2024, 3), (2024, 3)), ((2024, 4), (2024, 3)),
        ((2024, 5), (2024, 3)), ((2024, 6), (2024, 6)), ((2024, 7), (2024, 6)), ((2024, 8), (2024, 6)),
        ((2024, 9), (2024, 9)), ((2024, 10), (2024, 9)), ((2024, 11), (2024, 9)), ((2024, 12), (2024, 12)),
    ])
    func latestQuarterEnd(month: (Int, Int), end: (Int, Int)) {
        let latest = FiscalQuarter.latestEnd(notAfter: YearMonth(year: month.0, month: month.1)!)
        #expect(latest == YearMonth(year: end.0, month: end.1))
        #expect(FiscalQuarter.endsQuarter(latest))
    }
}

@Suite struct WindowTests {
    @Test func quarterWindowsBackFromJune() {
        let windows = Window.windows(endingIn: YearMonth(year: 2024, month: 6)!, count: 3)
        #expect(windows.map(\.firstDay.description) == ["2023-10-01", "2024-01-01", "2024-04-01"])
        #expect(windows.map(\.lastDay.description) == ["2023-12-31", "2024-03-31", "2024-06-30"])
        #expect(windows.map { $0.fiscalQuarter?.quarter } == [1, 2, 3])
        #expect(windows[2].yearEarlier.lastDay == CivilDate(year: 2023, month: 6, day: 30))
    }

    @Test func nonQuarterWindowsAreNotQuarters() {
        let window = Window(endingIn: YearMonth(year: 2024, month: 2)!)
        #expect(window.fiscalQuarter == nil)
        #expect(window.startMonth == YearMonth(year: 2023, month: 12))
        #expect(window.contains(YearMonth(year: 2024, month: 1)!))
        #expect(!window.contains(YearMonth(year: 2024, month: 3)!))
        #expect(window.lastDay == CivilDate(year: 2024, month: 2, day: 29))
    }
}

@Suite struct DateParserTests {
    @Test func isoAndThaiFormsAgree() throws {
        let expected = CivilDate(year: 2024, month: 6, day: 30)!
        #expect(try DateParser.date("2024-06-30") == expected)
        #expect(try DateParser.date("30/6/2567") == expected)
        #expect(try DateParser.date("30/06/2567") == expected)
        #expect(try DateParser.date("1/1/2567") == CivilDate(year: 2024, month: 1, day: 1))
    }

    @Test func leapDayInBuddhistEra() throws {
        #expect(try DateParser.date("29/2/2567") == CivilDate(year: 2024, month: 2, day: 29))
        #expect(throws: DateParseError.noSuchDay("29/2/2566")) { try DateParser.date("29/2/2566") }
    }

    @Test(arguments: [
        ("31/2/2567", DateParseError.noSuchDay("31/2/2567")),
        ("2024-13-01", .noSuchDay("2024-13-01")),
        ("1/13/2567", .noSuchDay("1/13/2567")),
        ("2024-04-31", .noSuchDay("2024-04-31")),
        ("30/6/2024", .commonEraYearInThai("30/6/2024")),
        ("2567-06-30", .buddhistYearInISO("2567-06-30")),
        ("2024-6-30", .malformed("2024-6-30")),
        ("30/6/67", .malformed("30/6/67")),
        ("", .malformed("")),
        ("30-06-2567", .malformed("30-06-2567")),
        ("2024/06/30", .malformed("2024/06/30")),
        ("๓๐/๖/๒๕๖๗", .malformed("๓๐/๖/๒๕๖๗")),
    ])
    func invalidDates(text: String, error: DateParseError) {
        #expect(throws: error) { try DateParser.date(text) }
    }

    @Test func months() throws {
        let june = YearMonth(year: 2024, month: 6)!
        #expect(try DateParser.month("2024-06") == june)
        #expect(try DateParser.month("2024-06-15") == june)
        #expect(try DateParser.month("15/6/2567") == june)
        #expect(throws: DateParseError.buddhistYearInISO("2567-06")) { try DateParser.month("2567-06") }
        #expect(throws: DateParseError.noSuchDay("2024-00")) { try DateParser.month("2024-00") }
    }

    @Test func asOfTakesAMonthOrItsLastDay() throws {
        let june = YearMonth(year: 2024, month: 6)!
        #expect(try DateParser.asOfMonth("2024-06") == june)
        #expect(try DateParser.asOfMonth("2024-06-30") == june)
        #expect(try DateParser.asOfMonth("30/6/2567") == june)
        #expect(throws: DateParseError.notMonthEnd("2024-06-29")) { try DateParser.asOfMonth("2024-06-29") }
    }
}

@Suite struct OfficeDateTests {
    static let abbreviations = [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ]
    static let fullNames = [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ]

    @Test(arguments: 1...12)
    func thaiMonthNamesInEveryForm(month: Int) throws {
        let expected = CivilDate(year: 2024, month: month, day: 28)!
        let abbreviation = Self.abbreviations[month - 1]
        for text in [
            "28 \(abbreviation) 2567", "28\(abbreviation)2567",
            "28 \(abbreviation.replacingOccurrences(of: ".", with: "")) 2567",
            "28  \(abbreviation.replacingOccurrences(of: ".", with: ". ")) 2567",
            "28 \(Self.fullNames[month - 1]) 2567",
            "28\(Self.fullNames[month - 1]) 2567",
        ] {
            #expect(try DateParser.date(text) == expected, "\(text)")
        }
    }

    @Test func zeroTimesAreAccepted() throws {
        let expected = CivilDate(year: 2024, month: 10, day: 31)!
        for text in [
            "2024-10-31 00:00:00", "2024-10-31T00:00:00", "2024-10-31 00:00", "2024-10-31T00:00:00.000",
            "31/10/2567 00:00:00", "31 ต.ค. 2567 00:00:00",
        ] {
            #expect(try DateParser.date(text) == expected, "\(text)")
        }
        #expect(try DateParser.month("2024-10-31 00:00:00") == YearMonth(year: 2024, month: 10))
        #expect(try DateParser.month("31 ตุลาคม 2567") == YearMonth(year: 2024, month: 10))
    }

    @Test(arguments: [
        ("2024-10-31 08:00:00", DateParseError.timeOfDay("2024-10-31 08:00:00")),
        ("2024-10-31T00:00:01", .timeOfDay("2024-10-31T00:00:01")),
        ("2024-10-31 00:00:00.001", .timeOfDay("2024-10-31 00:00:00.001")),
        ("2024-10-31 24:00:00", .malformed("2024-10-31 24:00:00")),
        ("2024-10-31 0:00", .malformed("2024-10-31 0:00")),
        ("2024-10-31 00:00:00Z", .malformed("2024-10-31 00:00:00Z")),
        ("00:00:00", .malformed("00:00:00")),
        ("31 ต.ค. 2024", .commonEraYearInThai("31 ต.ค. 2024")),
        ("31 ตุลา 2567", .malformed("31 ตุลา 2567")),
        ("31 ต.ค. 67", .malformed("31 ต.ค. 67")),
        ("ต.ค. 2567", .malformed("ต.ค. 2567")),
        ("31 ก.พ. 2567", .noSuchDay("31 ก.พ. 2567")),
        ("31 October 2024", .malformed("31 October 2024")),
    ])
    func badOfficeDates(text: String, error: DateParseError) {
        #expect(throws: error) { try DateParser.date(text) }
    }
}

@Suite struct CalendarFormatterTests {
    let june2024 = Window(endingIn: YearMonth(year: 2024, month: 6)!)

    @Test func thaiLabelsWithThaiDigits() {
        let thai = CalendarFormatter(language: .thai, digits: .thai)
        #expect(thai.windowLabel(june2024) == "ไตรมาส ๓/๒๕๖๗ (เม.ย.–มิ.ย. ๖๗)")
        #expect(thai.dataAsOf(CivilDate(year: 2024, month: 6, day: 30)!) == "ข้อมูล ณ วันที่ ๓๐ มิถุนายน ๒๕๖๗")
    }

    @Test func thaiLabelsWithArabicDigits() {
        let thai = CalendarFormatter()
        #expect(thai.windowLabel(june2024) == "ไตรมาส 3/2567 (เม.ย.–มิ.ย. 67)")
        #expect(thai.windowShortLabel(june2024) == "ไตรมาส 3/2567")
        #expect(thai.monthRange(Window(endingIn: YearMonth(year: 2024, month: 1)!)) == "พ.ย. 66–ม.ค. 67")
        #expect(thai.month(YearMonth(year: 2023, month: 12)!) == "ธ.ค. 2566")
    }

    @Test func englishLabels() {
        let english = CalendarFormatter(language: .english)
        #expect(english.windowLabel(june2024) == "Q3 FY2024 (Apr–Jun 2024)")
        #expect(english.dataAsOf(CivilDate(year: 2024, month: 6, day: 30)!) == "Data as of 30 June 2024")
        #expect(english.windowLabel(Window(endingIn: YearMonth(year: 2023, month: 12)!)) == "Q1 FY2024 (Oct–Dec 2023)")
        #expect(english.windowShortLabel(Window(endingIn: YearMonth(year: 2024, month: 1)!)) == "Nov 2023–Jan 2024")
    }

    @Test func monthNamesAreComplete() {
        #expect(MonthNames.thaiAbbreviated.count == 12)
        #expect(MonthNames.abbreviated(1, in: .thai) == "ม.ค.")
        #expect(MonthNames.abbreviated(12, in: .thai) == "ธ.ค.")
        #expect(MonthNames.full(2, in: .thai) == "กุมภาพันธ์")
        #expect(Set(MonthNames.thaiFull).count == 12)
    }

    @Test func thaiDigitsLeaveOtherTextAlone() {
        #expect(DigitStyle.thai.apply(to: "Q3 2567, 10.5%") == "Q๓ ๒๕๖๗, ๑๐.๕%")
        #expect(DigitStyle.arabic.apply(to: "2567") == "2567")
    }
}
