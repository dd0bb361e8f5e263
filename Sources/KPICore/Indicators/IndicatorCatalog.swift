import Foundation

/// The indicators the project knows: id, names, unit, kind, direction and target of each.
///
/// `IndicatorCatalog.bundled` is Datasets/indicators.json, compiled into the library; an analyst
/// may load a catalog of their own with `init(contentsOf:)`. Every entry is checked when loaded,
/// so an error names the file and the entry instead of surfacing later as a wrong figure.
public struct IndicatorCatalog: Equatable, Sendable {
    /// The indicators, in the catalog's order.
    public let definitions: [IndicatorDefinition]
    /// Position in `definitions` of each id.
    private let positions: [String: Int]

    /// The catalog shipped in Datasets/indicators.json.
    public static let bundled: IndicatorCatalog = {
        do {
            return try IndicatorCatalog(
                json: Data(EmbeddedDatasets.files["indicators.json"]!.utf8),
                source: "indicators.json")
        } catch {
            // The catalog is compiled in and checked by the tests: failing here is a build defect.
            fatalError("Datasets/indicators.json is invalid: \(error)")
        }
    }()

    /// The indicator with `id`, or `nil` when the catalog has none.
    public subscript(id id: String) -> IndicatorDefinition? {
        positions[id].map { definitions[$0] }
    }

    /// The position in `definitions` of the indicator with `id`.
    public func index(of id: String) -> Int? { positions[id] }

    /// The built-in indicator with `id`, which every catalog must declare.
    func require(_ id: String) -> IndicatorDefinition {
        guard let definition = self[id: id] else { preconditionFailure("the indicator catalog has no \(id)") }
        return definition
    }

    /// Loads a catalog from its JSON text; `source` names it in errors (a path, or
    /// `indicators.json` for the built-in one).
    public init(json: Data, source: String) throws(CatalogError) {
        guard let top = try? JSONDecoder().decode(JSONTop.self, from: json) else {
            throw CatalogError(source: source, problem: .notJSON(Self.syntaxError(in: json)))
        }
        guard case .array(let entries) = top else { throw CatalogError(source: source, problem: .notAnArray) }

        var definitions: [IndicatorDefinition] = []
        var positions: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            var reader = EntryReader(entry: entry, source: source, position: index + 1)
            let definition = try reader.definition()
            if let first = positions.updateValue(index, forKey: definition.id) {
                throw CatalogError(
                    source: source, entry: index + 1, id: definition.id,
                    problem: .duplicateID(firstEntry: first + 1))
            }
            definitions.append(definition)
        }
        for (index, definition) in definitions.enumerated() {
            if let whole = definition.partOf, whole == definition.id || positions[whole] == nil {
                throw CatalogError(source: source, entry: index + 1, id: definition.id, problem: .unknownPartOf(whole))
            }
        }
        self.definitions = definitions
        self.positions = positions
    }

    /// Loads an analyst's catalog file (the format of Datasets/indicators.json).
    public init(contentsOf path: String) throws(CatalogError) {
        let json: Data
        do {
            json = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CatalogError(source: path, problem: .unreadable(Self.readError(error)))
        }
        try self.init(json: json, source: path)
    }

    /// Where the JSON parser stopped, as it says it ("Invalid value around character 10.").
    private static func syntaxError(in json: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: json, options: .fragmentsAllowed)
        } catch {
            if let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String { return reason }
        }
        return "the JSON decoder rejected it"
    }

    /// The system's reason for a failed read ("No such file or directory").
    private static func readError(_ error: any Error) -> String {
        if let cocoa = error as? CocoaError, let underlying = cocoa.underlying.map({ $0 as NSError }),
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}

/// The top level of a catalog file: an array, or anything else (which is an error).
private enum JSONTop: Decodable {
    case array([JSONEntry])
    case other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = (try? container.decode([JSONEntry].self)).map(JSONTop.array) ?? .other
    }
}

/// One element of the array: an object of fields, or anything else (which is an error).
private enum JSONEntry: Decodable {
    case object([String: JSONValue])
    case other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = (try? container.decode([String: JSONValue].self)).map(JSONEntry.object) ?? .other
    }
}

/// A field's value, decoded without assuming its type so that a wrong type names the field.
private enum JSONValue: Decodable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    /// An array or object.
    case other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else {
            self = .other
        }
    }
}

/// Reads and checks one catalog entry; errors name the source, the entry's position and its id.
private struct EntryReader {
    let entry: JSONEntry
    let source: String
    let position: Int
    /// The entry's id once read, so that later errors can name it.
    private var id: String?

