-- Scenario 7: uploading a 250 KB conforming JPEG (POST /api/v1/records/{id}/attachments, multipart kind + file).
-- The body is built once from JPEG (bench/MakeJpeg.java makes it); every request attaches it again to RECORD_ID.
-- The blob store keeps one copy by SHA-256, so this measures inspection + an attachment row, not blob growth.
local f = assert(io.open(os.getenv("JPEG"), "rb"))
local jpeg = f:read("*a")
f:close()
local boundary = "----dossierbench7"
wrk.method = "POST"
wrk.path = "/api/v1/records/" .. os.getenv("RECORD_ID") .. "/attachments"
wrk.headers["Cookie"] = os.getenv("COOKIE")
wrk.headers["X-XSRF-TOKEN"] = os.getenv("XSRF")
wrk.headers["Accept"] = "application/json"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
wrk.body = "--" .. boundary .. "\r\n"
	.. 'Content-Disposition: form-data; name="kind"\r\n\r\n' .. os.getenv("KIND") .. "\r\n"
	.. "--" .. boundary .. "\r\n"
	.. 'Content-Disposition: form-data; name="file"; filename="scan.jpg"\r\n'
	.. "Content-Type: image/jpeg\r\n\r\n" .. jpeg .. "\r\n"
	.. "--" .. boundary .. "--\r\n"
