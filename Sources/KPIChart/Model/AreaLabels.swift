import KPICore

/// The one rule every chart and briefing names its areas by: the area's name in the chart's
/// language and digits ("เขตตรวจราชการที่ ๑๕"); a district whose name another district of the same
/// chart shares (เฉลิมพระเกียรติ is a district of five provinces) gets its province after it:
/// "เฉลิมพระเกียรติ (นครราชสีมา)", "Chaloem Phra Kiat (Buri Ram)".
public enum AreaLabels {
    /// The labels of areas of `level` named `names` (in `language`) with `codes` (a district's
    /// code starts with its province's), in their order.
    public static func labels(
        names: [String], codes: [Int?], level: AreaLevel, language: Language, digits: DigitStyle = .arabic,
        geography: Geography = .bundled
    ) -> [String] {
        let counts = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
        return zip(names, codes).map { name, code in
            guard level == .district, counts[name, default: 0] > 1, let code,
                let province = geography.province(code: code / 100)
            else {
                return digits.apply(to: name)
            }
            return digits.apply(to: "\(name) (\(province.name(in: language)))")
        }
    }
}
