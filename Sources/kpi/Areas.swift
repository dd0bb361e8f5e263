import ArgumentParser
import KPICore

/// `kpi areas`: the geography the data is checked against.
struct Areas: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List inspection zones, provinces or districts with their codes.",
        discussion: """
            With no option, lists the 18 inspection zones and their provinces, each with its \
            code. --zone lists a zone's provinces; --province lists a province's districts. Both \
            take a code or a Thai or English name: kpi areas --province เชียงใหม่.
            """
    )

    /// The words of `--zone` and `--province` here.
    enum ScopeWords: ScopeWording {
        static let zone = "List the provinces of this inspection zone."
        static let province = "List the districts of this province."
        static let nation: String? = nil
    }

    @OptionGroup var place: ScopeOptions<ScopeWords>

    @OptionGroup var presentation: PresentationOptions

    func run() throws {
        let geography = Geography.bundled
        let language = presentation.language
        let english = language == .english
        var table: TextTable
        switch place.scope {
        case .zone(let zone):
            table = TextTable(
                headers: english ? ["Code", "Province", "Districts"] : ["รหัส", "จังหวัด", "อำเภอ"],
                alignments: [.left, .left, .right])
            for province in geography.provinces(ofZone: zone) {
                table.append([
                    "\(province.code)", province.name(in: language),
                    "\(geography.districts(ofProvince: province.code).count)",
                ])
            }
        case .province(let province):
            // Bangkok's districts are เขต, and their subdistricts แขวง.
            let found = geography.province(code: province)
            let district = found?.districtNoun.thai ?? "อำเภอ"
            let subdistrict = found?.subdistrictNoun.thai ?? "ตำบล"
            table = TextTable(
                headers: english ? ["Code", "District", "Subdistricts"] : ["รหัส", district, subdistrict],
                alignments: [.left, .left, .right])
            for district in geography.districts(ofProvince: province) {
                table.append(["\(district.code)", district.name(in: language), "\(district.subdistrictCount)"])
            }
        case .nation:
            table = TextTable(
                headers: english ? ["Zone", "Name", "Provinces"] : ["เขต", "ชื่อ", "จังหวัด"],
                alignments: [.right, .left, .left])
            for zone in geography.zones {
                let provinces = geography.provinces(ofZone: zone.number).map { "\($0.code) \($0.name(in: language))" }
                table.append(["\(zone.number)", zone.name(in: language), provinces.joined(separator: ", ")])
            }
        }
        print(presentation.digits.apply(to: table.rendered()), terminator: "")
    }
}
