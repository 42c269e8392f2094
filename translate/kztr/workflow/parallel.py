"""Work on several cores: extract's documents, and pieces of check's work (``run_forked``); a process
pool, results back whole, Ctrl-C heard once.

Workers ignore SIGINT: the terminal sends Ctrl-C to the whole process
group, and only the main process should hear it (a worker interrupted
while waiting for work prints a traceback of its own). The main process
stops the pool at once, and the files the workers staged are deleted; the
command then ends with one line and exit status 130.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Sequence
from typing import Any

from kztr.errors import KztrError
from kztr.workflow.common import Progress
from kztr.workflow.extract_document import Job, Outcome, discard, update_document

# Below this much work (source bytes times catalogs), starting processes costs more than it saves.
POOL_MIN_WORK = 256 * 1024


def run_jobs(jobs: list[Job], progress: Progress, parallel: bool) -> dict[str, Outcome]:
    """Every job's outcome, in job order; in a process pool when asked and worth it.

    On any failure (or an interrupt) every file staged so far is deleted.
    """
    import os

    def report(done: int, outcome: Outcome) -> None:
        document = outcome.document
        if document is not None:
            progress(f"[{done}/{len(jobs)}] {document.template}: {document.units} units")

    workers = min(len(jobs), os.cpu_count() or 1)
    outcomes: dict[str, Outcome] = {}
    try:
        if not parallel or workers < 2:
            for done, job in enumerate(jobs, 1):
                outcomes[job.doc_id] = update_document(job)
                report(done, outcomes[job.doc_id])
        else:
            _run_in_pool(jobs, workers, outcomes, report)
    except BaseException:
        # One document failed: nothing is put in place, every staged file goes.
        for outcome in outcomes.values():
            discard(outcome.staged)
        raise
    return {job.doc_id: outcomes[job.doc_id] for job in jobs}


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _update_in_worker(job: Job) -> Outcome | tuple[str, str, str | None, int | None]:
    """``update_document`` in another process; a KztrError comes back whole (path and line)."""
    try:
        return update_document(job)
    except KztrError as exc:
        return (type(exc).__name__, exc.message, None if exc.path is None else str(exc.path), exc.line)


def _run_in_pool(jobs: list[Job], workers: int, outcomes: dict[str, Outcome], report) -> None:
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from kztr import errors

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)
    futures = {pool.submit(_update_in_worker, job): job.doc_id for job in jobs}
    try:
        for done, future in enumerate(as_completed(futures), 1):
            outcome = future.result()
            if isinstance(outcome, tuple):
                kind, message, path, line = outcome
                error = getattr(errors, kind, KztrError)
                raise (error if issubclass(error, KztrError) else KztrError)(message, path=path, line=line)
            outcomes[futures[future]] = outcome
            report(done, outcome)
    except KeyboardInterrupt:
        # Stop now rather than wait for every running document: the workers are ended, and what
        # they had staged is removed by the caller's cleanup (kztr.files.remove_stale_temporaries).
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        # Jobs that finished after a failure staged files nobody will commit: collect them too.
        for future, doc in futures.items():
            if doc not in outcomes and future.done() and not future.cancelled() and future.exception() is None:
                result = future.result()
                if not isinstance(result, tuple):
                    outcomes[doc] = result


# ---------------------------------------------------------------- forked tasks

_TASKS: list[Callable[[], Any]] = []  # the tasks of the run under way, inherited by the forked workers


def can_fork() -> bool:
    """Can tasks be handed to workers by forking (they then inherit what the parent has read)?"""
    import multiprocessing
    import os

    return (os.cpu_count() or 1) >= 2 and "fork" in multiprocessing.get_all_start_methods()


def run_forked(tasks: Sequence[Callable[[], Any]], workers: int = 2) -> list[Any]:
    """Each task's result, in task order, the tasks run by ``workers`` forked processes.

    The workers are forked when the tasks are handed out, so a task is a closure over whatever the parent
    holds (catalogs, glossaries, what was learnt from them): nothing is pickled on the way in, only each
    result on the way back. The longest tasks should come first: a free worker takes the next one.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _TASKS[:] = tasks
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_ignore_interrupts)
    try:
        futures = [pool.submit(_run_task, index) for index in range(len(tasks))]
        return [future.result() for future in futures]
    except KeyboardInterrupt:
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _TASKS.clear()


def _run_task(index: int) -> Any:
    return _TASKS[index]()
