"""Timing helpers for benchmarks/archive.py: hyperfine medians, CPU time, peak memory."""

from __future__ import annotations

import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


class Timing(float):
    """A median wall time in seconds that also carries the mean CPU time (user + system)."""

    cpu: float
    walls: list[float]  # every run's, when ``interleaved`` measured it
    cpus: list[float]

    def __new__(cls, wall: float, cpu: float) -> Timing:
        made = super().__new__(cls, wall)
        made.cpu = cpu
        made.walls, made.cpus = [wall], [cpu]
        return made


def timed(command: list[str], prepare: list[str] | None = None, runs: int = 3, env: dict | None = None) -> Timing:
    """Median wall time of ``command`` (hyperfine), and its CPU time; ``prepare`` runs before each."""
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            args = ["hyperfine", "--style", "none", "--runs", str(runs), "--export-json", out.name, "-N"]
            if prepare:
                args += ["--prepare", " ".join(_quote(part) for part in prepare)]
            subprocess.run([*args, " ".join(_quote(part) for part in command)], check=True,
                           capture_output=True, env=env)
            result = json.loads(Path(out.name).read_text())["results"][0]
            return Timing(statistics.median(result["times"]), result["user"] + result["system"])
    times, cpus = [], []
    for _ in range(runs):
        if prepare:
            subprocess.run(prepare, check=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return Timing(statistics.median(times), statistics.mean(cpus))


def both(kztr: Timing, peer: Timing, faster: bool = False) -> str:
    """A ratio by wall time and by CPU time: ``peer/kztr`` when ``faster``, else ``kztr/peer``."""
    def shown(ratio: float) -> str:
        return f"{ratio:.0f}x" if ratio >= 10 else f"{ratio:.1f}x" if ratio >= 0.1 else f"{ratio:.2f}x"

    if faster:
        return f"{shown(peer / kztr)} (CPU {shown(peer.cpu / kztr.cpu)})"
    return f"{shown(kztr / peer)} (CPU {shown(kztr.cpu / peer.cpu)})"


def cell(value: Timing) -> str:
    return f"{value:.2f} | {value.cpu:.2f}"


def _quote(part: str) -> str:
    return part if part and all(c.isalnum() or c in "/._-=:," for c in part) else "'" + part.replace("'", "'\\''") + "'"


def peak_memory(command: list[str], prepare: list[str] | None = None, env: dict | None = None) -> float:
    """Peak resident memory of one run, in MiB (through a child that waits for it)."""
    if prepare:
        subprocess.run(prepare, check=True)
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, *command], check=True, capture_output=True, text=True,
                         env=env).stdout
    return int(out.strip()) / 1024


def interleaved(commands: dict[str, list[str]], runs: int = 3, prepare: dict[str, list[str]] | None = None,
                env: dict | None = None) -> dict[str, Timing]:
    """Each command run ``runs`` times, taking turns (kztr, then its peers, then kztr again…), so that
    a busy machine slows them alike; per command the median wall time and the median CPU time.

    The peers of one round ran under the same load: compare them with ``ratio``.
    """
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            if prepare and name in prepare:
                subprocess.run(prepare[name], check=True)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            walls[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    found = {}
    for name in commands:
        timing = Timing(statistics.median(walls[name]), statistics.median(cpus[name]))
        timing.walls, timing.cpus = walls[name], cpus[name]
        found[name] = timing
    return found


def ratio(kztr: Timing, peer: Timing, faster: bool = False) -> str:
    """``both`` from the median of the per-round ratios of ``interleaved`` runs (same load in a round)."""
    def shown(value: float) -> str:
        return f"{value:.0f}x" if value >= 10 else f"{value:.1f}x" if value >= 0.1 else f"{value:.2f}x"

    pairs = list(zip(kztr.walls, peer.walls, strict=True)), list(zip(kztr.cpus, peer.cpus, strict=True))
    wall, cpu = (statistics.median((b / a) if faster else (a / b) for a, b in rounds) for rounds in pairs)
    return f"{shown(wall)} (CPU {shown(cpu)})"


def round_ratio(kztr: Timing, peer: Timing) -> float:
    """kztr's time over the peer's: the median of the per-round wall-time ratios."""
    return statistics.median(a / b for a, b in zip(kztr.walls, peer.walls, strict=True))


def write_section(path: Path, title: str, section: str, old_titles: tuple[str, ...] = ()) -> None:
    """Replace one runner's section of RESULTS.md (``title``, or a title it had before), or add it,
    keeping everyone else's."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    for old in old_titles:
        text = text.replace(old + "\n", title + "\n")
    start = text.find(title)
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    else:
        following = text.find("\n## ", start + len(title))
        end = len(text) if following == -1 else following + 1
        text = text[:start] + section.rstrip("\n") + "\n" + ("\n" + text[end:] if following != -1 else "")
    path.write_text(text, encoding="utf-8")
