/// `otop-sales`: OTOP product sales, one row per product per month (and channel).
///
/// Indicators (flow: summed over the window's months): `otop.sales` and its breakdowns by the five
/// categories and the two channels. A district with rows in the window but none of a category
/// has 0 for it; a district with no rows in the window has no value for any.
package struct OTOPSalesAccumulator: DatasetAccumulator {
    package struct Row {
        var district: Int
        var month: YearMonth
        var category: Int
        var channel: Int
        var sales: Int64
    }

    /// The words of the five categories and of the two channels (`OTOPSales`).
    static let categoryWords = EnumerationWords(OTOPSales.categories.map(\.spellings))
    static let channelWords = EnumerationWords(OTOPSales.channels.map(\.spellings))

    /// Satang per category (places 0–4) and per channel (places 5–6), inline: no allocation.
    /// Summed in 128 bits: each amount is under 10^17, so no file can overflow them.
    struct Totals: PeriodTotals {
        var sums = InlineArray<7, Int128>(repeating: 0)
        func category(_ index: Int) -> Int128 { sums[index] }
        func channel(_ index: Int) -> Int128 { sums[5 + index] }
        var total: Int128 { sums[5] + sums[6] }
        mutating func add(_ other: Totals) {
            for index in sums.indices { sums[index] += other.sums[index] }
        }
    }

    /// The same sums in 64 bits, while rows are added (`MoneyTable`): 56 bytes a cell, where the
    /// 112 of `Totals` made a national table (2.5 MB) too big for a core's cache.
    struct Lanes: MoneyLanes {
        typealias Amounts = (category: Int, channel: Int, satang: Int64)
        typealias Wide = Totals

        var sums = InlineArray<7, Int64>(repeating: 0)

        mutating func add(_ sale: Amounts) -> Bool {
            let (byCategory, categoryOverflow) = sums[sale.category].addingReportingOverflow(sale.satang)
            let (byChannel, channelOverflow) = sums[5 &+ sale.channel].addingReportingOverflow(sale.satang)
            guard !categoryOverflow, !channelOverflow else { return false }
            sums[sale.category] = byCategory
            sums[5 &+ sale.channel] = byChannel
            return true
        }

        mutating func add(_ other: Lanes) -> Bool {
            var added = self
            for index in sums.indices {
                let (sum, overflow) = added.sums[index].addingReportingOverflow(other.sums[index])
                if overflow { return false }
                added.sums[index] = sum
            }
            self = added
            return true
        }

        var widened: Totals {
            var totals = Totals()
            for index in sums.indices { totals.sums[index] = Int128(sums[index]) }
            return totals
        }
    }

    package static let kind = DatasetKind.otopSales

    private let month, productID, category, channel, sales: Column
    private let area: AreaColumns
    private let geography: Geography
    private var months: MoneyTable<Lanes>
    private var monthFields = FieldValueCache(bits: 6, placeholder: YearMonth(index: 0))

    package init(columns: RecordColumns<OTOPSales.Column>, geography: Geography, catalog: IndicatorCatalog) {
        months = MoneyTable(districtCount: geography.districts.count)
        month = columns[.month]
        area = AreaColumns(columns)
        productID = columns[.productID]
        category = columns[.category]
        channel = columns[.channel]
        sales = columns[.sales]
        self.geography = geography
    }

    package mutating func decode(_ record: CSVRecord) throws(ColumnError) -> Row {
        let saleMonth = try record.parse(month) { bytes throws(FieldError) in
            try monthFields.value(bytes, parse: FieldParser.month)
        }
        let districtIndex = try area.districtIndex(in: record, geography: geography)
        _ = try record.parse(productID, FieldParser.requiredText)
        let categoryIndex = try record.parse(category) { bytes throws(FieldError) in
            try FieldParser.choice(bytes, of: Self.categoryWords)
        }
        let channelIndex = try record.parse(channel) { bytes throws(FieldError) in
            try FieldParser.choice(bytes, of: Self.channelWords)
        }
        let satang = try record.parse(sales, FieldParser.satang)
        return Row(
            district: districtIndex, month: saleMonth, category: categoryIndex, channel: channelIndex, sales: satang)
    }

    /// A product has at most one row per month and channel.
    @inline(__always)
    package func identity(of row: Row, in record: CSVRecord) -> RecordIdentity? {
        RecordIdentity(
            partition: row.month.index,
            fingerprint: Fingerprint.of(
                FieldParser.trimmed(record[productID.index]), scope: row.month.index * 2 + row.channel))
    }

    package func duplicateDescription(of row: Row, in record: CSVRecord) -> (column: String?, what: String) {
        (
            productID.name,
            "product_id '\(FieldParser.text(FieldParser.trimmed(record[productID.index])))' in month \(row.month), channel \(OTOPSales.channels[row.channel].code)"
        )
    }

    package mutating func add(_ row: Row, file: String, line: Int) {
        months.add((row.category, row.channel, row.sales), district: row.district, period: row.month.index)
    }

    package mutating func merge(_ later: OTOPSalesAccumulator) { months.merge(later.months) }

    package var latestMonth: YearMonth? { months.latestPeriod.map(YearMonth.init(index:)) }

    package func partitionsUsed(by windows: [Window]) -> (Int) -> Bool {
        { month in windows.contains { $0.contains(YearMonth(index: month)) } }
    }

    package func observations(windows: [Window], catalog: IndicatorCatalog) -> [IndicatorObservations] {
        let picks = WindowPicks.monthSums(months.widened(), windows: windows)
        let lastDay = { (month: Int) in YearMonth(index: month).lastDay }
        var observations = [
            picks.observations(catalog.require(OTOPSales.totalID), asOf: lastDay) { (.satang($0.total), nil) }
        ]
        for (index, category) in OTOPSales.categories.enumerated() {
            observations.append(
                picks.observations(catalog.require(category.indicatorID), asOf: lastDay) {
                    (.satang($0.category(index)), nil)
                })
        }
        for (index, channel) in OTOPSales.channels.enumerated() {
            observations.append(
                picks.observations(catalog.require(channel.indicatorID), asOf: lastDay) {
                    (.satang($0.channel(index)), nil)
                })
        }
        return observations
    }
}
