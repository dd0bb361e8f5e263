/// The dataset kinds the library reads, in the order files are read and reported: one line
/// per kind.
enum DatasetRegistry {
    static let definitions: [any DatasetDefinition.Type] = [
        WomensFund.self,
        OTOPSales.self,
        BMN.self,
        KKCJ.self,
        IndicatorValues.self,
    ]
}
