import Foundation
import GangwayCore
import Testing

@Suite("Configuration")
struct ConfigurationTests {
    // MARK: Defaults and the file

    @Test func withoutAFileEveryKeyHasItsDefault() throws {
        try withTemporaryDirectory { work in
            let configuration = try Configuration.load(
                file: nil, fileRequired: false, environment: [:], workingDirectory: work
            )
            #expect(configuration.database.path.path == work.appending(path: "gangway.sqlite").path)
            #expect(configuration.database.busyTimeoutMilliseconds == 5000)
            #expect(configuration.inbox.path.path == work.appending(path: "inbox").path)
            #expect(configuration.outbox.path.path == work.appending(path: "outbox").path)
            #expect(configuration.operator.timeZone.identifier == "Europe/Moscow")
            #expect(configuration.operator.language == .ru)
            #expect(configuration.site.languages == [.ru, .en, .zh])
            #expect(configuration.import.settleSeconds == 0)
            #expect(configuration.import.maxFileMegabytes == 64)
            #expect(configuration.import.maxFileBytes == 64 * 1_048_576)
            #expect(configuration.import.maxXMLDepth == 32)
            #expect(configuration.file == nil)
            #expect(configuration.settings.allSatisfy { $0.source == .defaultValue })
            #expect(configuration.settings.map(\.key) == Configuration.keyNames)
        }
    }

    @Test func anOptionalFileThatIsMissingMeansDefaults() throws {
        try withTemporaryDirectory { work in
            let configuration = try Configuration.load(
                file: work.appending(path: "gangway.toml"), fileRequired: false, environment: [:],
                workingDirectory: work
            )
            #expect(configuration == Configuration(workingDirectory: work))
        }
    }

