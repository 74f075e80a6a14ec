import Foundation
import GangwayCore
import Mustache

/// The Mustache templates of `templates/site/`, and a fingerprint of everything under
/// `templates/` that shapes the pages (templates, catalogues, assets, policies): when it
/// changes, every page is rendered again.
///
/// Templates are rendered in two stages (templates/README.md). `[[name]]` tags show values that
/// are the same on every page of a language (``LanguageValues``): they are filled in once per
/// language by ``library(for:values:)``, which gives the `{{name}}` templates pages are rendered
/// with. A page's render then looks up only what is its own, which is most of a build's time.
struct SiteTemplates {
    /// Each template's text as written, by name (the file name without `.mustache`).
    let texts: [String: String]
    let fingerprint: String

    init(directory: URL) throws {
        let site = directory.appendingPathComponent("site", isDirectory: true)
        SiteContentType.register()
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: site.path) else {
            throw SiteBuildError.missingTemplateFolder(site.path)
        }
        var texts: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let url = site.appendingPathComponent(name)
            texts[String(name.dropLast(".mustache".count))] = try String(contentsOf: url, encoding: .utf8)
        }
        self.texts = texts
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

    /// The page templates of one language: every template with its `[[name]]` tags filled in from
    /// `values` (by swift-mustache, with `[[ ]]` as the delimiters), then parsed and resolved for
    /// the pages' own `{{name}}`s (``PageTemplateLibrary``). Throws when a tag names no text value
    /// (a typo, or a message with placeholders, which only a page can fill in), when a value would
    /// read as a tag in the second stage, or when a template does not parse.
    func library(for language: Language, values: [String: Any]) throws -> PageTemplateLibrary {
        var stageTwo: [String: String] = [:]
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            let file = name + ".mustache"
            try Self.checkLanguageTags(in: text, values: values, file: file, language: language)
            do {
                // Stage one: `[[ ]]` are the tags and `{{ }}` plain text, left for the page.
                let stageOne = try MustacheTemplate(string: SiteContentType.pragma + "{{=[[ ]]=}}" + text)
                stageTwo[name] = stageOne.render(values)
            } catch {
                throw SiteBuildError.badTemplate(file, "\(error)")
            }
        }
        do {
            return try PageTemplateLibrary(texts: stageTwo)
        } catch let error as PageTemplateError {
            throw SiteBuildError.badTemplate(error.template + ".mustache", error.description)
        }
    }

    /// Checks that every `[[name]]` of a template shows text: a name of `values`, or of the
    /// entries of a `[[#list]]` it is inside; a section names a list or a flag. Throws for a tag
    /// that names nothing (a typo, or a message with placeholders, which only a page can fill
    /// in) and for a value that would read as a tag in the second stage.
    static func checkLanguageTags(in text: String, values: [String: Any], file: String, language: Language) throws {
        var scopes: [[String: Any]] = [values]
        var sections: [(name: String, pushed: Bool)] = []
        func find(_ name: String) -> Any? {
            for scope in scopes.reversed() {
                if let value = LanguageValues.lookup(name, in: scope) { return value }
            }
            return nil
        }
        for tag in languageTags(in: text) {
            let kind = tag.first
            let name = kind == "#" || kind == "^" || kind == "/" ? String(tag.dropFirst()) : tag
            switch kind {
            case "#", "^":
                let value = find(name)
                if let list = value as? [[String: Any]] {
                    scopes.append(list.first ?? [:])
                    sections.append((name, true))
                } else if value is Bool {
                    sections.append((name, false))
                } else {
                    throw SiteBuildError.badTemplate(
                        file, "[[\(tag)]] names no list or flag of the \(language.rawValue) values")
                }
            case "/":
                guard let open = sections.popLast(), open.name == name else {
                    throw SiteBuildError.badTemplate(file, "[[\(tag)]] closes a section that is not open")
                }
                if open.pushed { scopes.removeLast() }
            default:
                guard let value = find(name) as? String else {
                    throw SiteBuildError.badTemplate(
                        file, "[[\(tag)]] names no plain text of the \(language.rawValue) catalogue")
                }
                if value.contains("{{") || value.contains("}}") {
                    throw SiteBuildError.badTemplate(
                        file, "the \(language.rawValue) text of [[\(tag)]] contains {{ or }}")
                }
            }
        }
    }

    /// The `[[tag]]`s of a template, in order, without the brackets.
    static func languageTags(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            names.append(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return names
    }
}
