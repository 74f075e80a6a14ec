import GangwayCore

/// One HTTP notification from ЮMoney about a transfer into the wallet (payments.md): the
/// form-encoded fields as received, checked for shape. The signature is checked separately
/// (``isSigned(with:)``), against the values exactly as they arrived.
public struct QuickpayNotification: Sendable, Equatable {
    /// `p2p-incoming` (from a wallet) or `card-incoming`.
    public var notificationType: String
    /// ЮMoney's id of the transfer: the key that makes a repeated notification harmless.
    public var operationID: String
    /// What the wallet was credited (net of ЮMoney's fee), as sent and in kopecks.
    public var amountText: String
    public var amount: Money
    /// What the payer was charged (gross), when sent: this is compared with the order's total.
    public var withdrawAmount: Money?
    /// `643` (roubles).
    public var currency: String
    /// When the transfer happened, RFC 3339 as sent.
    public var datetime: String
    /// The payer's wallet, empty for cards.
    public var sender: String
    /// `false` (protected transfers are not used).
    public var codepro: String
    /// Our order code as the payment form sent it, empty when none.
    public var label: String
    /// The signature: SHA-1 hex of the fields and the secret (``signatureBase(secret:)``).
    public var sha1Hash: String
    /// The settings page's test button sent it (`test_notification=true`): no money moved.
    public var isTest: Bool
    /// `unaccepted=true`: the money is not credited yet (the wallet must accept it).
    public var isUnaccepted: Bool

    /// The notification from its form fields (URL-decoded). Throws for a missing field or an
    /// amount that is not a protocol amount.
    public init(fields: [String: String]) throws(QuickpayNotificationError) {
        func field(_ name: String) throws(QuickpayNotificationError) -> String {
            guard let value = fields[name] else { throw .missingField(name) }
            return value
        }
        notificationType = try field("notification_type")
        operationID = try field("operation_id")
        amountText = try field("amount")
        guard let amount = ProtocolAmount.parse(amountText) else { throw .badAmount("amount", amountText) }
        self.amount = amount
        if let withdraw = fields["withdraw_amount"], !withdraw.isEmpty {
            guard let parsed = ProtocolAmount.parse(withdraw) else { throw .badAmount("withdraw_amount", withdraw) }
            withdrawAmount = parsed
        }
        currency = try field("currency")
        datetime = try field("datetime")
        sender = fields["sender"] ?? ""
        codepro = try field("codepro")
        label = fields["label"] ?? ""
        sha1Hash = try field("sha1_hash")
        isTest = fields["test_notification"] == "true"
        isUnaccepted = fields["unaccepted"] == "true"
    }

    /// `notification_type&operation_id&amount&currency&datetime&sender&codepro&secret&label`,
    /// from the values exactly as received (payments.md).
    public func signatureBase(secret: String) -> String {
        [notificationType, operationID, amountText, currency, datetime, sender, codepro, secret, label]
            .joined(separator: "&")
    }

    /// Whether `sha1_hash` is the signature of these fields with `secret`, compared in constant
    /// time (an upper-case hash is accepted as the same hex).
    public func isSigned(with secret: String) -> Bool {
        ConstantTime.equal(SHA1.hex(Array(signatureBase(secret: secret).utf8)), sha1Hash.lowercased())
    }

    /// The `sha1_hash` ЮMoney would send with `fields` (everything but the hash itself), for a
    /// wallet whose notification secret is `secret`: how the demo and the tests sign what they send.
    public static func signature(for fields: [String: String], secret: String) throws(QuickpayNotificationError)
        -> String
    {
        var fields = fields
        fields["sha1_hash"] = fields["sha1_hash"] ?? ""
        return SHA1.hex(Array(try QuickpayNotification(fields: fields).signatureBase(secret: secret).utf8))
    }

    /// The amount charged to the payer: `withdraw_amount`, else `amount` (older notifications).
    public var charged: Money { withdrawAmount ?? amount }
}
