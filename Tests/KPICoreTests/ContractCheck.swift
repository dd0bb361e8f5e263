import Foundation

@testable import KPICore

/// A CSV file split by RFC 4180 rules (quotes, doubled quotes, CRLF), for checking generated
/// files against the data contract independently of the generator's own code.
struct CSVTable {
    let header: [String]
    /// Data records, each with its fields.
    let rows: [[String]]

    init(_ data: Data) {
        var records: [[String]] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var wasQuoted = false
        var index = data.startIndex
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field = []
            wasQuoted = false
        }
        while index < data.endIndex {
            let byte = data[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < data.endIndex, data[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\""), field.isEmpty, !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if byte == UInt8(ascii: ",") {
                endField()
            } else if byte == UInt8(ascii: "\n") {
                if field.last == UInt8(ascii: "\r") { field.removeLast() }
                endField()
                records.append(fields)
                fields = []
            } else {
                field.append(byte)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(fields)
        }
        header = records.first ?? []
        rows = Array(records.dropFirst())
    }
}

/// The data contract's rules for each generated dataset: every broken rule found, as text.
struct ContractCheck {
    let kind: DatasetKind
    let table: CSVTable
    private(set) var problems: [String] = []

    /// The columns the generator writes, in its order.
    static let columns: [DatasetKind: [String]] = [
        .womensFund: ["as_of", "province_code", "district_code", "loan_id", "outstanding_baht", "overdue_baht"],
        .otopSales: ["month", "province_code", "district_code", "product_id", "category", "channel", "sales_baht"],
        .bmn: [
            "survey_year", "province_code", "district_code", "household_id", "surveyed_on", "members", "income_baht",
            "passed",
        ],
        .kkcj: ["as_of", "province_code", "district_code", "fund_id", "status", "outstanding_baht"],
        .indicatorValues: ["indicator_id", "period_end", "province_code", "district_code", "numerator", "denominator"],
    ]
    /// Catalog ids, and whether each is a ratio (has a denominator).
    static let indicators: [String: Bool] = [
        "khok-nong-na.active-share": true, "food-security.households": false, "thai-textile.sales": false,
        "sjp.households-helped": true, "womens-fund.members": false, "click-chumchon.shops": false,
        "community-funds.good-share": true, "pracharath.profitable-share": true, "moral-community.communities": false,
    ]
    /// Categories with spaces and commas removed, as the contract compares them.
    static let categories: Set<String> = [
        "food", "beverage", "textile", "decorative", "herbal",
        "อาหาร", "เครื่องดื่ม", "ผ้าเครื่องแต่งกาย", "ของใช้ของตกแต่งของที่ระลึก", "สมุนไพรที่ไม่ใช่อาหาร",
    ]

    init(kind: DatasetKind, table: CSVTable) {
        self.kind = kind
        self.table = table
        let columns = Self.columns[kind]!
        guard table.header == columns else {
            problems.append("header \(table.header), expected \(columns)")
            return
        }
        var seen = Set<[String]>()
        for (offset, fields) in table.rows.enumerated() {
            let line = offset + 2
            guard fields.count == columns.count else {
                problems.append("line \(line): \(fields.count) fields")
                continue
            }
            var row: [String: String] = [:]
            for (name, value) in zip(columns, fields) { row[name] = value }
            check(row, line: line, seen: &seen)
        }
    }

