/// Why a synthetic dataset could not be made.
public enum GenerationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The request is not valid (an unknown area, an empty month range, conflicting options).
    case invalidRequest(String)
    /// The output file could not be written; it is as it was before.
    case cannotWrite(AtomicFile.WriteError)

    /// What is wrong with the request, for an error message.
    public var description: String {
        switch self {
        case .invalidRequest(let reason): return reason
        case .cannotWrite(let error): return error.description
        }
    }
}
