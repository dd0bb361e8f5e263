import Foundation

/// A DocC article whose code blocks the tests run or compare with Examples/, so that a page
/// shows what works.
struct ExampleArticle {
    private let text: String

    /// The article at `path` under the package folder.
    init(_ path: String) throws {
        text = try String(contentsOf: KPICommand.packageRoot.appending(path: path), encoding: .utf8)
    }

    /// The text of each code block marked ```` ```language ````, in order.
    func blocks(_ language: String) -> [String] {
        text.components(separatedBy: "```\(language)\n").dropFirst().compactMap {
            $0.components(separatedBy: "```").first
        }
    }

    /// The text of each ```` ```swift ```` block, in order.
    var swiftBlocks: [String] { blocks("swift") }

    /// The source of the example file at `path` under the package folder, from its first
    /// `import` on (the comment above it tells how to run it, which the page says in words).
    static func code(_ path: String) throws -> String {
        let source = try String(contentsOf: KPICommand.packageRoot.appending(path: path), encoding: .utf8)
        guard let start = source.range(of: "import ") else { return source }
        return String(source[start.lowerBound...])
    }
}
