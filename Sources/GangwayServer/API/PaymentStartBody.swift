import GangwayPayments

/// The payment step's answer: for ЮMoney, the form to post (`{provider, form:{action, method,
/// fields}}`, interfaces.md); the fields keep their documented order in `field_order`.
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
    var form: Form

    init(provider: String, form: QuickpayForm) {
        self.provider = provider
        self.form = Form(
            action: QuickpayForm.action, method: "POST",
            fields: Dictionary(form.fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }),
            fieldOrder: form.fields.map(\.name))
    }
}
