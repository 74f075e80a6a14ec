/// A file sent with a message: shown inline when it has a content id the HTML refers to
/// (`<img src="cid:…">`), else attached.
public struct MailAttachment: Sendable, Equatable {
    public var fileName: String
    public var contentType: String
    public var contentID: String?
    public var bytes: [UInt8]

    public init(fileName: String, contentType: String, contentID: String? = nil, bytes: [UInt8]) {
        self.fileName = fileName
        self.contentType = contentType
        self.contentID = contentID
        self.bytes = bytes
    }
}
