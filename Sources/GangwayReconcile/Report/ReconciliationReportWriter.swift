import Foundation
import GangwayCore
import GangwayStore

/// Writes a reconciliation report for finance: a CSV (`;`, UTF-8 with BOM, so Excel opens the
/// Cyrillic right) and a self-contained HTML page — totals first (per day and provider, with
/// the export's own footer beside them), then every finding that needs a person or changed
/// something, with order, customer, amounts, evidence and a suggested action.
public enum ReconciliationReportWriter {
    public static func csv(_ report: ReconciliationReport) -> String {
        var text = ""
        csv(report) { text += $0 }
        return text
    }

    /// The CSV report handed to `output` line by line (a report file is written as it is made).
    public static func csv(_ report: ReconciliationReport, to output: (String) throws -> Void) rethrows {
        func line(_ fields: [String]) throws { try output(fields.map(csvField).joined(separator: ";") + "\r\n") }
        try output("\u{FEFF}")
        try line(
            [
                "section", "provider", "day", "outcome", "order", "customer", "provider_id", "expected", "actual",
                "fee",
                "evidence", "suggested_action", "resolution",
            ])
        for day in report.days {
            try line([
                "total", day.provider, day.day, "payments \(day.payments)", "", "", "", day.footerTotal.map(rub) ?? "",
                rub(day.gross), rub(day.commission + day.commissionVAT), day.files.joined(separator: ", "),
                "net \(rub(day.net)); refunds \(day.refunds): \(rub(day.refunded))", "",
            ])
        }
        for finding in report.findings {
            try line([
                "finding", finding.provider, finding.day, finding.outcome.rawValue, finding.orderCode ?? "",
                finding.customer ?? "", finding.providerID ?? "", finding.expected.map(rub) ?? "",
                finding.actual.map(rub) ?? "", finding.fee.map(rub) ?? "", finding.evidence, finding.outcome.advice.en,
                finding.resolution.map { "\($0) (\(finding.resolvedBy ?? ""))" } ?? "",
            ])
        }
    }

    public static func html(_ report: ReconciliationReport, title: String) -> String {
        var text = ""
        html(report, title: title) { text += $0 }
        return text
    }

    /// The HTML report handed to `output` a table row at a time.
    public static func html(_ report: ReconciliationReport, title: String, to output: (String) throws -> Void)
        rethrows
    {
        try output(
            """
            <!doctype html>
            <html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <title>\(HTMLEscaping.text(title))</title>
            <style>
            body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#111}
            table{border-collapse:collapse;margin:0 0 2rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}
            th{background:#f3f3f3;text-align:left}td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            .bad{color:#a00;font-weight:600}.ok{color:#060}small{color:#555}
            </style></head><body>
            <h1>\(HTMLEscaping.text(title))</h1>
            <h2>Итоги <small>Totals</small></h2>
            <table><tr><th>День <small>Day</small></th><th>Провайдер <small>Provider</small></th>
            <th>Платежей <small>Payments</small></th><th>Принято <small>Gross</small></th>
            <th>Комиссия <small>Commission</small></th><th>НДС с комиссии <small>VAT on commission</small></th>
            <th>К перечислению <small>Net</small></th><th>Возвраты <small>Refunds</small></th>
            <th>Итог выгрузки <small>Export footer</small></th><th>Файлы <small>Files</small></th></tr>

            """)
        for day in report.days {
            let agrees = day.footerTotal.map { $0 == day.gross && (day.footerCount.map { $0 == day.payments } ?? true) }
            let footer =
                day.footerTotal.map {
                    "\(rub($0))\(day.footerCount.map { " / \($0)" } ?? "") "
                        + (agrees == true ? "<span class=ok>✓</span>" : "<span class=bad>✗</span>")
                } ?? "—"
            try output(
                """
                <tr><td>\(HTMLEscaping.text(day.day))</td><td>\(HTMLEscaping.text(day.provider))</td><td class=n>\(day.payments)</td>
                <td class=n>\(rub(day.gross))</td><td class=n>\(rub(day.commission))</td>
                <td class=n>\(rub(day.commissionVAT))</td><td class=n>\(rub(day.net))</td>
                <td class=n>\(day.refunds): \(rub(day.refunded))</td><td class=n>\(footer)</td>
                <td>\(HTMLEscaping.text(day.files.joined(separator: ", ")))</td></tr>

                """)
        }
        try output("</table>\n")
        try output("<p>Совпало без замечаний <small>Matched cleanly</small>: \(report.matched)</p>\n")
        try output(
            """
            <h2>Расхождения и действия <small>Discrepancies and actions</small> (\(report.findings.count))</h2>
            <table><tr><th>№</th><th>Итог <small>Outcome</small></th><th>Заказ <small>Order</small></th>
            <th>Покупатель <small>Customer</small></th><th>Платёж <small>Payment id</small></th>
            <th>Ожидалось <small>Expected</small></th><th>Фактически <small>Actual</small></th>
            <th>Комиссия <small>Fee</small></th><th>Источник <small>Evidence</small></th>
            <th>Что сделать <small>Suggested action</small></th><th>Решение <small>Decision</small></th></tr>

            """)
        for finding in report.findings {
            let (ru, en) = finding.outcome.title
            let (doRU, doEN) = finding.outcome.advice
            try output(
                """
                <tr><td class=n>\(finding.id)</td>
                <td class=\(finding.outcome.needsAttention ? "bad" : "ok")>\(HTMLEscaping.text(ru))<br><small>\(HTMLEscaping.text(en))</small></td>
                <td>\(HTMLEscaping.text(finding.orderCode ?? "—"))</td><td>\(HTMLEscaping.text(finding.customer ?? "—"))</td>
                <td>\(HTMLEscaping.text(finding.providerID ?? "—"))</td><td class=n>\(finding.expected.map(rub) ?? "—")</td>
                <td class=n>\(finding.actual.map(rub) ?? "—")</td><td class=n>\(finding.fee.map(rub) ?? "—")</td>
                <td>\(HTMLEscaping.text(finding.evidence))</td><td>\(HTMLEscaping.text(doRU))<br><small>\(HTMLEscaping.text(doEN))</small></td>
                <td>\(HTMLEscaping.text(finding.resolution.map { "\($0) — \(finding.resolvedBy ?? "")" } ?? ""))</td></tr>

                """)
        }
        try output("</table>\n</body></html>\n")
    }

    /// `1500.00`.
    static func rub(_ kopecks: Int64) -> String { Money(kopecks: kopecks).decimalString }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
