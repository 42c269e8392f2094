"""Do two versions of kztr write the same files and reports? (issue 22: faster, nothing else changed)

Exports ``translate/`` of a git revision (default ``main``) into a temporary
folder and runs it and this checkout, each on its own copy of one project
(the near-duplicate archive workload with the shipped glossary, 5 % edited),
then compares byte for byte: ``kztr extract``'s template and catalog, and the
reports of ``status`` (table, JSON, Markdown, with ``--by-section``) and
``check --format json``.  The status page is compared as the revision wrote it
against this checkout's ``--details`` page (a big page lists only counts by
default now).

    .venv/bin/python benchmarks/same_outputs.py [--rev main] [--units 10000]
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workloads import ROOT, make_project, near_duplicates


def kztr(translate: Path | None, project: Path, *args: str) -> bytes:
    env = dict(os.environ, KZTR_CACHE_DIR=str(project.parent / f"cache-{project.name}"))
    if translate is not None:
        env["PYTHONPATH"] = str(translate)
    code = "import sys; from kztr.cli import main; sys.argv = ['kztr', *sys.argv[1:]]; main()"
    command, *rest = args
    return subprocess.run([sys.executable, "-c", code, command, "-C", str(project), *rest], env=env,
                          capture_output=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", default="main")
    parser.add_argument("--units", type=int, default=10_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kztr-same-"))
    try:
        old_code = work / "old"
        old_code.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.rev, "translate"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old_code)], input=archive, check=True)
        make_project(work / "pristine", near_duplicates(args.units, seed=1), glossary=True)
        projects = {"old": work / "old-project", "new": work / "new-project"}
        code = {"old": old_code / "translate", "new": None}
        for name, project in projects.items():
            shutil.copytree(work / "pristine", project)
            kztr(code[name], project, "extract")
        same = []
        comparison = filecmp.dircmp(projects["old"], projects["new"])
        differing = _differing(comparison)
        same.append(("extract: every file of the project", not differing, ", ".join(differing)))
        for args_ in (["status"], ["status", "--format", "json", "--by-section"],
                      ["status", "--format", "markdown", "--by-section"], ["check", "--format", "json"]):
            outputs = {name: kztr(code[name], project, *args_) for name, project in projects.items()}
            same.append((" ".join(args_), outputs["old"] == outputs["new"], f"{len(outputs['new']):,} bytes"))
        old_page = kztr(code["old"], projects["old"], "status", "--format", "html")
        new_page = kztr(None, projects["new"], "status", "--format", "html", "--details")
        same.append(("status --format html (this checkout: --details)", old_page == new_page,
                     f"{len(new_page):,} bytes"))
        for what, equal, detail in same:
            print(f"{'same' if equal else 'DIFFERENT'}: {what} ({detail})")
        if not all(equal for _, equal, _ in same):
            raise SystemExit(1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _differing(comparison: filecmp.dircmp, prefix: str = "") -> list[str]:
    found = [prefix + name for name in comparison.diff_files + comparison.left_only + comparison.right_only]
    for name, sub in comparison.subdirs.items():
        found += _differing(sub, f"{prefix}{name}/")
    return found


if __name__ == "__main__":
    main()
