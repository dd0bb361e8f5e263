import Foundation

/// A DocC article that shows an example program of Examples/: its Swift code blocks, to check
/// that the page shows the program as it is.
struct ExampleArticle {
    /// The text of each ```swift block of the article, in order.
    let swiftBlocks: [String]

    /// The article at `path` under the package folder.
    init(_ path: String) throws {
        let text = try String(contentsOf: KPICommand.packageRoot.appending(path: path), encoding: .utf8)
        swiftBlocks = text.components(separatedBy: "```swift\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
    }

    /// The source of the example file at `path` under the package folder, from its first
    /// `import` on (the comment above it tells how to run it, which the page says in words).
    static func code(_ path: String) throws -> String {
        let source = try String(contentsOf: KPICommand.packageRoot.appending(path: path), encoding: .utf8)
        guard let start = source.range(of: "import ") else { return source }
        return String(source[start.lowerBound...])
    }
}
