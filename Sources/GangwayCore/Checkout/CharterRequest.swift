/// What a customer asks to hold for a charter: a vessel offered for charter, from `startsAt`
/// (UTC seconds) for `hours` hours, for `guests` guests.
public struct CharterRequest: Sendable, Hashable {
    public var vesselID: String
    public var startsAt: Int64
    public var hours: Int
    public var guests: Int
    public var contact: ContactDetails
    public var language: Language
    public var utm: String?

    public init(
        vesselID: String, startsAt: Int64, hours: Int, guests: Int, contact: ContactDetails, language: Language,
        utm: String? = nil
    ) {
        self.vesselID = vesselID
        self.startsAt = startsAt
        self.hours = hours
        self.guests = guests
        self.contact = contact
        self.language = language
        self.utm = utm
    }
}
