-- Authenticated GETs: the session cookie (and Accept) from the environment, so no login is paid per request.
-- AUTHORIZATION (e.g. "Basic …") instead measures a credential checked on every request (scenario 3b).
wrk.headers["Cookie"] = os.getenv("COOKIE")
wrk.headers["Accept"] = os.getenv("ACCEPT") or "text/html"
local authorization = os.getenv("AUTHORIZATION")
if authorization and authorization ~= "" then
	wrk.headers["Authorization"] = authorization
end
