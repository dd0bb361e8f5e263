extension IndicatorDefinition {
    /// The indicator as a heading for people: its name, unit and target,
    /// "สัดส่วนหนี้เกินกำหนดชำระ กองทุนพัฒนาบทบาทสตรี (ร้อยละ) · เป้าหมาย: ต่ำกว่า 10.00%".
    func heading(in language: Language) -> String {
        var text = name(in: language)
        if let unit = IndicatorUnit(rawValue: unit)?.label(in: language) { text += " (\(unit))" }
        if let target {
            let comparison =
                direction == .higher
                ? LocalizedText(thai: "ไม่น้อยกว่า", english: "at least")(language)
                : LocalizedText(thai: "ต่ำกว่า", english: "below")(language)
            text +=
                " · " + LocalizedText(thai: "เป้าหมาย", english: "target")(language) + ": " + comparison + " "
                + DisplayNumberFormat(language: language).target(target, ratio: ratio)
        }
        return text
    }
}
