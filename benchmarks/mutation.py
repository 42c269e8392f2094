"""Mutation testing: which small bugs in the core would no test catch?

    python benchmarks/mutation.py [--module kztr/reuse/merge.py ...] [--work /tmp/kztr-mutation]
        [--max-children 2] [--output benchmarks/mutation-survivors.md] [--report-only] [--tests tests/test_x.py ...]

Runs mutmut 3 over the modules the issue names (the merge, its pairing, the
counts, the PO reader and the layout reader it hands usual catalogs to, the
numbers check and the merge's number updater), one module after another in
the order given (stop it when time runs out: what ran is kept, and
``--report-only`` reports it), then prints the counts per module and outcome
and writes every surviving mutant with its diff to ``--output``;
``benchmarks/RESULTS.md`` lists them, each killed by a test since or explained.

mutmut mutates a copy, never the checkout: the tracked files are copied to
``--work``, where ``translate/`` is renamed ``src/`` (mutmut names modules by
their path and strips only a ``src.`` prefix), and it runs in a virtual
environment of its own in which kztr is *not* installed (an editable install
would import the unmutated code: every mutant would "survive" untested).
Tests are those of the modules' own test files (``TESTS``); mutmut runs, for
each mutant, only the tests that call the mutated function, fastest first.
Hypothesis runs derandomized and without shrinking there (a profile added to
the copy's ``conftest.py``): a mutant is killed by the first failing example,
and the same examples are tried on every mutant.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# In the order they are run (the priority): the merge, its pairing, the counts, the PO reader
# (kztr.po.catalog reads line by line what kztr.po.layout, its fast path, gives up on), the numbers check,
# and the merge's number updater.  The number reader behind the check (kztr/text/quantities.py) can be
# named with --module.
MODULES = ("kztr/reuse/merge.py", "kztr/reuse/pairing.py", "kztr/stats.py", "kztr/po/catalog.py",
           "kztr/po/layout.py", "kztr/checks/numbers.py", "kztr/text/numbers.py")
# The fast, focused tests of those modules (whole-workflow tests would make each mutant cost minutes).
# test_conventions holds the numbers check's real UN sentence pairs; test_po_real the PO files from elsewhere.
TESTS = ("tests/test_merge.py", "tests/test_catalog.py", "tests/test_po_real.py", "tests/test_properties.py",
         "tests/test_status.py", "tests/test_checks.py", "tests/test_conventions.py", "tests/test_memory.py",
         "tests/test_quantities.py")
HYPOTHESIS_PROFILE = """

# Added by benchmarks/mutation.py: the same examples for every mutant, the first failure kills it.
from hypothesis import Phase, settings  # noqa: E402

settings.register_profile("mutation", derandomize=True, database=None,
                          phases=[Phase.explicit, Phase.reuse, Phase.generate])
settings.load_profile("mutation")
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", action="append", help="a module under translate/ (default: the five of issue 23)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/kztr-mutation"))
    parser.add_argument("--max-children", type=int, default=2, help="mutants tested at once (default: 2)")
    parser.add_argument("--output", type=Path, help="write the survivors with their diffs here (Markdown)")
    parser.add_argument("--report-only", action="store_true", help="report the last run in --work, run nothing")
    parser.add_argument("--tests", action="append", help="a test file to run (default: the module tests, TESTS)")
    options = parser.parse_args()
    modules = options.module or list(MODULES)
    tree = options.work / "tree"
    venv = options.work / "venv"
    if not options.report_only:
        prepare(options.work, modules, options.tests or list(TESTS))
        environment(venv, tree)
        # Tests that start a Python of their own (a second process, a hash seed) import the mutants too.
        # The folder exists before the run: a path missing at start-up is never looked in again.
        (tree / "mutants" / "src").mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "PYTHONPATH": str(tree / "mutants" / "src")}
        for module in modules:
            pattern = module.removesuffix(".py").replace("/", ".") + ".*"
            print(f"# {module}", flush=True)
            subprocess.run([str(venv / "bin" / "mutmut"), "run", "--max-children", str(options.max_children),
                            pattern], cwd=tree, check=False, env=env)
    listing = subprocess.run([str(venv / "bin" / "mutmut"), "results", "--all", "true"], cwd=tree,
                             capture_output=True, text=True, check=False).stdout
    report(listing, venv, tree, options.output)
    return 0


