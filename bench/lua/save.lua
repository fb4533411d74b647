-- Scenario 4, saving a record with history (PUT /api/v1/records/{id} {data, version}).
-- Run with as many wrk threads as connections (-t N -c N): each thread then has exactly one connection and owns one
-- record (RECORD_IDS, comma-separated, one per thread), so it can read-modify-write without racing itself: it GETs
-- the record once to learn its version, then PUTs with the version the last response gave. A non-200 answer (a 409
-- would mean someone else saved the record) makes it read again; wrk counts it under "Non-2xx".
local ids = {}
for id in string.gmatch(os.getenv("RECORD_IDS") or "", "%d+") do ids[#ids + 1] = id end
local next_thread = 1

function setup(thread)
	thread:set("record_id", ids[next_thread])
	next_thread = next_thread + 1
end

local version = nil
local edits = 0
local headers = {
	["Cookie"] = os.getenv("COOKIE"),
	["X-XSRF-TOKEN"] = os.getenv("XSRF"),
	["Content-Type"] = "application/json",
	["Accept"] = "application/json",
}

function request()
	local path = "/api/v1/records/" .. record_id
	if version == nil then
		return wrk.format("GET", path, headers)
	end
	edits = edits + 1
	local body = string.format('{"version":%d,"data":{"name":"塔式起重机","model":"XM-%d","origin":"上海",'
		.. '"manufactureDate":"2015-03-01","quantity":"2","originalValue":"300","netValue":"120",'
		.. '"remark":"bench edit %d"}}', version, edits % 1000, edits)
	return wrk.format("PUT", path, headers, body)
end

function response(status, headers, body)
	local v = status == 200 and body:match('"version"%s*:%s*(%d+)') or nil
	version = v and tonumber(v) or nil
end
