/// Where boats leave from.
public struct Pier: Sendable, Hashable {
    public var id: String
    public var name: LocalizedText
    public var address: LocalizedText
    public var latitude: Double?
    public var longitude: Double?
    /// IANA time zone name; departures from this pier are local to it.
    public var timeZone: String
    public var source: SourceLocation?

    public init(
        id: String, name: LocalizedText, address: LocalizedText = LocalizedText(), latitude: Double? = nil,
        longitude: Double? = nil, timeZone: String = "Europe/Moscow", source: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.address = address
        self.latitude = latitude
        self.longitude = longitude
        self.timeZone = timeZone
        self.source = source
    }
}
