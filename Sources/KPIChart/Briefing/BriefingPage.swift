/// One block of pages of a briefing (one page, or a scorecard's several): what it shows and how
/// it is drawn.
struct BriefingPage {
    /// A figure of the page as `--images` writes it alone.
    struct Image {
        /// A stable file name, without extension.
        let name: String
        /// The figure, drawn alone at `Briefing.imageSize`'s width.
        let chart: any Chart
    }

    /// The title of each of its pages, as a reader (and the tests) find them.
    let titles: [String]
    /// Its figures for `--images`; none for text pages.
    let images: [Image]
    /// Draws its pages (calling `newPage()` between them), numbered from `numbering.first`.
    let draw: (PagedCanvas, ChartOptions.PageNumbering) -> Void

    /// Pages in the block.
    var pageCount: Int { titles.count }
}
