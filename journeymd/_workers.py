"""Worker processes for `render --jobs N`: they die with the command, and a worker that dies fails
only the journey it was rendering.

A pool that breaks as a whole when one worker dies (``BrokenProcessPool``) cannot say which journey
did it, and its workers outlive a killed command, writing outputs nobody asked for any more. Here
each worker takes one task at a time over a pipe of its own, so the parent always knows what a dead
worker was doing, and every worker watches its parent.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

__all__ = ["available_cores", "run_in_workers"]

Task = TypeVar("Task")
Result = TypeVar("Result")

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_PARENT_CHECK_SECONDS = 1.0


def available_cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def run_in_workers(
    tasks: Sequence[Task],
    workers: int,
    execute: Callable[[Task], Result],
    died: Callable[[Task, str], Result],
    done: Callable[[int, Result], None],
) -> None:
    """Run ``execute`` on every task in ``workers`` processes and hand each result to ``done`` with
    the task's index. A task whose worker dies gets ``died(task, why)`` instead, and a new worker
    takes the tasks left. ``execute`` and ``died`` must be module-level functions."""
    # fork starts a worker in milliseconds, with everything imported; elsewhere fork is unsafe.
    context: Any = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    parent = os.getpid()
    pending = deque(range(len(tasks)))
    running: dict[Connection, tuple[Any, int]] = {}  # a worker's pipe: the worker and its task

    def start() -> None:
        while pending:
            ours, theirs = context.Pipe()
            worker = context.Process(target=_serve, args=(theirs, parent, execute), daemon=True)
            worker.start()
            theirs.close()  # so that the worker's death reads as the end of the pipe here
            if _give(ours, pending, tasks):
                running[ours] = (worker, pending.popleft())
                return
            worker.join()
            ours.close()
            index = pending.popleft()
            done(index, died(tasks[index], _why(worker.exitcode)))

    try:
        for _ in range(workers):
            start()
        while running:
            sentinels = {worker.sentinel: pipe for pipe, (worker, _) in running.items()}
            for ready in wait([*running, *sentinels]):
                pipe = sentinels.get(ready, ready)
                if pipe not in running:
                    continue  # its pipe and its sentinel were both ready, and it is dealt with
                worker, index = running.pop(pipe)
                answer = _answer(pipe)
                if answer is None:  # the pipe ended or the worker exited without answering
                    worker.join()
                    done(index, died(tasks[index], _why(worker.exitcode)))
                else:
                    done(index, answer[1])
                    if pending and _give(pipe, pending, tasks):
                        running[pipe] = (worker, pending.popleft())
                        continue
                    with contextlib.suppress(OSError):
                        pipe.send(None)
                    worker.join()
                pipe.close()
                start()
    finally:
        for worker, _ in running.values():
            worker.terminate()
        for pipe, (worker, _) in running.items():
            worker.join()
            pipe.close()


def _answer(pipe: Any) -> tuple[int, Any] | None:
    """The worker's answer, if one is waiting; None when its pipe has ended."""
    try:
        if pipe.poll():
            answer: tuple[int, Any] = pipe.recv()
            return answer
    except (EOFError, OSError):
        pass
    return None


def _give(pipe: Any, pending: deque[int], tasks: Sequence[Any]) -> bool:
    """Send the next pending task (left pending here); False if the worker is gone."""
    try:
        pipe.send((pending[0], tasks[pending[0]]))
    except OSError:
        return False
    return True


def _why(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-exitcode).name}"
    return f"exit code {exitcode}"


def _serve(pipe: Any, parent: int, execute: Callable[[Any], Any]) -> None:
    """A worker: take a task, send its result, until told to stop or the parent is gone."""
    # A kill of the command reaches the worker as SIGTERM, which unwinds the write in progress
    # (its temporary file is removed) instead of leaving it to be finished for nobody.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    # Ctrl-C reaches every process of the terminal: the parent stops the workers, each without a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    while True:
        # The parent may have died before prctl above, or where prctl does not exist.
        if os.getppid() != parent:
            return
        try:
            if not pipe.poll(_PARENT_CHECK_SECONDS):
                continue
            message = pipe.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, task = message
        pipe.send((index, execute(task)))
