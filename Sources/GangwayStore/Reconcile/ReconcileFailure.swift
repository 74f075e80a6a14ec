/// Why a reconciliation request was refused.
public enum ReconcileFailure: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownFinding(Int64)

    public var description: String {
        switch self {
        case .unknownFinding(let id): "no reconciliation finding \(id)"
        }
    }
}
