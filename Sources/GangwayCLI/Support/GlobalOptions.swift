import ArgumentParser

/// Flags every command takes.
public struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long, help: "Configuration file (default: gangway.toml in the working directory; env GANGWAY_CONFIG).")
    public var config: String?

    @Option(name: .long, help: "Database file; overrides the configuration (env GANGWAY_DATABASE).")
    public var database: String?

    @Option(
        name: .long,
        help: "Structured log level on stderr: trace, debug, info, notice, warning, error, critical (default: warning)."
    )
    public var logLevel: String = "warning"

    public init() {}
}
