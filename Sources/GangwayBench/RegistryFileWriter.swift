import Foundation

/// Writes a plan's registry as ЮKassa's personal account exports it (UTF-8, `;`, Russian
/// headers, Moscow times), through a 1 MiB buffer, with the footer its rows add up to.
enum RegistryFileWriter {
    /// Returns the file's size in bytes.
    static func write(_ plan: RegistryPlan, to url: URL) throws -> Int {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: url.path)
        else { throw BenchError.setup("cannot create \(url.path)") }
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20 + 4_096)
        var written = 0
        func flush() throws {
            try handle.write(contentsOf: buffer)
            written += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        func line(_ text: String) throws {
            buffer.append(contentsOf: text.utf8)
            buffer.append(contentsOf: [0x0D, 0x0A])
            if buffer.count >= 1 << 20 { try flush() }
        }
        let date = "25.11.2026"
        try line("РЕЕСТР ПЛАТЕЖЕЙ ПО ДОГОВОРУ 123456/26 (654321)")
        try line("Дата платежей: \(RegistryPlan.day)")
        try line(
            "Идентификатор платежа;Сумма платежа;Валюта платежа;Сумма за вычетом комиссии и НДС;"
                + "Сумма комиссии без НДС;Время платежа;Описание;Тип платежа;НДС с комиссии")
        let methods = ["AC", "SB", "AC", "CP", "AC"]
        var total: Int64 = 0
        var count = 0
        var extra = 0
        for index in 0..<plan.orders {
            let paymentID: String
            let gross: Int64
            let description: String
            switch plan.fate(index) {
            case .matched, .amountDiffers:
                let order = plan.order(index)
                paymentID = order.paymentID
                gross = plan.fate(index) == .amountDiffers ? order.total - 5_000 : order.total
                description =
                    index % 20 == 3
                    ? "оплата заказа " + order.code.lowercased().replacingOccurrences(of: "-", with: " ")
                    : "Заказ " + order.code
            case .missing:
                // In its place: a payment with no recorded payment behind it.
                paymentID = RegistryPlan.paymentID(extra, extra: true)
                gross = RegistryPlan.total(index + 1)
                if extra % 2 == 0 {
                    // An order code nobody was given (beyond the seeded ones).
                    description = "Заказ " + RegistryPlan.code(plan.orders + extra)
                } else {
                    // A second payment for an order that matched (remainder 0: never missing or differing).
                    description = "Заказ " + RegistryPlan.code((extra * 7_919) % (plan.orders / 100) * 100)
                }
                extra += 1
            }
            let commission = RegistryPlan.commission(gross)
            let vat = RegistryPlan.commissionVAT(gross)
            try line(
                paymentID + ";" + RegistryPlan.money(gross) + ";RUB;" + RegistryPlan.money(gross - commission - vat)
                    + ";"
                    + RegistryPlan.money(commission) + ";" + date + " " + RegistryPlan.clock(plan.second(index)) + ";"
                    + description + ";" + methods[index % methods.count] + ";" + RegistryPlan.money(vat))
            total += gross
            count += 1
        }
        try line("")
        try line("Сумма принятых платежей: \(RegistryPlan.money(total)) RUB")
        try line("Число платежей: \(count)")
        try flush()
        return written
    }
}
