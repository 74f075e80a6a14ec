extension QRCode {
    /// A ticket's QR code as the order page and the confirmation e-mail show it: the ticket code,
    /// medium error correction, 4-pixel modules and the standard 4-module quiet zone, titled with
    /// the code.
    public static func ticketSVG(_ ticketCode: String) throws -> String {
        try QRCode(text: ticketCode, correction: .medium).svg(moduleSize: 4, quietZone: 4, title: ticketCode)
    }
}
