import Foundation
import GangwayCore
import HTTPTypes
import Hummingbird

/// What a plain HTML form gets when its hold is refused: a small page in the customer's language
/// with the reason and a link back, instead of a JSON problem a browser would show raw. Same
/// status code as the problem; the problem's type and detail are kept on the page.
enum FormProblemPage {
    static func response(for problem: Response, language: String, back: String?) async -> Response {
        let collector = BodyCollector()
        try? await problem.body.write(collector)
        let body = collector.text
        let decoded = try? JSONDecoder().decode(ProblemDetails.self, from: Data(body.utf8))
        let (title, again, link): (String, String, String) =
            switch language {
            case "en": ("We could not hold these tickets", "Please go back, check your choice and try again.", "Back")
            case "zh": ("无法保留这些票", "请返回，检查您的选择后重试。", "返回")
            default: ("Не удалось забронировать билеты", "Вернитесь, проверьте выбор и попробуйте ещё раз.", "Назад")
            }
        let lang = ["en": "en", "zh": "zh-Hans"][language] ?? "ru"
        var items = ""
        for seat in decoded?.seats ?? [] { items += "<li>" + HTMLEscaping.text(seat) + "</li>" }
        for shortfall in decoded?.standing ?? [] {
            items += "<li>" + HTMLEscaping.text("\(shortfall.section): \(shortfall.remaining)") + "</li>"
        }
        for error in decoded?.errors ?? [] {
            items += "<li>" + HTMLEscaping.text("\(error.field): \(error.message)") + "</li>"
        }
        let backLink = back.map { "<p><a href=\"\(HTMLEscaping.text($0))\">\(link)</a></p>" } ?? ""
        let html = """
            <!DOCTYPE html>
            <html lang="\(lang)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title><link rel="stylesheet" href="/assets/site.css"></head>
            <body><main id="main"><h1>\(title)</h1><p>\(HTMLEscaping.text(decoded?.detail ?? ""))</p>\(items.isEmpty ? "" : "<ul>\(items)</ul>")
            <p>\(again)</p>\(backLink)</main></body></html>
            """
        return Response(
            status: problem.status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}

/// Collects a response body written through Hummingbird's writer interface (our own bodies are
/// one small buffer).
private final class BodyCollector: ResponseBodyWriter, @unchecked Sendable {
    private(set) var buffer = ByteBuffer()

    var text: String { String(buffer: buffer) }

    func write(_ part: ByteBuffer) async throws {
        var part = part
        buffer.writeBuffer(&part)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
