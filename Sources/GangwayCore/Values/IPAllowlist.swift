import Foundation

/// A list of networks, IPv4 and IPv6, as CIDR ranges or single addresses, and a check of one
/// address against them (the sources ЮKassa's notifications may come from, payments.md).
public struct IPAllowlist: Sendable, Equatable {

    struct Network: Sendable, Equatable {
        var bytes: [UInt8]
        var prefix: Int
    }

    let networks: [Network]

    /// ЮKassa's published ranges, the default of `payments.yookassa_networks`.
    public static let yookassaPublished = try! IPAllowlist(Configuration.Payments().yookassaNetworks)

    /// Throws naming the first entry that is not an address or a CIDR range.
    public init(_ entries: [String]) throws(NetworkParseError) {
        networks = try entries.map { entry throws(NetworkParseError) in
            let parts = entry.trimmingCharacters(in: .whitespaces).split(
                separator: "/", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let bytes = Self.parse(String(parts[0])) else {
                throw NetworkParseError(entry: entry)
            }
            var prefix = bytes.count * 8
            if parts.count == 2 {
                guard let value = Int(parts[1]), (0...bytes.count * 8).contains(value) else {
                    throw NetworkParseError(entry: entry)
                }
                prefix = value
            }
            return Network(bytes: bytes, prefix: prefix)
        }
    }

    /// Whether `address` (as text, IPv4-mapped IPv6 read as IPv4) is inside one of the networks.
    public func contains(_ address: String) -> Bool {
        guard var bytes = Self.parse(address) else { return false }
        if bytes.count == 16, bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xff, bytes[11] == 0xff {
            bytes = Array(bytes[12...])
        }
        return networks.contains { network in
            guard network.bytes.count == bytes.count else { return false }
            var remaining = network.prefix
            for index in 0..<bytes.count where remaining > 0 {
                let bits = min(8, remaining)
                let mask = UInt8(truncatingIfNeeded: 0xff << (8 - bits))
                if bytes[index] & mask != network.bytes[index] & mask { return false }
                remaining -= bits
            }
            return true
        }
    }

    /// 4 bytes for IPv4, 16 for IPv6 (with `::` shortening), nil for anything else.
    static func parse(_ text: String) -> [UInt8]? {
        if text.contains(":") { return parseIPv6(text) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = UInt8(part)
            else { return nil }
            bytes.append(value)
        }
        return bytes
    }

    private static func parseIPv6(_ text: String) -> [UInt8]? {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, group) in pieces.enumerated() {
                // The last group may be a dotted IPv4 address (`::ffff:185.71.76.7`).
                if index == pieces.count - 1, group.contains("."), let v4 = parse(String(group)), v4.count == 4 {
                    result += [UInt16(v4[0]) << 8 | UInt16(v4[1]), UInt16(v4[2]) << 8 | UInt16(v4[3])]
                    continue
                }
                guard (1...4).contains(group.count), let value = UInt16(group, radix: 16) else { return nil }
                result.append(value)
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        var all = head
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
            all += Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        }
        guard all.count == 8 else { return nil }
        return all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xff)] }
    }
}
