import ArgumentParser
import KPIChart

/// `--font` and `--theme`: the look of charts and briefings.
struct StyleOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Font family to set text in, e.g. \"TH Sarabun New\". Default: Laksaman, else Noto Sans Thai.",
            discussion: """
                An installed family, as `fc-list : family` names it (`fc-list :lang=th family` lists \
                the Thai ones; case does not matter). A family that is not installed is an error; \
                characters the family lacks (Thai, in a Latin font) are set in the default Thai \
                families, with a note on stderr.
                """,
            valueName: "family"))
    var font: String?

    @Option(
        help: ArgumentHelp(
            "JSON theme: colours and type sizes of the charts.",
            discussion: """
                Charts/themes/default.json is the built-in theme, every key with its value; a theme \
                may leave out any key to keep the built-in value. Colours are "#RRGGBB" or \
                "#RRGGBBAA"; type sizes are units of a 1600×900 chart, 4 to 120.
                """,
            valueName: "file"))
    var theme: String?

    /// The style of `--theme` (the built-in one without it) and the installed font family of
    /// `--font`, or a one-line error on stderr and failure.
    func resolved() throws -> (style: ChartStyle, fontFamily: String?) {
        do {
            let style = try theme.map { path throws(ThemeFileError) in try ChartStyle(themeFile: path) } ?? .standard
            return (style, try font.map(Self.installedFamily))
        } catch {
            Diagnostics.print("kpi: \(error)")
            throw ExitCode.failure
        }
    }

    /// The family called `name` as installed, or an error naming the Thai families there are;
    /// a note on stderr when it has no Thai letters.
    private static func installedFamily(_ name: String) throws -> String {
        let family = try ThaiFontFamilies.installedFamily(named: name)
        if !ThaiFontFamilies.hasThaiLetters(family), let fallback = ThaiFontFamilies.installedPreferred().first {
            Diagnostics.print("kpi: note: font \(family) has no Thai letters; Thai text is set in \(fallback)")
        }
        return family
    }
}
