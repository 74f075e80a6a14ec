/// One e-mail: a plain-text and an HTML body of the same content, and attachments.
public struct MailMessage: Sendable, Equatable {
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var text: String
    public var html: String?
    public var attachments: [MailAttachment]
    /// `<…@…>`, unique per message (the spool's file name is derived from it).
    public var messageID: String
    /// UTC seconds since 1970.
    public var date: Int64

    public init(
        from: MailAddress, to: MailAddress, subject: String, text: String, html: String? = nil,
        attachments: [MailAttachment] = [], messageID: String, date: Int64
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.attachments = attachments
        self.messageID = messageID
        self.date = date
    }
}
