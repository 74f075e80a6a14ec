/// One operation sent to a provider's API (see the `provider_request` table): its key, and what
/// is known of its result so far.
public struct ProviderRequest: Sendable, Equatable {
    public enum Purpose: String, Sendable, CaseIterable {
        case payment, refund, settlement
    }

    public enum Status: String, Sendable, CaseIterable {
        case open, pending, succeeded, canceled, failed
    }

    public var purpose: Purpose
    public var orderCode: String
    /// The `Idempotence-Key` every retry of this operation is sent with.
    public var idempotenceKey: String
    public var fingerprint: String
    /// The provider's id of what it created (a payment, refund or receipt), once answered.
    public var objectID: String?
    /// Where the buyer confirms a payment (ЮKassa's page), once answered.
    public var confirmationURL: String?
    public var status: Status
}
