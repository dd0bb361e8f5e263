import ArgumentParser
import KPICore

/// Reads the values of `--province` and `--zone`: a code or a Thai or English name, checked
/// against the geography. Every command's options use these as their `transform`, so a name
/// that matches no area fails with the nearest areas and their codes.
enum AreaArguments {
    /// The code of the province `text` gives (`50`, `เชียงใหม่`, `"Chiang Mai"`).
    static func province(_ text: String) throws -> Int {
        try Geography.bundled.province(matching: text).code
    }

    /// The number of the inspection zone `text` gives (`15`, `ภาคเหนือตอนบน 1`, `"Upper Northern 1"`).
    static func zone(_ text: String) throws -> Int {
        try Geography.bundled.zone(matching: text).number
    }

    /// The help of a `--province` option: `what` it does with the province, and how to name it.
    static func provinceHelp(_ what: String) -> ArgumentHelp {
        ArgumentHelp(
            "\(what) Give the 2-digit code or the Thai or English name (50, เชียงใหม่, \"Chiang Mai\").",
            valueName: "code-or-name")
    }

    /// The help of a `--zone` option: `what` it does with the inspection zone, and how to name it.
    static func zoneHelp(_ what: String) -> ArgumentHelp {
        ArgumentHelp(
            "\(what) Give its number (1–18) or its Thai or English name (ภาคเหนือตอนบน 1, \"Upper Northern 1\").",
            valueName: "number-or-name")
    }
}
