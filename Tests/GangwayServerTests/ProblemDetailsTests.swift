import Foundation
import Testing

@testable import GangwayServer

struct ProblemDetailsTests {
    @Test func omitsFieldsThatDoNotApplyAndNamesTheTakenSeats() throws {
        let problem = ProblemDetails(
            type: "https://gangway.example/problems/seats-taken", title: "Seats taken", status: 409,
            detail: "2 seats are no longer free", seats: ["salon|1|1", "salon|1|2"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(problem), as: UTF8.self)
        #expect(text.contains("\"seats\":[\"salon|1|1\",\"salon|1|2\"]"))
        #expect(!text.contains("standing"))
        #expect(!text.contains("errors"))
        #expect(try JSONDecoder().decode(ProblemDetails.self, from: Data(text.utf8)) == problem)
    }
}
