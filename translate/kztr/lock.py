"""One kztr at a time per project: an advisory lock on the catalogs' folder itself.

The lock is ``flock`` on an open descriptor of the locales folder, so nothing
is written into the user's tree (no lock file to ignore or to see in a
diff); the kernel releases it when the process ends, however it ends.
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager, suppress
from pathlib import Path

from kztr.errors import LockError

OLD_LOCK_NAME = ".kztr.lock"  # the lock file kztr 0.1 left in locales/; removed when seen


@contextmanager
def project_lock(folder: Path, shown: str, wait: float = 0.0):
    """Hold the project lock; wait up to ``wait`` seconds, then refuse."""
    import fcntl

    from kztr.files import make_folder

    make_folder(folder, shown)
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        raise LockError(f"cannot open the folder to lock it: {exc.strerror}", path=shown) from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockError(
                        "another kztr command is updating these catalogs; try again when it ends",
                        path=shown,
                    ) from None
                time.sleep(0.1)
        with suppress(OSError):  # a read-only folder: the command says so when it comes to write
            (folder / OLD_LOCK_NAME).unlink(missing_ok=True)
        yield
    finally:
        os.close(descriptor)
