-- Authenticated GETs: the session cookie (and Accept) from the environment, so no login is paid per request.
wrk.headers["Cookie"] = os.getenv("COOKIE")
wrk.headers["Accept"] = os.getenv("ACCEPT") or "text/html"
