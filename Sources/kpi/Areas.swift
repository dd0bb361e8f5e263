import ArgumentParser
import KPICore

/// `kpi areas`: the geography the data is checked against.
struct Areas: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List inspection zones, provinces or districts with their codes.",
        discussion: """
            With no option, lists the 18 inspection zones and their provinces. \
            --zone lists a zone's provinces; --province lists a province's districts.
            """
    )

    @Option(help: "List the provinces of inspection zone N (1–18).")
    var zone: Int?

    @Option(help: "List the districts of the province with this 2-digit code.")
    var province: Int?

    @OptionGroup var presentation: PresentationOptions

    func validate() throws {
        let geography = Geography.bundled
        if zone != nil, province != nil { throw ValidationError("give --zone or --province, not both") }
        if let zone, geography.zone(number: zone) == nil {
            throw ValidationError("no inspection zone \(zone): zones are numbered 1 to \(geography.zones.count)")
        }
        if let province, geography.province(code: province) == nil {
            throw ValidationError("no province with code \(province): see `kpi areas --zone N`")
        }
    }

    func run() throws {
        let geography = Geography.bundled
        let language = presentation.language
        let english = language == .english
        var table: TextTable
        if let zone {
            table = TextTable(headers: english ? ["Code", "Province", "Districts"] : ["รหัส", "จังหวัด", "อำเภอ"],
                              alignments: [.left, .left, .right])
            for province in geography.provinces(ofZone: zone) {
                table.append(["\(province.code)", province.name(in: language),
                              "\(geography.districts(ofProvince: province.code).count)"])
            }
        } else if let province {
            table = TextTable(headers: english ? ["Code", "District", "Subdistricts"] : ["รหัส", "อำเภอ", "ตำบล"],
                              alignments: [.left, .left, .right])
            for district in geography.districts(ofProvince: province) {
                table.append(["\(district.code)", district.name(in: language), "\(district.subdistrictCount)"])
            }
        } else {
            table = TextTable(headers: english ? ["Zone", "Name", "Provinces"] : ["เขต", "ชื่อ", "จังหวัด"],
                              alignments: [.right, .left, .left])
            for zone in geography.zones {
                let names = geography.provinces(ofZone: zone.number).map { $0.name(in: language) }
                table.append(["\(zone.number)", zone.name(in: language), names.joined(separator: " ")])
            }
        }
        print(presentation.digits.apply(to: table.rendered()), terminator: "")
    }
}
