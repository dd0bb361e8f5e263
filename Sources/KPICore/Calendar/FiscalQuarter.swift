/// Offset between the Buddhist Era (พ.ศ.) and the Common Era (ค.ศ.): 2567 B.E. = 2024 C.E.
public let buddhistEraOffset = 543

/// A quarter of the Thai government fiscal year, which starts on 1 October.
///
/// Fiscal year 2567 (B.E.) runs from 1 October 2566 to 30 September 2567, i.e. 1 October 2023
/// to 30 September 2024 C.E.; Q1 is October–December, Q4 July–September.
public struct FiscalQuarter: Hashable, Comparable, Sendable {
    /// Fiscal year in the Buddhist Era, named by the year in which it ends.
    public let fiscalYear: Int
    /// 1 to 4.
    public let quarter: Int

    /// The quarter, or `nil` when `quarter` is not 1 to 4.
    public init?(fiscalYear: Int, quarter: Int) {
        guard (1...4).contains(quarter) else { return nil }
        self.fiscalYear = fiscalYear
        self.quarter = quarter
    }

    /// The fiscal quarter that holds `month`.
    public init(containing month: YearMonth) {
        // Shift the year to start in October: October of C.E. year y is month 0 of FY y + 1.
        let shifted = month.advanced(by: 3)
        fiscalYear = shifted.year + buddhistEraOffset
        quarter = (shifted.month - 1) / 3 + 1
    }

    /// The fiscal year (B.E.) that holds `month`.
    public static func fiscalYear(of month: YearMonth) -> Int {
        FiscalQuarter(containing: month).fiscalYear
    }

    /// The fiscal year as the Common Era year in which it ends (FY 2567 B.E. = FY2024).
    public var fiscalYearCommonEra: Int { fiscalYear - buddhistEraOffset }

    /// First month of the quarter.
    public var firstMonth: YearMonth {
        YearMonth(year: fiscalYearCommonEra - 1, month: 10)!.advanced(by: (quarter - 1) * 3)
    }

    /// Last month of the quarter.
    public var lastMonth: YearMonth { firstMonth.advanced(by: 2) }

    /// Whether `month` is the last month of a fiscal quarter (December, March, June, September).
    public static func endsQuarter(_ month: YearMonth) -> Bool { month.month % 3 == 0 }

    /// The latest month that ends a fiscal quarter and is not after `month`: `month` itself when
    /// it ends one (September 2026 for September, October or November 2026).
    public static func latestEnd(notAfter month: YearMonth) -> YearMonth {
        month.advanced(by: -(month.month % 3))
    }

    /// Whether `lhs` is the earlier quarter.
    public static func < (lhs: FiscalQuarter, rhs: FiscalQuarter) -> Bool {
        (lhs.fiscalYear, lhs.quarter) < (rhs.fiscalYear, rhs.quarter)
    }
}
