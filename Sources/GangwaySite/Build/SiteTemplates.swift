import Foundation
import GangwayCore
import Mustache

/// The Mustache templates of `templates/site/`, and a fingerprint of everything under
/// `templates/` that shapes the pages (templates, catalogues, assets, policies): when it
/// changes, every page is rendered again.
struct SiteTemplates {
    let library: MustacheLibrary
    let fingerprint: String

    init(directory: URL) throws {
        let site = directory.appendingPathComponent("site", isDirectory: true)
        SiteContentType.register()
        var library = MustacheLibrary()
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: site.path) else {
            throw SiteBuildError.missingTemplateFolder(site.path)
        }
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let url = site.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            do {
                try library.register(SiteContentType.pragma + text, named: String(name.dropLast(".mustache".count)))
            } catch {
                throw SiteBuildError.badTemplate(name, "\(error)")
            }
        }
        self.library = library
        var bytes: [UInt8] = []
        let enumerator = manager.enumerator(at: directory, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(url)
            }
        }
        for url in files.sorted(by: { $0.path < $1.path }) {
            bytes += Array(url.path.dropFirst(directory.path.count).utf8)
            bytes += [UInt8]((try? Data(contentsOf: url)) ?? Data())
        }
        fingerprint = SHA256.hex(bytes)
    }
}
