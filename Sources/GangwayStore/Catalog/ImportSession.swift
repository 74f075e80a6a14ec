import GRDB
import GangwayCore

/// Applies inbox files one transaction each — or, for a dry run, all inside one transaction
/// that is rolled back at the end (each file in a savepoint), so later files still see what
/// earlier ones would have added.
public final class ImportSession {
    /// A point in applying a file, for fault-injection tests that kill the process there.
    public enum Stage: String, Sendable {
        /// Data written, not yet committed.
        case written
        /// Committed, the file not yet archived.
        case committed
    }

    private enum Mode {
        case live(any DatabaseWriter)
        case dryRun(Database)
    }

    private let mode: Mode
    /// Called at each ``Stage``; tests use it to simulate a crash.
    public var onStage: (@Sendable (Stage) -> Void)?

    private init(mode: Mode) { self.mode = mode }

    public var isDryRun: Bool {
        if case .dryRun = mode { return true }
        return false
    }

    static func live(_ writer: any DatabaseWriter) -> ImportSession { ImportSession(mode: .live(writer)) }

    static func dryRun(_ db: Database) -> ImportSession { ImportSession(mode: .dryRun(db)) }

    /// Validates and applies one file. `validate` runs inside the transaction with the catalog
    /// as it stands; a rejected file leaves the database as it was.
    public func apply(
        _ file: ImportFileInfo, now: Int64,
        validate: (CatalogSnapshot) -> (batch: CatalogBatch, problems: [ImportProblem])
    ) throws -> ImportOutcome {
        try withoutActuallyEscaping(validate) { validate in try apply(file, now: now, validating: validate) }
    }

    private func apply(
        _ file: ImportFileInfo, now: Int64,
        validating validate: @escaping (CatalogSnapshot) -> (batch: CatalogBatch, problems: [ImportProblem])
    ) throws -> ImportOutcome {
        var outcome: ImportOutcome = .rejected(problems: [])
        let body: (Database) throws -> Database.TransactionCompletion = { db in
            if let previous = try Self.previousImport(db, hash: file.contentHash) {
                outcome = .duplicate(previousFile: previous.fileName)
                return .rollback
            }
            let snapshot = try CatalogApplier.snapshot(db)
            let (batch, problems) = validate(snapshot)
            if problems.contains(where: { $0.severity == .error }) {
                outcome = .rejected(problems: problems)
                return .rollback
            }
            var applier = CatalogApplier(db: db, now: now)
            try applier.apply(batch)
            let all = problems + applier.problems
            if applier.hasErrors {
                outcome = .rejected(problems: all)
                return .rollback
            }
            // Checkout reads a sailing's sections and prices before it takes the write lock and
            // trusts them while this number stays the same: every catalog change bumps it.
            try db.execute(sql: "UPDATE catalog_generation SET value = value + 1")
            try Self.insertLog(db, file: file, outcome: "applied", counts: applier.counts, problems: all, now: now)
            outcome = .applied(counts: applier.counts, warnings: all)
            self.onStage?(.written)
            return .commit
        }
        switch mode {
        case .live(let writer):
            try writer.writeWithoutTransaction { db in try db.inTransaction(.immediate) { try body(db) } }
            if case .applied = outcome { onStage?(.committed) }
        case .dryRun(let db):
            try db.inSavepoint { try body(db) }
        }
        return outcome
    }

    /// The earlier applied import of the same bytes, if any.
    public func previousImport(hash: String) throws -> PreviousImport? {
        try read { db in try Self.previousImport(db, hash: hash) }
    }

    /// Records a file that was not applied (a duplicate or a rejection). Nothing is written in a dry run.
    public func record(
        _ file: ImportFileInfo, outcome: String, problems: [ImportProblem], now: Int64
    ) throws {
        guard case .live(let writer) = mode else { return }
        try writer.write { db in
            try Self.insertLog(db, file: file, outcome: outcome, counts: [:], problems: problems, now: now)
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        switch mode {
        case .live(let writer): try writer.read(body)
        case .dryRun(let db): try body(db)
        }
    }

    private static func previousImport(_ db: Database, hash: String) throws -> PreviousImport? {
        try Row.fetchOne(
            db,
            sql: """
                SELECT id, file_name, archived_as FROM import_log
                WHERE content_hash = ? AND outcome = 'applied' ORDER BY id LIMIT 1
                """, arguments: [hash]
        ).map { PreviousImport(logID: $0["id"], fileName: $0["file_name"], archivedAs: $0["archived_as"]) }
    }

    private static func insertLog(
        _ db: Database, file: ImportFileInfo, outcome: String, counts: [RecordKind: ChangeCounts],
        problems: [ImportProblem], now: Int64
    ) throws {
        let total = counts.values.reduce(ChangeCounts(), +)
        let warnings = problems.filter { $0.severity == .warning }.map { $0.line(in: .en) }
        let errors = problems.filter { $0.severity == .error }.map { $0.line(in: .en) }
        try db.execute(
            sql: """
                INSERT INTO import_log (file_name, content_hash, format, kinds, outcome, added, changed, unchanged,
                    removed, warnings, errors, archived_as, started_at, finished_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                file.fileName, file.contentHash, file.format,
                (counts.isEmpty ? file.kinds : counts.keys.sorted()).map(\.pluralName).joined(separator: " "), outcome,
                total.added, total.changed,
                total.unchanged, total.removed, warnings.joined(separator: "\n"), errors.joined(separator: "\n"),
                file.archiveAs, now, now,
            ])
    }
}
