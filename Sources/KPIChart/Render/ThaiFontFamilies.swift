import CPangoCairo

/// The font families charts are set in, chosen from what is installed.
///
/// Thai government documents use TH Sarabun; on Debian its closest relative is Laksaman
/// (fonts-thai-tlwg), then Noto Sans Thai (fonts-noto-core) and Loma. The Pango family list keeps
/// Latin fallbacks after the Thai faces so that digits and symbols never turn into boxes. A family
/// asked for by name (`kpi chart --font`) goes first, before them all.
public enum ThaiFontFamilies {
    /// Thai-capable families, in order of preference.
    public static let preferred = ["Laksaman", "Noto Sans Thai", "Loma", "Garuda", "Waree"]
    /// Latin families that follow, for characters a Thai face lacks.
    public static let latinFallbacks = ["Noto Sans", "DejaVu Sans"]

    /// No Thai-capable font is installed.
    public struct MissingThaiFont: Error, CustomStringConvertible {
        /// What is missing and which package installs it.
        public var description: String {
            "no Thai font is installed (looked for \(preferred.joined(separator: ", "))): "
                + "install fonts-thai-tlwg or fonts-noto-core"
        }
    }

    /// A family asked for by name is not installed (Pango would quietly set another).
    public struct UnknownFamily: Error, CustomStringConvertible {
        /// The name asked for.
        public let family: String

        /// The family asked for and the Thai families that are installed.
        public var description: String {
            let thai = installedThaiFamilies()
            return
                "no font family \"\(family)\" is installed (`fc-list : family` lists them); Thai families installed: "
                + (thai.isEmpty ? "none" : thai.joined(separator: ", "))
        }
    }

    /// A Pango family list ("Laksaman, Noto Sans Thai, …") of the installed preferred families,
    /// followed by the Latin fallbacks; `first`, when given, before them all.
    public static func resolve(first: String? = nil) throws -> String {
        let thai = installedPreferred()
        guard !thai.isEmpty else { throw MissingThaiFont() }
        let chosen = try first.map { [try installedFamily(named: $0)] } ?? []
        let installed = Set(installedFamilies())
        return (chosen + thai.filter { !chosen.contains($0) } + latinFallbacks.filter { installed.contains($0) })
            .joined(separator: ", ")
    }

    /// The preferred Thai families that are installed, in order of preference.
    public static func installedPreferred() -> [String] {
        let installed = Set(installedFamilies())
        return preferred.filter { installed.contains($0) }
    }

    /// The installed family called `name`, as fontconfig spells it (names match whatever their
    /// case, as in fontconfig).
    public static func installedFamily(named name: String) throws(UnknownFamily) -> String {
        let wanted = name.lowercased()
        guard let family = installedFamilies().filter({ $0.lowercased() == wanted }).min() else {
            throw UnknownFamily(family: name)
        }
        return family
    }

    /// Whether `family` (installed) has Thai letters: if not, Thai text falls back to the
    /// preferred Thai families.
    public static func hasThaiLetters(_ family: String) -> Bool {
        let fontMap = pango_cairo_font_map_get_default()
        let context = pango_font_map_create_context(fontMap)
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        let description = pango_font_description_new()
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, family)
        guard let font = pango_font_map_load_font(fontMap, context, description) else { return false }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        let matched = pango_font_describe(font)
        defer { pango_font_description_free(matched) }
        // fontconfig substitutes a family it has not got: only the family's own face counts.
        guard let name = pango_font_description_get_family(matched),
            String(cString: name).lowercased() == family.lowercased()
        else { return false }
        return pango_font_has_char(font, 0x0E01) != 0  // ก
    }

    /// The installed families that have Thai letters, in alphabetical order.
    public static func installedThaiFamilies() -> [String] {
        Set(installedFamilies()).filter(hasThaiLetters).sorted()
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
