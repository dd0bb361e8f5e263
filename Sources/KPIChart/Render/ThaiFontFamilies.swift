import CPangoCairo

/// The font families charts are set in, chosen from what is installed.
///
/// Thai government documents use TH Sarabun; on Debian its closest relative is Laksaman
/// (fonts-thai-tlwg), then Noto Sans Thai (fonts-noto-core) and Loma. The Pango family list keeps
/// Latin fallbacks after the Thai faces so that digits and symbols never turn into boxes.
public enum ThaiFontFamilies {
    /// Thai-capable families, in order of preference.
    public static let preferred = ["Laksaman", "Noto Sans Thai", "Loma", "Garuda", "Waree"]
    /// Latin families that follow, for characters a Thai face lacks.
    public static let latinFallbacks = ["Noto Sans", "DejaVu Sans"]

    /// No Thai-capable font is installed.
    public struct MissingThaiFont: Error, CustomStringConvertible {
        public var description: String {
            "no Thai font is installed (looked for \(preferred.joined(separator: ", "))): "
                + "install fonts-thai-tlwg or fonts-noto-core"
        }
    }

    /// A Pango family list ("Laksaman, Noto Sans Thai, …") of the installed preferred families,
    /// followed by the Latin fallbacks.
    public static func resolve() throws(MissingThaiFont) -> String {
        let installed = Set(installedFamilies())
        let thai = preferred.filter { installed.contains($0) }
        guard !thai.isEmpty else { throw MissingThaiFont() }
        return (thai + latinFallbacks.filter { installed.contains($0) }).joined(separator: ", ")
    }

    /// Names of the families Pango's default font map offers.
    static func installedFamilies() -> [String] {
        // The default font map is owned by Pango: never unref it.
        let fontMap = pango_cairo_font_map_get_default()
        var families: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
        var count: Int32 = 0
        pango_font_map_list_families(fontMap, &families, &count)
        defer { g_free(families) }
        guard let families else { return [] }
        return (0..<Int(count)).compactMap { index in
            families[index].flatMap { pango_font_family_get_name($0) }.map { String(cString: $0) }
        }
    }
}
