-- Scenario 7: uploading a 250 KB conforming JPEG (POST /api/v1/records/{id}/attachments, multipart kind + file).
-- A record takes at most 5 attachments of a kind (attachment.kind_full), so every upload is followed by the DELETE
-- of what it created: run with as many threads as connections (-t N -c N); each thread owns one record
-- (RECORD_IDS, one per thread) and alternates POST and DELETE. wrk's requests/s therefore counts both: uploads/s is
-- half of it. The body is built once from JPEG (bench/MakeJpeg.java makes it). The blob store keeps one copy by
-- SHA-256, so this measures the upload's parsing, inspection and rows, not blob growth.
local f = assert(io.open(os.getenv("JPEG"), "rb"))
local jpeg = f:read("*a")
f:close()
local boundary = "----dossierbench7"
local ids = {}
for id in string.gmatch(os.getenv("RECORD_IDS") or "", "%d+") do ids[#ids + 1] = id end
local next_thread = 1
-- Every answer counted by status, so that the non-2xx that wrk reports can be told apart (429: the bound on
-- inspections at once; 422: a refused file; 409: a record's attachment limit).
local threads = {}
statuses = {}

function setup(thread)
	thread:set("record_id", ids[next_thread])
	next_thread = next_thread + 1
	threads[#threads + 1] = thread
end

local headers = {
	["Cookie"] = os.getenv("COOKIE"),
	["X-XSRF-TOKEN"] = os.getenv("XSRF"),
	["Accept"] = "application/json",
}
local upload_headers = {
	["Cookie"] = os.getenv("COOKIE"),
	["X-XSRF-TOKEN"] = os.getenv("XSRF"),
	["Accept"] = "application/json",
	["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
}
local body = "--" .. boundary .. "\r\n"
	.. 'Content-Disposition: form-data; name="kind"\r\n\r\n' .. os.getenv("KIND") .. "\r\n"
	.. "--" .. boundary .. "\r\n"
	.. 'Content-Disposition: form-data; name="file"; filename="scan.jpg"\r\n'
	.. "Content-Type: image/jpeg\r\n\r\n" .. jpeg .. "\r\n"
	.. "--" .. boundary .. "--\r\n"
local created = nil

function request()
	if created then
		return wrk.format("DELETE", "/api/v1/attachments/" .. created, headers)
	end
	return wrk.format("POST", "/api/v1/records/" .. record_id .. "/attachments", upload_headers, body)
end

function response(status, headers, body)
	statuses[status] = (statuses[status] or 0) + 1
	if created then
		created = nil
	elseif status == 201 then
		created = body:match('"id"%s*:%s*(%d+)')
	end
end

function done(summary, latency, requests)
	local total = {}
	for _, thread in ipairs(threads) do
		for status, count in pairs(thread:get("statuses")) do
			total[status] = (total[status] or 0) + count
		end
	end
	local parts = {}
	for status, count in pairs(total) do parts[#parts + 1] = status .. "=" .. count end
	table.sort(parts)
	io.write("Statuses: " .. table.concat(parts, " ") .. "\n")
end
