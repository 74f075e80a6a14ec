/// What recording a provider's refund notification did.
public enum ProviderRefundRecording: String, Sendable, Equatable {
    /// A refund Gangway asked for: its state is now the provider's.
    case updated
    /// Already recorded in this state: nothing changed (a repeated notification).
    case unchanged
    /// A refund made outside Gangway (in the provider's dashboard): recorded against its order
    /// for a person to look at; no ticket was voided.
    case recordedExternal = "recorded_external"
    /// The refunded payment is not one Gangway recorded: nothing changed.
    case unknownPayment = "unknown_payment"
}
