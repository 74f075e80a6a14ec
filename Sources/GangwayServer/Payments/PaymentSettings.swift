import GangwayCore
import GangwayNotify
import GangwayPayments

/// How `gangway serve` takes payments (`[payments]` and the secrets in the environment).
public struct PaymentSettings: Sendable {
    public var provider: PaymentProviderKind
    /// The ЮMoney wallet, when `GANGWAY_YOOMONEY_WALLET` and `GANGWAY_YOOMONEY_SECRET` are set.
    public var yoomoney: YooMoneyAccount?
    /// The ЮKassa API client, when `GANGWAY_YOOKASSA_SHOP_ID` and `GANGWAY_YOOKASSA_SECRET_KEY` are set.
    public var yookassa: YooKassaClient?
    /// Where ЮKassa notifications may come from (`payments.yookassa_networks`).
    public var yookassaNetworks: IPAllowlist
    /// The 54-FZ `vat_code` and `tax_system_code` (nil: the shop's setting) on receipts.
    public var vatCode: Int
    public var taxSystemCode: Int?
    /// Where paid orders' confirmations go (`outbox/mail/`) and how they are written; none: no e-mail.
    public var confirmations: (composer: ConfirmationComposer, spool: MailSpool)?

    public init(
        provider: PaymentProviderKind = .yookassa, yoomoney: YooMoneyAccount? = nil,
        yookassa: YooKassaClient? = nil, yookassaNetworks: IPAllowlist = .yookassaPublished, vatCode: Int = 12,
        taxSystemCode: Int? = nil, confirmations: (composer: ConfirmationComposer, spool: MailSpool)? = nil
    ) {
        self.provider = provider
        self.yoomoney = yoomoney
        self.yookassa = yookassa
        self.yookassaNetworks = yookassaNetworks
        self.vatCode = vatCode
        self.taxSystemCode = taxSystemCode
        self.confirmations = confirmations
    }
}
