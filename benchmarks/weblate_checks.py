"""Weblate's own quality checks beside ``kztr check``: what each finds that the other does not.

Starts a real Weblate 5.14 (tests/weblate_server.py: its own venv, PostgreSQL,
Redis; ``./scripts/weblate-venv`` installs it) and gives it, as components of
a project, the same catalogs ``benchmarks/qa_recall.py`` gives kztr check and
pofilter: the clean English catalogs of the article and the news brief, and
one copy per kind of seeded mistake. Weblate's findings are the checks it
stores for the English units (``Check`` rows, read with its management shell);
a seeded mistake counts as found when a check flags its unit that did not
flag the clean unit, as in qa_recall.py. Then the shipped catalogs (English
and Russian) as they are, every finding listed, for a person to judge.

    python benchmarks/weblate_checks.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]

import qa_recall  # noqa: E402
from weblate_server import start_weblate  # noqa: E402

NO_WRAP = 65535


def publish(project: Path, folder: Path) -> Path:
    """The project folder committed into a bare repository Weblate can clone; returns the remote."""
    work, remote = folder / f"{project.name}-work", folder / f"{project.name}.git"
    shutil.copytree(project, work, ignore=shutil.ignore_patterns("pofilter-*"))
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "benchmark"]):
        subprocess.run(["git", "-C", str(work), "-c", "user.name=kztr", "-c", "user.email=kztr@kztr.invalid", *args],
                       check=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(remote)], check=True)
    return remote


class WeblateChecks:
    """qa_recall's tool interface: project folder -> {(document, msgid): check names} (English)."""

    def __init__(self, server, folder: Path) -> None:
        self.server, self.folder, self.count = server, folder, 0

    def __call__(self, project: Path) -> dict[tuple[str, str], set[str]]:
        self.count += 1
        slug = f"qa-{self.count}-{project.name}"
        remote = publish(project, self.folder)
        documents = sorted(path.stem for path in (project / "locales").glob("*.pot"))
        self.server.create_project(slug, remote, documents[0], NO_WRAP)
        for document in documents[1:]:
            self.server.create_component(slug, remote, document, NO_WRAP)
        flags: dict[tuple[str, str], set[str]] = defaultdict(set)
        for found in self.server.failing_checks(slug):
            if found["language"] == "en" and not found["dismissed"]:
                flags[(found["component"], found["source"])].add(found["check"])
        return flags


def shipped(server, folder: Path) -> None:
    """Weblate's checks on the shipped catalogs, every finding, beside kztr check's."""
    project = folder / "shipped"
    project.mkdir()
    (project / "kztr.toml").write_text('source-language = "ar"\nproject = "shipped"\n', encoding="utf-8")
    for name in ("source", "locales", "glossary"):
        shutil.copytree(ROOT / name, project / name)
    remote = publish(project, folder)
    server.create_project("shipped", remote, qa_recall.ARTICLE, NO_WRAP)
    findings = [found for found in server.failing_checks("shipped") if not found["dismissed"]]
    print(f"\nShipped catalogs: Weblate {len(findings)} findings; "
          + ", ".join(f"{name} {count}" for name, count in Counter(
              f"{found['language']}:{found['check']}" for found in findings).most_common()))
    for found in sorted(findings, key=lambda item: (item["language"], item["check"], item["source"])):
        print(f"* {found['language']} {found['check']}: {found['source'][:90]}\n    -> {found['target'][:160]}")
    done = qa_recall.kztr(project, "check", "--format", "json", "--fail-on", "never")
    print(f"\nkztr check on the shipped catalogs: {done.stdout.strip()[:2000]}")


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="kztr-weblate-checks-"))
    server = start_weblate(folder / "weblate")
    try:
        qa_recall.compare({"kztr check": qa_recall.kztr_flags, "Weblate 5.14": WeblateChecks(server, folder)},
                          folder / "qa")
        shipped(server, folder)
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