    init(entry: JSONEntry, source: String, position: Int) {
        self.entry = entry
        self.source = source
        self.position = position
    }

    private func error(_ problem: CatalogError.Problem) -> CatalogError {
        CatalogError(source: source, entry: position, id: id, problem: problem)
    }

    /// The checked definition.
    mutating func definition() throws(CatalogError) -> IndicatorDefinition {
        guard case .object(let fields) = entry else { throw error(.notAnObject) }
        let id = try text("id", in: fields)
        guard id.utf8.allSatisfy(Self.isIDByte) else { throw error(.invalidID(id)) }
        self.id = id

        let nameThai = try text("name_th", in: fields)
        let nameEnglish = try text("name_en", in: fields)
        let unitName = try text("unit", in: fields)
        guard let unit = IndicatorUnit(rawValue: unitName) else { throw error(.unknownUnit(unitName)) }
        let kindName = try text("kind", in: fields)
        guard let kind = IndicatorKind(rawValue: kindName) else { throw error(.unknownKind(kindName)) }
        let ratio = try flag("ratio", in: fields)
        let directionName = try text("direction", in: fields)
        guard let direction = Direction(rawValue: directionName) else { throw error(.unknownDirection(directionName)) }
        let target = try optionalNumber("target", in: fields)
        let cadence = try self.cadence(in: fields)
        let headline = try self.headline(in: fields)
        let partOf = try optionalText("part_of", in: fields)

        guard (unit == .percent) == ratio else { throw error(.unitDisagreesWithRatio(unit: unitName, ratio: ratio)) }
        if let target, target < 0 || (ratio && target > 1) { throw error(.targetOffScale(target, ratio: ratio)) }

        return IndicatorDefinition(
            id: id, nameThai: nameThai, nameEnglish: nameEnglish, unit: unitName,
            kind: kind, ratio: ratio, direction: direction, target: target, cadence: cadence,
            headline: headline, partOf: partOf)
    }

    /// The optional `headline` field: a whole number from 1 (up to 1,000), or `nil` when absent.
    private func headline(in fields: [String: JSONValue]) throws(CatalogError) -> Int? {
        switch fields["headline"] {
        case nil, .null?: return nil
        case .number(let value)? where value >= 1 && value <= 1_000 && value == value.rounded(): return Int(value)
        default: throw error(.wrongType(field: "headline", expected: "a whole number from 1 to 1000"))
        }
    }

    /// An optional, non-empty string field: `nil` when absent or null.
    private func optionalText(_ field: String, in fields: [String: JSONValue]) throws(CatalogError) -> String? {
        switch fields[field] {
        case nil, .null?: return nil
        default: return try text(field, in: fields)
        }
    }

    /// The optional `cadence` field: `monthly` when absent.
    private func cadence(in fields: [String: JSONValue]) throws(CatalogError) -> Cadence {
        switch fields["cadence"] {
        case nil, .null?: return .monthly
        case .string(let name)?:
            guard let cadence = Cadence(rawValue: name) else { throw error(.unknownCadence(name)) }
            return cadence
        default: throw error(.wrongType(field: "cadence", expected: "a string"))
        }
    }

    /// A required, non-empty string field.
    private func text(_ field: String, in fields: [String: JSONValue]) throws(CatalogError) -> String {
        switch fields[field] {
        case nil, .null?: throw error(.missingField(field))
        case .string(let value)?:
            guard !value.isEmpty else { throw error(.emptyField(field)) }
            return value
        default: throw error(.wrongType(field: field, expected: "a string"))
        }
    }

    /// A required `true` or `false` field.
    private func flag(_ field: String, in fields: [String: JSONValue]) throws(CatalogError) -> Bool {
        switch fields[field] {
        case nil, .null?: throw error(.missingField(field))
        case .bool(let value)?: return value
        default: throw error(.wrongType(field: field, expected: "true or false"))
        }
    }

    /// A field that must be present and hold a number or null.
    private func optionalNumber(_ field: String, in fields: [String: JSONValue]) throws(CatalogError) -> Double? {
        switch fields[field] {
        case nil: throw error(.missingField(field))
        case .null?: return nil
        case .number(let value)?: return value
        default: throw error(.wrongType(field: field, expected: "a number or null"))
        }
    }

    /// `a`–`z`, `0`–`9`, `.` and `-`: ids go into CSV, file names and command lines unquoted.
    private static func isIDByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "."), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
