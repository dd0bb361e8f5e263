/// One page of a briefing: what it shows and how it is drawn.
struct BriefingPage {
    /// The page's title, as a reader (and the tests) find it.
    let title: String
    /// A stable file name (without extension) for `--images`, when the page is a figure.
    let imageName: String?
    /// Draws the page; the string is the page label ("หน้า 3/12").
    let draw: (Canvas, _ pageLabel: String) -> Void
    /// The figure alone, as a chart for `--images`: drawn on a canvas of the image size.
    let drawImage: ((Canvas) -> Void)?
}
