import GangwayCore

/// The one validator behind CSV and XML: turns ``RawRecord``s into a typed ``CatalogBatch``,
/// checking every rule of formats.md that the file and the catalog already in the database
/// can decide. Rules that need sales (sold seats, sold sailings) and the vessel timetable are
/// checked by the store inside the import transaction.
public struct CatalogValidator {
    public struct Options: Sendable {
        /// Time zone of piers that name none.
        public var defaultTimeZone: String
        /// Longest `date_from`…`date_to` span accepted, in days.
        public var maximumRangeDays: Int

        public init(defaultTimeZone: String = "Europe/Moscow", maximumRangeDays: Int = 1_100) {
            self.defaultTimeZone = defaultTimeZone
            self.maximumRangeDays = maximumRangeDays
        }
    }

    let snapshot: CatalogSnapshot
    let options: Options
    var problems: [ImportProblem] = []
    var batch = CatalogBatch()
    var fileLayouts: [String: CatalogSnapshot.LayoutFacts] = [:]
    var fileVessels: [String: CatalogSnapshot.VesselFacts] = [:]
    var filePiers: [String: String] = [:]
    var fileProducts: [String: Int] = [:]

    init(snapshot: CatalogSnapshot, options: Options) {
        self.snapshot = snapshot
        self.options = options
    }

    /// Validates the records of one file (or one XML document), applying kinds in the order
    /// of formats.md so a record may refer to one defined earlier in the same file.
    public static func validate(
        _ records: [RawRecord], against snapshot: CatalogSnapshot, options: Options = Options()
    ) -> (batch: CatalogBatch, problems: [ImportProblem]) {
        var validator = CatalogValidator(snapshot: snapshot, options: options)
        var byKind: [RecordKind: [RawRecord]] = [:]
        for record in records { byKind[record.kind, default: []].append(record) }
        validator.validatePiers(byKind[.pier] ?? [])
        validator.validateLayouts(byKind[.layout] ?? [])
        validator.validateVessels(byKind[.vessel] ?? [])
        validator.validateProducts(byKind[.product] ?? [])
        validator.validateSchedules(byKind[.schedule] ?? [])
        validator.validatePromos(byKind[.promo] ?? [])
        return (validator.batch, validator.problems)
    }

    mutating func absorb(_ reader: FieldReader) {
        problems.append(contentsOf: reader.problems)
    }

    mutating func error(at location: SourceLocation?, _ reason: ValidationProblem) {
        problems.append(.error(at: location, reason))
    }

    mutating func warning(at location: SourceLocation?, _ reason: ValidationProblem) {
        problems.append(.warning(at: location, reason))
    }

    // MARK: Lookups: this file first, then the database.

    func pierTimeZone(_ id: String) -> String? { filePiers[id] ?? snapshot.piers[id] }
    func vesselFacts(_ id: String) -> CatalogSnapshot.VesselFacts? { fileVessels[id] ?? snapshot.vessels[id] }
    func layoutFacts(_ id: String) -> CatalogSnapshot.LayoutFacts? { fileLayouts[id] ?? snapshot.layouts[id] }
    func productDuration(_ id: String) -> Int? { fileProducts[id] ?? snapshot.products[id] }

    /// The seat categories a vessel sells (`general` for a vessel without a layout).
    func categories(ofVessel vessel: CatalogSnapshot.VesselFacts) -> Set<String> {
        guard let layoutID = vessel.layoutID else { return [Vessel.generalCategory] }
        return layoutFacts(layoutID)?.categories ?? []
    }

    /// Reports a reference that resolves nowhere; returns whether it resolved.
    mutating func resolve(_ id: String?, field: String, kind: RecordKind, in reader: inout FieldReader, exists: Bool)
        -> Bool
    {
        guard let id else { return false }
        if !exists { reader.fail(field, .unresolved(field: field, kind: kind, id: id)) }
        return exists
    }
}
