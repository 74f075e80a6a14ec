import Foundation
import GangwayCore

/// Reads a ЮKassa registry record by record, whether the records come from CSV or from a worksheet:
/// the preamble (title line, stated day), the header (columns found by name), the rows (delivered as
/// ``ExportRow``s) and the totals footer, which ``finish()`` checks against the rows.
///
/// Before the header, a record with one or two filled cells is a title, a stated day or some other
/// preamble line. The header is the first record with a payment or refund id column, or, after a title,
/// the first record with three or more filled cells. After it, a record with at most two filled cells
/// whose text starts with a footer label is the footer; anything else with text is a row.
struct RegistryInterpreter {
    /// Records of preamble looked at before the file is declared not a registry.
    static let maxPreambleRecords = 50

    private enum Stage {
        case preamble
        case rows
        case footer
    }

    /// `.csv` numbers records by physical line, `.xlsx` by worksheet row.
    let format: ExportFormat
    /// Known once the title or the header has been read.
    private(set) var kind: ExportKind?
    private(set) var statedDay: LocalDate?
    private(set) var totals = ExportTotals()
    private(set) var earliest: Date?
    private(set) var latest: Date?
    private(set) var footerTotal: Int64?
    private(set) var footerCount: Int?

    private var stage = Stage.preamble
    private var preambleRecords = 0
    private var titleKind: ExportKind?
    private var columns = RegistryColumns()
    private var footerTotalPosition = ExportPosition.line(0)
    private var footerCountPosition = ExportPosition.line(0)

    init(format: ExportFormat) {
        self.format = format
    }

    /// Interprets the record numbered `number` (line or row), delivering it if it is a payment or refund.
    mutating func consume<Cells: RegistryCells>(
        _ cells: Cells, number: Int, deliver: (ExportRow) throws -> Void
    ) throws {
        let position = format == .xlsx ? ExportPosition.row(number) : .line(number)
        switch stage {
        case .preamble:
            try preamble(cells, at: position)
        case .rows, .footer:
            let filled = Self.filledCells(cells, upTo: 3)
            if filled == 0 { return }
            if filled <= 2, try footer(cells, at: position) { return }
            if stage == .footer { throw ExportError.rowAfterFooter(position) }
            try deliver(row(cells, at: position))
        }
    }

    /// Ends the file: refuses one that never showed a registry header, and checks the footer.
    func finish() throws {
        guard kind != nil else {
            if let titleKind {
                throw ExportError.unrecognisedContent(
                    detail: "a \(titleKind) title but no header row with the registry's columns")
            }
            throw ExportError.unrecognisedContent(
                detail: "no registry title and no header with a payment or refund id column")
        }
        if let footerCount, footerCount != totals.count {
            throw ExportError.footerCountMismatch(
                stated: footerCount, computed: totals.count, footer: footerCountPosition)
        }
        if let footerTotal, footerTotal != totals.gross {
            throw ExportError.footerTotalMismatch(
                stated: footerTotal, computed: totals.gross, footer: footerTotalPosition)
        }
    }

    // MARK: - Preamble and header

    private mutating func preamble<Cells: RegistryCells>(_ cells: Cells, at position: ExportPosition) throws {
        let filled = Self.filledCells(cells, upTo: 3)
        if filled == 0 { return }
        preambleRecords += 1
        guard preambleRecords <= Self.maxPreambleRecords else {
            throw ExportError.unrecognisedContent(
                detail: "no registry header in the first \(Self.maxPreambleRecords) lines")
        }
        if filled <= 2 {
            let line = try Self.joinedText(cells)
            let normalised = RegistryText.normalise(line)
            for kind in RegistryLabels.registryKinds {
                if RegistryLabels.titles(of: kind).contains(where: { normalised.hasPrefix($0) }) {
                    titleKind = kind
                    return
                }
                if let value = RegistryText.value(after: RegistryLabels.day(of: kind), in: line) {
                    titleKind = titleKind ?? kind
                    statedDay = try day(value, label: line, at: position, excel: cells.holdsExcelNumbers)
                    return
                }
            }
            if filled == 1 { return }
        }
        var names: [String] = []
        names.reserveCapacity(cells.count)
        for index in 0..<cells.count {
            names.append(RegistryText.normalise(try cells.text(index)))
        }
        let headerKind: ExportKind?
        if let titleKind {
            guard filled >= 3 || Self.hasIDColumn(names) != nil else { return }
            headerKind = titleKind
        } else {
            headerKind = Self.hasIDColumn(names)
        }
        guard let headerKind else { return }
        try readHeader(cells, names: names, kind: headerKind, at: position)
    }

