import GangwayCore
import GangwayPayments

/// How `gangway serve` takes payments (`[payments]` and the secrets in the environment).
public struct PaymentSettings: Sendable {
    public var provider: PaymentProviderKind
    /// The ЮMoney wallet, when `GANGWAY_YOOMONEY_WALLET` and `GANGWAY_YOOMONEY_SECRET` are set.
    public var yoomoney: YooMoneyAccount?

    public init(provider: PaymentProviderKind = .yookassa, yoomoney: YooMoneyAccount? = nil) {
        self.provider = provider
        self.yoomoney = yoomoney
    }
}
