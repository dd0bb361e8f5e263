import ArgumentParser
import KPICore

extension Language: ExpressibleByArgument {}
extension DigitStyle: ExpressibleByArgument {}

/// `--lang` and `--digits`, shared by every command that writes text for people.
struct PresentationOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of labels: th or en.")
    var language: Language = .thai

    @Option(help: "Digits: arabic (0–9) or thai (๐–๙).")
    var digits: DigitStyle = .arabic

    /// The calendar formatter these options ask for.
    var calendar: CalendarFormatter { CalendarFormatter(language: language, digits: digits) }
}
