import GangwayCore
import GangwayNotify
import GangwayPayments

/// How `gangway serve` takes payments (`[payments]` and the secrets in the environment).
public struct PaymentSettings: Sendable {
    public var provider: PaymentProviderKind
    /// The ЮMoney wallet, when `GANGWAY_YOOMONEY_WALLET` and `GANGWAY_YOOMONEY_SECRET` are set.
    public var yoomoney: YooMoneyAccount?
    /// Where paid orders' confirmations go (`outbox/mail/`) and how they are written; none: no e-mail.
    public var confirmations: (composer: ConfirmationComposer, spool: MailSpool)?

    public init(
        provider: PaymentProviderKind = .yookassa, yoomoney: YooMoneyAccount? = nil,
        confirmations: (composer: ConfirmationComposer, spool: MailSpool)? = nil
    ) {
        self.provider = provider
        self.yoomoney = yoomoney
        self.confirmations = confirmations
    }
}
