/// One element of a catalog document as the reader keeps it for flattening: name, attributes
/// (values trimmed), text (trimmed), children, and the line where its start tag begins.
struct XMLCatalogElement: Sendable, Hashable {
    var name: String
    var attributes: [String: String]
    var line: Int
    var text: String = ""
    var children: [XMLCatalogElement] = []

    init(name: String, attributes: [String: String], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    /// The children named `name`, in document order.
    func children(named name: String) -> [XMLCatalogElement] {
        children.filter { $0.name == name }
    }
}
