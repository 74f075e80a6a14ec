import Foundation
import GangwayCore

/// The categories of one rendered map: the caller's, in its order, then any category a seat
/// names that the caller did not give (shown by id, not for sale). Ids match case-insensitively.
struct CategoryTable {
    struct Entry {
        var id: String
        var name: String
        var priceText: String?
        /// CSS class token for `cat-…`.
        var token: String
        /// Colour index among the categories seats use, in legend order.
        var tone: Int = 0
        var used = false

        /// `seat cat-… tone-…`: the classes every seat of this category has.
        var seatClasses = ""
    }

    private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]
    /// The same positions by the exact spelling, to spare lower-casing every seat's category.
    private var exact: [String: Int] = [:]

    init(categories: [SeatMapCategory], seats: [LayoutSeat]) {
        for category in categories where index[category.id.lowercased()] == nil {
            add(Entry(id: category.id, name: category.name, priceText: category.priceText, token: token(category.id)))
        }
        for seat in seats {
            let key = seat.category.lowercased()
            if let position = index[key] {
                entries[position].used = true
            } else {
                add(
                    Entry(
                        id: seat.category, name: seat.category, priceText: nil, token: token(seat.category), used: true)
                )
            }
        }
        var tone = 0
        for position in entries.indices where entries[position].used {
            entries[position].tone = tone
            tone += 1
        }
        for position in entries.indices {
            let entry = entries[position]
            entries[position].seatClasses = "seat cat-\(entry.token) tone-\(entry.tone % SeatMapStyle.palette.count)"
            exact[entry.id] = position
        }
    }

    var usedEntries: [Entry] { entries.filter(\.used) }
    var usedCount: Int { entries.reduce(0) { $0 + ($1.used ? 1 : 0) } }

    /// The entry of a category id a seat carries (always present after `init`).
    func entry(for id: String) -> Entry {
        if let position = exact[id] ?? index[id.lowercased()] { return entries[position] }
        return Entry(id: id, name: id, priceText: nil, token: token(id))
    }

    private mutating func add(_ entry: Entry) {
        index[entry.id.lowercased()] = entries.count
        entries.append(entry)
    }

    private func token(_ id: String) -> String { CSSClassName.token(id) }
}
