/// Decoding helpers for theme files: keys that may be left out, and keys that are misspelt.
extension KeyedDecodingContainer {
    /// The value at `key`, or `fallback` when the file leaves the key out.
    func decode<Value: Decodable>(_ key: Key, or fallback: Value) throws -> Value {
        try decodeIfPresent(Value.self, forKey: key) ?? fallback
    }
}

extension Decoder {
    /// Throws for the first key (in alphabetical order) of this object that `Keys` does not
    /// name: a misspelt key would otherwise be ignored without a word.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let known = Keys.allCases.map(\.stringValue)
        let container = try container(keyedBy: ThemeKey.self)
        guard
            let unknown = container.allKeys.filter({ !known.contains($0.stringValue) })
                .min(by: { $0.stringValue < $1.stringValue })
        else { return }
        throw DecodingError.dataCorrupted(
            .init(
                codingPath: codingPath + [unknown],
                debugDescription: "unknown key (known: \(known.joined(separator: ", ")))"))
    }
}

/// Any key of a JSON object.
struct ThemeKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}
