/// Why `gangway-bench` stopped. Each has a one-line description an operator can act on.
enum BenchError: Error, CustomStringConvertible {
    /// `--help`: print the usage and exit 0.
    case help
    /// Wrong arguments (exit 64).
    case usage(String)
    /// The benchmark could not be set up or run (a file, the `gangway` binary, a child process).
    case setup(String)
    /// The import did not do what it had to: a file rejected, a count wrong, a crash (exit 1).
    case importFailed(String)
    /// A site build failed or built the wrong pages.
    case siteFailed(String)

    var description: String {
        switch self {
        case .help: BenchOptions.usage
        case .usage(let message): "\(message)\n\(BenchOptions.usage)"
        case .setup(let message): "benchmark setup failed: \(message)"
        case .importFailed(let message): "import failed: \(message)"
        case .siteFailed(let message): "site build failed: \(message)"
        }
    }

    var exitCode: Int32 {
        switch self {
        case .help: 0
        case .usage: 64
        case .setup, .importFailed, .siteFailed: 1
        }
    }
}
