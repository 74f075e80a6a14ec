import GangwayCore

/// What the notification endpoint answers (200): what was done with the payment, and whether
/// it had been seen before.
struct PaymentNotificationBody: Encodable {
    var outcome: PaymentOutcome
    var duplicate: Bool
}
