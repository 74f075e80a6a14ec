import GangwayCore

/// What the store finds when a valid file meets the sales and the timetable already recorded.
public enum StoreProblem: ProblemReason, Equatable {
    case soldSailingsWouldBeRemoved([String])
    case soldSeatsDropped(layout: String, seats: [String])
    case vesselLayoutDropsSoldSeats(vessel: String, seats: [String])
    case capacityBelowSold(sailing: String, capacity: Int, sold: Int)
    case vesselCapacityBelowSold(vessel: String, capacity: Int, sailing: String, sold: Int)
    case overlap(sailing: String, other: String)
    case cancelledWithTickets(sailing: String, tickets: Int)
    case moreOverlaps(Int)
    case layoutAboveVesselCapacity(layout: String, places: Int, vessel: String, capacity: Int)

    public func message(in language: OperatorLanguage) -> String {
        switch self {
        case .soldSailingsWouldBeRemoved(let list):
            return language.pick(
                "файл убирает рейсы, на которые проданы билеты (отмена — только явно, status=cancelled): "
                    + list.joined(separator: ", "),
                "the file would remove sailings with sold tickets (cancel them explicitly, status=cancelled): "
                    + list.joined(separator: ", "))
        case .soldSeatsDropped(let layout, let seats):
            return language.pick(
                "схема «\(layout)» убирает или меняет категорию проданных мест: " + seats.joined(separator: "; "),
                "layout \"\(layout)\" would remove or re-category sold seats: " + seats.joined(separator: "; "))
        case .vesselLayoutDropsSoldSeats(let vessel, let seats):
            return language.pick(
                "новая схема судна «\(vessel)» теряет проданные места: " + seats.joined(separator: "; "),
                "the new layout of vessel \"\(vessel)\" loses sold seats: " + seats.joined(separator: "; "))
        case .capacityBelowSold(let sailing, let capacity, let sold):
            return language.pick(
                "рейс \(sailing): вместимость \(capacity) меньше уже проданных \(sold)",
                "sailing \(sailing): capacity \(capacity) is below the \(sold) places already sold")
        case .vesselCapacityBelowSold(let vessel, let capacity, let sailing, let sold):
            return language.pick(
                "судно «\(vessel)»: вместимость \(capacity) меньше проданных \(sold) на рейсе \(sailing)",
                "vessel \"\(vessel)\": capacity \(capacity) is below the \(sold) sold on sailing \(sailing)")
        case .overlap(let sailing, let other):
            return language.pick(
                "рейс \(sailing) пересекается по времени с \(other) на том же судне",
                "sailing \(sailing) overlaps \(other) on the same vessel")
        case .cancelledWithTickets(let sailing, let tickets):
            return language.pick(
                "рейс \(sailing) отменён, на него продано билетов: \(tickets) — нужны уведомление и возврат",
                "sailing \(sailing) is cancelled with \(tickets) tickets sold — notify and refund")
        case .layoutAboveVesselCapacity(let layout, let places, let vessel, let capacity):
            return language.pick(
                "в схеме «\(layout)» \(places) мест — больше вместимости судна «\(vessel)» (\(capacity))",
                "layout \"\(layout)\" has \(places) places, above the capacity of vessel \"\(vessel)\" (\(capacity))")
        case .moreOverlaps(let count):
            return language.pick(
                "и ещё пересечений: \(count)", "and \(count) more overlaps")
        }
    }
}
