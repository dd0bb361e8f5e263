import Foundation

/// Writes test inputs into a fresh temporary folder, removed when the value is released.
final class TestFiles {
    let folder: URL

    init() {
        folder = FileManager.default.temporaryDirectory.appending(path: "chumchonkpi-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Writes `bytes` to `name` and returns its path.
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let url = folder.appending(path: name)
        try! Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` as UTF-8 to `name` and returns its path.
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }
}
