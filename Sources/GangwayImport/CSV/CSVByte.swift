import GangwayCore

/// The bytes CSV syntax is made of. They are ASCII, so they mean the same in UTF-8 and Windows-1251 and
/// never occur inside a multi-byte UTF-8 character: the reader can work on bytes and decode fields last.
enum CSVByte {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23

    /// Whitespace that does not make a line non-empty: space, tab, CR, LF.
    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == lineFeed || byte == carriageReturn
    }
}
