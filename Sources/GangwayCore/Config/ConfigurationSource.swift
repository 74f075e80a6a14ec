/// Where a configuration value came from: the built-in default, a line of the configuration
/// file, or an environment variable. Errors name it, and `gangway status` can show it.
public enum ConfigurationSource: Sendable, Hashable, CustomStringConvertible {
    /// The built-in default (also what the documented `gangway.toml` says).
    case defaultValue
    /// A line of the configuration file; `file` is the path as shown in messages.
    case file(String, line: Int)
    /// An environment variable, such as `GANGWAY_DATABASE_PATH`.
    case environment(String)

    /// `default`, `gangway.toml:7` or `environment GANGWAY_DATABASE_PATH`.
    public var description: String {
        switch self {
        case .defaultValue: "default"
        case .file(let file, let line): "\(file):\(line)"
        case .environment(let variable): "environment \(variable)"
        }
    }
}
