import GangwayCore

extension CatalogValidator {
    mutating func validateProducts(_ records: [RawRecord]) {
        var firstLines: [String: Int] = [:]
        for record in records {
            var reader = FieldReader(record)
            let id = reader.id("product_id", required: true)
            let kind: Product.Kind? = reader.choice("kind", required: true)
            let title = reader.localized("title", required: true)
            let summary = reader.localized("summary")
            let description = reader.localized("description")
            let duration = reader.count("duration_min", in: 1...(7 * 24 * 60), required: true)
            let ageMinimum = reader.count("age_min", in: 0...99)
            let image = reader.text("image")
            if let image, !Self.isAcceptableImage(image) {
                reader.fail("image", .invalidChoice(field: "image", value: image, allowed: ["media/…", "https://…"]))
            }
            let tags = ValueParsers.list(reader.text("tags") ?? "").map { $0.lowercased() }
            if let id {
                if let first = firstLines[id] {
                    reader.fail("product_id", .duplicate(kind: .product, id: id, firstLine: first))
                } else {
                    firstLines[id] = record.location.line
                }
            }
            let ok = !reader.hasErrors
            absorb(reader)
            guard ok, let id, let kind, let duration else { continue }
            fileProducts[id] = duration
            batch.products.append(
                Product(
                    id: id, kind: kind, title: title, summary: summary, description: description,
                    durationMinutes: duration, ageMinimum: ageMinimum, image: image, tags: tags,
                    source: record.location))
        }
    }

    /// A path under `inbox/media/` (relative, no `..`) or an http(s) URL.
    static func isAcceptableImage(_ value: String) -> Bool {
        let lower = value.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return !value.contains(" ") }
        if value.hasPrefix("/") || value.contains("\\") { return false }
        return !value.split(separator: "/").contains("..")
    }
}
