/// A canvas that goes on over several pages of the same size: PDF (`CairoCanvas`), and
/// `RecordingCanvas` in tests. Charts that do not fit one page draw page after page on it.
public protocol PagedCanvas: Canvas {
    /// Ends the current page and starts a new, blank one of the same size.
    func newPage()
}

/// Pages are a PDF's: a PNG or SVG is one page, so charts that page give those a taller canvas.
extension CairoCanvas: PagedCanvas {}
