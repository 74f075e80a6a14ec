import Foundation

/// A ЮKassa notification: `{"type":"notification","event":"payment.succeeded","object":{…}}`.
/// It is not signed, so only its event and object id are read from it; what to do is decided
/// by re-reading the object from the API (payments.md).
public struct YooKassaWebhook: Sendable, Equatable {
    public enum Event: String, Sendable, CaseIterable {
        case paymentSucceeded = "payment.succeeded"
        case paymentCanceled = "payment.canceled"
        case paymentWaitingForCapture = "payment.waiting_for_capture"
        case refundSucceeded = "refund.succeeded"
    }

    public var event: Event
    public var objectID: String

    public init(event: Event, objectID: String) {
        self.event = event
        self.objectID = objectID
    }

    /// Reads the notification; throws ``YooKassaError/unexpectedResponse(_:)`` naming what is wrong.
    public init(json: Data) throws {
        struct Wire: Decodable {
            struct Object: Decodable { var id: String? }
            var type: String?
            var event: String?
            var object: Object?
        }
        guard let wire = try? JSONDecoder().decode(Wire.self, from: json) else {
            throw YooKassaError.unexpectedResponse("the notification is not a JSON object")
        }
        guard wire.type == "notification" else {
            throw YooKassaError.unexpectedResponse(
                "type is \(wire.type.map { "\"\($0)\"" } ?? "missing"), not \"notification\"")
        }
        guard let name = wire.event, let event = Event(rawValue: name) else {
            throw YooKassaError.unexpectedResponse("unknown event \(wire.event ?? "(missing)")")
        }
        guard let id = wire.object?.id, !id.isEmpty, id.count <= 64,
            id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            throw YooKassaError.unexpectedResponse("object.id is missing or malformed")
        }
        self.init(event: event, objectID: id)
    }
}
