import CCairo
import CPangoCairo

/// Measures text exactly as `CairoCanvas` sets it, without drawing anything: what a chart's size
/// rule (`Chart.size(paged:measuringWith:)`) and a briefing's pagination lay out with.
///
/// Holds cairo and pango objects: keep it inside one render, never share it across tasks.
public final class TextMeasurer: TextMeasuring {
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    /// Sets the text on an image surface: a PNG's `CairoCanvas` draws with its very layouts (see
    /// `CairoCanvas.init(format:size:scale:fontFamily:background:creationDate:measuredBy:)`).
    let text: PangoTextSetter

    /// A measurer of text set in `fontFamily` first (see `ChartOptions.fontFamily`); throws when
    /// no Thai font, or no family `fontFamily`, is installed.
    public init(fontFamily: String? = nil) throws {
        let families = try PangoTextSetter.families(fontFamily: fontFamily)
        surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1)
        cairo = cairo_create(surface)
        PangoTextSetter.prepare(cairo)
        text = PangoTextSetter(families: families, cairo: cairo)
    }

    deinit {
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// The size `string` takes in `style`.
    public func measure(_ string: String, style: TextStyle) -> Size {
        text.measure(string, style: style)
    }

    /// The lines `string` is set in with `style` (its wrap width), as Pango breaks them.
    public func lines(_ string: String, style: TextStyle) -> [String] {
        text.lines(string, style: style)
    }
}
