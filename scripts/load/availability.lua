-- wrk script: GET /api/v1/sailings/{id}/availability for random sailings.
--
--   wrk -t2 -c32 -d15s --latency -s availability.lua http://127.0.0.1:PORT -- SAILINGS_FILE
--
-- SAILINGS_FILE holds one sailing id a line (checkout-load.sh writes it). Every thread reads it in
-- init() and draws ids at random from its own generator, seeded by the thread's number, so the
-- threads do not ask for the same sequence. No response() hook: wrk then skips handing each
-- (about 10 KB) body to Lua, and counts non-2xx answers itself ("Non-2xx or 3xx responses").
-- done() prints one machine-readable RESULT line that checkout-load.sh parses.

local threads = {}
local next_id = 0

-- Runs once per thread in the main Lua state, before the threads start: number the threads.
function setup(thread)
    thread:set("thread_id", next_id)
    next_id = next_id + 1
    table.insert(threads, thread)
end

local ids = {}

function init(args)
    local path = args[1] or error("availability.lua: pass the sailings file after --")
    local file = io.open(path, "r") or error("availability.lua: cannot open " .. path)
    for line in file:lines() do
        if line ~= "" then ids[#ids + 1] = line end
    end
    file:close()
    if #ids == 0 then error("availability.lua: no sailing ids in " .. path) end
    -- thread_id was set by setup(); different seeds give different sequences per thread.
    math.randomseed(7919 * (thread_id + 1) + 104729)
end

function request()
    local id = ids[math.random(#ids)]
    return wrk.format("GET", "/api/v1/sailings/" .. id .. "/availability")
end

-- Latency in wrk is in microseconds; printed here in milliseconds.
function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format(
        "RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f " ..
        "non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d bytes=%d\n",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, e.status, e.connect, e.read, e.write, e.timeout, summary.bytes))
end
