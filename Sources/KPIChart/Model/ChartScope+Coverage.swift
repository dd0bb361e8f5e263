import KPICore

extension ChartScope {
    /// "ไม่มีข้อมูล 65 จังหวัด" / "65 provinces have no data": the scope's areas of `level` none of
    /// whose codes are in `present`; `nil` when every area has data.
    func noDataNote(present: [Int?], language: Language, digits: DigitStyle, geography: Geography = .bundled) -> String?
    {
        guard let codes = area.areaCodes(at: level, in: geography) else { return nil }
        let present = Set(present.compactMap { $0 })
        let missing = codes.filter { !present.contains($0) }.count
        guard missing > 0 else { return nil }
        let noun = area.noun(of: level, in: geography)
        let english = missing == 1 ? "1 \(noun.english) has no data" : "\(missing) \(noun.english)s have no data"
        return digits.apply(to: LocalizedText(thai: "ไม่มีข้อมูล \(missing) \(noun.thai)", english: english)(language))
    }
}
