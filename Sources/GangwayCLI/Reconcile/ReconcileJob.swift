import Foundation
import GangwayCore
import GangwayReconcile
import GangwayServer
import GangwayStore
import Logging

/// One `gangway reconcile` run: reads every payment export given (or found in the inbox by its
/// content), each in one transaction — a file seen before is a duplicate, a file that cannot be
/// read changes nothing and is rejected with an errors file — then classifies what is new and
/// writes the report of the days the inputs cover to `outbox/reconciliation/<date>.csv|.html`.
struct ReconcileJob {
    let database: AppDatabase
    let clock: any GangwayCore.Clock
    let policy: ReconcilePolicy
    let outbox: URL
    let logger: Logger
    /// Spools the confirmation of an order the export proved paid; nil: none.
    let confirmations: ConfirmationSpooler?
    /// The days a wallet history covers, when `--from`/`--to` say (else its operations' span).
    var period: ClosedRange<LocalDate>? = nil

    /// Inputs named on the command line: read in place, never moved; `fetched`: what
    /// `--from-api` brought from ЮKassa.
    func run(
        files: [URL], inbox: InboxFolder?, settleSeconds: Int,
        fetched: (file: ExportFileRecord, rows: [ExportRecord])? = nil
    ) throws -> ReconcileRunReport {
        var report = ReconcileRunReport()
        var fileIDs: [Int64] = []
        // The writer's automatic checkpoints are off for the run: the log the loads wrote is
        // folded in beside the classification, and the rest once it commits, beside the report.
        try database.deferCheckpoints()
        var folding: [SideBySide.Started] = []
        defer {
            // Everything is committed by then: a log not folded in now is folded by the next writer.
            do {
                for started in folding { try started.wait() }
                if folding.count < 2 { try database.resumeCheckpoints() }
            } catch {
                logger.warning(
                    "reconcile.checkpoint", metadata: ["error": .string(GangwayRunner.failure(for: error).message)])
            }
        }
        let prefetcher = PaymentPrefetcher(database: database, logger: logger)
        if let fetched {
            let (entry, id) = load(fetched.file, fetched.rows)
            report.files.append(entry)
            if let id { fileIDs.append(id) }
        }
        for url in files {
            let (entry, id) = read(url, name: url.lastPathComponent, prefetcher: prefetcher)
            report.files.append(entry)
            if let id { fileIDs.append(id) }
        }
        if let inbox {
            _ = try inbox.recoverAbandonedClaims()
            let today = LocalDate(moscowDayOf: clock.now())
            for candidate in try inbox.scan(now: clock.now(), settleSeconds: settleSeconds).ready
            where ExportSniffer.isPaymentExport(candidate.url) {
                guard let claimed = try inbox.claim(candidate) else { continue }
                var (entry, id) = read(claimed, name: candidate.name, prefetcher: prefetcher)
                if let id { fileIDs.append(id) }
                if entry.outcome == .rejected {
                    let target = try inbox.place(claimed, in: inbox.rejected, as: candidate.name)
                    try inbox.write(
                        "# \(candidate.name): rejected, nothing recorded.\n\(entry.error ?? "")\n",
                        to: inbox.rejected.appendingPathComponent(target.lastPathComponent + ".errors.txt"))
                    entry.movedTo = "rejected/" + target.lastPathComponent
                } else {
                    let target = try inbox.place(claimed, in: inbox.processed(on: today), as: candidate.name)
                    entry.movedTo = "processed/\(today)/" + target.lastPathComponent
                }
                report.files.append(entry)
            }
        }
        let database = database
        folding.append(SideBySide.start { try database.foldLogBeside() })
        let now = clock.now()
        let actions = try database.reconcile(policy: policy, at: now, ahead: prefetcher.finish())
        let beside = folding[0]
        folding.append(
            SideBySide.start {
                let folded = Result { try beside.wait() }
                try database.resumeCheckpoints()
                try folded.get()
            })
        report.added = Dictionary(uniqueKeysWithValues: actions.added.map { ($0.key.rawValue, $0.value) })
        report.confirmedOrders = actions.confirmedOrders
        if let confirmations {
            for code in actions.confirmedOrders { confirmations.spool(code: code, logger: logger) }
        }
        let days = try database.coveredDays(files: fileIDs)
        report.days = days.map { "\($0.provider) \($0.day)" }
        guard !days.isEmpty else { return report }
        let content = try database.reconciliationReport(days: days)
        report.discrepancies = content.findings.filter(\.outcome.needsAttention).count
        report.unresolved = content.findings.filter { $0.outcome.needsAttention && $0.resolution == nil }.count
        let folder = outbox.appendingPathComponent("reconciliation", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let stem = LocalDate(moscowDayOf: now).description
        let title = "Сверка платежей · Reconciliation \(stem)"
        let csv = folder.appendingPathComponent(stem + ".csv")
        let html = folder.appendingPathComponent(stem + ".html")
        try SideBySide.run([
            {
                let file = try ReportFile(csv)
                try ReconciliationReportWriter.csv(content, to: file.write)
                try file.commit()
            },
            {
                let file = try ReportFile(html)
                try ReconciliationReportWriter.html(content, title: title, to: file.write)
                try file.commit()
            },
        ])
        report.report = ["csv": csv.path, "html": html.path]
        return report
    }

    /// Reads one file into the store in one transaction: its report line and, when read or a
    /// duplicate, the id of its file record (for the days it covers). The payments of the days
    /// its rows fall on are read ahead meanwhile by `prefetcher`.
    func read(_ url: URL, name: String, prefetcher: PaymentPrefetcher? = nil) -> (ReconcileFileReport, Int64?) {
        do {
            // A file of a size read before may be a duplicate: it is hashed first, and known
            // before a row is read (the reader is then given the hash). Any other file is new
            // unless its hash says otherwise once read (the store then keeps nothing of it), so
            // it is hashed on a third thread while it is read.
            let stamp = try FileStamp(of: url)
            var sha256: String?
            if try database.exportFileExists(bytes: Int64(stamp.size)) {
                let hash = try Self.sha256(of: url)
                if let earlier = try database.exportFile(sha256: hash) {
                    return (ReconcileFileReport(file: name, outcome: .duplicate, kind: earlier.kind), earlier.id)
                }
                sha256 = hash
            }
            let loaded = try database.loadExport(name: name, at: clock.now()) { [sha256] sink in
                // Parsed on a second thread, inserted on this one (which holds the connection).
                let summary = try BatchPipeline<ExportRecord, ExportSummary>.run(
                    produce: { send in
                        var days = MoscowDays()
                        var asked = ReconcileDay(provider: "", day: "")
                        return try ExportReader.read(url, sha256: sha256) { row in
                            let record = Self.record(row, days: &days)
                            if record.kind == ExportRowKind.payment.rawValue,
                                record.day != asked.day || record.provider != asked.provider
                            {
                                asked = ReconcileDay(provider: record.provider, day: record.day)
                                prefetcher?.ask(asked)
                            }
                            try send(record)
                        }
                    },
                    consume: { try sink.add($0) })
                guard try FileStamp(of: url) == stamp else {
                    throw ExportError.cannotRead(
                        reason: "\(name) changed while it was read; give it again once complete")
                }
                var file = Self.fileRecord(summary, name: name, period: period)
                file.bytes = Int64(stamp.size)
                return file
            }
            switch loaded {
            case .loaded(let load, let kind):
                logger.info("reconcile.file", metadata: ["file": .string(name), "rows": .stringConvertible(load.rows)])
                return (
                    ReconcileFileReport(
                        file: name, outcome: .read, kind: kind, rows: load.rows, newRows: load.newRows), load.fileID
                )
            case .duplicate(let fileID, let kind):
                return (ReconcileFileReport(file: name, outcome: .duplicate, kind: kind), fileID)
            }
        } catch let error as ExportError {
            return (ReconcileFileReport(file: name, outcome: .rejected, error: error.description), nil)
        } catch {
            return (
                ReconcileFileReport(
                    file: name, outcome: .rejected, error: GangwayRunner.failure(for: error).message), nil
            )
        }
    }

    /// Loads rows fetched from an API like a file.
    func load(_ file: ExportFileRecord, _ rows: [ExportRecord]) -> (ReconcileFileReport, Int64?) {
        do {
            switch try database.loadExport(
                name: file.name, at: clock.now(),
                rows: { sink in
                    for row in rows { try sink.add(row) }
                    return file
                })
            {
            case .loaded(let load, let kind):
                return (
                    ReconcileFileReport(
                        file: file.name, outcome: .read, kind: kind, rows: load.rows, newRows: load.newRows),
                    load.fileID
                )
            case .duplicate(let fileID, let kind):
                return (ReconcileFileReport(file: file.name, outcome: .duplicate, kind: kind), fileID)
            }
        } catch {
            return (
                ReconcileFileReport(
                    file: file.name, outcome: .rejected, error: GangwayRunner.failure(for: error).message), nil
            )
        }
    }

    /// The SHA-256 of a file's bytes (lower-case hex), read in 1 MiB chunks.
    static func sha256(of url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hash = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hash.update([UInt8](chunk)) }
        return hash.finalizeHex()
    }

