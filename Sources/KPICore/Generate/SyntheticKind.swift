/// The datasets of the data contract that `DatasetGenerator` can make, named as `--kind` names them.
public enum SyntheticKind: String, CaseIterable, Sendable {
    case womensFund = "womens-fund"
    case otopSales = "otop-sales"
    case bmn
    case kkcj
    case indicatorValues = "indicator-values"

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
