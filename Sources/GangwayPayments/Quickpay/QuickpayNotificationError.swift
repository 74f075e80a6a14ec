/// Why a ЮMoney notification could not be read.
public enum QuickpayNotificationError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingField(String)
    case badAmount(String, String)

    public var description: String {
        switch self {
        case .missingField(let name): "the notification has no \(name) field"
        case .badAmount(let name, let value): "\(name) is not an amount in roubles: \(value.debugDescription)"
        }
    }
}
