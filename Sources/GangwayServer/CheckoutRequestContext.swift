import Hummingbird
import NIOCore

/// The request context of the checkout server: the core storage, and the peer's address (for
/// the per-client rate limit; behind nginx the client is taken from `X-Forwarded-For` instead).
public struct CheckoutRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Bodies larger than this are refused with 413 before they are decoded.
    public var maxUploadSize: Int { 64 * 1_024 }
}
