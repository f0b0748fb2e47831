"""A stand-in for Microsoft Entra ID and Business Central online, on loopback, for the fetch tests.

It serves the recorded pages in recorded/ (one OData page per published service) the way Business Central
serves a published page: behind a bearer token from a client-credentials token endpoint, filtered by
$filter=<Field> ge <time>, split into pages by Prefer: odata.maxpagesize with @odata.nextLink, and with
Business Central's error bodies. A scenario file (JSON) says which tenant, app and services exist and which
faults to inject: 429 or 503 with Retry-After, 401, 403, a missing permission, a redirect, a next link to another host, a slow answer, a page cut short
(as a connection closed early, or as JSON that stops short).

Usage: odata_server.py SCENARIO.json LOG
Prints its port, then runs until its standard input ends, so it cannot outlive the test that started it.
Every request is appended to LOG as one JSON line (method, path, query, the token it carried, the status).
ODATA_RECORDED names another folder of recorded pages, e.g. a large sample night for timing a fetch.
"""
import json
import os
import sys
import threading
import time
import urllib.parse
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

RECORDED = Path(os.environ.get("ODATA_RECORDED", Path(__file__).parent / "recorded"))


class Scenario:
    def __init__(self, path: Path):
        data = json.loads(path.read_text())
        self.tenant = data.get("tenant", "contoso.onmicrosoft.com")
        self.environment = data.get("environment", "Production")
        self.company = data.get("company", "CRONUS International Ltd.")
        self.client_id = data.get("clientId", "11111111-2222-3333-4444-555555555555")
        self.secret = data.get("secret", "s3cret+/=&value")
        self.token_lifetime = data.get("tokenLifetime", 3599)
        # Service name -> recorded page file.
        self.services = data.get("services", {})
        self.faults = data.get("faults", [])
        # OData lets a next link lead to an empty page, as when the rows fill the last page exactly.
        self.empty_last_page = data.get("emptyLastPage", False)
        self.lock = threading.Lock()
        self.tokens = {}
        self.issued = 0
        self.cache = {}

    def fault_for(self, target: str):
        """The first fault for `target` (a service name or "token") with uses left, used once."""
        with self.lock:
            for fault in self.faults:
                if fault.get("target") == target and fault.get("times", 1) > 0:
                    fault["times"] = fault.get("times", 1) - 1
                    return fault
        return None

    def rows(self, service: str):
        """The recorded rows of a service, read once: a large night is paged from memory, as a database would."""
        with self.lock:
            if service not in self.cache:
                self.cache[service] = json.loads((RECORDED / self.services[service]).read_text())["value"]
            return self.cache[service]

    def issue(self) -> str:
        with self.lock:
            self.issued += 1
            token = f"token-{self.issued}"
            self.tokens[token] = time.time() + self.token_lifetime
            return token

    def valid(self, token: str) -> bool:
        with self.lock:
            return self.tokens.get(token, 0) > time.time()


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    scenario: Scenario
    log_path: Path

    def log_message(self, *args):
        pass

    def record(self, status: int, token: str | None):
        parts = urllib.parse.urlsplit(self.path)
        line = {"method": self.command, "path": urllib.parse.unquote(parts.path),
                "query": urllib.parse.unquote(parts.query), "token": token, "status": status,
                "prefer": self.headers.get("Prefer")}
        with self.scenario.lock, open(self.log_path, "a") as log:
            log.write(json.dumps(line) + "\n")

    def send(self, status: int, body: bytes, headers=None, token=None, content_type="application/json"):
        self.record(status, token)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def send_json(self, status: int, value, **kwargs):
        self.send(status, json.dumps(value).encode(), **kwargs)

    def bc_error(self, status: int, code: str, message: str, token=None, headers=None):
        body = {"error": {"code": code, "message": f"{message}  CorrelationId:  0b5e9c2d-6f4e-4c1a-9a55-0d2b1c3e4f50."}}
        self.send_json(status, body, token=token, headers=headers)

    def apply(self, fault, token=None) -> bool:
        """Answers with the fault; False when the fault only delays the real answer."""
        kind = fault["kind"]
        if kind == "slow":
            time.sleep(fault.get("seconds", 3))
            return False
        if kind in ("429", "503"):
            headers = {"Retry-After": str(fault["retryAfter"])} if "retryAfter" in fault else {}
            self.bc_error(int(kind), "Application_TooManyRequests" if kind == "429" else "Internal_ServiceUnavailable",
                          "The request was throttled.", token=token, headers=headers)
        elif kind == "401":
            self.bc_error(401, "Authentication_InvalidCredentials", "The server has rejected the client credentials.", token)
        elif kind == "403":
            self.bc_error(403, "Authorization_InsufficientPermissions", "You do not have permission to read this.", token)
        elif kind == "permission":
            self.bc_error(500, "Internal_ServerError",
                          "Sorry, the current permissions prevented the action. (TableData Integration Synch. Job Errors Read: Base Application)",
                          token)
        elif kind == "cutjson":
            # A whole HTTP answer whose JSON stops short: what a proxy that gave up mid-page sends.
            self.send(200, b'{"value":[{"No":1,"Message":"x"},', token=token)
        elif kind == "foreignNext":
            port = self.headers["Host"].rsplit(":", 1)[1]
            self.send_json(200, {"value": [], "@odata.nextLink": f"http://localhost:{port}/collect?$skiptoken=1"}, token=token)
        elif kind == "redirect":
            self.record(302, token)
            self.send_response(302)
            self.send_header("Location", f"http://{self.headers['Host']}/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif kind == "html500":
            self.send(502, b"<html><body>Bad gateway</body></html>", token=token, content_type="text/html")
        elif kind == "truncate":
            # Announces the whole body, sends a third of it, and closes: a page cut short on the way.
            body = json.dumps({"value": [{"No": n, "Message": "x" * 40} for n in range(50)]}).encode()
            self.record(200, token)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 3])
            self.wfile.flush()
            self.close_connection = True
        else:
            raise ValueError(f"unknown fault {kind}")
        return True

    def do_POST(self):
        parts = urllib.parse.urlsplit(self.path).path.strip("/").split("/")
        length = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        if len(parts) != 4 or parts[1:] != ["oauth2", "v2.0", "token"]:
            return self.send_json(404, {"error": "not_found"})
        fault = self.scenario.fault_for("token")
        if fault and self.apply(fault):
            return
        field = lambda name: (form.get(name) or [""])[0]
        def refuse(status, error, code, text):
            self.send_json(status, {"error": error, "error_description": f"AADSTS{code}: {text}", "error_codes": [code],
                                    "timestamp": "2026-12-03 02:00:00Z", "trace_id": "t", "correlation_id": "c"})
        if parts[0] != self.scenario.tenant:
            return refuse(400, "invalid_request", 90002, f"Tenant '{parts[0]}' not found.")
        if field("grant_type") != "client_credentials" or field("scope") != f"http://{self.headers['Host']}/.default":
            return refuse(400, "invalid_scope", 70011, "The provided request must include a 'scope' input parameter.")
        if field("client_id") != self.scenario.client_id:
            return refuse(400, "unauthorized_client", 700016, f"Application with identifier '{field('client_id')}' was not found.")
        if field("client_secret") != self.scenario.secret:
            return refuse(401, "invalid_client", 7000215, "Invalid client secret provided.")
        self.send_json(200, {"token_type": "Bearer", "expires_in": self.scenario.token_lifetime,
                             "ext_expires_in": self.scenario.token_lifetime, "access_token": self.scenario.issue()})

    def do_GET(self):
        split = urllib.parse.urlsplit(self.path)
        auth = self.headers.get("Authorization", "")
        token = auth[len("Bearer "):] if auth.startswith("Bearer ") else None
        segments = split.path.strip("/").split("/")
        if len(segments) != 6 or segments[0] != "v2.0" or segments[3] != "ODataV4":
            return self.bc_error(404, "BadRequest_NotFound", f"No HTTP resource was found that matches the request URI '{self.path}'.", token)
        tenant, environment, company, service = segments[1], segments[2], urllib.parse.unquote(segments[4]), segments[5]
        if not token or not self.scenario.valid(token):
            return self.bc_error(401, "Authentication_InvalidCredentials", "The server has rejected the client credentials.", token)
        fault = self.scenario.fault_for(service)
        if fault and self.apply(fault, token):
            return
        if tenant != self.scenario.tenant or environment != self.scenario.environment:
            return self.bc_error(404, "BadRequest_NotFound", f"No HTTP resource was found that matches the request URI '{self.path}'.", token)
        expected = "Company('" + self.scenario.company.replace("'", "''") + "')"
        if company != expected:
            return self.bc_error(400, "Internal_CompanyNotFound", f"Cannot process the request because the default company cannot be found.", token)
        if service not in self.scenario.services:
            return self.bc_error(404, "BadRequest_NotFound", f"No HTTP resource was found that matches the request URI '{self.path}'.", token)
        rows = self.scenario.rows(service)
        query = urllib.parse.parse_qs(split.query)
        if "$filter" in query:
            field, operator, value = query["$filter"][0].split(" ")
            if operator != "ge":
                return self.bc_error(400, "BadRequest_NotFound", "Bad Request - Error in query syntax.", token)
            since = parse_time(value)
            rows = [row for row in rows if parse_time(row[field]) >= since]
        size = 20000
        for preference in self.headers.get("Prefer", "").split(","):
            name, _, value = preference.strip().partition("=")
            if name == "odata.maxpagesize":
                size = min(size, int(value))
        skip = int(query.get("$skiptoken", ["0"])[0])
        body = {"@odata.context": f"http://{self.headers['Host']}/v2.0/{tenant}/{environment}/ODataV4/$metadata#{company}/{service}",
                "value": rows[skip:skip + size]}
        if skip + size < len(rows) or (self.scenario.empty_last_page and skip + size == len(rows)):
            rest = {key: values[0] for key, values in query.items() if key != "$skiptoken"}
            rest["$skiptoken"] = str(skip + size)
            body["@odata.nextLink"] = f"http://{self.headers['Host']}{split.path}?{urllib.parse.urlencode(rest, quote_via=urllib.parse.quote)}"
        self.send_json(200, body, token=token)


def main() -> None:
    Handler.scenario = Scenario(Path(sys.argv[1]))
    Handler.log_path = Path(sys.argv[2])
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
