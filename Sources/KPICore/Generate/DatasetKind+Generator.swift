extension DatasetKind {
    /// The generator that writes this kind.
    var dataset: any SyntheticDataset.Type {
        switch self {
        case .womensFund: WomensFundDataset.self
        case .otopSales: OTOPSalesDataset.self
        case .bmn: BMNDataset.self
        case .kkcj: KKCJDataset.self
        case .indicatorValues: IndicatorValuesDataset.self
        }
    }
}
