import Foundation
import GangwayCore

/// What pages are rendered with: the templates, the message catalogues, and each language's
/// templates with the values its pages share filled in (``SiteTemplates/library(for:values:)``).
/// It depends on the options only, not on the catalog, so a build can prepare it while it reads
/// the catalog.
public struct SitePresentation: @unchecked Sendable {
    let templates: SiteTemplates
    let messages: [Language: MessageCatalog]
    let libraries: [Language: PageTemplateLibrary]

    /// Loads the templates and message catalogues from `options.templates` (Russian always: it
    /// is the fallback language and the language chooser's).
    public init(options: SiteOptions) throws {
        templates = try SiteTemplates(directory: options.templates)
        let folder = options.templates.appendingPathComponent("i18n", isDirectory: true)
        var messages: [Language: MessageCatalog] = [:]
        var libraries: [Language: PageTemplateLibrary] = [:]
        for language in [Language.ru] + options.languages where messages[language] == nil {
            let catalog = try MessageCatalog.load(directory: folder, language: language)
            messages[language] = catalog
            libraries[language] = try templates.library(
                for: language, values: LanguageValues.context(language: language, messages: catalog, options: options))
        }
        self.messages = messages
        self.libraries = libraries
    }
}
