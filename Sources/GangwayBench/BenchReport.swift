import Foundation

/// The table `gangway-bench import` prints, and the goals of the issue checked against it:
/// the first import under 2 seconds, within 3× of the floor, and no import above 200 MB.
struct BenchReport {
    static let secondsGoal = 2.0
    static let ratioGoal = 3.0
    static let memoryGoalMB = 200.0

    var sailings: Int
    var layouts: Int
    var seats: Int
    var machineBefore: MachineFacts
    var loadAfter: String
    /// The first import, then the re-imports.
    var imports: [PhaseResult]
    var floor: PhaseResult

    var ratio: Double { (imports.first?.seconds ?? 0) / max(floor.seconds, 1e-9) }
    var peakImportMB: Double { imports.map(\.peakMB).max() ?? 0 }

    /// Whether every goal was met.
    var goalsMet: Bool { goals.allSatisfy(\.met) }

    var goals: [(name: String, met: Bool, detail: String)] {
        let first = imports.first?.seconds ?? .infinity
        return [
            (
                "\(sailings) sailings imported in under \(Self.format(Self.secondsGoal, 0)) s",
                first < Self.secondsGoal,
                "\(Self.format(first, 3)) s"
            ),
            (
                "within \(Self.format(Self.ratioGoal, 0))× of the direct insert", ratio <= Self.ratioGoal,
                "\(Self.format(ratio, 2))×"
            ),
            (
                "peak memory under \(Self.format(Self.memoryGoalMB, 0)) MB", peakImportMB < Self.memoryGoalMB,
                "\(Self.format(peakImportMB, 1)) MB"
            ),
        ]
    }

    /// A table's lines, its columns padded: the first and last (text) left, the rest (numbers) right.
    static func aligned(_ table: [[String]]) -> [String] {
        guard let header = table.first else { return [] }
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 || column == row.count - 1 ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
    }

    func render() -> String {
        var lines = [
            "gangway-bench import: \(sailings) sailings, \(layouts) layouts × \(seats) seats",
            "machine: \(machineBefore.line)",
            "",
        ]
        let header = ["phase", "seconds", "rows", "rows/s", "peak MB", "cpu s", "what happened"]
        var table = [header]
        for phase in imports + [floor] {
            table.append([
                phase.name, Self.format(phase.seconds, 3), Self.grouped(phase.rows),
                Self.grouped(Int(phase.rowsPerSecond.rounded())), Self.format(phase.peakMB, 1),
                phase.cpuSeconds.map { Self.format($0, 2) } ?? "-", phase.note,
            ])
        }
        lines += Self.aligned(table)
        lines.append("")
        lines.append("ratio import/floor: \(Self.format(ratio, 2))×")
        for goal in goals {
            lines.append("\(goal.met ? "goal met   " : "goal missed"): \(goal.name) — \(goal.detail)")
        }
        lines.append("load average after: \(loadAfter)")
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// `161,600`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
