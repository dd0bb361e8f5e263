import Testing

@testable import KPIChart

/// Lines never break inside a compound term, a name, a number with its unit or a window, at any
/// wrap width: measured on Pango's own lines.
@Suite struct NoBreakTests {
    /// Texts and the runs in them that must each stay on one line.
    static let cases: [(text: String, runs: [String])] = [
        ("ร้อยละครัวเรือนที่ผ่านเกณฑ์ จปฐ. ทุกตัวชี้วัด — รายจังหวัด เขตตรวจราชการที่ 15", ["ตัวชี้วัด", "ครัวเรือน", "เขตตรวจราชการที่ 15"]),
        ("ร้อยละกลุ่มออมทรัพย์เพื่อการผลิตที่มีผลการประเมินระดับดี — รายอำเภอ จังหวัดเชียงใหม่", ["ระดับดี", "จังหวัดเชียงใหม่"]),
        ("ไตรมาส 1/2569 (ต.ค.–ธ.ค. 68) ถึง ไตรมาส 2/2569 (ม.ค.–มี.ค. 69)", ["1/2569", "2/2569", "ธ.ค. 68", "มี.ค. 69"]),
        (
            "สัดส่วนหนี้เกินกำหนดชำระ กองทุนพัฒนาบทบาทสตรี ไชยปราการ 5.3% ▲ 0.4 จุด",
            ["กองทุนพัฒนาบทบาทสตรี", "ไชยปราการ", "5.3%", "▲ 0.4 จุด"]
        ),
        (
            "ผลการดำเนินงาน " + NoBreak.run("ตามตัวชี้วัดของผู้ตรวจราชการ") + " ข้อมูล ณ วันที่ 30 กันยายน 2569",
            ["ตามตัวชี้วัดของผู้ตรวจราชการ", "30 กันยายน 2569"]
        ),
        ("Districts of Inspection Zone 15: Mae Rim, Chiang Mai", ["Inspection Zone 15", "Mae Rim", "Chiang Mai"]),
        (
            "ภาพรวมเขต 8.8% ✓ ผ่านเป้าหมาย  ·  แย่ลง 0.3 จุด จากไตรมาส 3/2569  ·  ดีขึ้นมากที่สุด ลำพูน (1.0 จุด)",
            ["ภาพรวมเขต", "ผ่านเป้าหมาย", "แย่ลง", "ดีขึ้น", "มากที่สุด", "0.3 จุด"]
        ),
    ]

    /// Where each run ends up: `nil` when a line break falls inside it.
    func brokenRuns(_ text: String, runs: [String], width: Double, canvas: RecordingCanvas) -> [String] {
        let lines = canvas.lines(text, style: TextStyle(size: 20, wrapWidth: width))
        let plain = NoBreak.plain(text)
        #expect(lines.joined() == plain, "the lines make up the text")
        var boundaries: [Int] = []
        var offset = 0
        for line in lines.dropLast() {
            offset += line.utf8.count
            boundaries.append(offset)
        }
        return runs.filter { run in
            var broken = false
            var search = plain.startIndex
            while let range = plain.range(of: run, range: search..<plain.endIndex) {
                let start = plain.utf8.distance(from: plain.startIndex, to: range.lowerBound)
                let end = start + run.utf8.count
                broken = broken || boundaries.contains { $0 > start && $0 < end }
                search = range.upperBound
            }
            return broken
        }
    }

    @Test(arguments: 0..<cases.count)
    func narrowWrapsNeverSplitARun(_ index: Int) throws {
        let canvas = try RecordingCanvas(size: Size(width: 600, height: 400))
        let (text, runs) = Self.cases[index]
        for width in stride(from: 40.0, through: 400, by: 6) {
            let broken = brokenRuns(text, runs: runs, width: width, canvas: canvas)
            #expect(broken.isEmpty, "at \(width): \(broken) broken in \(text)")
        }
    }

    /// The check above can fail: a run libthai splits is split when it is not kept.
    @Test func anUnkeptCompoundIsSplit() throws {
        let canvas = try RecordingCanvas(size: Size(width: 600, height: 400))
        let widths = stride(from: 40.0, through: 400, by: 6)
        #expect(
            widths.contains {
                !brokenRuns("ผลการดำเนินงานทุกแปลงศูนย์", runs: ["ดำเนินงาน"], width: $0, canvas: canvas).isEmpty
            })
        #expect(
            widths.allSatisfy {
                brokenRuns("ผลการ" + NoBreak.run("ดำเนินงาน") + "ทุกแปลงศูนย์", runs: ["ดำเนินงาน"], width: $0, canvas: canvas)
                    .isEmpty
            })
    }

    /// Marks are neither drawn nor measured, and the recorded text is the plain one.
    @Test func marksAreInvisible() throws {
        let canvas = try RecordingCanvas(size: Size(width: 600, height: 400))
        let style = TextStyle(size: 20)
        #expect(
            canvas.measure("รายอำเภอ " + NoBreak.run("แม่ริม"), style: style)
                == canvas.measure("รายอำเภอ แม่ริม", style: style))
        canvas.draw("รายอำเภอ " + NoBreak.run("แม่ริม"), style: style, at: Point(x: 0, y: 0))
        #expect(canvas.texts.map(\.string) == ["รายอำเภอ แม่ริม"])
        #expect(NoBreak.parse("ก" + NoBreak.run("ข" + NoBreak.run("ค")) + "ง").runs == [3..<9])
    }
}
