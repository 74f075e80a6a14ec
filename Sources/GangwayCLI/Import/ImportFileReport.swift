import GangwayCore
import GangwayStore

/// What happened to one file, as printed and as `--json`.
struct ImportFileReport: Codable, Sendable {
    enum Outcome: String, Codable, Sendable {
        case applied
        case duplicate
        case rejected
        /// A dry run found it valid.
        case valid
        /// It disappeared between listing and claiming (moved or deleted by someone else).
        case taken
    }

    var file: String
    var format: String?
    var kinds: [String]
    var outcome: Outcome
    /// Per kind (`piers`, `layouts`, `vessels`, `products`, `sailings`, `promos`).
    var counts: [String: ChangeCounts]
    var warnings: [String]
    var errors: [String]
    var archivedAs: String?
    var errorsFile: String?

    enum CodingKeys: String, CodingKey {
        case file, format, kinds, outcome, counts, warnings, errors
        case archivedAs = "archived_as"
        case errorsFile = "errors_file"
    }

    /// One line: `schedule.csv: applied — sailings 120 added, 3 changed, 0 unchanged, 2 removed; 1 warning`.
    func line(in language: OperatorLanguage) -> String {
        var parts: [String] = []
        for name in ["piers", "layouts", "vessels", "products", "sailings", "promos"] {
            guard let c = counts[name] else { continue }
            parts.append(
                language.pick(
                    "\(Self.russianName(name)): добавлено \(c.added), изменено \(c.changed), без изменений \(c.unchanged), удалено \(c.removed)",
                    "\(name): \(c.added) added, \(c.changed) changed, \(c.unchanged) unchanged, \(c.removed) removed"))
        }
        let status: String
        switch outcome {
        case .applied: status = language.pick("применён", "applied")
        case .valid: status = language.pick("годен (пробный прогон)", "valid (dry run)")
        case .duplicate: status = language.pick("уже импортирован ранее — пропущен", "already imported — skipped")
        case .rejected:
            status = language.pick("отклонён, ошибок: \(errors.count)", "rejected, errors: \(errors.count)")
        case .taken:
            status = language.pick(
                "исчез до начала обработки (перемещён или удалён)", "gone before it could be claimed (moved or deleted)"
            )
        }
        var line = "\(file): \(status)"
        if !parts.isEmpty { line += " — " + parts.joined(separator: "; ") }
        if !warnings.isEmpty {
            line += language.pick("; предупреждений: \(warnings.count)", "; warnings: \(warnings.count)")
        }
        if let errorsFile { line += language.pick(" (см. \(errorsFile))", " (see \(errorsFile))") }
        return line
    }

    private static func russianName(_ name: String) -> String {
        switch name {
        case "piers": "причалы"
        case "layouts": "схемы"
        case "vessels": "суда"
        case "products": "продукты"
        case "sailings": "рейсы"
        default: "промокоды"
        }
    }
}

/// The whole run, as `--json`.
struct ImportRunReport: Codable, Sendable {
    var dryRun: Bool
    var inbox: String
    var recovered: [String]
    /// Files left for a later run: still being written, or too recently modified.
    var waiting: [String]
    var files: [ImportFileReport]
    /// Seconds since 1970 (UTC); set when the run ends.
    var startedAt: Int64?
    var finishedAt: Int64?
    var applied: Int { files.filter { $0.outcome == .applied || $0.outcome == .valid }.count }
    var duplicates: Int { files.filter { $0.outcome == .duplicate }.count }
    var rejected: Int { files.filter { $0.outcome == .rejected }.count }

    enum CodingKeys: String, CodingKey {
        case dryRun = "dry_run"
        case inbox, recovered, waiting, files, applied, duplicates, rejected
        case startedAt = "started_at"
        case finishedAt = "finished_at"
    }

    init(dryRun: Bool, inbox: String, recovered: [String], waiting: [String], files: [ImportFileReport]) {
        self.dryRun = dryRun
        self.inbox = inbox
        self.recovered = recovered
        self.waiting = waiting
        self.files = files
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dryRun = try container.decode(Bool.self, forKey: .dryRun)
        inbox = try container.decode(String.self, forKey: .inbox)
        recovered = try container.decode([String].self, forKey: .recovered)
        waiting = try container.decode([String].self, forKey: .waiting)
        files = try container.decode([ImportFileReport].self, forKey: .files)
        startedAt = try container.decodeIfPresent(Int64.self, forKey: .startedAt)
        finishedAt = try container.decodeIfPresent(Int64.self, forKey: .finishedAt)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dryRun, forKey: .dryRun)
        try container.encode(inbox, forKey: .inbox)
        try container.encode(recovered, forKey: .recovered)
        try container.encode(waiting, forKey: .waiting)
        try container.encode(files, forKey: .files)
        try container.encodeIfPresent(startedAt, forKey: .startedAt)
        try container.encodeIfPresent(finishedAt, forKey: .finishedAt)
        try container.encode(applied, forKey: .applied)
        try container.encode(duplicates, forKey: .duplicates)
        try container.encode(rejected, forKey: .rejected)
    }
}
