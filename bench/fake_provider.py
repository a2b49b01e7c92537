#!/usr/bin/env python3
"""A minimal OAuth provider for benchmarks: static answers, so the app's own cost is what is measured.

POST /token answers access_token "at-<code>"; GET /userinfo answers sub "<code>" for that token,
so the client decides whether a sign-in is a new user (fresh code) or a returning one (same code).
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class Provider(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without TCP_NODELAY, Nagle and delayed ACKs
    # add ~40 ms to every call and the benchmark would measure waiting, not work.
    disable_nagle_algorithm = True

    def _json(self, body):
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        form = parse_qs(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode())
        code = form.get("code", ["x"])[0]
        self._json({"access_token": "at-" + code, "token_type": "Bearer", "expires_in": 3600,
                    "refresh_token": "rt-" + code, "scope": "email profile"})

    def do_GET(self):
        token = self.headers.get("Authorization", "Bearer at-x")[len("Bearer at-"):]
        self._json({"sub": token, "email": token + "@bench.example", "email_verified": True, "name": "Bench"})

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Provider).serve_forever()
