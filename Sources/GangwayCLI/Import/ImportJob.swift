import Foundation
import GangwayCore
import GangwayImport
import GangwayReconcile
import GangwayStore
import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `gangway import`: every ready file in the inbox, in dependency order of kinds, each applied
/// in one transaction and archived, or rejected whole with an errors file beside it.
struct ImportJob {
    let configuration: Configuration
    let database: AppDatabase
    let inbox: InboxFolder
    let clock: any Clock
    let dryRun: Bool
    /// Test seam: kill the process at a stage (`GANGWAY_FAULT=import:claimed|written|committed`).
    let fault: String?
    let logger: Logger

    private var language: OperatorLanguage { configuration.operator.language }

    /// A file about to be processed, with what a first look found.
    private struct Planned {
        var candidate: InboxFolder.Candidate
        var format: FileFormat
        var kinds: [RecordKind]

        /// Position in the run: the dependency order of its kinds (a multi-kind XML document
        /// goes by its last kind, so what it refers to in other files comes first), then
        /// modification time, then name. Files whose kind is unknown go last, to be rejected.
        var sortKey: (Int, Date, String) {
            (kinds.map(\.applyOrder).max() ?? RecordKind.allCases.count, candidate.modified, candidate.name)
        }
    }

    func run() throws -> ImportRunReport {
        guard FileManager.default.fileExists(atPath: inbox.root.path) else {
            throw CommandFailure("the inbox \(inbox.root.path) does not exist", exitCode: CommandFailure.usage)
        }
        let recovered = dryRun ? [] : try inbox.recoverAbandonedClaims()
        let reader = CatalogFileReader(
            maxFileBytes: configuration.import.maxFileBytes, maxXMLDepth: configuration.import.maxXMLDepth)
        let scan = try inbox.scan(now: clock.now(), settleSeconds: configuration.import.settleSeconds)
        // Payment exports dropped into the same inbox are `gangway reconcile`'s: left alone.
        let plan = scan.ready.compactMap { candidate -> Planned? in
            let detected = reader.detect(url: candidate.url, fileName: candidate.name)
            if detected.kinds.isEmpty, ExportSniffer.isPaymentExport(candidate.url) {
                logger.info("import.skip", metadata: ["file": .string(candidate.name), "reason": "payment export"])
                return nil
            }
            return Planned(candidate: candidate, format: detected.format, kinds: detected.kinds)
        }.sorted { $0.sortKey < $1.sortKey }

        let body = { (session: ImportSession) throws -> [ImportFileReport] in
            try plan.map { try process($0, reader: reader, session: session, recovered: Set(recovered)) }
        }
        let files = dryRun ? try database.dryRunSession(body) : try database.importSession(body)
        return ImportRunReport(
            dryRun: dryRun, inbox: inbox.root.path, recovered: recovered, waiting: scan.waiting, files: files)
    }

