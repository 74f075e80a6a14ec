import GangwayCore
import Testing

struct IPAllowlistTests {
    @Test func ЮKassasPublishedRangesAdmitTheirAddressesOnly() {
        let list = IPAllowlist.yookassaPublished
        for inside in [
            "185.71.76.0", "185.71.76.31", "185.71.77.5", "77.75.153.127", "77.75.154.200", "77.75.156.11",
            "77.75.156.35", "2a02:5180::1", "2a02:5180:ffff::", "::ffff:185.71.76.7",
        ] {
            #expect(list.contains(inside), "\(inside)")
        }
        for outside in [
            "185.71.76.32", "185.71.78.1", "77.75.153.128", "77.75.154.127", "77.75.156.12", "127.0.0.1",
            "2a02:5181::1", "::1", "unknown", "", "185.71.76", "185.71.76.7.1", "1.2.3.256",
        ] {
            #expect(!list.contains(outside), "\(outside)")
        }
    }

    @Test func malformedEntriesAreRefusedByName() {
        for entry in [
            "185.71.76.0/33", "10.0.0.0/", "2a02::5180::/32", "not-an-ip", "10.0.0.0/8/1", "1:2:3:4:5:6:7:8:9",
        ] {
            #expect(throws: NetworkParseError(entry: entry)) { try IPAllowlist([entry]) }
        }
        #expect(throws: Never.self) { try IPAllowlist(["0.0.0.0/0", "::/0", "10.0.0.1"]) }
    }
}
