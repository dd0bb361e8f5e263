extension ByteSink where Self: ~Copyable {
    /// Appends what follows the period in a row of loans, products, households or funds: the
    /// area codes and the start of the entity's id, made of `idPrefix`, the district code and a
    /// dash (`,50,5001,WF5001-`). Ids that carry their district are unique across the country.
    mutating func appendAreaAndIDStart(_ district: District, idPrefix: StaticString) {
        append(",")
        appendDecimal(district.provinceCode)
        append(",")
        appendDecimal(district.code)
        append(",")
        append(idPrefix)
        appendDecimal(district.code)
        append("-")
    }
}
