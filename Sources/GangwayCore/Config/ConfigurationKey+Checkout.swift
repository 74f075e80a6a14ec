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

    /// An `http://` or `https://` URL with a path (an API's base), stored with a trailing slash.
    static func url(_ name: String, _ keyPath: WritableKeyPath<Configuration, String> & Sendable) -> ConfigurationKey {
        ConfigurationKey(
            name: name, kind: .string,
            apply: { value, _, configuration throws(Rejection) in
                var text = try string(value).trimmingCharacters(in: .whitespaces)
                guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                    scheme == "http" || scheme == "https", url.host != nil, url.query == nil
                else {
                    throw Rejection(message: "expected a URL like \"https://api.yookassa.ru/v3/\", got \(shown(value))")
                }
                if !text.hasSuffix("/") { text += "/" }
                configuration[keyPath: keyPath] = text
            },
            render: { .string($0[keyPath: keyPath]) }
        )
    }

    /// A list of IP addresses and CIDR ranges (IPv4 or IPv6), each checked.
    static func networks(_ name: String, _ keyPath: WritableKeyPath<Configuration, [String]> & Sendable)
        -> ConfigurationKey
    {
        ConfigurationKey(
            name: name, kind: .stringArray,
            apply: { value, _, configuration throws(Rejection) in
                guard case .array(let elements) = value else {
                    throw Rejection(message: "expected an array of addresses or CIDR ranges, got \(shown(value))")
                }
                var entries: [String] = []
                for element in elements {
                    let text = try string(element).trimmingCharacters(in: .whitespaces)
                    do {
                        _ = try IPAllowlist([text])
                    } catch {
                        throw Rejection(message: "\(shown(element)) is not an IP address or CIDR range")
                    }
                    entries.append(text)
                }
                configuration[keyPath: keyPath] = entries
            },
            render: { .array($0[keyPath: keyPath].map { .string($0) }) }
        )
    }

    /// An e-mail address (`name@host`, no display name), or empty for "derive it".
    static func mailAddress(_ name: String, _ keyPath: WritableKeyPath<Configuration, String> & Sendable)
        -> ConfigurationKey
    {
        ConfigurationKey(
            name: name, kind: .string,
            apply: { value, _, configuration throws(Rejection) in
                let text = try string(value).trimmingCharacters(in: .whitespaces)
                let parts = text.split(separator: "@", omittingEmptySubsequences: false)
                guard
                    text.isEmpty
                        || (parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
                            && text.allSatisfy { $0.isASCII && !$0.isWhitespace && !"<>,;\"()[]\\".contains($0) })
                else {
                    throw Rejection(
                        message: "expected an e-mail address like \"tickets@example.ru\", got \(shown(value))")
                }
                configuration[keyPath: keyPath] = text
            },
            render: { .string($0[keyPath: keyPath]) }
        )
    }
}