def prepare(work: Path, modules: list[str], tests: list[str]) -> Path:
    """A copy of the tracked tree laid out for mutmut, with its configuration."""
    tree = work / "tree"
    shutil.rmtree(tree, ignore_errors=True)
    files = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True).stdout
    for name in filter(None, files.decode("utf-8").split("\0")):
        target = tree / re.sub(r"^translate/", "src/", name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, target)
    (tree.parent / "shared").exists() or (tree.parent / "shared").symlink_to(ROOT.parent / "shared")
    generator = tree / "scripts" / "generate_prefixes.py"
    generator.write_text(generator.read_text(encoding="utf-8").replace('"translate" / "kztr"', '"src" / "kztr"'),
                         encoding="utf-8")
    config = (tree / "pyproject.toml").read_text(encoding="utf-8")
    config = config.replace('where = ["translate"]', 'where = ["src"]')
    config = config.replace('testpaths = ["tests", "translate/kztr"]', 'testpaths = ["tests"]')
    config += (
        "\n[tool.mutmut]\n"
        'source_paths = ["src/kztr"]\n'
        f"only_mutate = {[f'src/{module}' for module in modules]!r}\n"
        f"pytest_add_cli_args_test_selection = {tests!r}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider"]\n'
        'also_copy = ["scripts", "benchmarks", "source", "locales", "glossary", "src/kztr/data", '
        '"src/kztr/render/templates"]\n'
    ).replace("'", '"')
    (tree / "pyproject.toml").write_text(config, encoding="utf-8")
    conftest = tree / "tests" / "conftest.py"
    conftest.write_text(conftest.read_text(encoding="utf-8") + HYPOTHESIS_PROFILE, encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(tree)], check=True)  # the tests copy what git tracks
    subprocess.run(["git", "-C", str(tree), "add", "-A"], check=True)
    return tree


def environment(venv: Path, tree: Path) -> Path:
    """A virtual environment with kztr's dependencies and mutmut, but not kztr itself."""
    if not (venv / "bin" / "mutmut").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        project = tomllib.loads((tree / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        test = [name for name in project["optional-dependencies"]["test"] if not name.startswith("kztr")]
        wanted = project["dependencies"] + test + ["mutmut>=3.3"]
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", *wanted], check=True)
    return venv


def report(listing: str, venv: Path, tree: Path, output: Path | None) -> None:
    """Counts per module and outcome; every survivor's diff to ``output`` (or after the counts)."""
    outcomes: dict[tuple[str, str], int] = {}
    survivors = []
    for line in listing.splitlines():
        match = re.match(r"\s*(\S+)__mutmut_\d+: (.+)$", line)
        if not match:
            continue
        module = match.group(1).rsplit(".x", 1)[0]
        outcomes[module, match.group(2)] = outcomes.get((module, match.group(2)), 0) + 1
        if match.group(2) in ("survived", "no tests"):
            survivors.append(line.split(":")[0].strip())
    for (module, outcome), count in sorted(outcomes.items()):
        print(f"{module:32} {outcome:12} {count:5}")
    shown = [f"## {name}\n\n```diff\n" + subprocess.run(
        [str(venv / "bin" / "mutmut"), "show", name], cwd=tree, capture_output=True, text=True,
        check=False).stdout.strip() + "\n```\n" for name in survivors]
    if output:
        output.write_text("# Surviving mutants\n\nWritten by `benchmarks/mutation.py`; each one is killed by a "
                          "test or explained in `benchmarks/RESULTS.md` (issue 23).\n\n" + "\n".join(shown),
                          encoding="utf-8")
    else:
        print("\n" + "\n".join(shown))


if __name__ == "__main__":
    raise SystemExit(main())
