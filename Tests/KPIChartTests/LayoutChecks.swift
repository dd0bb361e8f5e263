import Foundation
import Testing

@testable import KPIChart

/// Every text of `canvas` lies inside it, and no two texts of one page overlap (a sweep over
/// the boxes sorted by top, so that a 900-row ranking is checked quickly). Failures are
/// listed, at most 10.
func expectTextsInsideAndApart(_ canvas: RecordingCanvas, sourceLocation: SourceLocation = #_sourceLocation) {
    let bounds = Rect(x: 0, y: 0, width: canvas.size.width, height: canvas.size.height)
    let outside = canvas.texts.filter { !bounds.contains($0.box) }.map { "\"\($0.string)\" at \($0.box)" }
    #expect(outside.isEmpty, "outside the canvas: \(outside.prefix(10))", sourceLocation: sourceLocation)
    var overlaps: [String] = []
    for page in Set(canvas.texts.map(\.page)) {
        let texts = canvas.texts.filter { $0.page == page }.sorted { $0.box.minY < $1.box.minY }
        for (index, text) in texts.enumerated() {
            for other in texts[(index + 1)...] {
                if other.box.minY >= text.box.maxY { break }
                if text.box.intersects(other.box) {
                    overlaps.append("\"\(text.string)\" \(text.box) and \"\(other.string)\" \(other.box), page \(page)")
                }
            }
        }
    }
    #expect(overlaps.isEmpty, "overlapping texts: \(overlaps.prefix(10))", sourceLocation: sourceLocation)
}

/// The rectangle a recorded shape fills or strokes, when it is one.
func rectangle(_ path: Path) -> Rect? {
    guard case .rectangle(let rect)? = path.elements.first else { return nil }
    return rect
}

/// A temporary folder for test inputs, removed when released.
final class TemporaryFolder {
    let folder = FileManager.default.temporaryDirectory.appending(path: "chumchonkpi-charts-\(UUID().uuidString)")

    init() { try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Writes `text` to `name` in the folder and returns its path.
    func write(_ name: String, _ text: String) -> String {
        let url = folder.appending(path: name)
        try! Data(text.utf8).write(to: url)
        return url.path
    }
}
