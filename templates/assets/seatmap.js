/*
 * Gangway seat map: keyboard, pointer and screen-reader behaviour for the inline SVG that
 * SeatMapRenderer draws (svg.gw-seatmap, seats are [role=checkbox][data-seat]).
 * Plain ES5, no build step, no third-party requests; the map stays readable without it.
 *
 * - Arrow keys move focus to the nearest seat in that direction (by its transform="translate(x y)");
 *   Home/End go to the first/last seat. One seat is in the tab order at a time (roving tabindex).
 * - Enter or Space (or a click/tap) toggles a seat's aria-checked; taken seats
 *   (aria-disabled="true") can be focused but not selected.
 * - Selections are announced in the live region #seat-status (created if the page has none)
 *   and mirrored as <input type="hidden" name="seat" value="section|row|seat"> in the form.
 * - When that form has data-availability-url, the script GETs it (JSON
 *   {seats:[{id, section, row, seat, free}], standing:[{section, remaining}]}) on load and when
 *   the page becomes visible again, and marks seats taken or free. Offline, it stays silent.
 *   Standing areas: an element with data-standing="<section id>" gets data-remaining; inside it,
 *   [data-remaining-count] gets the number (or, when the element has data-text-one/-few/-many/
 *   -other with {n}, the whole plural text), and number inputs get max (disabled at 0).
 */
