/// One block of pages of a briefing (one page, or a ranking's several): what it shows and how
/// it is drawn.
struct BriefingPage {
    /// The title of each of its pages, as a reader (and the tests) find them.
    let titles: [String]
    /// A stable file name (without extension) for `--images`, when the block is a figure.
    let imageName: String?
    /// Draws its pages (calling `newPage()` between them), numbered from `numbering.first`.
    let draw: (PagedCanvas, ChartOptions.PageNumbering) -> Void
    /// The figure alone for `--images`: the canvas size it needs and how it is drawn.
    let image: (size: Size, draw: (Canvas) -> Void)?

    /// Pages in the block.
    var pageCount: Int { titles.count }
}