    /// The registry kind a header's id columns imply, if any.
    private static func hasIDColumn(_ names: [String]) -> ExportKind? {
        let refundNames = RegistryField.refundID.names(in: .yookassaRefunds)
        if names.contains(where: { refundNames.contains($0) }) { return .yookassaRefunds }
        let paymentNames = RegistryField.paymentID.names(in: .yookassaPayments)
        if names.contains(where: { paymentNames.contains($0) }) { return .yookassaPayments }
        return nil
    }

    private mutating func readHeader<Cells: RegistryCells>(
        _ cells: Cells, names: [String], kind: ExportKind, at position: ExportPosition
    ) throws {
        var columns = RegistryColumns()
        var written: [String] = []
        for index in 0..<cells.count {
            written.append(RegistryText.trimmed(try cells.text(index)))
        }
        for field in RegistryField.allCases {
            let aliases = field.names(in: kind)
            if let index = names.firstIndex(where: { aliases.contains($0) }) {
                columns.set(field, index: index, name: written[index])
            }
        }
        let russian = written.contains { $0.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }
        for field in RegistryField.required(in: kind) where columns.index(of: field) == nil {
            throw ExportError.missingColumn(name: field.displayName(in: kind, russian: russian), header: position)
        }
        self.columns = columns
        self.kind = kind
        stage = .rows
    }

    private func day(_ value: String, label: String, at position: ExportPosition, excel: Bool) throws -> LocalDate {
        var text = value
        if let day = text.withUTF8({ ExportTime.day($0) }) { return day }
        if excel, let instant = text.withUTF8({ ExportTime.excelSerial($0) }) {
            let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + ExportTime.moscowOffset
            return LocalDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        }
        let column = RegistryText.trimmed(String(label.prefix(while: { $0 != ":" })))
        throw ExportError.badDate(position, column: column, value: value)
    }

    // MARK: - Footer

    /// Reads a footer line; false when the record is not one.
    private mutating func footer<Cells: RegistryCells>(_ cells: Cells, at position: ExportPosition) throws -> Bool {
        guard let kind else { return false }
        let line = try Self.joinedText(cells)
        if let value = RegistryText.value(after: RegistryLabels.total(of: kind), in: line) {
            // `100.00 RUB`: the amount is what comes before a trailing currency word.
            var words = value.split(whereSeparator: { $0.isWhitespace })
            if words.count > 1, let last = words.last, last.contains(where: { $0.isLetter }) { words.removeLast() }
            var amount = words.joined(separator: " ")
            let reading: Kopecks.Reading = cells.holdsExcelNumbers ? .excel : .written
            guard let total = amount.withUTF8({ Kopecks.parse($0, reading: reading) }) else {
                throw ExportError.badAmount(position, column: Self.label(of: line), value: value)
            }
            footerTotal = total
            footerTotalPosition = position
            stage = .footer
            return true
        }
        if let value = RegistryText.value(after: RegistryLabels.count(of: kind), in: line) {
            let digits = value.filter { !$0.isWhitespace }
            guard let count = Int(digits), count >= 0 else {
                throw ExportError.badNumber(position, column: Self.label(of: line), value: value)
            }
            footerCount = count
            footerCountPosition = position
            stage = .footer
            return true
        }
        return false
    }

    private static func label(of line: String) -> String {
        RegistryText.trimmed(String(line.prefix(while: { $0 != ":" })))
    }

    // MARK: - Rows

