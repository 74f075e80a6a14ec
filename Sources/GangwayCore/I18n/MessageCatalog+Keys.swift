import Foundation

extension MessageCatalog {
    /// Every key the storefront and the customer e-mails use; each language's catalogue must hold exactly these.
    /// Add a key here and to all three catalogues in the same change.
    public static let allKeys: [String] = [
        "product.age_label", "seatmap.name", "seatmap.keyboard_hint", "seatmap.selected", "seatmap.accessible",
        "seatmap.not_for_sale", "seatmap.announce_selected", "seatmap.announce_deselected", "seatmap.announce_taken",
        "site.name", "site.tagline",
        "nav.home", "nav.catalogue", "nav.piers", "nav.vessels", "nav.charters", "nav.language",
        "nav.skip_to_content",
        "home.title", "home.today", "home.soon", "home.nothing_today",
        "catalogue.title", "catalogue.day_title",
        "calendar.previous", "calendar.next",
        "product.upcoming", "product.no_sailings", "product.duration", "product.age_min",
        "sailing.title", "sailing.departure", "sailing.return_pier", "sailing.pier", "sailing.vessel",
        "sailing.duration", "sailing.prices", "sailing.price_from", "sailing.places_left", "sailing.sold_out",
        "sailing.cancelled", "sailing.sales_closed", "sailing.buy", "buy.contact", "buy.name", "buy.email", "buy.phone",
        "buy.promo", "buy.seat_tier", "sailing.quantity", "sailing.seat_map",
        "sailing.seat_label", "sailing.seat_taken", "sailing.legend", "sailing.map_link",
        "sailing.availability_as_of", "sailing.no_script_seats",
        "tier.adult", "tier.child", "tier.concession", "tier.other",
        "category.standard", "category.comfort", "category.vip", "category.window", "category.salon",
        "category.deck", "category.general", "category.bar",
        "pier.title", "pier.departures", "pier.address",
        "vessel.title", "vessel.capacity",
        "vessel.kind.boat", "vessel.kind.ship", "vessel.kind.yacht", "vessel.kind.hydrofoil",
        "vessel.kind.catamaran", "vessel.kind.other",
        "charter.title", "charter.intro", "charter.hour_price", "charter.min_hours", "charter.guests",
        "charter.request", "charter.form.name", "charter.form.email", "charter.form.phone", "charter.form.date",
        "charter.form.time",
        "charter.form.hours", "charter.form.guests", "charter.form.submit",
        "policy.refunds.title", "policy.privacy.title",
        "notfound.title", "notfound.text", "notfound.home_link",
        "footer.policies", "footer.contacts",
        "root.title", "root.choose",
        "order.title", "order.status",
        "order.loading", "order.not_found", "order.noscript", "order.code", "order.total", "order.vat",
        "order.discount", "order.fees", "order.expires", "order.tickets", "order.pay", "order.pay_failed",
        "order.state.pending",
        "order.state.paid", "order.state.expired", "order.state.refunded", "order.state.needs_resolution", "order.seat",
        "mail.confirmation.subject", "mail.confirmation.greeting", "mail.confirmation.paid", "mail.confirmation.ticket",
        "mail.confirmation.order_link", "mail.confirmation.footer",
        "duration.hours", "duration.minutes", "duration.hours_minutes",
        "count.places", "count.sailings",
    ]

    /// The keys of ``allKeys`` that are plural messages (`{count}` chooses the form).
    public static let pluralKeys: Set<String> = [
        "sailing.places_left", "vessel.capacity", "charter.min_hours", "charter.guests",
        "duration.hours", "duration.minutes", "count.places", "count.sailings",
    ]
}