    /// `recovered`: names put back from `.processing/` by this run — the only files that may be
    /// an applied file whose archiving a crash interrupted.
    private func process(
        _ planned: Planned, reader: CatalogFileReader, session: ImportSession, recovered: Set<String>
    ) throws -> ImportFileReport {
        let name = planned.candidate.name
        var url = planned.candidate.url
        if !dryRun {
            guard let claimed = try inbox.claim(planned.candidate) else {
                return ImportFileReport(
                    file: name, format: planned.format.rawValue, kinds: planned.kinds.map(\.pluralName),
                    outcome: .taken, counts: [:], warnings: [], errors: [])
            }
            url = claimed
            injectFault(at: "claimed")
        }
        let now = clock.now()
        let archiveFolder = inbox.processed(on: localDate(now))
        var file = ImportFileInfo(
            fileName: name, contentHash: try SHA256.hex(ofFileAt: url), format: planned.format.rawValue,
            archiveAs: nil)
        file.archiveAs = relative(archiveFolder.appendingPathComponent(inbox.freeName(for: name, in: archiveFolder)))
        var report = ImportFileReport(
            file: name, format: planned.format.rawValue, kinds: planned.kinds.map(\.pluralName), outcome: .rejected,
            counts: [:], warnings: [], errors: [])

        // A crash between commit and archive left an applied file behind: finish its move.
        if !dryRun, recovered.contains(name), let previous = try session.previousImport(hash: file.contentHash),
            previous.fileName == name,
            let archivedAs = previous.archivedAs,
            !FileManager.default.fileExists(atPath: inbox.root.appendingPathComponent(archivedAs).path)
        {
            let target = inbox.root.appendingPathComponent(archivedAs)
            try inbox.place(url, in: target.deletingLastPathComponent(), as: target.lastPathComponent)
            report.outcome = .applied
            report.archivedAs = archivedAs
            report.warnings = [language.pick("архивирование завершено после сбоя", "archiving finished after a crash")]
            log(report)
            return report
        }

        let reading = reader.read(url: url, fileName: name)
        file.kinds = reading.kinds.isEmpty ? planned.kinds : reading.kinds
        report.kinds = reading.kinds.map(\.pluralName)
        var problems = reading.problems
        let outcome: ImportOutcome
        if reading.hasErrors {
            outcome =
                try session.previousImport(hash: file.contentHash).map { .duplicate(previousFile: $0.fileName) }
                ?? .rejected(problems: problems)
        } else {
            let options = CatalogValidator.Options(defaultTimeZone: configuration.operator.timeZone.identifier)
            session.onStage = { [fault] stage in
                if fault == "import:\(stage.rawValue)" { kill(getpid(), SIGKILL) }
            }
            outcome = try session.apply(file, now: now) { snapshot in
                let (batch, found) = CatalogValidator.validate(reading.records, against: snapshot, options: options)
                return (batch, problems + found)
            }
        }

        switch outcome {
        case .applied(let counts, let warnings):
            report.outcome = dryRun ? .valid : .applied
            report.counts = Dictionary(
                uniqueKeysWithValues: counts.map { ($0.key == .schedule ? "sailings" : $0.key.pluralName, $0.value) })
            report.warnings = warnings.filter { $0.severity == .warning }.map { $0.line(in: language) }
            if !dryRun {
                report.archivedAs = relative(try inbox.place(url, in: archiveFolder, as: name))
            }
        case .duplicate(let previousFile):
            report.outcome = .duplicate
            report.warnings = [
                language.pick(
                    "те же байты уже импортированы как \(previousFile)",
                    "the same bytes were imported as \(previousFile)")
            ]
            if !dryRun {
                let target = try inbox.place(url, in: archiveFolder, as: name)
                report.archivedAs = relative(target)
                file.archiveAs = report.archivedAs
                try session.record(file, outcome: "duplicate", problems: [], now: now)
            }
        case .rejected(let found):
            problems = found
            report.outcome = .rejected
            report.errors = problems.filter { $0.severity == .error }.map { $0.line(in: language) }
            report.warnings = problems.filter { $0.severity == .warning }.map { $0.line(in: language) }
            if !dryRun {
                let target = try inbox.place(url, in: inbox.rejected, as: name)
                let errorsFile = target.deletingLastPathComponent()
                    .appendingPathComponent(target.lastPathComponent + ".errors.txt")
                try inbox.write(errorReport(for: name, problems: problems), to: errorsFile)
                report.archivedAs = relative(target)
                report.errorsFile = relative(errorsFile)
                file.archiveAs = report.archivedAs
                try session.record(file, outcome: "rejected", problems: problems, now: now)
            }
        }
        log(report)
        return report
    }

    private func log(_ report: ImportFileReport) {
        var metadata: Logger.Metadata = [
            "job.name": "import", "file.name": "\(report.file)", "import.outcome": "\(report.outcome.rawValue)",
            "import.kinds": "\(report.kinds.joined(separator: " "))", "import.errors": "\(report.errors.count)",
            "import.warnings": "\(report.warnings.count)",
        ]
        for (kind, counts) in report.counts {
            metadata["import.\(kind)"] = "+\(counts.added) ~\(counts.changed) =\(counts.unchanged) -\(counts.removed)"
        }
        logger.info("import.file", metadata: metadata)
    }

    /// `NAME.errors.txt`: a heading, then every error, then every warning, one per line.
    private func errorReport(for name: String, problems: [ImportProblem]) -> String {
        let errors = problems.filter { $0.severity == .error }
        let warnings = problems.filter { $0.severity == .warning }
        var lines = [
            language.pick(
                "# \(name): файл отклонён, ничего не применено. Ошибок: \(errors.count), предупреждений: \(warnings.count).",
                "# \(name): rejected, nothing applied. \(errors.count) errors, \(warnings.count) warnings."),
            language.pick(
                "# Исправьте файл и положите его во входящую папку снова.",
                "# Fix the file and drop it into the inbox again."),
        ]
        lines += errors.map { $0.line(in: language) }
        lines += warnings.map { $0.line(in: language) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func injectFault(at stage: String) {
        if fault == "import:\(stage)" { kill(getpid(), SIGKILL) }
    }

    private func localDate(_ instant: Int64) -> LocalDate {
        var converter = LocalTimeConverter(timeZoneIdentifier: configuration.operator.timeZone.identifier)
        return converter?.localDate(at: instant) ?? LocalDate(dayNumber: Int(instant / 86_400))
    }

    /// A path inside the inbox, relative to it (`processed/2026-11-25/piers.csv`).
    private func relative(_ url: URL) -> String {
        let root = inbox.root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(root) else { return path }
        return String(path.dropFirst(root.count).drop { $0 == "/" })
    }
}
