import CCairo
import CPangoCairo
import Foundation

/// A `Canvas` that draws with Cairo into a PNG, SVG or PDF file, with all text set by Pango.
///
/// Output is byte-identical for identical drawing: PDF dates are fixed and SVG surface ids are
/// renumbered. Not Sendable: cairo and pango objects stay inside one render.
public final class CairoCanvas: Canvas {
    /// Cannot render: no Thai font, no font family asked for, or cairo failed.
    public struct RenderError: Error, CustomStringConvertible {
        /// What went wrong, for people.
        public let description: String
    }

    /// The drawing's size in canvas units (pixels at scale 1, points in a PDF).
    public let size: Size
    /// The file format `finish()` returns.
    public let format: OutputFormat
    private let scale: Double
    private let surface: OpaquePointer
    /// A PNG surface's pixels, freed after it.
    private let pixels: UnsafeMutableRawPointer?
    private let cairo: OpaquePointer
    private let text: PangoTextSetter
    private let sink = ByteSink()
    private let background: Color

    /// A canvas of `size` canvas units: pixels at `scale` 1 for PNG and SVG (a PNG at `scale` 2
    /// has twice the pixels), points for PDF. Text is set in `fontFamily` first (see
    /// `ChartOptions.fontFamily`); every page starts painted `background` (with alpha below 1 the
    /// PNG has an alpha channel; with alpha 0 nothing is painted). `creationDate` is written into
    /// PDF metadata (ISO 8601), fixed so that equal input gives equal bytes.
    public convenience init(
        format: OutputFormat, size: Size, scale: Double = 1, fontFamily: String? = nil,
        background: Color = ChartColors.standard.background, creationDate: String = "2000-01-01T00:00:00Z"
    ) throws {
        try self.init(
            format: format, size: size, scale: scale, fontFamily: fontFamily, background: background,
            creationDate: creationDate, measuredBy: nil)
    }