    private mutating func check(_ row: [String: String], line: Int, seen: inout Set<[String]>) {
        func fail(_ column: String, _ reason: String) {
            problems.append("line \(line): \(column) '\(row[column]!)': \(reason)")
        }
        let geography = Geography.bundled
        let province = Int(row["province_code"]!) ?? -1
        if row["province_code"]!.count != 2 || geography.province(code: province) == nil {
            fail("province_code", "unknown")
        }
        let districtText = row["district_code"]!
        if !(kind == .indicatorValues && districtText.isEmpty) {
            let district = Int(districtText) ?? -1
            if districtText.count != 4 || geography.district(code: district) == nil { fail("district_code", "unknown") }
            if district / 100 != province { fail("district_code", "not in province \(province)") }
        }

        switch kind {
        case .womensFund:
            guard let date = Self.date(row, "as_of", fail) else { return }
            let outstanding = Self.satang(row, "outstanding_baht", fail)
            let overdue = Self.satang(row, "overdue_baht", fail)
            if let outstanding, let overdue, overdue > outstanding { fail("overdue_baht", "more than outstanding") }
            if !seen.insert([date.description, row["loan_id"]!]).inserted { fail("loan_id", "twice in one snapshot") }
        case .otopSales:
            guard let month = try? DateParser.month(row["month"]!) else { return fail("month", "not a month") }
            let category = row["category"]!.filter { $0 != " " && $0 != "," }
            if !Self.categories.contains(category) { fail("category", "unknown") }
            if !["online", "offline"].contains(row["channel"]!) { fail("channel", "unknown") }
            _ = Self.satang(row, "sales_baht", fail)
            if !seen.insert([month.description, row["product_id"]!, row["channel"]!]).inserted {
                fail("product_id", "twice in one month and channel")
            }
        case .bmn:
            guard let year = Int(row["survey_year"]!), year > DateParser.eraBoundary else {
                return fail("survey_year", "not a B.E. year")
            }
            if !seen.insert([String(year), row["household_id"]!]).inserted {
                fail("household_id", "twice in one survey year")
            }
            guard let members = Int(row["members"]!), members >= 1 else {
                return fail("members", "not a whole number ≥ 1")
            }
            if row["surveyed_on"]!.isEmpty {
                if !row["income_baht"]!.isEmpty || !row["passed"]!.isEmpty {
                    fail("surveyed_on", "empty, but income or passed given")
                }
                return
            }
            guard let date = Self.date(row, "surveyed_on", fail) else { return }
            if date.year != year - buddhistEraOffset || date.month > 4 {
                fail("surveyed_on", "not January–April of the survey year")
            }
            _ = Self.satang(row, "income_baht", fail)
            if !["0", "1"].contains(row["passed"]!) { fail("passed", "not 0 or 1") }
        case .kkcj:
            guard let date = Self.date(row, "as_of", fail) else { return }
            if !["normal", "problem", "ปกติ", "มีปัญหา"].contains(row["status"]!) { fail("status", "unknown") }
            _ = Self.satang(row, "outstanding_baht", fail)
            if !seen.insert([date.description, row["fund_id"]!]).inserted { fail("fund_id", "twice in one snapshot") }
        case .indicatorValues:
            let id = row["indicator_id"]!
            guard let ratio = Self.indicators[id] else { return fail("indicator_id", "not in the catalog") }
            guard let date = Self.date(row, "period_end", fail) else { return }
            if !date.isLastDayOfMonth { fail("period_end", "not a month's last day") }
            if (id == "pracharath.profitable-share") != districtText.isEmpty {
                fail("district_code", "wrong level for \(id)")
            }
            guard let numerator = Double(row["numerator"]!), numerator >= 0 else {
                return fail("numerator", "not a decimal ≥ 0")
            }
            let denominator = row["denominator"]!
            if ratio {
                guard let whole = Double(denominator), whole > 0, numerator <= whole else {
                    return fail("denominator", "not ≥ numerator")
                }
            } else if !denominator.isEmpty {
                fail("denominator", "given for a count or sum")
            }
            if !seen.insert([id, date.description, row["province_code"]!, districtText]).inserted {
                fail("indicator_id", "twice")
            }
        default:
            problems.append("no contract check for \(kind.rawValue)")
        }
    }

    /// The date in `column`, or `nil` after reporting it.
    private static func date(_ row: [String: String], _ column: String, _ fail: (String, String) -> Void) -> CivilDate?
    {
        do { return try DateParser.date(row[column]!) } catch {
            fail(column, "\(error)")
            return nil
        }
    }

    /// Money in `column` as satang: digits (with thousands separators only in groups of three),
    /// at most 2 decimals; or `nil` after reporting it.
    private static func satang(_ row: [String: String], _ column: String, _ fail: (String, String) -> Void) -> Int64? {
        let text = row[column]!
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        let wholeIsValid =
            !groups[0].isEmpty && groups[0].count <= (groups.count > 1 ? 3 : 18)
            && groups.dropFirst().allSatisfy { $0.count == 3 }
            && groups.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count <= 2, wholeIsValid, fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
            let whole = Int64(groups.joined())
        else {
            fail(column, "not money with at most 2 decimals")
            return nil
        }
        return whole * 100 + (Int64(String(fraction).padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0)
    }
}