    @Test func aRequiredFileThatIsMissingIsAnError() throws {
        try withTemporaryDirectory { work in
            let file = work.appending(path: "elsewhere.toml")
            let error = #expect(throws: ConfigurationError.self) {
                try Configuration.load(file: file, fileRequired: true, environment: [:], workingDirectory: work)
            }
            #expect(error == .fileNotFound(path: file.path))
            #expect(error?.description == "configuration file \(file.path) does not exist")
        }
    }

    @Test func theFileOverridesDefaultsAndRecordsItsLines() throws {
        try withTemporaryDirectory { work in
            let file = try write(
                """
                [database]
                busy_timeout_ms = 250

                [operator]
                timezone = "Asia/Vladivostok"
                language = "en"

                [site]
                languages = ["ru", "zh"]

                [import]
                settle_seconds = 30
                max_file_mb = 1
                max_xml_depth = 256
                """,
                to: work.appending(path: "gangway.toml")
            )
            let configuration = try Configuration.load(
                file: file, fileRequired: true, environment: [:], workingDirectory: work
            )
            #expect(configuration.database.busyTimeoutMilliseconds == 250)
            #expect(configuration.operator.timeZone.identifier == "Asia/Vladivostok")
            #expect(configuration.operator.language == .en)
            #expect(configuration.site.languages == [.ru, .zh])
            #expect(configuration.import.settleSeconds == 30)
            #expect(configuration.import.maxFileMegabytes == 1)
            #expect(configuration.import.maxXMLDepth == 256)
            #expect(configuration.file?.path == file.path)
            #expect(configuration.sources["database.busy_timeout_ms"] == .file("gangway.toml", line: 2))
            #expect(configuration.sources["import.max_xml_depth"] == .file("gangway.toml", line: 14))
            #expect(configuration.sources["database.path"] == .defaultValue)
        }
    }

    // MARK: Paths

    @Test func relativePathsInTheFileResolveAgainstTheFilesDirectory() throws {
        try withTemporaryDirectory { work in
            let file = try write(
                """
                [database]
                path = "data/../db/gangway.sqlite"
                [inbox]
                path = "./drop"
                [outbox]
                path = "/var/tmp/gangway-out"
                """,
                to: work.appending(path: "etc/gangway/gangway.toml")
            )
            let configuration = try Configuration.load(
                file: file, fileRequired: true, environment: [:], workingDirectory: work
            )
            #expect(configuration.database.path.path == work.appending(path: "etc/gangway/db/gangway.sqlite").path)
            #expect(configuration.inbox.path.path == work.appending(path: "etc/gangway/drop").path)
            #expect(configuration.outbox.path.path == "/var/tmp/gangway-out")
            #expect(configuration.inbox.path.hasDirectoryPath)
            #expect(!configuration.database.path.hasDirectoryPath)
            #expect(configuration.database.path.isFileURL)
            #expect(configuration.database.path.baseURL == nil)
        }
    }

    @Test func relativePathsFromTheEnvironmentResolveAgainstTheWorkingDirectory() throws {
        try withTemporaryDirectory { work in
            _ = try write("[inbox]\npath = \"from-file\"\n", to: work.appending(path: "conf/gangway.toml"))
            let configuration = try Configuration.load(
                explicitPath: "conf/gangway.toml",
                environment: ["GANGWAY_DATABASE_PATH": "state/main.sqlite", "GANGWAY_OUTBOX_PATH": "../out"],
                workingDirectory: work
            )
            #expect(configuration.database.path.path == work.appending(path: "state/main.sqlite").path)
            #expect(configuration.outbox.path.path == work.deletingLastPathComponent().appending(path: "out").path)
            #expect(configuration.inbox.path.path == work.appending(path: "conf/from-file").path)
            #expect(configuration.sources["database.path"] == .environment("GANGWAY_DATABASE_PATH"))
            #expect(configuration.sources["inbox.path"] == .file("conf/gangway.toml", line: 2))
        }
    }

    // MARK: The environment

    @Test func theEnvironmentOverridesTheFile() throws {
        try withTemporaryDirectory { work in
            let file = try write(
                "[import]\nmax_file_mb = 10\n[site]\nlanguages = [\"ru\"]\n", to: work.appending(path: "gangway.toml")
            )
            let configuration = try Configuration.load(
                file: file, fileRequired: false,
                environment: [
                    "GANGWAY_IMPORT_MAX_FILE_MB": " 1_000 ",
                    "GANGWAY_SITE_LANGUAGES": " zh, ru ",
                    "GANGWAY_OPERATOR_LANGUAGE": "en",
                    "GANGWAY_OPERATOR_TIMEZONE": "UTC",
                ],
                workingDirectory: work
            )
            #expect(configuration.import.maxFileMegabytes == 1000)
            #expect(configuration.site.languages == [.zh, .ru])
            #expect(configuration.operator.language == .en)
            #expect(configuration.operator.timeZone.secondsFromGMT() == 0)
            #expect(configuration.sources["import.max_file_mb"] == .environment("GANGWAY_IMPORT_MAX_FILE_MB"))
        }
    }

    @Test func unknownGangwayVariablesAreIgnored() throws {
        try withTemporaryDirectory { work in
            let configuration = try Configuration.load(
                file: nil, fileRequired: false,
                environment: [
                    "GANGWAY_YOOKASSA_SECRET_KEY": "live_secret",
                    "GANGWAY_DATABSE_PATH": "typo.sqlite",
                    "GANGWAY_DATABASE": "flag-level.sqlite",
                    "HOME": "/root",
                ],
                workingDirectory: work
            )
            #expect(configuration == Configuration(workingDirectory: work))
        }
    }

    @Test(arguments: [
        ("database.path", "GANGWAY_DATABASE_PATH"),
        ("database.busy_timeout_ms", "GANGWAY_DATABASE_BUSY_TIMEOUT_MS"),
        ("import.settle_seconds", "GANGWAY_IMPORT_SETTLE_SECONDS"),
        ("site.languages", "GANGWAY_SITE_LANGUAGES"),
    ])
    func environmentVariablesAreTheKeyUpperCased(key: String, variable: String) {
        #expect(Configuration.environmentVariable(for: key) == variable)
    }

    @Test func everyKeyHasItsOwnVariable() {
        let variables = Configuration.keyNames.compactMap(Configuration.environmentVariable(for:))
        #expect(variables.count == Configuration.keyNames.count)
        #expect(Set(variables).count == variables.count)
        #expect(Configuration.environmentVariable(for: "database.nope") == nil)
    }

    /// Each case: variable, its text, and the whole error line.
    @Test(arguments: [
        (
            "GANGWAY_IMPORT_MAX_FILE_MB", "abc",
            "environment GANGWAY_IMPORT_MAX_FILE_MB: import.max_file_mb: expected an integer, got \"abc\""
        ),
        (
            "GANGWAY_IMPORT_MAX_FILE_MB", "0",
            "environment GANGWAY_IMPORT_MAX_FILE_MB: import.max_file_mb: must be between 1 and 1024, got 0"
        ),
        (
            "GANGWAY_IMPORT_SETTLE_SECONDS", "-5",
            "environment GANGWAY_IMPORT_SETTLE_SECONDS: import.settle_seconds: must be 0 or more, got -5"
        ),
        (
            "GANGWAY_SITE_LANGUAGES", "en,zh",
            "environment GANGWAY_SITE_LANGUAGES: site.languages: must include \"ru\", the language every text "
                + "falls back to"
        ),
        (
            "GANGWAY_SITE_LANGUAGES", "ru,,en",
            "environment GANGWAY_SITE_LANGUAGES: site.languages: unknown language \"\"; expected \"ru\", \"en\", \"zh\""
        ),
        (
            "GANGWAY_DATABASE_PATH", "",
            "environment GANGWAY_DATABASE_PATH: database.path: the path must not be empty"
        ),
        (
            "GANGWAY_OPERATOR_LANGUAGE", "zh",
            "environment GANGWAY_OPERATOR_LANGUAGE: operator.language: expected one of \"ru\", \"en\", got \"zh\""
        ),
        (
            "GANGWAY_MAIL_FROM", "Tickets <tickets@example.ru>",
            "environment GANGWAY_MAIL_FROM: mail.from: expected an e-mail address like \"tickets@example.ru\", "
                + "got \"Tickets <tickets@example.ru>\""
        ),
        (
            "GANGWAY_PAYMENTS_YOOKASSA_NETWORKS", "185.71.76.0/27,10.0.0.0/33",
            "environment GANGWAY_PAYMENTS_YOOKASSA_NETWORKS: payments.yookassa_networks: \"10.0.0.0/33\" is not an "
                + "IP address or CIDR range"
        ),
        (
            "GANGWAY_RECONCILE_PAID_ORDERS", "maybe",
            "environment GANGWAY_RECONCILE_PAID_ORDERS: reconcile.paid_orders: expected one of \"confirm\", "
                + "\"flag\", got \"maybe\""
        ),
        (
            "GANGWAY_PAYMENTS_YOOKASSA_API_URL", "ftp://api.example.ru/",
            "environment GANGWAY_PAYMENTS_YOOKASSA_API_URL: payments.yookassa_api_url: expected a URL like "
                + "\"https://api.yookassa.ru/v3/\", got \"ftp://api.example.ru/\""
        ),
    ])
    func badEnvironmentValuesNameTheVariable(variable: String, text: String, expected: String) throws {
        try withTemporaryDirectory { work in
            let error = #expect(throws: ConfigurationError.self) {
                try Configuration.load(
                    file: nil, fileRequired: false, environment: [variable: text], workingDirectory: work
                )
            }
            #expect(error?.description == expected)
        }
    }

    // MARK: Mistakes in the file

    @Test func anUnknownKeyIsAnErrorWithItsLineAndASuggestion() throws {
        try withTemporaryDirectory { work in
            let file = try write(
                "# settings\n[import]\nmax_file_mb = 8\nsettle_secnds = 5\n", to: work.appending(path: "gangway.toml")
            )
            let error = #expect(throws: ConfigurationError.self) {
                try Configuration.load(file: file, fileRequired: true, environment: [:], workingDirectory: work)
            }
            #expect(
                error?.description
                    == "gangway.toml:4: unknown key \"import.settle_secnds\" (did you mean \"import.settle_seconds\"?)"
            )
        }
    }

    @Test(arguments: [
        ("databse_path = \"x\"\n", "gangway.toml:1: unknown key \"databse_path\" (did you mean \"database.path\"?)"),
        ("colour = \"x\"\n", "gangway.toml:1: unknown key \"colour\""),
        (
            "[inbox]\nsettle_seconds = 5\n",
            "gangway.toml:2: unknown key \"inbox.settle_seconds\" (did you mean "
                + "\"import.settle_seconds\"?)"
        ),
        ("[databse]\npath = \"x\"\n", "gangway.toml:1: unknown table [databse] (did you mean \"database\"?)"),
        ("[reports]\n", "gangway.toml:1: unknown table [reports]"),
        ("[database.extra]\n", "gangway.toml:1: unknown table [database.extra]"),
    ])
    func unknownKeysAndTablesAreErrors(text: String, expected: String) throws {
        try withTemporaryDirectory { work in
            let file = try write(text, to: work.appending(path: "gangway.toml"))
            let error = #expect(throws: ConfigurationError.self) {
                try Configuration.load(file: file, fileRequired: true, environment: [:], workingDirectory: work)
            }
            #expect(error?.description == expected)
        }
    }

    /// Each case: one line under its table, and the message after `gangway.toml:2: key: `.
    @Test(arguments: [
        ("[database]\nbusy_timeout_ms = -1", "database.busy_timeout_ms", "must be 0 or more, got -1"),
        ("[database]\nbusy_timeout_ms = \"5000\"", "database.busy_timeout_ms", "expected an integer, got \"5000\""),
        ("[database]\npath = 5", "database.path", "expected a string, got 5"),
        ("[database]\npath = \"\"", "database.path", "the path must not be empty"),
        ("[database]\npath = \"~/gangway.sqlite\"", "database.path", "\"~/gangway.sqlite\": ~ is not expanded here"),
        ("[import]\nmax_file_mb = 0", "import.max_file_mb", "must be between 1 and 1024, got 0"),
        ("[import]\nmax_file_mb = 1025", "import.max_file_mb", "must be between 1 and 1024, got 1025"),
        ("[import]\nmax_xml_depth = 3", "import.max_xml_depth", "must be between 4 and 256, got 3"),
        ("[import]\nmax_xml_depth = 257", "import.max_xml_depth", "must be between 4 and 256, got 257"),
        ("[import]\nsettle_seconds = true", "import.settle_seconds", "expected an integer, got true"),
        ("[operator]\ntimezone = \"Mars/Olympus\"", "operator.timezone", "unknown time zone \"Mars/Olympus\""),
        ("[operator]\ntimezone = \"\"", "operator.timezone", "unknown time zone \"\""),
        ("[operator]\nlanguage = \"de\"", "operator.language", "expected one of \"ru\", \"en\", got \"de\""),
        ("[site]\nlanguages = \"ru\"", "site.languages", "expected an array of language codes, got \"ru\""),
        ("[site]\nlanguages = [\"en\"]", "site.languages", "must include \"ru\""),
        ("[site]\nlanguages = []", "site.languages", "must include \"ru\""),
        ("[site]\nlanguages = [\"ru\", \"ru\"]", "site.languages", "\"ru\" is listed twice"),
        ("[site]\nlanguages = [\"ru\", \"fr\"]", "site.languages", "unknown language \"fr\""),
        ("[site]\nlanguages = [1]", "site.languages", "expected a string, got 1"),
    ])
    func wrongTypesAndRangesNameTheKeyAndLine(text: String, key: String, message: String) throws {
        try withTemporaryDirectory { work in
            let file = try write(text, to: work.appending(path: "gangway.toml"))
            let error = #expect(throws: ConfigurationError.self) {
                try Configuration.load(file: file, fileRequired: true, environment: [:], workingDirectory: work)
            }
            guard case .invalidValue(let errorKey, let source, let errorMessage)? = error else {
                Issue.record("expected an invalid value, got \(String(describing: error))")
                return
            }
            #expect(errorKey == key)
            #expect(source == .file("gangway.toml", line: 2))
            #expect(errorMessage.contains(message), "\(errorMessage)")
            #expect(error?.description.hasPrefix("gangway.toml:2: \(key): ") == true)
        }
    }

    @Test func errorsNameTheFileRelativeToTheWorkingDirectory() throws {
        try withTemporaryDirectory { work in
            let inside = try write("[database]\npath = gangway.sqlite\n", to: work.appending(path: "conf/a.toml"))
            let insideError = #expect(throws: ConfigurationError.self) {
                try Configuration.load(file: inside, fileRequired: true, environment: [:], workingDirectory: work)
            }
            #expect(
                insideError?.description == "conf/a.toml:2: unquoted text gangway.sqlite; strings must be in quotes"
            )

            let elsewhere = work.appending(path: "cwd", directoryHint: .isDirectory)
            let outsideError = #expect(throws: ConfigurationError.self) {
                try Configuration.load(file: inside, fileRequired: true, environment: [:], workingDirectory: elsewhere)
            }
            #expect(outsideError?.description.hasPrefix("\(inside.path):2: ") == true)

            let rootError = #expect(throws: ConfigurationError.self) {
                try Configuration.load(
                    file: inside, fileRequired: true, environment: [:], workingDirectory: URL(filePath: "/")
                )
            }
            #expect(rootError?.description.hasPrefix("\(inside.path):2: ") == true)
        }
    }

    @Test func aDirectoryOrNonUTF8FileIsRefused() throws {
        try withTemporaryDirectory { work in
            let directory = work.appending(path: "gangway.toml", directoryHint: .isDirectory)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let directoryError = #expect(throws: ConfigurationError.self) {
                try Configuration.load(file: directory, fileRequired: false, environment: [:], workingDirectory: work)
            }
            #expect(directoryError == .unreadableFile(path: directory.path, reason: "it is a directory"))

            let latin1 = work.appending(path: "latin1.toml")
            try Data([0x61, 0x20, 0x3D, 0x20, 0x22, 0xE9, 0x22, 0x0A]).write(to: latin1)
            let encodingError = #expect(throws: ConfigurationError.self) {
                try Configuration.load(file: latin1, fileRequired: true, environment: [:], workingDirectory: work)
            }
            #expect(encodingError == .notUTF8(path: latin1.path))
        }
    }

    // MARK: Which file

    @Test func theFileIsTheFlagThenGangwayConfigThenTheDefault() throws {
        try withTemporaryDirectory { work in
            let fromFlag = Configuration.fileLocation(
                explicitPath: "a.toml", environment: ["GANGWAY_CONFIG": "/etc/b.toml"], workingDirectory: work
            )
            #expect(fromFlag == .init(url: work.appending(path: "a.toml"), isRequired: true))

            let fromEnvironment = Configuration.fileLocation(
                explicitPath: nil, environment: ["GANGWAY_CONFIG": "/etc/b.toml"], workingDirectory: work
            )
            #expect(fromEnvironment == .init(url: URL(filePath: "/etc/b.toml"), isRequired: true))

            let byDefault = Configuration.fileLocation(
                explicitPath: nil, environment: ["GANGWAY_CONFIG": ""], workingDirectory: work
            )
            #expect(byDefault == .init(url: work.appending(path: "gangway.toml"), isRequired: false))
        }
    }

    @Test func aMissingFileNamedByGangwayConfigIsAnError() throws {
        try withTemporaryDirectory { work in
            let error = #expect(throws: ConfigurationError.self) {
                try Configuration.load(
                    explicitPath: nil, environment: ["GANGWAY_CONFIG": "missing.toml"], workingDirectory: work
                )
            }
            #expect(error == .fileNotFound(path: work.appending(path: "missing.toml").path))
        }
    }

    @Test func gangwayTomlInTheWorkingDirectoryIsReadWhenPresent() throws {
        try withTemporaryDirectory { work in
            _ = try write("[operator]\nlanguage = \"en\"\n", to: work.appending(path: "gangway.toml"))
            let configuration = try Configuration.load(explicitPath: nil, environment: [:], workingDirectory: work)
            #expect(configuration.operator.language == .en)
            #expect(configuration.file?.path == work.appending(path: "gangway.toml").path)
        }
    }

    // MARK: Every key, and the documentation

    /// Writing each key's shown value back into a file reads the same value: the checks accept
    /// what `settings` prints, and every key can be set from a file.
    @Test func everySettingReadsBackFromAFile() throws {
        try withTemporaryDirectory { work in
            let defaults = Configuration(workingDirectory: work)
            for setting in defaults.settings {
                let parts = setting.key.split(separator: ".")
                let table = parts.dropLast().joined(separator: ".")
                let leaf = try #require(parts.last)
                let file = try write(
                    "[\(table)]\n\(leaf) = \(setting.value)\n", to: work.appending(path: "\(setting.key).toml")
                )
                let loaded = try Configuration.load(
                    file: file, fileRequired: true, environment: [:], workingDirectory: work
                )
                let reread = try #require(loaded.settings.first { $0.key == setting.key })
                #expect(reread.value == setting.value)
                #expect(reread.source == .file("\(setting.key).toml", line: 2))
            }
        }
    }

    /// The repository's gangway.toml sets every key, to its default.
    @Test func theDocumentedFileHoldsEveryKeyWithItsDefault() throws {
        let root = Self.packageRoot
        let file = root.appending(path: "gangway.toml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let document = try TOMLSubsetParser(fileName: "gangway.toml").parse(text)
        #expect(Set(document.entries.keys) == Set(Configuration.keyNames))

        let loaded = try Configuration.load(file: file, fileRequired: true, environment: [:], workingDirectory: root)
        let defaults = Configuration(workingDirectory: root)
        #expect(loaded.settings.map(\.value) == defaults.settings.map(\.value))
        #expect(loaded.settings.allSatisfy { if case .file = $0.source { true } else { false } })
    }

    /// docs/configuration.md names every key and its environment variable.
    @Test func theReferenceDocumentsEveryKey() throws {
        let text = try String(contentsOf: Self.packageRoot.appending(path: "docs/configuration.md"), encoding: .utf8)
        for key in Configuration.keyNames {
            #expect(text.contains("`\(key)`"), "docs/configuration.md does not mention `\(key)`")
            let variable = try #require(Configuration.environmentVariable(for: key))
            #expect(text.contains(variable), "docs/configuration.md does not mention \(variable)")
        }
    }

    // MARK: Helpers

    /// The package root, found from this source file (never the current directory).
    private static var packageRoot: URL {
        URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `body` with a fresh empty directory, removed afterwards.
    private func withTemporaryDirectory(_ body: (URL) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory
            .appending(path: "gangway-config-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory)
    }

    /// Writes `text` to `url`, creating its directory; returns `url`.
    private func write(_ text: String, to url: URL) throws -> URL {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true
        )
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func theMailSenderIsTheKeyElseNoreplyAtTheSiteHost() throws {
        try withTemporaryDirectory { work in
            let derived = try Configuration.load(
                file: nil, fileRequired: false, environment: ["GANGWAY_SITE_BASE_URL": "https://tickets.example.ru"],
                workingDirectory: work)
            #expect(derived.mailSender == "noreply@tickets.example.ru")
            let set = try Configuration.load(
                file: nil, fileRequired: false, environment: ["GANGWAY_MAIL_FROM": "bilety@example.ru"],
                workingDirectory: work)
            #expect(set.mailSender == "bilety@example.ru")
        }
    }
}
