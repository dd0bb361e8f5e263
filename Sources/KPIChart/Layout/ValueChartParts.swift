import KPICore

/// What every chart of an indicator's values on a value axis (grouped bars, trend, ranking,
/// breakdown) is wired from, in one place: type and colours for the size asked for, the value
/// formatter of the largest value, the target line, and the value axis that reaches both.
struct ValueChartParts {
    let theme: ChartTheme
    let formatter: ValueFormatter
    /// `nil` without a target, or when the chart draws none.
    let target: TargetLine?
    let axis: ValueAxis

    /// The parts of a chart of `definition`'s values in `range`, drawn with `options` on a
    /// canvas of `size`. Type is sized for the size asked for (`options.size`): a taller canvas
    /// only adds rows. The target line is left out unless `drawsTarget`.
    init(
        definition: IndicatorDefinition, range: ClosedRange<Double>, size: Size, options: ChartOptions,
        drawsTarget: Bool = true
    ) {
        let theme = ChartTheme(
            size: Size(width: size.width, height: min(size.height, options.size.height)), options: options)
        let formatter = ValueFormatter(
            definition: definition, largest: max(abs(range.lowerBound), abs(range.upperBound)),
            language: options.language, digits: options.digits)
        let target = drawsTarget ? TargetLine(definition: definition, formatter: formatter, theme: theme) : nil
        self.theme = theme
        self.formatter = formatter
        self.target = target
        axis = ValueAxis(range: range, extra: target.map { [$0.value] } ?? [], formatter: formatter, theme: theme)
    }
}

extension ChartFrame {
    /// The frame of `titles`: its title, subtitle and as-of line, with `legend` and `sourceLine`.
    init(titles: ChartTitles, legend: [LegendEntry], sourceLine: String) {
        self.init(
            title: titles.title, subtitle: titles.subtitle, legend: legend, asOfLine: titles.asOfLine,
            sourceLine: sourceLine)
    }
}
