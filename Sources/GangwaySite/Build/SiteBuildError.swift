/// Why a storefront build stopped.
public enum SiteBuildError: Error, CustomStringConvertible {
    case missingTemplateFolder(String)
    case missingTemplate(String)
    case badTemplate(String, String)

    public var description: String {
        switch self {
        case .missingTemplateFolder(let path): "no site templates in \(path)"
        case .missingTemplate(let name): "template \(name).mustache is missing"
        case .badTemplate(let name, let detail): "template \(name): \(detail)"
        }
    }
}
