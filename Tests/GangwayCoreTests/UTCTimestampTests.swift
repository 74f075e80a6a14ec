import Foundation
import GangwayCore
import Testing

struct UTCTimestampTests {
    @Test func writesWhatFoundationWrites() {
        var samples: [Int64] = [
            0, 59, 60, 3_599, 86_399, 86_400, 951_782_400, 951_868_799, 1_764_061_200, 1_932_789_600, 4_102_444_799,
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 { samples.append(Int64.random(in: 0...4_102_444_799, using: &generator)) }
        for seconds in samples {
            let expected = Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(.iso8601)
            #expect(UTCTimestamp.iso8601(seconds) == expected, "\(seconds)")
        }
        #expect(UTCTimestamp.iso8601(951_782_400) == "2000-02-29T00:00:00Z")
        #expect(UTCTimestamp.iso8601(-1) == "1969-12-31T23:59:59Z")
    }
}