(function () {
    "use strict";

    var KEYS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1],
        Left: [-1, 0], Right: [1, 0], Up: [0, -1], Down: [0, 1] };

    function attr(el, name) { return el.getAttribute(name) || ""; }
    /* A seat's centre, from the transform="translate(x y)" the renderer places it with. */
    function position(seat) {
        var found = /translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)/.exec(attr(seat, "transform"));
        return found ? [parseFloat(found[1]), parseFloat(found[2])] : [0, 0];
    }
    function isTaken(seat) { return attr(seat, "aria-disabled") === "true"; }
    function isChecked(seat) { return attr(seat, "aria-checked") === "true"; }

    /* The build draws a cross on taken seats only; other state marks are copied from the map's
       <defs> templates (path.x cross, path.v tick) the first time a seat needs one. CSS shows
       each mark only in its state. */
    function ensureMark(svg, seat, name) {
        if (seat.querySelector("." + name)) { return; }
        var template = svg.querySelector("defs ." + name);
        if (template) { seat.appendChild(template.cloneNode(true)); }
    }

    function message(template, label) {
        if (!template) { return label; }
        return template.indexOf("{seat}") >= 0 ? template.split("{seat}").join(label) : template + " " + label;
    }

    function statusRegion(svg) {
        var region = document.getElementById("seat-status");
        if (region) { return region; }
        region = document.createElement("div");
        region.id = "seat-status";
        region.className = "seat-status";
        region.setAttribute("aria-live", "polite");
        region.setAttribute("role", "status");
        region.style.cssText = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);" +
            "white-space:nowrap;margin:-1px;padding:0;border:0";
        svg.parentNode.insertBefore(region, svg.nextSibling);
        return region;
    }

    function formFor(svg) {
        var el = svg.parentNode;
        while (el && el.nodeName && el.nodeName.toLowerCase() !== "form") { el = el.parentNode; }
        if (el && el.nodeName) { return el; }
        return document.querySelector("form[data-availability-url]") || document.querySelector("form");
    }

    function SeatMap(svg) {
        this.svg = svg;
        this.seats = Array.prototype.slice.call(svg.querySelectorAll("[role=checkbox][data-seat]"));
        this.byId = {};
        for (var i = 0; i < this.seats.length; i++) { this.byId[attr(this.seats[i], "data-seat")] = this.seats[i]; }
        this.form = formFor(svg);
        this.status = statusRegion(svg);
        this.timer = null;
        var self = this;
        svg.addEventListener("keydown", function (event) { self.onKey(event); });
        svg.addEventListener("click", function (event) {
            var seat = self.seatOf(event.target);
            if (seat) { self.focus(seat); self.toggle(seat); }
        });
        // On the wrapper, not the svg: Chromium makes an svg with a focus listener a tab stop of its own.
        (svg.parentNode || svg).addEventListener("focusin", function (event) {
            var seat = self.seatOf(event.target);
            if (seat) { self.rove(seat); }
        });
        this.sync();
    }

    SeatMap.prototype.seatOf = function (node) {
        while (node && node !== this.svg) {
            if (node.getAttribute && node.getAttribute("data-seat") !== null) { return node; }
            node = node.parentNode;
        }
        return null;
    };

    SeatMap.prototype.rove = function (seat) {
        for (var i = 0; i < this.seats.length; i++) {
            this.seats[i].setAttribute("tabindex", this.seats[i] === seat ? "0" : "-1");
        }
    };

    SeatMap.prototype.focus = function (seat) {
        this.rove(seat);
        if (seat.focus) { seat.focus(); }
    };

    SeatMap.prototype.onKey = function (event) {
        var seat = this.seatOf(event.target);
        if (!seat || event.altKey || event.ctrlKey || event.metaKey) { return; }
        var key = event.key, direction = KEYS[key], target = null;
        if (direction) {
            target = this.nearest(seat, direction[0], direction[1]);
        } else if (key === "Home") {
            target = this.seats[0];
        } else if (key === "End") {
            target = this.seats[this.seats.length - 1];
        } else if (key === "Enter" || key === " " || key === "Spacebar") {
            event.preventDefault();
            this.toggle(seat);
            return;
        } else {
            return;
        }
        event.preventDefault();
        if (target) { this.focus(target); }
    };

    /* The closest seat whose centre lies in the 90-degree cone of that direction; failing that,
       the closest one in that half-plane. Distance favours staying in the same row or column. */
    SeatMap.prototype.nearest = function (from, dx, dy) {
        var start = position(from), x = start[0], y = start[1];
        var best = null, bestScore = Infinity, bestInCone = false;
        for (var i = 0; i < this.seats.length; i++) {
            var seat = this.seats[i];
            if (seat === from) { continue; }
            var at = position(seat), ox = at[0] - x, oy = at[1] - y;
            var along = ox * dx + oy * dy, across = Math.abs(ox * dy - oy * dx);
            if (along <= 0.5) { continue; }
            var inCone = across <= along;
            var score = along + 2 * across;
            if ((inCone && !bestInCone) || (inCone === bestInCone && score < bestScore)) {
                best = seat;
                bestScore = score;
                bestInCone = inCone;
            }
        }
        return best;
    };

    SeatMap.prototype.toggle = function (seat) {
        var label = attr(seat, "aria-label");
        if (isTaken(seat)) {
            this.announce(message(attr(this.svg, "data-msg-taken"), label));
            return;
        }
        var checked = !isChecked(seat);
        if (checked) { ensureMark(this.svg, seat, "v"); }
        seat.setAttribute("aria-checked", checked ? "true" : "false");
        this.sync();
        this.announce(message(attr(this.svg, checked ? "data-msg-selected" : "data-msg-deselected"), label));
    };

    SeatMap.prototype.announce = function (text) {
        var region = this.status;
        region.textContent = "";
        if (this.timer) { clearTimeout(this.timer); }
        this.timer = setTimeout(function () { region.textContent = text; }, 50);
    };

    /* Hidden inputs mirror the selection, in map order. */
    SeatMap.prototype.sync = function () {
        if (!this.form) { return; }
        var old = this.form.querySelectorAll("input[data-seat-input]");
        for (var i = 0; i < old.length; i++) { old[i].parentNode.removeChild(old[i]); }
        for (var j = 0; j < this.seats.length; j++) {
            if (!isChecked(this.seats[j])) { continue; }
            var input = document.createElement("input");
            input.type = "hidden";
            input.name = "seat";
            input.value = attr(this.seats[j], "data-seat");
            input.setAttribute("data-seat-input", "");
            this.form.appendChild(input);
        }
    };

    SeatMap.prototype.setTaken = function (seat, taken) {
        if (taken === isTaken(seat)) { return false; }
        var classes = " " + attr(seat, "class") + " ";
        classes = classes.replace(" taken ", " ");
        seat.setAttribute("class", (taken ? classes + "taken" : classes).replace(/^\s+|\s+$/g, ""));
        if (taken) {
            ensureMark(this.svg, seat, "x");
            seat.setAttribute("aria-disabled", "true");
        } else {
            seat.removeAttribute("aria-disabled");
        }
        var title = seat.querySelector("title"), label = attr(seat, "aria-label");
        if (title) { title.textContent = taken ? label + ", " + attr(this.svg, "data-taken-suffix") : label; }
        if (taken && isChecked(seat)) {
            seat.setAttribute("aria-checked", "false");
            this.announce(message(attr(this.svg, "data-msg-taken"), label));
            return true;
        }
        return false;
    };

    SeatMap.prototype.applySeats = function (list) {
        var deselected = false;
        for (var i = 0; i < list.length; i++) {
            var item = list[i];
            if (!item || typeof item.free !== "boolean") { continue; }
            var seat = this.byId[String(item.id)] ||
                this.byId[String(item.section) + "|" + String(item.row) + "|" + String(item.seat)];
            if (seat && this.setTaken(seat, !item.free)) { deselected = true; }
        }
        if (deselected) { this.sync(); }
    };

    function pluralText(el, n) {
        var lang = document.documentElement.getAttribute("lang") || "ru", form = "other";
        try { form = new Intl.PluralRules(lang).select(n); } catch (e) { form = n === 1 ? "one" : "other"; }
        var template = el.getAttribute("data-text-" + form) || el.getAttribute("data-text-other");
        return template === null ? null : template.split("{n}").join(String(n));
    }

    function applyStanding(list) {
        for (var i = 0; i < list.length; i++) {
            var item = list[i];
            if (!item || typeof item.remaining !== "number" || !isFinite(item.remaining)) { continue; }
            var remaining = Math.max(0, Math.floor(item.remaining)), id = String(item.section);
            var areas = document.querySelectorAll("[data-standing]");
            for (var j = 0; j < areas.length; j++) {
                if (areas[j].getAttribute("data-standing") !== id) { continue; }
                var area = areas[j];
                area.setAttribute("data-remaining", String(remaining));
                var counts = area.querySelectorAll("[data-remaining-count]");
                for (var k = 0; k < counts.length; k++) {
                    var text = pluralText(counts[k], remaining);
                    counts[k].textContent = text === null ? String(remaining) : text;
                }
                var inputs = area.querySelectorAll("input[type=number]");
                for (var m = 0; m < inputs.length; m++) {
                    inputs[m].max = String(remaining);
                    inputs[m].disabled = remaining === 0;
                    if (Number(inputs[m].value) > remaining) { inputs[m].value = String(remaining); }
                }
            }
        }
    }

    function refresh(maps, url) {
        if (!url || !window.fetch) { return; }
        try {
            window.fetch(url, { method: "GET", headers: { Accept: "application/json" }, credentials: "omit" })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (data) {
                    if (!data || typeof data !== "object") { return; }
                    if (Array.isArray(data.seats)) {
                        for (var i = 0; i < maps.length; i++) { maps[i].applySeats(data.seats); }
                    }
                    if (Array.isArray(data.standing)) { applyStanding(data.standing); }
                })
                .catch(function () { /* offline or not configured: the built availability stays */ });
        } catch (e) { /* old browser: nothing to do */ }
    }

    function start() {
        var svgs = document.querySelectorAll("svg.gw-seatmap"), maps = [];
        for (var i = 0; i < svgs.length; i++) { maps.push(new SeatMap(svgs[i])); }
        var form = maps.length ? maps[0].form : document.querySelector("form[data-availability-url]");
        var url = form ? form.getAttribute("data-availability-url") : null;
        refresh(maps, url);
        document.addEventListener("visibilitychange", function () {
            if (document.visibilityState === "visible") { refresh(maps, url); }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
