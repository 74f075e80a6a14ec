import Foundation
import GangwayCore
import GangwayStore

/// What `gangway status` reports.
struct StatusReport: Encodable {
    var database: String
    var configFile: String?
    var health: DatabaseHealth
    var jobs: [JobRun]
    var inbox: InboxCounts
    var spool: SpoolCounts

    enum CodingKeys: String, CodingKey {
        case database, health, jobs, inbox, spool
        case configFile = "config_file"
    }

    func lines(zone: String) -> [String] {
        var converter = LocalTimeConverter(timeZoneIdentifier: zone)
        let time = { (instant: Int64?) in instant.map { converter?.rfc3339($0) ?? "\($0)" } ?? "—" }
        var lines = [
            "database: \(database) (\(health.journalMode), integrity \(health.integrity))",
            "config: \(configFile ?? "defaults (no gangway.toml)")",
            "migrations: \(health.migrations.count) applied"
                + (health.pendingMigrations.isEmpty ? "" : ", \(health.pendingMigrations.count) pending"),
            "catalog: "
                + ["pier", "vessel", "layout", "product", "sailing", "promo", "ticket"]
                .map { "\($0)s \(health.counts[$0] ?? 0)" }.joined(separator: ", "),
            "inbox: \(inbox.ready) ready, \(inbox.waiting) still being written, \(inbox.rejected) rejected, "
                + "\(inbox.abandoned) left by an interrupted run",
            "spool: \(spool.messages) messages waiting",
        ]
        if jobs.isEmpty { lines.append("jobs: none has run yet") }
        for job in jobs {
            let state = job.outcome ?? (job.finishedAt == nil ? "running or interrupted" : "unknown")
            let skipped = job.skippedSince > 0 ? ", \(job.skippedSince) later runs skipped (lock held)" : ""
            lines.append(
                "job \(job.job): \(state), started \(time(job.startedAt)), finished \(time(job.finishedAt))\(skipped)")
        }
        for entry in health.recentImports {
            lines.append(
                "import \(entry.fileName): \(entry.outcome) (\(entry.kinds)) +\(entry.added) ~\(entry.changed) "
                    + "=\(entry.unchanged) -\(entry.removed) at \(time(entry.finishedAt))")
        }
        return lines
    }
}

/// Files in the inbox by state.
struct InboxCounts: Encodable {
    var path: String
    var ready = 0
    var waiting = 0
    var rejected = 0
    var abandoned = 0

    init(folder: InboxFolder, now: Int64, settleSeconds: Int) {
        path = folder.root.path
        let manager = FileManager.default
        if let scan = try? folder.scan(now: now, settleSeconds: settleSeconds) {
            ready = scan.ready.count
            waiting = scan.waiting.count
        }
        rejected =
            ((try? manager.contentsOfDirectory(atPath: folder.rejected.path)) ?? [])
            .filter { !$0.hasSuffix(".errors.txt") }.count
        abandoned = ((try? manager.contentsOfDirectory(atPath: folder.processing.path)) ?? []).count
    }
}

/// Outgoing messages waiting in `outbox/mail/`.
struct SpoolCounts: Encodable {
    var path: String
    var messages: Int

    init(outbox: URL) {
        let mail = outbox.appendingPathComponent("mail", isDirectory: true)
        path = mail.path
        messages =
            ((try? FileManager.default.contentsOfDirectory(atPath: mail.path)) ?? [])
            .filter { $0.hasSuffix(".eml") }.count
    }
}
