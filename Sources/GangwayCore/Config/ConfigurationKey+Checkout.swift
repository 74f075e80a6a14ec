import Foundation

extension ConfigurationKey {
    /// An amount of roubles as a string, `"50.00"` or `"50"` (never a float).
    static func money(_ name: String, _ keyPath: WritableKeyPath<Configuration, Money> & Sendable) -> ConfigurationKey {
        ConfigurationKey(
            name: name, kind: .string,
            apply: { value, _, configuration throws(Rejection) in
                let text = try string(value)
                guard case .success(let money) = MoneyParser.parse(text) else {
                    throw Rejection(message: "expected an amount of roubles like \"50.00\", got \(shown(value))")
                }
                configuration[keyPath: keyPath] = money
            },
            render: { .string($0[keyPath: keyPath].decimalString) }
        )
    }

    /// A VAT rate for VAT-inclusive prices, `"22/122"`.
    static func vatRate(_ name: String, _ keyPath: WritableKeyPath<Configuration, VATRate> & Sendable)
        -> ConfigurationKey
    {
        ConfigurationKey(
            name: name, kind: .string,
            apply: { value, _, configuration throws(Rejection) in
                guard let rate = VATRate(parsing: try string(value)) else {
                    throw Rejection(message: "expected a fraction like \"22/122\", got \(shown(value))")
                }
                configuration[keyPath: keyPath] = rate
            },
            render: { .string($0[keyPath: keyPath].description) }
        )
    }

    /// A host name or IP address to listen on: letters, digits, `.`, `-` and `:` only.
    static func host(_ name: String, _ keyPath: WritableKeyPath<Configuration, String> & Sendable) -> ConfigurationKey {
        ConfigurationKey(
            name: name, kind: .string,
            apply: { value, _, configuration throws(Rejection) in
                let text = try string(value).trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty, text.count <= 253,
                    text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-:".contains($0)) })
                else {
                    throw Rejection(message: "expected a host name or address like \"127.0.0.1\", got \(shown(value))")
                }
                configuration[keyPath: keyPath] = text
            },
            render: { .string($0[keyPath: keyPath]) }
        )
    }
}
