#!/usr/bin/env python3
"""Load for the sign-in benchmark: full flows (POST sign-in/social, then the provider's redirect
to GET callback/bench with a code carrying the flow's nonce), or the same number of iterations of
two GET /api/auth/ok, from CONCURRENCY threads on keep-alive connections.

  signin_load.py PORT flows N CONCURRENCY       N flows of returning users (one user per thread)
  signin_load.py PORT new N CONCURRENCY         N flows, each a new user
  signin_load.py PORT ok N CONCURRENCY          N iterations of two GET /api/auth/ok
  signin_load.py PORT first START_EPOCH         retries one flow until it succeeds, then prints the
                                                seconds since START_EPOCH
"""
import http.client
import json
import sys
import threading
import time
import uuid
from urllib.parse import parse_qs, urlparse


def flow(conn, subject):
    conn.request("POST", "/api/auth/sign-in/social", body=json.dumps({"provider": "bench", "callbackURL": "/"}),
                 headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    body = json.loads(response.read())
    if response.status != 200:
        raise RuntimeError(f"sign-in/social answered {response.status}: {body}")
    state_cookie = next(c.split(";")[0] for c in response.headers.get_all("Set-Cookie")
                        if c.startswith("better-auth.state="))
    query = parse_qs(urlparse(body["url"]).query)
    code = subject + "." + query["nonce"][0]
    conn.request("GET", f"/api/auth/callback/bench?code={code}&state={query['state'][0]}",
                 headers={"Cookie": state_cookie})
    response = conn.getresponse()
    response.read()
    location = response.headers["Location"]
    if response.status != 302 or "error=" in location:
        raise RuntimeError(f"callback answered {response.status} {location}")


def ok(conn, _):
    for _ in range(2):
        conn.request("GET", "/api/auth/ok")
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"/ok answered {response.status}")


def run(port, action, total, concurrency, new_users):
    counter = iter(range(total))
    lock = threading.Lock()
    errors = []

    def worker(index):
        conn = http.client.HTTPConnection("127.0.0.1", port)
        subject = "returning-%d" % index
        while True:
            with lock:
                if next(counter, None) is None:
                    return
            try:
                action(conn, uuid.uuid4().hex if new_users else subject)
            except Exception as ex:  # noqa: BLE001 - reported, then the run fails
                errors.append(ex)
                return

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise SystemExit(f"{len(errors)} failed, first: {errors[0]}")


def main():
    port, mode = int(sys.argv[1]), sys.argv[2]
    if mode == "first":
        start = float(sys.argv[3])
        while time.time() - start < 180:
            try:
                flow(http.client.HTTPConnection("127.0.0.1", port, timeout=5), "first")
                print(f"{time.time() - start:.2f}")
                return
            except (OSError, RuntimeError, http.client.HTTPException, ValueError, KeyError, StopIteration):
                time.sleep(0.02)
        raise SystemExit("no sign-in succeeded within 180 s; see the app's log")
    total, concurrency = int(sys.argv[3]), int(sys.argv[4])
    if mode == "ok":
        run(port, ok, total, concurrency, False)
    else:
        run(port, flow, total, concurrency, mode == "new")


if __name__ == "__main__":
    main()
