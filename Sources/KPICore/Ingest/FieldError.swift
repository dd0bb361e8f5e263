/// Why a field's value is invalid. Cheap to throw: no text is made until it is printed.
package enum FieldError: Error, Equatable, Sendable {
    /// A required field is empty.
    case empty
    /// Not a number of the expected form.
    case notANumber(String)
    /// A money amount that is negative.
    case negativeMoney(String)
    /// A money amount with more than 2 decimals.
    case tooManyDecimals(String)
    /// A number with more digits than the contract allows, and the limit.
    case tooLarge(String, String)
    /// A number outside its allowed range.
    case outOfRange(String, String)
    /// A province or district code that is not in the geography tables.
    case unknownCode(String)
    /// A district code whose first two digits are not the row's province code.
    case districtOutsideProvince(district: String, province: Int)
    /// Not one of the allowed words.
    case notAllowed(String, [String])
    /// A date or month that cannot be read.
    case date(DateParseError)
    /// Any other rule of the contract.
    case rule(String)

    /// The reason as people read it.
    package var reason: String {
        switch self {
        case .empty: return "empty, a value is required"
        case .notANumber(let text): return "'\(text)' is not a number"
        case .negativeMoney(let text): return "'\(text)' is negative; money is never negative"
        case .tooManyDecimals(let text): return "'\(text)' has more than 2 decimals"
        case .tooLarge(let text, let limit): return "'\(text)' is too large (\(limit))"
        case .outOfRange(let text, let range): return "'\(text)' is out of range (\(range))"
        case .unknownCode(let text): return "'\(text)' is not in the geography tables (Datasets/geography)"
        case .districtOutsideProvince(let district, let province):
            return "district '\(district)' does not belong to province \(province)"
        case .notAllowed(let text, let allowed): return "'\(text)' is not one of \(allowed.joined(separator: ", "))"
        case .date(let error): return error.description
        case .rule(let text): return text
        }
    }

    /// A short name of the kind of problem, for counting skipped rows per reason.
    package var category: String {
        switch self {
        case .empty: return "empty value"
        case .notANumber: return "not a number"
        case .negativeMoney: return "negative money"
        case .tooManyDecimals: return "more than 2 decimals"
        case .tooLarge: return "too large"
        case .outOfRange: return "out of range"
        case .unknownCode: return "unknown area code"
        case .districtOutsideProvince: return "district outside its province"
        case .notAllowed: return "value not allowed"
        case .date: return "invalid date"
        case .rule(let text): return text
        }
    }
}
