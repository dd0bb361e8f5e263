import ArgumentParser
import KPIChart

/// `kpi chart`'s look: title, subtitle, transparent background, font and theme.
struct ChartStyleOptions: ParsableArguments {
    @Option(help: "Title in place of the generated \"indicator — areas\"; \"\" for none.")
    var title: String?

    @Option(
        help: ArgumentHelp(
            "Subtitle in place of the generated periods, target and notes; \"\" for none.",
            discussion: "The data's as-of date is not in the subtitle: it stays in the footer, with the source."))
    var subtitle: String?

    @Flag(help: "Transparent background, for slides (PNG with an alpha channel, or SVG; not PDF).")
    var transparent = false

    @OptionGroup var look: StyleOptions

    /// What these options set, checked for `format` (the theme read, the font found), or a
    /// one-line error on stderr and failure.
    func resolved(for format: OutputFormat) throws -> ChartLook {
        if transparent, format == .pdf {
            Diagnostics.print("kpi: --transparent is for PNG and SVG: a PDF page has a background of its own")
            throw ExitCode.failure
        }
        var (style, fontFamily) = try look.resolved()
        if transparent { style.colors.background.alpha = 0 }
        return ChartLook(title: title, subtitle: subtitle, style: style, fontFamily: fontFamily)
    }
}

/// The title, subtitle, style and font a chart is drawn with.
struct ChartLook {
    var title: String?
    var subtitle: String?
    var style: ChartStyle
    var fontFamily: String?

    /// Sets `options`' title, subtitle, style and font.
    func apply(to options: inout ChartOptions) {
        options.title = title
        options.subtitle = subtitle
        options.style = style
        options.fontFamily = fontFamily
    }
}
