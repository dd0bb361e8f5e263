import CCairo
import CPangoCairo

/// Sets text with Pango on a cairo context: shaping (HarfBuzz places Thai vowels and tone
/// marks), font fallback, word wrapping. Measuring and drawing use the same layout, so layout
/// and picture agree. Hinting is off, so text measures the same in PNG, SVG and PDF. Lines never
/// break inside a run marked with `NoBreak.run(_:)` or found by `NoBreakGlossary`.
///
/// Each text is shaped once per style: its layout is kept, in one Pango context made for the
/// cairo context the setter was made for, and serves every measure and every unturned draw after
/// (with metrics hinting off, a layout does not depend on the transformation it is drawn with).
/// Turned text gets a layout of its own, made for the turned context as before.
///
/// Holds cairo/pango objects: keep it inside one render, never share it across tasks.
final class PangoTextSetter {
    /// The Pango family list, e.g. "Laksaman, Noto Sans Thai, Noto Sans".
    let families: String
    /// The kind of surface the setter sets text for: its font options are the layouts'.
    let surfaceType: cairo_surface_type_t
    private let context: OpaquePointer
    private var fonts: [FontKey: OpaquePointer] = [:]
    /// Each text set so far, without marks, and its no-break runs.
    private var prepared: [String: (plain: String, runs: [Range<Int>])] = [:]
    /// The layouts made so far, by text and the parts of the style that shape it.
    private var layouts: [LayoutKey: OpaquePointer] = [:]

    /// More layouts than this are dropped and made again as needed: memory stays bounded
    /// however many texts a long document sets.
    private static let layoutLimit = 4096

    private struct FontKey: Hashable {
        var size: Double
        var bold: Bool
    }

    /// A text and what shapes it: its style without the colour.
    private struct LayoutKey: Hashable {
        var text: String
        var size: Double
        var bold: Bool
        var alignment: TextStyle.Alignment
        var wrapWidth: Double?
        var breaksWords: Bool

        init(_ text: String, _ style: TextStyle) {
            self.text = text
            size = style.size
            bold = style.weight == .bold
            alignment = style.alignment
            wrapWidth = style.wrapWidth
            breaksWords = style.breaksWords
        }
    }

    /// A setter of `families` for `cairo` (prepared with `prepare`, untransformed): its
    /// surface's and its own font options.
    init(families: String, cairo: OpaquePointer) {
        self.families = families
        surfaceType = cairo_surface_get_type(cairo_get_target(cairo))
        context = pango_cairo_create_context(cairo)
    }

    deinit {
        for layout in layouts.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
        g_object_unref(UnsafeMutableRawPointer(context))
        for font in fonts.values { pango_font_description_free(font) }
    }

    /// The installed Thai families (`ThaiFontFamilies.resolve`), `fontFamily` before them when
    /// given; an error when there is no Thai font or no family `fontFamily`.
    static func families(fontFamily: String?) throws(CairoCanvas.RenderError) -> String {
        do { return try ThaiFontFamilies.resolve(first: fontFamily) } catch {
            throw CairoCanvas.RenderError(description: String(describing: error))
        }
    }

    /// Gives `cairo` the font options every surface shares: no hinting, no hinted metrics,
    /// greyscale antialiasing.
    static func prepare(_ cairo: OpaquePointer) {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_set_font_options(cairo, options)
        cairo_font_options_destroy(options)
    }

    /// The layout of `text` in `style`, kept by the setter: do not release it.
    func layout(_ text: String, style: TextStyle) -> OpaquePointer {
        let key = LayoutKey(text, style)
        if let layout = layouts[key] { return layout }
        let layout = pango_layout_new(context)!
        configure(layout, text: text, style: style)
        if layouts.count >= Self.layoutLimit {
            for old in layouts.values { g_object_unref(UnsafeMutableRawPointer(old)) }
            layouts.removeAll(keepingCapacity: true)
        }
        layouts[key] = layout
        return layout
    }

    /// A new layout of `text` in `style` for `cairo` as it is transformed now (turned text);
    /// release it with `g_object_unref`.
    func turnedLayout(_ text: String, style: TextStyle, cairo: OpaquePointer) -> OpaquePointer {
        let layout = pango_cairo_create_layout(cairo)!
        configure(layout, text: text, style: style)
        return layout
    }

    private func configure(_ layout: OpaquePointer, text: String, style: TextStyle) {
        pango_layout_set_font_description(layout, font(style))
        if let width = style.wrapWidth {
            pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded()))
            pango_layout_set_wrap(layout, style.breaksWords ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD)
        }
        switch style.alignment {
        case .leading: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .trailing: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        var (plain, runs) = prepare(text)
        pango_layout_set_text(layout, plain, -1)
        if style.breaksWords, let width = style.wrapWidth {
            // A run wider than a whole line is broken after all, as any word that wide is.
            let single = style.with(wrapWidth: .some(nil))
            runs.removeAll { run in
                let part = String(decoding: Array(plain.utf8)[run], as: UTF8.self)
                return measure(part, style: single).width > width
            }
        }
        if !runs.isEmpty {
            let attributes = pango_attr_list_new()!
            for run in runs {
                let attribute = pango_attr_allow_breaks_new(0)!
                attribute.pointee.start_index = guint(run.lowerBound)
                attribute.pointee.end_index = guint(run.upperBound)
                pango_attr_list_insert(attributes, attribute)
            }
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
        }
    }

    /// `text` without its `NoBreak` marks, and the runs to keep whole: the marked ones and the
    /// glossary's.
    func prepare(_ text: String) -> (plain: String, runs: [Range<Int>]) {
        if let known = prepared[text] { return known }
        let (plain, marked) = NoBreak.parse(text)
        let result = (plain, marked + NoBreakGlossary.runs(in: plain))
        prepared[text] = result
        return result
    }

    /// The lines `text` takes in `style`, as drawn (without marks).
    func lines(_ text: String, style: TextStyle) -> [String] {
        let layout = layout(text, style: style)
        let bytes = Array(prepare(text).plain.utf8)
        return (0..<Int(pango_layout_get_line_count(layout))).map { index in
            let line = pango_layout_get_line_readonly(layout, Int32(index))!.pointee
            let start = Int(line.start_index)
            return String(decoding: bytes[start..<(start + Int(line.length))], as: UTF8.self)
        }
    }

    /// The size `text` takes in `style`: its layout's logical extents from the origin.
    func measure(_ text: String, style: TextStyle) -> Size {
        let extents = Self.extents(layout(text, style: style))
        return Size(width: extents.maxX, height: extents.maxY)
    }

    /// The layout's logical extents in canvas units, relative to its origin.
    static func extents(_ layout: OpaquePointer) -> Rect {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        return Rect(
            x: Double(logical.x) / scale, y: Double(logical.y) / scale,
            width: Double(logical.width) / scale, height: Double(logical.height) / scale)
    }

    private func font(_ style: TextStyle) -> OpaquePointer {
        let key = FontKey(size: style.size, bold: style.weight == .bold)
        if let font = fonts[key] { return font }
        // The list as families only: from a string, a family's last word could read as a style.
        let font = pango_font_description_new()!
        pango_font_description_set_family(font, families)
        pango_font_description_set_absolute_size(font, style.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(font, key.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        fonts[key] = font
        return font
    }
}
