import CCairo
import CPangoCairo

/// Sets text with Pango on a cairo context: shaping (HarfBuzz places Thai vowels and tone
/// marks), font fallback, word wrapping. Measuring and drawing use the same layout, so layout
/// and picture agree. Hinting is off, so text measures the same in PNG, SVG and PDF. Lines never
/// break inside a run marked with `NoBreak.run(_:)` or found by `NoBreakGlossary`.
///
/// Holds cairo/pango objects: keep it inside one render object, never share it across tasks.
final class PangoTextSetter {
    /// The Pango family list, e.g. "Laksaman, Noto Sans Thai, Noto Sans".
    let families: String
    private var fonts: [FontKey: OpaquePointer] = [:]
    /// Each text set so far, without marks, and its no-break runs.
    private var prepared: [String: (plain: String, runs: [Range<Int>])] = [:]

    private struct FontKey: Hashable {
        var size: Double
        var bold: Bool
    }

    init(families: String) {
        self.families = families
    }

    /// A setter of the installed Thai families (`ThaiFontFamilies.resolve`), `fontFamily` before
    /// them when given; an error when there is no Thai font or no family `fontFamily`.
    convenience init(fontFamily: String?) throws(CairoCanvas.RenderError) {
        do { self.init(families: try ThaiFontFamilies.resolve(first: fontFamily)) } catch {
            throw CairoCanvas.RenderError(description: String(describing: error))
        }
    }

    deinit {
        for font in fonts.values { pango_font_description_free(font) }
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

    /// A layout of `text` in `style` for `cairo`; release it with `g_object_unref`.
    func layout(_ text: String, style: TextStyle, cairo: OpaquePointer) -> OpaquePointer {
        let layout = pango_cairo_create_layout(cairo)!
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
                return measure(part, style: single, cairo: cairo).width > width
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
        return layout
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

    /// The lines `text` takes in `style` on `cairo`, as drawn (without marks).
    func lines(_ text: String, style: TextStyle, cairo: OpaquePointer) -> [String] {
        let layout = layout(text, style: style, cairo: cairo)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let bytes = Array(prepare(text).plain.utf8)
        return (0..<Int(pango_layout_get_line_count(layout))).map { index in
            let line = pango_layout_get_line_readonly(layout, Int32(index))!.pointee
            let start = Int(line.start_index)
            return String(decoding: bytes[start..<(start + Int(line.length))], as: UTF8.self)
        }
    }

    /// The size `text` takes in `style` on `cairo`: its layout's logical extents from the origin.
    func measure(_ text: String, style: TextStyle, cairo: OpaquePointer) -> Size {
        let layout = layout(text, style: style, cairo: cairo)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let extents = Self.extents(layout)
        return Size(width: extents.maxX, height: extents.maxY)
    }

    /// The layout's logical extents in canvas units, relative to its origin.
    static func extents(_ layout: OpaquePointer) -> Rect {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        return Rect(x: Double(logical.x) / scale, y: Double(logical.y) / scale,
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
