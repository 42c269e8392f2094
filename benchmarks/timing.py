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

    def __new__(cls, wall: float, cpu: float) -> "Timing":
        made = super().__new__(cls, wall)
        made.cpu = cpu
        return made


def timed(command: list[str], prepare: list[str] | None = None, runs: int = 3, env: dict | None = None) -> Timing:
    """Median wall time of ``command`` (hyperfine), and its CPU time; ``prepare`` runs before each."""
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            args = ["hyperfine", "--style", "none", "--runs", str(runs), "--export-json", out.name, "-N"]
            if prepare:
                args += ["--prepare", " ".join(_quote(part) for part in prepare)]
            subprocess.run(args + [" ".join(_quote(part) for part in command)], check=True,
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
