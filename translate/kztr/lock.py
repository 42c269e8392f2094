"""One kztr at a time per project: an advisory lock file beside the catalogs."""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path

from kztr.errors import LockError

LOCK_NAME = ".kztr.lock"


@contextmanager
def project_lock(folder: Path, shown: str, wait: float = 0.0):
    """Hold the project lock; wait up to ``wait`` seconds, then refuse."""
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_NAME
    handle = open(path, "a+", encoding="utf-8")
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockError(
                        "another kztr command is updating these catalogs; try again when it ends",
                        path=shown,
                    ) from None
                time.sleep(0.1)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield
    finally:
        handle.close()
