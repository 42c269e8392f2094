"""Validate kztr's TMX, XLIFF and TBX against the official schemas in tests/data/schemas: grammars with
xmllint, Schematron rules with lxml's isoschematron under the system Python (Debian's python3-lxml)."""

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


def assert_valid_xliff2(path: Path) -> None:
    """Against the XLIFF 2.1 core schema and the core's Schematron rules."""
    result = xmllint("--schema", str(SCHEMAS / "xliff-2.1" / "xliff_core_2.0.xsd"), str(path))
    assert result.returncode == 0 and "validates" in result.stderr, result.stderr
    assert schematron_errors(path, SCHEMAS / "xliff-2.1" / "xliff_core_2.1.sch") == []


_SCHEMATRON = """
import sys
from lxml import etree, isoschematron
rules = open(sys.argv[1], "rb").read().replace(b'queryBinding="xslt2"', b'queryBinding="xslt"')
# XPath 2's matches() as EXSLT's re:test(), which lxml gives XSLT 1, and ./local-name() (a function as a
# path step) as local-name(): the same tests in XPath 1; the rules use nothing else of XPath 2
rules = rules.replace(b"./local-name()", b"local-name()").replace(b"matches(", b"re:test(").replace(
    b"<sch:ns ", b'<sch:ns uri="http://exslt.org/regular-expressions" prefix="re"/><sch:ns ', 1).replace(
    b"<ns ", b'<ns uri="http://exslt.org/regular-expressions" prefix="re"/><ns ', 1)
parser = etree.XMLParser(resolve_entities=True, no_network=True)  # the rules' own entities, never the document's
schema = isoschematron.Schematron(etree.fromstring(rules, parser), store_report=True)
schema.validate(etree.parse(sys.argv[2], etree.XMLParser(resolve_entities=False, no_network=True)))
SVRL = "{http://purl.oclc.org/dsdl/svrl}"
for found in schema.validation_report.iter(SVRL + "failed-assert", SVRL + "successful-report"):
    print(found.get("location"), " ".join("".join(found.itertext()).split()))
"""


def schematron_errors(path: Path, rules: Path) -> list[str]:
    """Every failed assert and every report (the XLIFF and TBX rules report errors) of a Schematron."""
    done = subprocess.run(["/usr/bin/python3", "-c", _SCHEMATRON, str(rules), str(path)], capture_output=True,
                          text=True, check=True)
    return done.stdout.splitlines()


@contextmanager
def counting_server():
    """A local HTTP server that counts the requests it gets (a hostile file must make none)."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # the name http.server calls
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
