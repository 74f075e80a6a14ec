import GangwayCore

/// Turns an order's lines into a 54-FZ receipt with one item per place (quantity `1.00`,
/// `service`): a line of 3 places for 1000.00 becomes items of 333.34, 333.33 and 333.33 — the
/// kopecks that do not divide go to the first items — so the items add up to the line, and the
/// receipt to the amount paid, exactly.
public enum YooKassaReceiptBuilder {
    public static func receipt(
        lines: [ReceiptLine], customer: YooKassaReceipt.Customer, vatCode: Int, taxSystemCode: Int?,
        paymentMode: String = "full_prepayment"
    ) -> YooKassaReceipt {
        var items: [YooKassaReceipt.Item] = []
        for line in lines where line.quantity > 0 && line.amount.kopecks > 0 {
            let share = line.amount.kopecks / Int64(line.quantity)
            let extra = Int(line.amount.kopecks % Int64(line.quantity))
            for index in 0..<line.quantity {
                let price = share + (index < extra ? 1 : 0)
                guard price > 0 else { continue }
                items.append(
                    YooKassaReceipt.Item(
                        description: String(line.description.prefix(128)),
                        amount: YooKassaAmount(Money(kopecks: price)),
                        vatCode: vatCode, paymentMode: paymentMode))
            }
        }
        return YooKassaReceipt(customer: customer, items: items, taxSystemCode: taxSystemCode)
    }

    /// What the receipt adds up to.
    public static func total(_ receipt: YooKassaReceipt) -> Money {
        Money(kopecks: receipt.items.reduce(0) { $0 + ($1.amount.money?.kopecks ?? 0) })
    }
}
