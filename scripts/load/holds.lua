-- wrk script: POST /api/v1/holds, each request a different seat (or a contended pool of seats).
--
--   wrk -t2 -c128 -d15s --latency -s holds.lua http://127.0.0.1:PORT -- \
--       TARGETS_FILE LAYOUTS_FILE MODE SLOT_FROM SLOT_TO [SEATS_PER_HOLD]
--
-- TARGETS_FILE: one line a sailing, "SAILING_ID<TAB>LAYOUT_ID".
-- LAYOUTS_FILE: one line a layout, "LAYOUT_ID<TAB>SEAT SEAT ..." with seat ids "SECTION|ROW|SEAT".
-- (checkout-load.sh writes both from the database.)
--
-- MODE "spread": the sailings × seats of the catalog form one sequence of slots; slot s is seat
-- floor(s / sailings) of sailing (s mod sailings), so consecutive requests go to different
-- sailings. A run uses slots [SLOT_FROM, SLOT_TO) and splits them between its threads (thread t
-- of T takes SLOT_FROM + t, + t + T, ...), so no two requests of a run, nor of two runs given
-- disjoint ranges, ask for the same seat: nearly every hold should be a 201. A thread that runs
-- out of its share wraps around (then 409s are expected).
--
-- MODE "contended": every request asks for SEATS_PER_HOLD adjacent seats of a random sailing of
-- TARGETS_FILE (a few sailings the spread runs never touch), drawn from a generator seeded by the
-- thread's number (SLOT_FROM, SLOT_TO only number the e-mail addresses).
-- Requests collide on purpose: most answers are 409, and the oversold check afterwards proves
-- that no seat went to two live orders (all-or-nothing holds, one claim per seat).
--
-- response() counts 201 / 409 / 422 / 429 / 5xx / other per thread; done() adds the threads'
-- counts and prints one machine-readable RESULT line (plus a few 5xx/other bodies, if any).

local threads = {}
local next_id = 0

function setup(thread)
    thread:set("thread_id", next_id)
    next_id = next_id + 1
    table.insert(threads, thread)
end

local targets = {}   -- { sailing, layout }
local layouts = {}   -- layout id -> { seat ids }
local mode, slot_from, slot_to, seats_per_hold
local thread_count, next_slot, email_serial = 1, 0, 0
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

c201, c409, c422, c429, c5xx, cother, sample = 0, 0, 0, 0, 0, 0, ""

local function split_tab(line)
    local a, b = line:match("^([^\t]+)\t(.*)$")
    return a, b
end

function init(args)
    local targets_path, layouts_path = args[1], args[2]
    if not targets_path or not layouts_path then
        error("holds.lua: pass TARGETS_FILE LAYOUTS_FILE MODE SLOT_FROM SLOT_TO after --")
    end
    for line in assert(io.open(layouts_path, "r")):lines() do
        local id, seats = split_tab(line)
        if id then
            local list = {}
            for seat in seats:gmatch("%S+") do list[#list + 1] = seat end
            layouts[id] = list
        end
    end
    for line in assert(io.open(targets_path, "r")):lines() do
        local sailing, layout = split_tab(line)
        if sailing then targets[#targets + 1] = { sailing, layout } end
    end
    mode = args[3] or "spread"
    slot_from = tonumber(args[4] or "0")
    slot_to = tonumber(args[5] or "0")
    seats_per_hold = tonumber(args[6] or "1")
    -- A thread's script cannot see wrk's -t, so checkout-load.sh exports it as WRK_THREADS.
    thread_count = tonumber(os.getenv("WRK_THREADS") or "2")
    next_slot = slot_from + thread_id
    math.randomseed(7919 * (thread_id + 1) + 15485863)
    email_serial = thread_id * 100000000 + slot_from
end

local function body(sailing, seats)
    local parts = {}
    for i, seat in ipairs(seats) do
        parts[i] = '{"id":"' .. seat .. '","tier":"adult"}'
    end
    email_serial = email_serial + 1
    return '{"sailing_id":"' .. sailing .. '","seats":[' .. table.concat(parts, ",") ..
        '],"standing":[],"customer":{"name":"Load Test","email":"u' .. email_serial ..
        '@example.ru"},"language":"ru"}'
end

function request()
    local sailing, seats
    if mode == "contended" then
        local target = targets[math.random(#targets)]
        local list = layouts[target[2]]
        local first = math.random(#list - seats_per_hold + 1)
        seats = {}
        for i = 0, seats_per_hold - 1 do seats[#seats + 1] = list[first + i] end
        sailing = target[1]
    else
        local span = slot_to - slot_from
        local slot = slot_from + ((next_slot - slot_from) % span)
        next_slot = next_slot + thread_count
        local target = targets[(slot % #targets) + 1]
        local list = layouts[target[2]]
        local index = math.floor(slot / #targets) % #list
        sailing, seats = target[1], { list[index + 1] }
    end
    return wrk.format("POST", "/api/v1/holds", headers, body(sailing, seats))
end

function response(status, headers, body)
    if status == 201 then c201 = c201 + 1
    elseif status == 409 then c409 = c409 + 1
    elseif status == 422 then c422 = c422 + 1
    elseif status == 429 then c429 = c429 + 1
    elseif status >= 500 then c5xx = c5xx + 1
    else cother = cother + 1 end
    if status ~= 201 and status ~= 409 and #sample < 2000 then
        sample = sample .. status .. " " .. (body or ""):sub(1, 300) .. "\n"
    end
end

function done(summary, latency, requests)
    local t = { c201 = 0, c409 = 0, c422 = 0, c429 = 0, c5xx = 0, cother = 0 }
    local samples = ""
    for _, thread in ipairs(threads) do
        for key in pairs(t) do t[key] = t[key] + (thread:get(key) or 0) end
        samples = samples .. (thread:get("sample") or "")
    end
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format(
        "RESULT requests=%d seconds=%.3f rps=%.1f ok_rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f " ..
        "s201=%d s409=%d s422=%d s429=%d s5xx=%d sother=%d non2xx=%d " ..
        "connect_errors=%d read_errors=%d write_errors=%d timeouts=%d bytes=%d\n",
        summary.requests, seconds, summary.requests / seconds, t.c201 / seconds,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, t.c201, t.c409, t.c422, t.c429, t.c5xx, t.cother, e.status,
        e.connect, e.read, e.write, e.timeout, summary.bytes))
    if samples ~= "" then io.write("SAMPLES (status, body start) of unexpected answers:\n" .. samples) end
end