    private mutating func row<Cells: RegistryCells>(_ cells: Cells, at position: ExportPosition) throws -> ExportRow {
        guard let kind else { throw ExportError.unrecognisedContent(detail: "rows before a header") }
        let refunds = kind == .yookassaRefunds
        let providerID = try requiredText(cells, refunds ? .refundID : .paymentID, at: position)
        let paymentID = refunds ? try requiredText(cells, .paymentID, at: position) : nil
        guard let gross = try amount(cells, .gross, at: position, required: true) else {
            throw ExportError.missingValue(position, column: columns.name(of: .gross))
        }
        let net = try amount(cells, .net, at: position, required: false)
        let commission = try amount(cells, .commission, at: position, required: false)
        let commissionVAT = try amount(cells, .commissionVAT, at: position, required: false)
        let currency = try self.currency(cells, at: position)
        let occurredAt = try time(cells, at: position)
        var reference = try optionalText(cells, .description) ?? ""
        if let metadata = try optionalText(cells, .metadata) {
            reference = reference.isEmpty ? metadata : reference + " " + metadata
        }
        let method = try optionalText(cells, .method)

        totals.count += 1
        totals.gross += gross
        totals.net += net ?? 0
        totals.commission += commission ?? 0
        totals.commissionVAT += commissionVAT ?? 0
        if earliest.map({ occurredAt < $0 }) ?? true { earliest = occurredAt }
        if latest.map({ occurredAt > $0 }) ?? true { latest = occurredAt }

        return ExportRow(
            provider: .yookassa, kind: refunds ? .refund : .payment, providerID: providerID, paymentID: paymentID,
            gross: gross, net: net, commission: commission, commissionVAT: commissionVAT, currency: currency,
            occurredAt: occurredAt, reference: reference, method: method, location: position.number)
    }

    private func requiredText<Cells: RegistryCells>(
        _ cells: Cells, _ field: RegistryField, at position: ExportPosition
    ) throws -> String {
        guard let text = try optionalText(cells, field) else {
            throw ExportError.missingValue(position, column: columns.name(of: field))
        }
        return text
    }

    private func optionalText<Cells: RegistryCells>(_ cells: Cells, _ field: RegistryField) throws -> String? {
        guard let index = columns.index(of: field), !cells.isBlank(index) else { return nil }
        let text = RegistryText.trimmed(try cells.text(index))
        return text.isEmpty ? nil : text
    }

    private func amount<Cells: RegistryCells>(
        _ cells: Cells, _ field: RegistryField, at position: ExportPosition, required: Bool
    ) throws -> Int64? {
        guard let index = columns.index(of: field) else { return nil }
        let reading: Kopecks.Reading = cells.holdsExcelNumbers ? .excel : .written
        if let value = try cells.withUTF8(index, { Kopecks.parse($0, reading: reading) }) { return value }
        if cells.isBlank(index) {
            if required { throw ExportError.missingValue(position, column: columns.name(of: field)) }
            return nil
        }
        throw ExportError.badAmount(position, column: columns.name(of: field), value: try cells.text(index))
    }

    private func currency<Cells: RegistryCells>(_ cells: Cells, at position: ExportPosition) throws -> String {
        guard let index = columns.index(of: .currency) else { return "RUB" }
        if try cells.withUTF8(index, { CurrencyCode.isRUB($0) }) { return "RUB" }
        let text = try cells.text(index)
        guard let code = CurrencyCode.normalise(text) else {
            if cells.isBlank(index) { throw ExportError.missingValue(position, column: columns.name(of: .currency)) }
            throw ExportError.badCurrency(position, column: columns.name(of: .currency), value: text)
        }
        return code
    }

    private func time<Cells: RegistryCells>(_ cells: Cells, at position: ExportPosition) throws -> Date {
        guard let index = columns.index(of: .time) else {
            throw ExportError.missingValue(position, column: columns.name(of: .time))
        }
        let excel = cells.holdsExcelNumbers
        let parsed = try cells.withUTF8(index) { bytes -> Date? in
            if let date = ExportTime.moscow(bytes) { return date }
            return excel ? ExportTime.excelSerial(bytes) : nil
        }
        if let parsed { return parsed }
        if cells.isBlank(index) { throw ExportError.missingValue(position, column: columns.name(of: .time)) }
        throw ExportError.badDate(position, column: columns.name(of: .time), value: try cells.text(index))
    }

    // MARK: - Helpers

    /// How many cells have text, counting no further than `limit`.
    private static func filledCells<Cells: RegistryCells>(_ cells: Cells, upTo limit: Int) -> Int {
        var filled = 0
        for index in 0..<cells.count where !cells.isBlank(index) {
            filled += 1
            if filled == limit { break }
        }
        return filled
    }

    /// The filled cells' text in one line: `label: value` when a worksheet puts the value in its own cell.
    private static func joinedText<Cells: RegistryCells>(_ cells: Cells) throws -> String {
        var parts: [String] = []
        for index in 0..<cells.count where !cells.isBlank(index) {
            parts.append(RegistryText.trimmed(try cells.text(index)))
        }
        guard parts.count > 1 else { return parts.first ?? "" }
        var line = parts[0]
        for part in parts.dropFirst() {
            line += line.hasSuffix(":") ? " " + part : ": " + part
        }
        return line
    }
}
