#!/usr/bin/env python3
"""Drives full sign-ins (POST sign-in/social, then the provider's redirect to the callback).

  signin.py PORT once              prints the session cookies ("name=value; name=value")
  signin.py PORT new N             N sign-ins, each a new user
  signin.py PORT returning N       N sign-ins of one returning user
"""
import http.client
import json
import sys
import uuid
from urllib.parse import parse_qs, urlparse


def sign_in(conn, code):
    conn.request("POST", "/api/auth/sign-in/social", body=json.dumps({"provider": "bench", "callbackURL": "/"}),
                 headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    body = json.loads(response.read())
    state_cookie = next(c.split(";")[0] for c in response.headers.get_all("Set-Cookie") if c.startswith("better-auth.state="))
    state = parse_qs(urlparse(body["url"]).query)["state"][0]
    conn.request("GET", f"/api/auth/callback/bench?code={code}&state={state}", headers={"Cookie": state_cookie})
    response = conn.getresponse()
    response.read()
    location = response.headers["Location"]
    if response.status != 302 or "error=" in location:
        raise SystemExit(f"sign-in failed: {response.status} {location}")
    # The session cookie, and the session_data cache cookie when the cookie cache is on.
    return "; ".join(c.split(";")[0] for c in response.headers.get_all("Set-Cookie")
                     if c.startswith("better-auth.session_") and "Max-Age=0" not in c)


def main():
    port, mode = int(sys.argv[1]), sys.argv[2]
    conn = http.client.HTTPConnection("127.0.0.1", port)
    if mode == "once":
        print(sign_in(conn, "bench-user"))
        return
    returning = "returning-" + uuid.uuid4().hex
    for _ in range(int(sys.argv[3])):
        sign_in(conn, returning if mode == "returning" else uuid.uuid4().hex)


if __name__ == "__main__":
    main()
