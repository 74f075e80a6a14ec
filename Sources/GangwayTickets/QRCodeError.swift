/// Why a QR code could not be made.
public enum QRCodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The data does not fit even the largest code (version 40) at the chosen correction level.
    /// `maximum` is how many bytes would fit at that level; a lower level fits more.
    case dataTooLong(byteCount: Int, maximum: Int)

    public var description: String {
        switch self {
        case .dataTooLong(let byteCount, let maximum):
            return "\(byteCount) bytes do not fit in a QR code at this correction level (at most \(maximum))"
        }
    }
}
