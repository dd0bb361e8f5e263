import ArgumentParser
import KPICore

/// What a command says of its scope options: what it does with the zone or province given, and
/// whether it takes `--nation` (a command that does needs exactly one of the three; one that
/// does not covers the nation when neither is given).
protocol ScopeWording {
    /// What the command does with the inspection zone given, e.g. "Only this inspection zone.".
    static var zone: String { get }
    /// What the command does with the province given, e.g. "Only this province.".
    static var province: String { get }
    /// What `--nation` does, for a command that takes it; `nil` for the others.
    static var nation: String? { get }
}

/// `--zone`, `--province` (and `--nation` where the command takes it): the part of the country a
/// command is about, read as codes or names, checked against the geography and against each
/// other once, for every command.
struct ScopeOptions<Wording: ScopeWording>: ParsableArguments {
    @Option(help: AreaArguments.zoneHelp(Wording.zone), transform: AreaArguments.zone)
    var zone: Int?

    @Option(help: AreaArguments.provinceHelp(Wording.province), transform: AreaArguments.province)
    var province: Int?

    @Flag(help: ArgumentHelp(Wording.nation ?? "", visibility: Wording.nation == nil ? .private : .default))
    var nation = false

    func validate() throws {
        guard Wording.nation != nil else {
            if nation { throw ValidationError("Unknown option '--nation'") }
            if zone != nil, province != nil { throw ValidationError("give --province or --zone, not both") }
            return
        }
        guard [zone != nil, province != nil, nation].filter({ $0 }).count == 1 else {
            throw ValidationError("give exactly one of --zone N, --province CODE or --nation")
        }
    }

    /// The scope given: the zone, the province, else the nation.
    var scope: AreaScope {
        zone.map(AreaScope.zone) ?? province.map(AreaScope.province) ?? .nation
    }
}
