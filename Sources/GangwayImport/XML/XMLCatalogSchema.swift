import Foundation

/// The XML Schema a document is validated against: the bundled `gangway-v1.xsd`, or another
/// one given as bytes (for tests, or a newer format version).
public struct XMLCatalogSchema: Sendable, Hashable {
    /// The name of the bundled schema file in the module's resources.
    public static let bundledFileName = "gangway-v1.xsd"

    /// The schema's bytes, or nil when the bundled schema could not be found or read (the reader
    /// then reports that, instead of crashing).
    public let data: Data?

    public init(data: Data) {
        self.data = data
    }

    private init(missing: Void) {
        self.data = nil
    }

    /// A schema that could not be loaded: the reader reports ``XMLProblem/schemaUnavailable``.
    static let unavailable = XMLCatalogSchema(missing: ())

    /// Where the bundled schema lives, so it can be shown to operators or copied next to sample
    /// files; nil when the resource is missing.
    public static var bundledURL: URL? {
        guard let resources = Bundle.module.url(forResource: "Resources", withExtension: nil) else { return nil }
        let url = resources.appendingPathComponent(bundledFileName)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The schema shipped with Gangway for format version 1.
    public static var bundled: XMLCatalogSchema {
        guard let url = bundledURL, let data = try? Data(contentsOf: url) else {
            return .unavailable
        }
        return XMLCatalogSchema(data: data)
    }
}
