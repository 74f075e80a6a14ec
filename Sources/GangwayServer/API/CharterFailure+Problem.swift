import GangwayCore
import Hummingbird

extension CharterFailure {
    /// 404 unknown vessel, 409 the window is taken (naming what overlaps), 422 invalid input.
    var response: Response {
        switch self {
        case .unknownVessel(let id):
            return APIResponse.problem(
                .notFound, "unknown-vessel", "Unknown vessel", "no vessel \(id) is offered for charter")
        case .conflicts(let taken):
            return APIResponse.problem(
                .conflict, "charter-window-taken", "Window taken",
                "the vessel is busy then: \(taken.joined(separator: ", "))", seats: taken)
        case .invalid(let problems):
            return HoldFailure.invalid(problems).response
        }
    }
}
