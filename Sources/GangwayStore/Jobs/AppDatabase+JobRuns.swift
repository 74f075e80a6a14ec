import GRDB

/// One recorded run of a batch command.
public struct JobRun: Sendable, Hashable, Codable {
    public var id: Int64
    public var job: String
    public var startedAt: Int64
    public var finishedAt: Int64?
    /// `ok`, `rejected`, `failed`, `skipped`; nil while running (or when the run crashed).
    public var outcome: String?
    public var exitCode: Int?
    /// The run's summary, as JSON.
    public var summary: String
    /// Runs of the same job skipped since this one started (another run held the lock).
    public var skippedSince: Int
}

extension AppDatabase {
    /// Records the start of a run; returns its id.
    public func startJobRun(_ job: String, at now: Int64) throws -> Int64 {
        try writer.write { db in
            try db.execute(sql: "INSERT INTO job_run (job, started_at) VALUES (?, ?)", arguments: [job, now])
            return db.lastInsertedRowID
        }
    }

    /// Records how a run ended.
    public func finishJobRun(_ id: Int64, outcome: String, exitCode: Int, summary: String, at now: Int64) throws {
        try writer.write { db in
            try db.execute(
                sql: "UPDATE job_run SET finished_at = ?, outcome = ?, exit_code = ?, summary = ? WHERE id = ?",
                arguments: [now, outcome, exitCode, summary, id])
        }
    }

    /// Records a run that did not start because another held the lock.
    public func recordSkippedRun(_ job: String, at now: Int64) throws {
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO job_run (job, started_at, finished_at, outcome, exit_code, summary)
                    VALUES (?, ?, ?, 'skipped', 75, '{"reason":"lock held by another run"}')
                    """, arguments: [job, now, now])
        }
    }

    /// The latest run of every job that actually ran (skipped runs do not hide a run still in
    /// progress), with how many runs were skipped since it started.
    public func lastJobRuns() throws -> [JobRun] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.*, (SELECT COUNT(*) FROM job_run k
                                 WHERE k.job = r.job AND k.outcome = 'skipped' AND k.id > r.id) AS skipped_since
                    FROM job_run r
                    WHERE r.id IN (SELECT MAX(id) FROM job_run WHERE outcome IS NULL OR outcome <> 'skipped' GROUP BY job)
                       OR (r.outcome = 'skipped' AND r.id IN (SELECT MAX(id) FROM job_run GROUP BY job)
                           AND NOT EXISTS (SELECT 1 FROM job_run o WHERE o.job = r.job
                                           AND (o.outcome IS NULL OR o.outcome <> 'skipped')))
                    ORDER BY r.job
                    """
            ).map { row in
                JobRun(
                    id: row["id"], job: row["job"], startedAt: row["started_at"], finishedAt: row["finished_at"],
                    outcome: row["outcome"], exitCode: row["exit_code"], summary: row["summary"],
                    skippedSince: row["skipped_since"])
            }
        }
    }
}
