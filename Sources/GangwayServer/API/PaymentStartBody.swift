import GangwayPayments

/// The payment step's answer (interfaces.md): for ЮKassa, the page the buyer confirms on
/// (`{provider, redirect_url}`); for ЮMoney, the form to post (`{provider, form:{action, method,
/// fields}}`), whose fields keep their documented order in `field_order`.
struct PaymentStartBody: Encodable {
    struct Form: Encodable {
        var action: String
        var method: String
        var fields: [String: String]
        var fieldOrder: [String]

        enum CodingKeys: String, CodingKey {
            case action, method, fields
            case fieldOrder = "field_order"
        }
    }

    var provider: String
    var form: Form?
    var redirectURL: String?

    enum CodingKeys: String, CodingKey {
        case provider, form
        case redirectURL = "redirect_url"
    }

    init(redirectURL: String) {
        self.provider = "yookassa"
        self.redirectURL = redirectURL
    }

    init(provider: String, form: QuickpayForm) {
        self.provider = provider
        self.form = Form(
            action: QuickpayForm.action, method: "POST",
            fields: Dictionary(form.fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }),
            fieldOrder: form.fields.map(\.name))
    }
}
