import CCairo
import CPangoCairo
import Foundation
import Testing

@testable import KPIChart

/// Proves the system libraries from the start: Thai text shaped by Pango, drawn by Cairo, as PNG.
@Suite struct PangoSmokeTests {
    @Test func thaiFontIsInstalled() throws {
        let families = try ThaiFontFamilies.resolve()
        #expect(ThaiFontFamilies.preferred.contains { families.hasPrefix($0) })
    }

    @Test func rendersThaiTextToPNG() throws {
        let text = "ข้อมูล ณ วันที่ 30 มิถุนายน 2567"
        let surface = try #require(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 640, 80))
        defer { cairo_surface_destroy(surface) }
        let cairo = try #require(cairo_create(surface))
        defer { cairo_destroy(cairo) }
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        cairo_set_source_rgb(cairo, 0, 0, 0)

        let layout = try #require(pango_cairo_create_layout(cairo))
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let font = try #require(pango_font_description_from_string("\(try ThaiFontFamilies.resolve()) 28px"))
        defer { pango_font_description_free(font) }
        pango_layout_set_font_description(layout, font)
        pango_layout_set_text(layout, text, -1)
        #expect(pango_layout_get_unknown_glyphs_count(layout) == 0, "every character has a glyph")
        var width: Int32 = 0
        var height: Int32 = 0
        pango_layout_get_pixel_size(layout, &width, &height)
        #expect(width > 100 && width < 640 && height > 20 && height < 80)
        cairo_move_to(cairo, 10, 10)
        pango_cairo_show_layout(cairo, layout)
        cairo_surface_flush(surface)

        // Ink where the text is, none below it.
        let stride = Int(cairo_image_surface_get_stride(surface))
        let pixels = try #require(cairo_image_surface_get_data(surface))
        func isInk(_ x: Int, _ y: Int) -> Bool { pixels[y * stride + x * 4] < 128 }
        let inked = (10..<(10 + Int(height))).reduce(0) { count, y in
            count + (0..<640).filter { isInk($0, y) }.count
        }
        #expect(inked > 500)
        #expect(!(0..<640).contains { isInk($0, 79) })

        let path = FileManager.default.temporaryDirectory.appending(path: "chumchonkpi-smoke-\(getpid()).png").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(cairo_surface_write_to_png(surface, path) == CAIRO_STATUS_SUCCESS)
        let png = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        #expect(png[16..<20].reduce(0) { $0 << 8 | Int($1) } == 640)
        #expect(png[20..<24].reduce(0) { $0 << 8 | Int($1) } == 80)
    }
}
