/* Gangway order page: shows an order from GET /api/v1/orders/{code}?token=… (code and token
 * come from the page's query string, as the checkout's 303 and the e-mail link give them):
 * status, lines, totals, tickets with QR codes, and the pay button while payment is awaited.
 * Every text comes from data-msg-* attributes written in the page's language; values from the
 * API are inserted as text, never as markup. No dependencies, no build step. */
(function () {
    "use strict";

    var root = document.getElementById("order");
    if (!root) { return; }
    var status = document.getElementById("order-status");
    var body = document.getElementById("order-body");

    function msg(name) { return root.getAttribute("data-msg-" + name) || ""; }
    function el(tag, text, className) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) { node.textContent = String(text); }
        if (className) { node.className = className; }
        return node;
    }
    function money(amount) {
        var value = Number(amount);
        if (!isFinite(value)) { return String(amount); }
        try {
            return new Intl.NumberFormat(document.documentElement.lang || "ru",
                { style: "currency", currency: "RUB" }).format(value);
        } catch (e) { return amount + " ₽"; }
    }
    function when(iso) {
        try {
            return new Intl.DateTimeFormat(document.documentElement.lang || "ru",
                { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Moscow" }).format(new Date(iso));
        } catch (e) { return iso; }
    }

    var query = new URLSearchParams(window.location.search);
    var code = query.get("code") || "", token = query.get("token") || "";
    if (!code || !token || !window.fetch) { status.textContent = msg("order-not_found"); return; }
    var base = root.getAttribute("data-api") || "";
    var url = base + "/api/v1/orders/" + encodeURIComponent(code) + "?token=" + encodeURIComponent(token);

    /* The payment step answers how to pay: for ЮKassa, its page to go to (`redirect_url`); for
       ЮMoney, a form the browser posts to ЮMoney (fields in their documented order). Anything
       else is shown as "could not start". */
    function pay(href, button) {
        button.disabled = true;
        window.fetch(base + href, { method: "POST", headers: { Accept: "application/json" }, credentials: "omit" })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (answer) {
                if (answer && typeof answer.redirect_url === "string" && /^https?:\/\//.test(answer.redirect_url)) {
                    window.location.assign(answer.redirect_url);
                    return;
                }
                if (!answer || !answer.form || !answer.form.action) { throw new Error("no form"); }
                var form = el("form");
                form.method = "post";
                form.action = answer.form.action;
                (answer.form.field_order || Object.keys(answer.form.fields)).forEach(function (name) {
                    var input = document.createElement("input");
                    input.type = "hidden";
                    input.name = name;
                    input.value = answer.form.fields[name];
                    form.appendChild(input);
                });
                document.body.appendChild(form);
                form.submit();
            })
            .catch(function () {
                button.disabled = false;
                status.textContent = msg("order-pay_failed");
            });
    }

    window.fetch(url, { headers: { Accept: "application/json" }, credentials: "omit" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (order) {
            if (!order) { status.textContent = msg("order-not_found"); return; }
            status.textContent = msg("order-state-" + order.status) || order.status;
            var facts = el("dl", null, "facts");
            function fact(label, value) { facts.appendChild(el("dt", label)); facts.appendChild(el("dd", value)); }
            fact(msg("order-code"), order.order_code);
            if (order.status === "pending") { fact(msg("order-expires"), when(order.expires_at)); }
            if (Number(order.discount) > 0) { fact(msg("order-discount"), money(order.discount)); }
            if (Number(order.fees) > 0) { fact(msg("order-fees"), money(order.fees)); }
            fact(msg("order-total"), money(order.total));
            fact(msg("order-vat"), money(order.vat));
            body.appendChild(facts);
            if (order.status === "pending" && order.payment) {
                var button = el("button", msg("order-pay"));
                button.type = "button";
                button.addEventListener("click", function () { pay(order.payment.href, button); });
                body.appendChild(button);
            }
            if (order.tickets && order.tickets.length) {
                body.appendChild(el("h2", msg("order-tickets")));
                var list = el("ul", null, "tickets");
                order.tickets.forEach(function (ticket) {
                    var item = el("li", null, "ticket");
                    var place = ticket.row ? msg("order-seat").replace("{row}", ticket.row).replace("{seat}", ticket.seat) : ticket.section;
                    item.appendChild(el("p", ticket.code, "ticket-code"));
                    item.appendChild(el("p", place + " · " + ticket.tier));
                    if (ticket.qr_url) {
                        var image = el("img");
                        image.src = base + ticket.qr_url;
                        image.alt = ticket.code;
                        image.width = 160;
                        image.height = 160;
                        item.appendChild(image);
                    }
                    list.appendChild(item);
                });
                body.appendChild(list);
            }
        })
        .catch(function () { status.textContent = msg("order-not_found"); });
}());
