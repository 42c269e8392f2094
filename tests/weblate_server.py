"""A real Weblate server on this machine, for the integration test and the checks benchmark.

Weblate runs from its own virtual environment (``.venv-weblate``, or the one
``KZTR_WEBLATE_VENV`` names): it depends on translate-toolkit (GPL), which never
goes into the project's ``.venv``. This module imports nothing of Weblate's; it
starts the services as separate processes and speaks to Weblate over HTTP:

* PostgreSQL: a new cluster in a temporary folder, listening on a unix socket
  only (no TCP port); as root it runs as the ``postgres`` user, which refuses root.
* Redis: unix socket only, nothing saved to disk (Weblate's cache and locks).
* Weblate: its own settings module (below), Celery tasks run eagerly in the
  server process, no e-mail, no avatars, no support-status check, and every
  HTTP proxy variable pointed at a closed loopback port, so that anything
  trying to reach the internet fails at once instead of waiting; Django's
  development server on 127.0.0.1 and a free port (it serves the static files
  the editor screenshot needs).

``start_weblate(folder)`` returns a running ``Weblate``; ``stop()`` ends every
process it started (each by its own process id) and nothing else.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Debian's PostgreSQL, whichever major version the release ships (15 on Debian 12).
POSTGRES_BIN = max(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name),
                   default=Path("/usr/lib/postgresql/15/bin"))
ADMIN = "admin"
ADMIN_PASSWORD = "kztr-weblate-test-7"  # a throwaway password: the server listens on loopback only

# The Weblate settings the test runs with: settings_example as shipped, with
# these changes. {data}, {port}, {pg_socket}, {redis_socket} are filled in at start.
SETTINGS = '''\
from weblate.settings_example import *  # noqa: F403

DEBUG = True  # the development server serves the static files (editor screenshot)
SITE_DOMAIN = "127.0.0.1:{port}"
SITE_URL = "http://" + SITE_DOMAIN
OTP_WEBAUTHN_RP_ID = "localhost"  # unused here; Django's checks want one, and http only on localhost
OTP_WEBAUTHN_ALLOWED_ORIGINS = ["http://localhost:{port}"]
SECRET_KEY = "kztr integration test, loopback only"
DATA_DIR = {data!r}
CACHE_DIR = DATA_DIR + "/cache"
MEDIA_ROOT = DATA_DIR + "/media"
STATIC_ROOT = CACHE_DIR + "/static"
DATABASES["default"].update({{"HOST": {pg_socket!r}, "PORT": "", "NAME": "weblate", "USER": "weblate"}})
CACHES["default"]["LOCATION"] = "unix://" + {redis_socket!r} + "?db=1"
CACHES["avatar"]["LOCATION"] = CACHE_DIR + "/avatar"
# Celery: every task runs at once in the process that queued it (no worker).
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BROKER_URL = "memory://"
CELERY_RESULT_BACKEND = None
# No network: nothing below may look outside this machine.
ENABLE_AVATARS = False
SUPPORT_STATUS_CHECK = False
BACKGROUND_ADMIN_CHECKS = False
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
REGISTRATION_OPEN = False
VCS_FILE_PROTOCOL = True  # the project's remote is a bare repository on this disk (file://)
VCS_API_DELAY = 0
PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] = {{"anon": "100000/day", "user": "100000/hour"}}
LOGGING["loggers"]["weblate"]["level"] = "INFO"
'''


class ServiceError(RuntimeError):
    """A service did not start; the message says which and why (the test skips or fails with it)."""


def weblate_venv() -> Path:
    """Where Weblate is installed: ``KZTR_WEBLATE_VENV`` or ``.venv-weblate`` in the checkout."""
    return Path(os.environ.get("KZTR_WEBLATE_VENV", ROOT / ".venv-weblate"))


def missing_requirements() -> list[str]:
    """What this machine lacks to run the server, in words (empty: everything is there)."""
    problems = []
    if not (weblate_venv() / "bin" / "weblate").exists():
        problems.append(f"Weblate is not installed in {weblate_venv()} (.ci/run and scripts/test install it)")
    if not (POSTGRES_BIN / "postgres").exists():
        problems.append(f"PostgreSQL 15 not found in {POSTGRES_BIN} (Debian package postgresql)")
    if shutil.which("redis-server") is None:
        problems.append("redis-server not found (Debian package redis-server)")
    return problems


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def closed_port() -> int:
    """A loopback port where nothing listens: a proxy there refuses every connection at once."""
    return free_port()


@dataclass
class Weblate:
    """A running Weblate with PostgreSQL and Redis: its address, admin token and processes."""

    folder: Path
    url: str = ""
    token: str = ""
    environment: dict[str, str] = field(default_factory=dict)
    processes: list[tuple[str, subprocess.Popen]] = field(default_factory=list)
    scratch: Path | None = None  # the database's folder, removed by stop

    # ------------------------------------------------------------------ the HTTP API

    def api(self, method: str, path: str, payload: dict | None = None, *, expect: tuple[int, ...] = (200, 201)):
        """Call the REST API (``path`` under /api/); returns the decoded JSON answer."""
        address = path if path.startswith("http") else f"{self.url}/api/{path.lstrip('/')}"
        data = None if payload is None else json.dumps(payload).encode("utf-8")
        request = urllib.request.Request(address, data=data, method=method, headers={
            "Authorization": f"Token {self.token}", "Accept": "application/json",
            "Content-Type": "application/json"})
        try:
            with _DIRECT.open(request, timeout=600) as answer:
                status, body = answer.status, answer.read()
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read()
        if status not in expect:
            raise AssertionError(f"{method} {address} -> {status}: {body.decode('utf-8', 'replace')[:2000]}")
        return json.loads(body) if body else None

    def every(self, path: str) -> list[dict]:
        """Every result of a paginated list."""
        results, address = [], path
        while address:
            page = self.api("GET", address)
            results.extend(page["results"])
            address = page["next"]
        return results

    def create_project(self, slug: str, remote: Path, document: str, wrap: int) -> None:
        """A project and its first component, the gettext catalogs of ``document`` in the remote
        repository, with docs/weblate.md's settings and the line wrapping ``wrap`` (po_line_wrap)."""
        self.api("POST", "projects/", {"name": slug, "slug": slug, "web": "https://kztr.invalid/"})
        self.create_component(slug, remote, document, wrap)

    def create_component(self, project: str, remote: Path, document: str, wrap: int) -> None:
        """One document's component, as docs/weblate.md sets it up."""
        self.api("POST", f"projects/{project}/components/", {
            "name": document, "slug": document, "vcs": "git", "repo": remote.as_uri(), "push": remote.as_uri(),
            "branch": "main", "file_format": "po", "filemask": f"locales/*/LC_MESSAGES/{document}.po",
            "template": "", "new_base": f"locales/{document}.pot", "file_format_params": {"po_line_wrap": wrap},
            "source_language": {"code": "ar"}, "language_code_style": "posix", "new_lang": "add"})

    def failing_checks(self, project: str) -> list[dict]:
        """Every quality check Weblate reports in a project: component, language, source, target, check, dismissed."""
        script = (
            "import json\n"
            "from weblate.checks.models import Check\n"
            f"found = Check.objects.filter(unit__translation__component__project__slug={project!r})\n"
            "print(json.dumps([{'component': c.unit.translation.component.slug,"
            " 'language': c.unit.translation.language.code, 'source': c.unit.source,"
            " 'target': c.unit.target, 'check': c.name, 'dismissed': c.dismissed}"
            " for c in found.select_related('unit__translation__language', 'unit__translation__component')]))\n")
        return json.loads(self.manage("shell", "-c", script).stdout.strip().splitlines()[-1])

    def manage(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run one of Weblate's management commands (``weblate …``) with the test's settings."""
        completed = subprocess.run([str(weblate_venv() / "bin" / "weblate"), *args], env=self.environment,
                                   capture_output=True, text=True, check=False, timeout=900)
        if check and completed.returncode != 0:
            raise ServiceError(f"weblate {' '.join(args)} failed ({completed.returncode}):\n"
                               f"{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}")
        return completed

    # ------------------------------------------------------------------ processes

    def spawn(self, name: str, command: list[str], **options) -> subprocess.Popen:
        """Start a service in its own process group and remember it for ``stop``."""
        log = open(self.folder / f"{name}.log", "ab")  # noqa: SIM115 - kept open while the process runs
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True, **options)
        log.close()
        self.processes.append((name, process))
        return process

    def stop(self) -> None:
        """End every process this object started (its own process groups), newest first."""
        for name, process in reversed(self.processes):
            if process.poll() is None:
                # PostgreSQL: SIGINT is its "fast shutdown"; the others stop on SIGTERM.
                os.killpg(process.pid, signal.SIGINT if name == "postgres" else signal.SIGTERM)
                try:
                    process.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=30)
        self.processes.clear()
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None

    def tail(self, name: str, lines: int = 40) -> str:
        """The end of a service's log, for error messages."""
        path = self.folder / f"{name}.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never through a proxy


def _as_postgres(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _wait(what: str, ready, process: subprocess.Popen | None, server: Weblate, name: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not ready():
        if process is not None and process.poll() is not None:
            raise ServiceError(f"{what} exited ({process.returncode}):\n{server.tail(name)}")
        if time.monotonic() > deadline:
            raise ServiceError(f"{what} not ready after {seconds:.0f} s:\n{server.tail(name)}")
        time.sleep(0.2)


def _start_postgres(server: Weblate, base: Path) -> Path:
    data, sockets = base / "pg", base / "pg-socket"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sockets, "postgres")
    completed = subprocess.run(_as_postgres([str(POSTGRES_BIN / "initdb"), "-D", str(data), "-U", "weblate",
                                             "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]),
                               capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise ServiceError(f"initdb failed: {completed.stderr[-2000:]}")
    process = server.spawn("postgres", _as_postgres([
        str(POSTGRES_BIN / "postgres"), "-D", str(data), "-k", str(sockets), "-c", "listen_addresses=",
        "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]))

    def ready() -> bool:
        return subprocess.run([str(POSTGRES_BIN / "pg_isready"), "-q", "-h", str(sockets)],
                              check=False).returncode == 0

    _wait("PostgreSQL", ready, process, server, "postgres", 60)
    created = subprocess.run([str(POSTGRES_BIN / "createdb"), "-h", str(sockets), "-U", "weblate", "weblate"],
                             capture_output=True, text=True, check=False)
    if created.returncode != 0:
        raise ServiceError(f"createdb failed: {created.stderr}")
    return sockets


def _start_redis(server: Weblate, base: Path) -> Path:
    sock = base / "redis.sock"
    process = server.spawn("redis", ["redis-server", "--port", "0", "--unixsocket", str(sock),
                                     "--unixsocketperm", "700", "--save", "", "--appendonly", "no",
                                     "--dir", str(base)])
    _wait("Redis", sock.exists, process, server, "redis", 30)
    return sock


def start_weblate(folder: Path) -> Weblate:
    """Start PostgreSQL, Redis and Weblate; create the admin and its API token. Raises ServiceError."""
    problems = missing_requirements()
    if problems:
        raise ServiceError("; ".join(problems))
    folder.mkdir(parents=True, exist_ok=True)
    server = Weblate(folder=folder)
    # The database lives outside pytest's folders: those are private to root, and PostgreSQL runs as postgres.
    base = Path(tempfile.mkdtemp(prefix="kztr-weblate-pg-"))
    server.scratch = base
    try:
        pg_socket = _start_postgres(server, base)
        redis_socket = _start_redis(server, base)
        port = free_port()
        settings = folder / "settings"
        settings.mkdir(exist_ok=True)
        (settings / "kztr_weblate_settings.py").write_text(SETTINGS.format(
            data=str(folder / "data"), port=port, pg_socket=str(pg_socket), redis_socket=str(redis_socket)),
            encoding="utf-8")
        proxy = f"http://127.0.0.1:{closed_port()}"
        server.environment = {
            **{key: value for key, value in os.environ.items() if not key.lower().endswith("_proxy")},
            "DJANGO_SETTINGS_MODULE": "kztr_weblate_settings", "PYTHONPATH": str(settings),
            "http_proxy": proxy, "https_proxy": proxy, "HTTP_PROXY": proxy, "HTTPS_PROXY": proxy,
            "no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost",
            "GIT_TERMINAL_PROMPT": "0", "HOME": str(folder),
        }
        server.manage("migrate", "--noinput")
        server.manage("createadmin", "--username", ADMIN, "--password", ADMIN_PASSWORD, "--email",
                      "admin@127.0.0.1", "--name", "kztr test")
        server.token = server.manage("drf_create_token", ADMIN).stdout.split()[2]
        server.url = f"http://127.0.0.1:{port}"
        process = server.spawn("weblate", [str(weblate_venv() / "bin" / "weblate"), "runserver", "--noreload",
                                           f"127.0.0.1:{port}"], env=server.environment)

        def ready() -> bool:
            try:
                with _DIRECT.open(f"{server.url}/healthz/", timeout=5) as answer:
                    return answer.status == 200
            except OSError:
                return False

        _wait("Weblate", ready, process, server, "weblate", 180)
    except BaseException:
        server.stop()
        raise
    return server
