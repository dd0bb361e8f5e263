import Foundation
import KPICore

/// The runs the text setter keeps whole in every text, found without marks: one place that
/// knows which Thai words and names must not be broken.
///
/// - compound terms libthai's dictionary splits ("ตัวชี้วัด", "ระดับดี", "ผู้ตรวจราชการ");
/// - the names of provinces and districts, in Thai (alone and after "จังหวัด" / "อำเภอ") and in
///   English ("Chiang Mai");
/// - numbers with their unit ("5.3%", "▲ 0.4 จุด", "16.2 ล้านบาท", "3/4 อำเภอ"), windows
///   ("2/2569" of "ไตรมาส 2/2569", which may break at its space under a narrow bar; "ก.ค. 69",
///   "Q2 FY2026"), dates ("30 กันยายน 2569") and
///   "เขตตรวจราชการที่ 15" / "Inspection Zone 15".
enum NoBreakGlossary {
    /// Compound terms of indicator names and chart words.
    static let terms = [
        "ตัวชี้วัด", "ระดับดี", "ผู้ตรวจราชการ", "เขตตรวจราชการ", "กองทุนพัฒนาบทบาทสตรี", "ครัวเรือน", "โคก หนอง นา",
        "หนี้เกินกำหนดชำระ", "เงินต้นคงค้าง", "ความจำเป็นพื้นฐาน", "ผลิตภัณฑ์", "ยอดจำหน่าย", "ศูนย์เรียนรู้", "ออมทรัพย์",
        "ประชารัฐรักสามัคคี", "เศรษฐกิจพอเพียง", "ความมั่นคงทางอาหาร", "ผ้าไทยใส่ให้สนุก", "ไม่มีข้อมูล", "เป้าหมาย",
        "ข้อมูล ณ วันที่", "ไม่น้อยกว่า", "ต่ำกว่า", "กรมการพัฒนาชุมชน", "ดีขึ้น", "แย่ลง", "เท่าเดิม", "ผ่านเป้าหมาย",
        "ระหว่างสำรวจ", "ปีงบประมาณ", "ภาพรวมเขต", "ภาพรวมจังหวัด", "ภาพรวมทั้งประเทศ", "มากที่สุด",
    ]

    /// Numbers with units, windows, dates and zones.
    static let patterns: [NSRegularExpression] = {
        let digit = "[0-9๐-๙]"
        let thai = "[\\x{0E01}-\\x{0E4E}]"
        let units = [
            "%", "จุด", "ล้านบาท", "บาท", "pp", "million baht", "baht", "อำเภอ", "จังหวัด", "เขต",
            "districts?", "provinces?", "zones?", "areas?", "พื้นที่",
        ].joined(separator: "|")
        return [
            "(?:[▲▼•] )?[-−]?\(digit)[0-9๐-๙,./]*(?: ?(?:\(units)))?",
            "Q\(digit) FY\(digit){4}",
            "\(thai){1,3}\\.\(thai){1,3}\\.(?: ?\(digit){2,4})?",
            "\(digit){1,2} \(thai)+ \(digit){4}",
            "เขตตรวจราชการที่ ?\(digit)+",
            "Inspection [Zz]one \(digit)+",
        ].map { try! NSRegularExpression(pattern: $0) }
    }()

    /// Terms and names by their first scalar, longest first. Names shorter than four scalars are
    /// one syllable, which libthai never breaks.
    private static let index: [Unicode.Scalar: [[UInt8]]] = {
        let geography = Geography.bundled
        var all = terms
        for province in geography.provinces {
            all += [province.nameThai, "จังหวัด" + province.nameThai, province.nameEnglish]
        }
        for district in geography.districts {
            all += [district.nameThai, "อำเภอ" + district.nameThai, district.nameEnglish]
        }
        var index: [Unicode.Scalar: [[UInt8]]] = [:]
        for term in Set(all) where term.unicodeScalars.count >= 4 {
            index[term.unicodeScalars.first!, default: []].append(Array(term.utf8))
        }
        return index.mapValues {
            $0.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
        }
    }()

    /// The runs to keep whole in `text`, as UTF-8 byte ranges (they may overlap).
    static func runs(in text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var runs: [Range<Int>] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            if let candidates = index[scalar],
                let term = candidates.first(where: {
                    offset + $0.count <= bytes.count && bytes[offset..<(offset + $0.count)].elementsEqual($0)
                })
            {
                runs.append(offset..<(offset + term.count))
            }
            offset += scalar.utf8.count
        }
        // Every pattern needs a digit but the one of "ก.ค.", which needs a full stop: a text
        // with neither (a name, a title) is not searched.
        let digitOrFullStop = text.unicodeScalars.contains {
            ("0"..."9").contains($0) || ("๐"..."๙").contains($0) || $0 == "."
        }
        let whole = NSRange(text.startIndex..., in: text)
        for pattern in patterns where digitOrFullStop {
            for match in pattern.matches(in: text, range: whole) {
                guard let range = Range(match.range, in: text) else { continue }
                let start = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
                runs.append(start..<(start + text[range].utf8.count))
            }
        }
        return runs.filter { $0.count > 0 }.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    }
}
