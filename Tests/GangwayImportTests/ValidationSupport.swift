import Foundation
import GangwayCore

@testable import GangwayImport

/// Runs CSV text through the real reader and validator, as an import would.
enum ValidationSupport {
    static let snapshot = CatalogSnapshot(
        piers: ["dvortsovaya": "Europe/Moscow"],
        vessels: [
            "meteor": .init(capacity: 10, layoutID: "small"),
            "moika": .init(capacity: 40, layoutID: nil),
        ],
        layouts: ["small": .init(places: 4, categories: ["std", "vip"], hasSeats: true)],
        products: ["tour": 60])

    static func validate(csv: String, name: String = "test.csv", snapshot: CatalogSnapshot = snapshot)
        throws -> (batch: CatalogBatch, problems: [ImportProblem])
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gangway-v-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(csv.utf8).write(to: url)
        let reading = CatalogFileReader().read(url: url, fileName: name)
        if reading.hasErrors { return (CatalogBatch(), reading.problems) }
        let (batch, problems) = CatalogValidator.validate(reading.records, against: snapshot)
        return (batch, reading.problems + problems)
    }

    static func errors(_ problems: [ImportProblem]) -> [ValidationProblem] {
        problems.filter { $0.severity == .error }.compactMap { $0.reason as? ValidationProblem }
    }
}
