/// One line of what was sold, as a receipt needs it: what it is (in Russian, the fiscal
/// language), how many places, and what they cost together after any discount.
public struct ReceiptLine: Sendable, Equatable {
    public var description: String
    public var quantity: Int
    public var amount: Money

    public init(description: String, quantity: Int, amount: Money) {
        self.description = description
        self.quantity = quantity
        self.amount = amount
    }
}
