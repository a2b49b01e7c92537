#!/usr/bin/env python3
"""An OpenID provider for the sign-in benchmark: discovery, a JWKS, and a token endpoint that
answers a fresh RS256 id_token per code, so the app verifies a real signature every flow.

The code is "<subject>.<nonce>": the load driver reads the nonce from the authorization URL and
hands it back in the code, so the id_token carries the flow's nonce as a real provider's would.

  oidc_provider.py PORT CLIENT_ID
"""
import base64
import json
import sys
import time
from http.server import ThreadingHTTPServer
from urllib.parse import parse_qs

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

import fake_provider

KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
NUMBERS = KEY.public_key().public_numbers()


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def uint(value):
    return b64(value.to_bytes((value.bit_length() + 7) // 8, "big"))


JWKS = {"keys": [{"kty": "RSA", "kid": "bench-1", "use": "sig", "alg": "RS256", "n": uint(NUMBERS.n),
                  "e": uint(NUMBERS.e)}]}
HEADER = b64(json.dumps({"alg": "RS256", "kid": "bench-1", "typ": "JWT"}).encode())


def id_token(issuer, client_id, subject, nonce):
    now = int(time.time())
    claims = {"iss": issuer, "aud": client_id, "sub": subject, "email": subject + "@bench.example",
              "email_verified": True, "name": "Bench " + subject, "nonce": nonce, "iat": now, "exp": now + 3600}
    signing_input = HEADER + "." + b64(json.dumps(claims).encode())
    signature = KEY.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    return signing_input + "." + b64(signature)


class Provider(fake_provider.Provider):
    """fake_provider's HTTP handling (TCP_NODELAY, JSON answers), with discovery, keys and id_tokens."""
    client_id = "bench"

    def issuer(self):
        return "http://127.0.0.1:%d" % self.server.server_address[1]

    def do_GET(self):
        issuer = self.issuer()
        if self.path == "/.well-known/openid-configuration":
            self._json({"issuer": issuer, "authorization_endpoint": issuer + "/authorize",
                        "token_endpoint": issuer + "/token", "jwks_uri": issuer + "/jwks",
                        "userinfo_endpoint": issuer + "/userinfo", "response_types_supported": ["code"],
                        "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"]})
        elif self.path == "/jwks":
            self._json(JWKS)
        else:
            self.send_error(404)

    def do_POST(self):
        form = parse_qs(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode())
        subject, _, nonce = form.get("code", ["x."])[0].partition(".")
        self._json({"access_token": "at-" + subject, "token_type": "Bearer", "expires_in": 3600,
                    "refresh_token": "rt-" + subject, "scope": "openid email profile",
                    "id_token": id_token(self.issuer(), Provider.client_id, subject, nonce)})


if __name__ == "__main__":
    Provider.client_id = sys.argv[2] if len(sys.argv) > 2 else "bench"
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Provider).serve_forever()
