/// The contract columns of one dataset kind, one case each (raw value: the contract's name), in
/// the contract's order. Every kind has the area columns.
public protocol ContractColumn: RawRepresentable<String>, CaseIterable, Hashable, Sendable
where AllCases == [Self] {
    /// `province_code`.
    static var provinceCode: Self { get }
    /// `district_code`.
    static var districtCode: Self { get }
}
