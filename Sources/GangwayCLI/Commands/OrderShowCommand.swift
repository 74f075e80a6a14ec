import ArgumentParser
import Foundation
import GangwayCore
import GangwayStore

/// `gangway order show CODE`
struct OrderShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "An order's whole history: status, lines, tickets, customer, payments, refunds, actions.",
        discussion: "Exit 65 when there is no such order.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The order code (case, spaces and dashes do not matter).")
    var code: String

    func run() throws {
        try GangwayRunner.run(json: false) {
            let context = try CommandContext(options: global)
            let database = try context.openDatabase(create: false)
            guard let history = try database.orderHistory(code: code, now: context.clock.now()) else {
                throw CommandFailure("no order \(ReadableCode.normalise(code))", exitCode: CommandFailure.dataError)
            }
            context.print(Self.describe(history))
            return 0
        }
    }

    static func describe(_ history: OrderHistory) -> String {
        let order = history.order
        let formatter = ISO8601DateFormatter()
        func time(_ seconds: Int64) -> String {
            formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        var lines = [
            "order \(order.code): \(order.status.rawValue) (\(order.kind), \(order.language.rawValue))",
            "created \(time(order.createdAt)); hold until \(time(order.expiresAt))"
                + (order.paidAt.map { "; paid \(time($0))" } ?? ""),
            "customer: \(history.customerName.isEmpty ? "-" : history.customerName), "
                + "\(history.email ?? "no e-mail"), \(history.phone ?? "no phone")",
            "total \(order.total.decimalString) RUB (subtotal \(order.subtotal.decimalString), discount "
                + "\(order.discount.decimalString), fee \(order.fee.decimalString), VAT \(order.vat.decimalString))",
            "lines:",
        ]
        for line in order.lines {
            let place =
                line.row.map { "row \($0) seat \(line.seat ?? "?")" } ?? "\(line.quantity) × \(line.section ?? "-")"
            lines.append("  \(line.sailingID ?? "-") \(place) \(line.tier): \(line.amount.decimalString)")
        }
        lines.append("tickets: " + (order.tickets.isEmpty ? "none" : ""))
        for ticket in order.tickets {
            let place = ticket.row.map { "row \($0) seat \(ticket.seat ?? "?")" } ?? ticket.section
            lines.append("  \(ticket.code) \(place) \(ticket.tier) \(ticket.status)")
        }
        lines.append("payments: " + (history.payments.isEmpty ? "none" : ""))
        for payment in history.payments {
            lines.append(
                "  \(payment.provider.rawValue) \(payment.providerID): \(payment.outcome.rawValue), "
                    + "charged \(payment.gross.decimalString)"
                    + (payment.net.map { ", credited \($0.decimalString)" } ?? "") + ", at \(payment.occurredAt)")
        }
        lines.append("refunds: " + (history.refunds.isEmpty ? "none" : ""))
        for refund in history.refunds {
            lines.append(
                "  \(refund.amount.decimalString) RUB \(refund.status) by \(refund.createdBy) at \(time(refund.createdAt)): "
                    + "\(refund.reason) (tickets: \(refund.tickets.isEmpty ? "none" : refund.tickets.joined(separator: ", ")))"
            )
        }
        lines.append("actions: " + (history.actions.isEmpty ? "none" : ""))
        for action in history.actions {
            lines.append("  \(time(action.at)) \(action.actor) \(action.action): \(action.detail)")
        }
        return lines.joined(separator: "\n")
    }
}
