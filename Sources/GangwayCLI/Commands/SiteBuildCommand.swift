import ArgumentParser
import Foundation
import GangwayCore
import GangwaySite
import GangwayStore

/// `gangway site build [--out DIR] [--full] [--json]`
struct SiteBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Generate the static storefront (ru, en, zh) into outbox/site/.",
        discussion: """
            Incremental: only pages whose content changed are rewritten (atomically); unchanged files keep \
            their bytes and modification time; pages of removed sailings are deleted. --full renders every page \
            again. Prints pages written, unchanged and removed, and how many texts fell back to Russian.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output folder (default: outbox.path/site).")
    var out: String?

    @Flag(help: "Render every page again.")
    var full = false

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() throws {
        try GangwayRunner.run(json: json) {
            let context = try CommandContext(options: global)
            let configuration = context.configuration
            let output =
                out.map {
                    Configuration.resolvePath($0, against: context.environment.workingDirectory, isDirectory: true)
                } ?? configuration.outbox.path.appendingPathComponent("site", isDirectory: true)
            let database = try context.openDatabase(create: false)
            let now = context.clock.now()
            let lock = try JobLock.acquire(
                name: "site", at: JobLock.url(forJob: "site", database: configuration.database.path))
            guard let lock else {
                try database.recordSkippedRun("site", at: now)
                throw CommandFailure(
                    "another site build is running; skipped", exitCode: CommandFailure.temporaryFailure)
            }
            defer { lock.release() }
            let runID = try database.startJobRun("site", at: now)
            do {
                let options = SiteOptions(
                    baseURL: configuration.site.baseURL,
                    checkoutURL: configuration.site.checkoutURL.isEmpty ? nil : configuration.site.checkoutURL,
                    languages: configuration.site.languages, timeZone: configuration.operator.timeZone.identifier,
                    templates: configuration.site.templates, output: output, full: full, now: now)
                // The previous build's manifest and the templates are read on other threads meanwhile.
                let previous = BackgroundWork { try SiteManifest.load(fromSite: output) }
                let presentation = BackgroundWork { try SitePresentation(options: options) }
                let catalog = try database.siteCatalog(now: now)
                let summary = try SiteBuilder(catalog: catalog, options: options, presentation: presentation.value())
                    .build(previous: previous)
                try database.finishJobRun(
                    runID, outcome: "ok", exitCode: 0, summary: jsonString(summary.description),
                    at: context.clock.now())
                if json {
                    try context.printJSON(summary)
                } else {
                    context.print("\(output.path): \(summary.description)")
                }
            } catch {
                let failure = GangwayRunner.failure(for: error)
                try? database.finishJobRun(
                    runID, outcome: "failed", exitCode: Int(failure.exitCode),
                    summary: "{\"error\":\(jsonString(failure.message))}", at: context.clock.now())
                throw error
            }
            return 0
        }
    }
}
