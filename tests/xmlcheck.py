"""Validate kztr's TMX and XLIFF with xmllint against the official schemas in tests/data/schemas."""

from __future__ import annotations

import http.server
import subprocess
import threading
from contextlib import contextmanager
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent / "data" / "schemas"


def xmllint(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["xmllint", "--noout", "--nonet", *args], capture_output=True, text=True, check=False)


def assert_valid_tmx(path: Path) -> None:
    result = xmllint("--dtdvalid", str(SCHEMAS / "tmx14.dtd"), str(path))
    assert result.returncode == 0, result.stderr


def assert_valid_xliff(path: Path, scratch: Path) -> None:
    """Against the XLIFF 1.2 strict schema; its import of xml.xsd points to the copy beside it, not the web."""
    scratch.mkdir(parents=True, exist_ok=True)
    schema = scratch / "xliff-core-1.2-strict.xsd"
    schema.write_text((SCHEMAS / "xliff-core-1.2-strict.xsd").read_text(encoding="utf-8").replace(
        'schemaLocation="http://www.w3.org/2001/xml.xsd"', 'schemaLocation="xml.xsd"'), encoding="utf-8")
    (scratch / "xml.xsd").write_bytes((SCHEMAS / "xml.xsd").read_bytes())
    result = xmllint("--schema", str(schema), str(path))
    assert result.returncode == 0 and "validates" in result.stderr, result.stderr


@contextmanager
def counting_server():
    """A local HTTP server that counts the requests it gets (a hostile file must make none)."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY leak "fetched">')

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], hits
    finally:
        server.shutdown()
        server.server_close()