    /// As above, but with `measurer` text is set in its font families, and a PNG's with its very
    /// layouts (both are image surfaces, whose layouts are the same): what the layout pass
    /// measured is not shaped again.
    init(
        format: OutputFormat, size: Size, scale: Double = 1, fontFamily: String?, background: Color,
        creationDate: String = "2000-01-01T00:00:00Z", measuredBy measurer: TextMeasurer?
    ) throws {
        self.size = size
        self.format = format
        self.scale = scale
        self.background = background
        let families = try measurer?.text.families ?? PangoTextSetter.families(fontFamily: fontFamily)

        let closure = Unmanaged.passUnretained(sink).toOpaque()
        switch format {
        case .png:
            let pixelFormat = background.alpha < 1 ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24
            let width = Int32((size.width * scale).rounded())
            let height = Int32((size.height * scale).rounded())
            // Pixels of our own, not cleared (cairo's are, and then painted over): the background
            // paints every one of them.
            let stride = cairo_format_stride_for_width(pixelFormat, width)
            pixels = width > 0 && height > 0 && stride > 0 ? malloc(Int(stride) * Int(height)) : nil
            surface =
                pixels.map { cairo_image_surface_create_for_data($0, pixelFormat, width, height, stride) }
                ?? cairo_image_surface_create(pixelFormat, width, height)
            cairo_surface_set_device_scale(surface, scale, scale)
        case .svg:
            pixels = nil
            surface = cairo_svg_surface_create_for_stream(writeToSink, closure, size.width, size.height)
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX)
        case .pdf:
            pixels = nil
            surface = cairo_pdf_surface_create_for_stream(writeToSink, closure, size.width, size.height)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, creationDate)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, creationDate)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "ChumchonKPI")
        }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            free(pixels)
            throw RenderError(
                description: "cairo cannot create a \(format.rawValue) surface of \(size.width)×\(size.height)")
        }
        cairo = cairo_create(surface)
        PangoTextSetter.prepare(cairo)
        if let measurer, measurer.text.surfaceType == cairo_surface_get_type(surface) {
            text = measurer.text
        } else {
            text = PangoTextSetter(families: families, cairo: cairo)
        }
        paintBackground()
        // A PNG's pixels are not cleared: without the background, none is written.
        guard format != .png || cairo_status(cairo) == CAIRO_STATUS_SUCCESS else {
            throw RenderError(description: "cairo cannot paint the background of a \(size.width)×\(size.height) PNG")
        }
    }

    deinit {
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
        free(pixels)
    }

    /// Fills `path` with `color`, nonzero winding.
    public func fill(_ path: Path, color: Color) {
        trace(path)
        setColor(color)
        cairo_fill(cairo)
    }

    /// Draws `path`'s outline `width` units wide in `color`, dashed when `dash` has on/off lengths.
    public func stroke(_ path: Path, color: Color, width: Double, dash: [Double]) {
        trace(path)
        setColor(color)
        cairo_set_line_width(cairo, width)
        cairo_set_dash(cairo, dash, Int32(dash.count), 0)
        cairo_stroke(cairo)
        cairo_set_dash(cairo, nil, 0, 0)
    }

    /// The size `string` takes in `style`, as Pango sets it here.
    public func measure(_ string: String, style: TextStyle) -> Size {
        text.measure(string, style: style)
    }

    /// Sets `string` in `style` with its top-left corner at `origin`, turned anticlockwise by
    /// `quarterTurns` quarter turns; returns the box it takes.
    @discardableResult
    public func draw(_ string: String, style: TextStyle, at origin: Point, quarterTurns: Int) -> Rect {
        cairo_save(cairo)
        cairo_translate(cairo, origin.x, origin.y)
        cairo_rotate(cairo, -Double(quarterTurns) * .pi / 2)
        let turned = quarterTurns != 0
        let layout = turned ? text.turnedLayout(string, style: style, cairo: cairo) : text.layout(string, style: style)
        defer { if turned { g_object_unref(UnsafeMutableRawPointer(layout)) } }
        setColor(style.color)
        cairo_move_to(cairo, 0, 0)
        pango_cairo_show_layout(cairo, layout)
        cairo_restore(cairo)
        let extents = PangoTextSetter.extents(layout)
        return TextBox.rotated(
            Rect(x: 0, y: 0, width: extents.maxX, height: extents.maxY), at: origin, quarterTurns: quarterTurns)
    }

    /// Runs `body`, keeping what it draws inside `rect`.
    public func clipped(to rect: Rect, _ body: () -> Void) {
        cairo_save(cairo)
        cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cairo)
        body()
        cairo_restore(cairo)
    }

    /// Runs `body`; the name is not drawn (a `RecordingCanvas` records it).
    public func group(_ name: String, _ body: () -> Void) {
        body()
    }

    /// Finishes the drawing and returns the file's bytes.
    public func finish() throws -> [UInt8] {
        switch format {
        case .png:
            cairo_surface_flush(surface)
            return try PNGEncoder.encode(surface)
        case .svg:
            cairo_surface_finish(surface)
            return SVGSurfaceIDs.renumber(sink.bytes)
        case .pdf:
            cairo_surface_finish(surface)
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
                throw RenderError(description: "cairo failed to write the PDF")
            }
            return sink.bytes
        }
    }

    /// Ends the current PDF page and starts a new one of the same size.
    public func newPage() {
        cairo_show_page(cairo)
        paintBackground()
    }

    /// Paints the page `background`: a PNG's every pixel (its surface is not cleared), replaced,
    /// which is what painting over a clear surface gives; on a page, a transparent one is left
    /// unpainted.
    private func paintBackground() {
        setColor(background)
        if format == .png {
            cairo_set_operator(cairo, CAIRO_OPERATOR_SOURCE)
            cairo_paint(cairo)
            cairo_set_operator(cairo, CAIRO_OPERATOR_OVER)
        } else if background.alpha > 0 {
            cairo_paint(cairo)
        }
    }

    private func setColor(_ color: Color) {
        cairo_set_source_rgba(cairo, color.red, color.green, color.blue, color.alpha)
    }

    private func trace(_ path: Path) {
        cairo_new_path(cairo)
        for element in path.elements {
            switch element {
            case .move(let point): cairo_move_to(cairo, point.x, point.y)
            case .line(let point): cairo_line_to(cairo, point.x, point.y)
            case .rectangle(let rect): cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
            case .close: cairo_close_path(cairo)
            }
        }
    }
}

/// Collects the bytes cairo streams out.
final class ByteSink {
    var bytes: [UInt8] = []
}

/// cairo's write callback: appends to the `ByteSink` passed as the closure pointer.
private let writeToSink: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(
        contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}
