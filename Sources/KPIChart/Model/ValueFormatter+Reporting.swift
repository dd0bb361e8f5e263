import KPICore

extension ValueFormatter {
    /// Who reported, when not every district did: "3/4 อำเภอ" (Bangkok's "3/4 เขต"; "3/4 districts"), or with
    /// `short` only "3/4", for the tight space over a bar; `nil` when all districts of the area
    /// in the input have a value, or the row has none.
    public func reportingNote(_ row: SummaryRow, short: Bool = false) -> String? {
        guard row.value != nil, row.areasReporting < row.areasInInput else { return nil }
        let fraction = "\(row.areasReporting)/\(row.areasInInput)"
        // Bangkok's districts are เขต.
        let area = row.level == .province ? row.areaCode.map(AreaScope.province) ?? .nation : .nation
        let noun = LocalizedText(
            thai: " " + area.noun(of: .district).thai, english: row.areasInInput == 1 ? " district" : " districts")
        return digits.apply(to: fraction + (short ? "" : noun(language)))
    }
}
