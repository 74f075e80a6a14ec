/// Why a stage-two page template (``PageTemplateParser``, ``PageTemplateLibrary``) was refused.
/// Every case names the template and, where there is one, the line.
struct PageTemplateError: Error, Equatable, CustomStringConvertible {
    let template: String
    let line: Int?
    let reason: String

    init(_ template: String, line: Int? = nil, _ reason: String) {
        self.template = template
        self.line = line
        self.reason = reason
    }

    var description: String {
        if let line { return "\(template), line \(line): \(reason)" }
        return "\(template): \(reason)"
    }
}