    static func record(_ row: ExportRow, days: inout MoscowDays) -> ExportRecord {
        let seconds = Int64(row.occurredAt.timeIntervalSince1970.rounded(.down))
        var record = ExportRecord(
            provider: row.provider.rawValue, kind: row.kind.rawValue, providerID: row.providerID,
            paymentID: row.paymentID, gross: row.gross, net: row.net, commission: row.commission,
            commissionVAT: row.commissionVAT, currency: row.currency, occurredAt: seconds,
            day: days.name(of: seconds), reference: row.reference,
            orderRef: OrderReference.first(in: row.reference), method: row.method, status: row.status,
            location: row.location)
        // An O or 0 where the code alphabet has none is read both ways; the store keeps the
        // reading that names an order.
        if record.orderRef != nil, mayReadBothWays(row.reference) {
            record.orderRefAlternatives = Array(OrderReference.candidates(in: row.reference).dropFirst())
        }
        return record
    }

    /// Whether `reference` holds a `0`, `O` or `o`, Latin or Cyrillic (a byte scan: it runs for
    /// every row).
    static func mayReadBothWays(_ reference: String) -> Bool {
        var text = reference
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0"), UInt8(ascii: "O"), UInt8(ascii: "o"): return true
                // О U+041E is D0 9E, о U+043E is D0 BE.
                case 0x9E where previous == 0xD0, 0xBE where previous == 0xD0: return true
                default: previous = byte
                }
            }
            return false
        }
    }

    /// The file's identity and the days it covers: a registry's stated day, a wallet history's
    /// `period` when given, else the span from its earliest to its latest operation.
    static func fileRecord(_ summary: ExportSummary, name: String, period: ClosedRange<LocalDate>? = nil)
        -> ExportFileRecord
    {
        var days: [String] = []
        if let stated = summary.statedDay {
            days = [stated.description]
        } else if let period {
            days = (period.lowerBound.dayNumber...period.upperBound.dayNumber).map {
                LocalDate(dayNumber: $0).description
            }
        } else if let earliest = summary.earliest, let latest = summary.latest {
            let first = LocalDate(moscowDayOf: Int64(earliest.timeIntervalSince1970))
            let last = LocalDate(moscowDayOf: Int64(latest.timeIntervalSince1970))
            days = (first.dayNumber...max(first.dayNumber, last.dayNumber)).map { LocalDate(dayNumber: $0).description }
        }
        return ExportFileRecord(
            sha256: summary.sha256, name: name, provider: summary.kind.provider.rawValue, kind: summary.kind.rawValue,
            format: summary.format.rawValue, footerTotal: summary.footerTotal, footerCount: summary.footerCount,
            coveredKind: summary.kind == .yookassaRefunds ? "refund" : "payment", coveredDays: days)
    }
}
