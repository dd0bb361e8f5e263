import KPICore
import Testing

@Suite struct TextTableTests {
    @Test func thaiMarksTakeNoColumn() {
        #expect(TextTable.displayWidth("abc") == 3)
        // น้ำ: น, ้ (tone mark, zero width), ำ (spacing vowel) → 2 columns.
        #expect(TextTable.displayWidth("น้ำ") == 2)
        // ที่: ท, ี (above vowel), ่ (tone mark) → 1 column.
        #expect(TextTable.displayWidth("ที่") == 1)
        #expect(TextTable.displayWidth("เชียงใหม่") == 7)
    }

    @Test func columnsAlignByDisplayWidth() {
        var table = TextTable(headers: ["code", "name"], alignments: [.right, .left])
        table.append(["5", "ที่"])
        table.append(["50", "abc"])
        let lines = table.rendered().split(separator: "\n").map(String.init)
        #expect(lines == ["code  name", "----  ----", "   5  ที่", "  50  abc"])
    }
}
