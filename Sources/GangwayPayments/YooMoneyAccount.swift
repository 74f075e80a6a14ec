import GangwayCore

/// The ЮMoney wallet payments go to, and the secret its notifications are signed with: from the
/// environment only (`GANGWAY_YOOMONEY_WALLET`, `GANGWAY_YOOMONEY_SECRET`), never logged.
public struct YooMoneyAccount: Sendable, CustomStringConvertible {
    public static let walletVariable = "GANGWAY_YOOMONEY_WALLET"
    public static let secretVariable = "GANGWAY_YOOMONEY_SECRET"

    public var wallet: String
    public var secret: String
    public var paymentType: QuickpayPaymentType

    public init(wallet: String, secret: String, paymentType: QuickpayPaymentType) {
        self.wallet = wallet
        self.secret = secret
        self.paymentType = paymentType
    }

    /// The account from environment variables, or `nil` when either is missing or empty.
    public init?(environment: [String: String], paymentType: QuickpayPaymentType) {
        guard let wallet = environment[Self.walletVariable], !wallet.isEmpty,
            let secret = environment[Self.secretVariable], !secret.isEmpty
        else { return nil }
        self.init(wallet: wallet, secret: secret, paymentType: paymentType)
    }

    /// The wallet only: the secret never reaches a log line or an error message.
    public var description: String { "ЮMoney wallet \(wallet)" }
}
