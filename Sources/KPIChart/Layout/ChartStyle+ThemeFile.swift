import Foundation

/// A theme file that cannot be used: its name, and the key and what is wrong with it.
public struct ThemeFileError: Error, Sendable, CustomStringConvertible {
    /// The file, the key and what is wrong with its value.
    public let description: String
}

extension ChartStyle {
    /// The largest theme file read, in bytes: a theme is a few dozen lines.
    public static let largestThemeFile = 64 * 1024

    /// The style of the JSON theme file at `path` (see `ChartStyle` for its keys).
    public init(themeFile path: String) throws(ThemeFileError) {
        let data: Data
        do {
            let url = URL(fileURLWithPath: path)
            guard FileManager.default.fileExists(atPath: path) else {
                throw ThemeFileError(description: "\(path): no such file")
            }
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else {
                throw ThemeFileError(description: "\(path): not a regular file")
            }
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: Self.largestThemeFile + 1) ?? Data()
        } catch let error as ThemeFileError {
            throw error
        } catch {
            throw ThemeFileError(description: "\(path): cannot be read (\(error.localizedDescription))")
        }
        guard data.count <= Self.largestThemeFile else {
            throw ThemeFileError(
                description: "\(path): larger than \(Self.largestThemeFile / 1024) KiB, too large for a theme")
        }
        try self.init(themeJSON: data, name: path)
    }

    /// The style of a JSON theme; errors name the file `name` and the key at fault
    /// ("theme.json: colors.met: …").
    public init(themeJSON data: Data, name: String) throws(ThemeFileError) {
        do {
            self = try JSONDecoder().decode(ChartStyle.self, from: data)
        } catch let error as DecodingError {
            throw ThemeFileError(description: "\(name): " + Self.describe(error, in: data))
        } catch {
            throw ThemeFileError(description: "\(name): \(error)")
        }
    }

    /// "colors.series[2]: …": where the error is and what it is.
    private static func describe(_ error: DecodingError, in data: Data) -> String {
        let (context, problem): (DecodingError.Context, String) =
            switch error {
            case .typeMismatch(let type, let context): (context, "expected \(describe(type))")
            case .valueNotFound(let type, let context): (context, "expected \(describe(type))")
            case .keyNotFound(let key, let context): (context, "missing key \(key.stringValue)")
            case .dataCorrupted(let context): (context, context.debugDescription)
            @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "\(error)")
            }
        guard !context.codingPath.isEmpty else {
            if case .dataCorrupted = error { return "not valid JSON" + syntaxErrorPlace(data) }
            return "a theme is a JSON object with colors and textSizes"
        }
        let path = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? "." + key.stringValue }.joined()
        return "\(path.dropFirst()): \(problem)"
    }

    /// " (line 3, column 7)": where JSONSerialization finds the syntax error ("… around
    /// character 42."), or nothing when it does not say.
    private static func syntaxErrorPlace(_ data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
            return ""
        } catch {
            guard let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String,
                let number = detail.split(separator: " ").last.flatMap({ Int($0.filter(\.isNumber)) }),
                detail.contains("around character"), number <= data.count
            else { return "" }
            let before = data.prefix(number)
            let line = before.count { $0 == UInt8(ascii: "\n") } + 1
            let column = before.count - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
            return " (line \(line), column \(column))"
        }
    }

    /// The JSON word for what was expected.
    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type, is Color.Type: "a string \"#RRGGBB\" or \"#RRGGBBAA\""
        case is Double.Type: "a number"
        case is [Color].Type, is [Any].Type: "a list of colours"
        default: "an object"
        }
    }
}
