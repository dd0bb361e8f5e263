/// `otop-sales`: monthly sales of OTOP products (หนึ่งตำบล หนึ่งผลิตภัณฑ์), one row per product,
/// month and sales channel.
///
/// Every product sells offline; most also sell online, whose share grows year by year. Sales
/// follow the Thai retail year (`Seasonality`); textiles sell more in the cool season. A few
/// offices write the categories by their official Thai names.
struct OTOPSalesDataset: SyntheticDataset {
    /// About 90,000 products over the country's 7,436 subdistricts.
    static let realisticDensity: Double? = 12

    private enum Stream: UInt64 {
        case size = 0x4F54_0001
        case traits, reporting, style, product, sales
    }

    /// The contract's five categories (`OTOPSales.categories`): English code and official Thai
    /// name, with their shares of products and their sales relative to the median product.
    private static let categories: [(code: [UInt8], thai: [UInt8], share: Double, sales: Double)] =
        zip(OTOPSales.categories, [(0.38, 1.0), (0.10, 1.1), (0.24, 1.3), (0.18, 0.8), (0.10, 0.9)]).map {
            category, mix in
            (Array(category.code.utf8), Array((category.official ?? category.code).utf8), mix.0, mix.1)
        }
    /// Index of `textile` in `categories`.
    private static let textile = 2

    private let context: GenerationContext
    /// Products selling in month `m` of district `d`: ids `0 ..< products[d * months + m]`.
    private let products: [Int]
    private let profiles: [Profile]
    let rowCount: Int

    init(context: GenerationContext, density: Double) {
        self.context = context
        profiles = context.districts.map {
            Profile(random: SplitMix64(key: context.seed, Stream.traits.rawValue, $0.code))
        }
        var products = [Int]()
        var rows = 0
        for (district, profile) in zip(context.districts, profiles) {
            let counts = context.months.map {
                let growth = 1 + profile.growth * GenerationContext.years($0)
                return context.entityCount(district, density: density, factor: growth, stream: Stream.size.rawValue)
            }
            // sellers[n]: how many of the first n products also sell online.
            var sellers = [0]
            for id in 0..<(counts.max() ?? 0) {
                let product = Product(
                    random: SplitMix64(key: context.seed, Stream.product.rawValue, district.code, id),
                    onlineShare: profile.onlineShare)
                sellers.append(sellers[id] + (product.online ? 1 : 0))
            }
            for (index, count) in counts.enumerated()
            where context.reported(area: district.code, period: index, stream: Stream.reporting.rawValue) {
                rows += count + sellers[count]
            }
            products += counts
        }
        self.products = products
        rowCount = rows
    }

    func write(to output: inout RowOutput) {
        let months = context.months.count
        for (monthIndex, month) in context.months.enumerated() {
            let season = Seasonality.factor(month)
            let years = GenerationContext.years(month)
            let coolSeason = month.month >= 11 || month.month == 1
            for (districtIndex, district) in context.districts.enumerated()
            where context.reported(area: district.code, period: monthIndex, stream: Stream.reporting.rawValue) {
                let style = context.style(area: district.code, period: monthIndex, stream: Stream.style.rawValue)
                var prefix: [UInt8] = []
                if style.thaiDates { prefix.appendDate(month.lastDay, thai: true) } else { prefix.appendMonth(month) }
                prefix.appendAreaAndIDStart(district, idPrefix: "OTOP")

                for id in 0..<products[districtIndex * months + monthIndex] {
                    let product = Product(
                        random: SplitMix64(key: context.seed, Stream.product.rawValue, district.code, id),
                        onlineShare: profiles[districtIndex].onlineShare)
                    var chance = SplitMix64(key: context.seed, Stream.sales.rawValue, district.code, id, month.index)
                    let textileLift = coolSeason && product.category == Self.textile ? 1.15 : 1
                    let total =
                        product.medianSales * season * textileLift * (1 + 0.04 * years) * chance.uniform(0.75...1.25)
                    let online = product.online ? total * min(0.9, product.onlineShare * (1 + 0.15 * years)) : 0
                    let category = Self.categories[product.category]
                    for channel in 0..<(product.online ? 2 : 1) {  // offline, then online
                        guard output.beginRow() else { return }
                        output.writer.append(contentsOf: prefix)
                        output.writer.appendDecimal(id, minimumDigits: 4)
                        output.writer.append(",")
                        output.writer.append(contentsOf: style.thaiLabels ? category.thai : category.code)
                        output.writer.append(channel == 1 ? ",online," : ",offline,")
                        let baht = channel == 1 ? online : total - online
                        output.writer.appendMoney(
                            satang: Int64((max(0, baht) * 100).rounded()), grouped: style.groupedMoney)
                        output.writer.append("\n")
                    }
                }
            }
        }
    }

    /// A district's lasting traits.
    private struct Profile {
        /// Yearly growth of its number of products.
        let growth: Double
        /// Share of its products sold online too.
        let onlineShare: Double

        init(random: SplitMix64) {
            var random = random
            growth = random.uniform(0.0...0.1)
            onlineShare = random.uniform(0.3...0.8)
        }
    }

    /// One product's lasting traits.
    private struct Product {
        /// Index into `categories`.
        let category: Int
        /// Baht sold in an average month.
        let medianSales: Double
        /// Whether it also sells online, and which share of its sales goes online in October 2024.
        let online: Bool
        let onlineShare: Double

        init(random: SplitMix64, onlineShare districtShare: Double) {
            var random = random
            var pick = random.unit()
            var index = 0
            while index < categories.count - 1, pick >= categories[index].share {
                pick -= categories[index].share
                index += 1
            }
            category = index
            medianSales = 25_000 * categories[index].sales * QuantileCurve.rightSkewed.value(at: random.unit())
            online = random.chance(districtShare)
            onlineShare = random.uniform(0.1...0.5)
        }
    }
}
