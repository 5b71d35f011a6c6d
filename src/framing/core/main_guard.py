"""Worker processes started from a script without ``if __name__ == "__main__":``.

Worker processes are started with ``forkserver`` or ``spawn``: each imports the script that
started them. A script that calls framing with ``jobs > 1`` at its top level would make every
worker start workers of its own (multiprocessing's "bootstrapping phase" RuntimeError, sixty
lines of traceback). Here a worker that is still importing leaves quietly
(:func:`leave_if_bootstrapping`) and the parent reports one line, :data:`MAIN_GUARD`
(:func:`pool_start`, :func:`start_workers`).
"""

from __future__ import annotations

import contextlib
import sys

from framing.core.errors import InputError
from framing.core.signals import deferred

#: Why worker processes could not start: a script without the main guard.
MAIN_GUARD = (
    'jobs > 1 starts worker processes: call framing from under `if __name__ == "__main__":` '
    "in a script (or use jobs=1)"
)


def leave_if_bootstrapping() -> None:
    """Exit quietly in a worker process that is still importing the parent's script.

    Worker processes are started with ``forkserver`` or ``spawn``: each imports the script
    that started them. A script that calls framing at its top level, outside the guard
    ``if __name__ == "__main__":``, would then start workers of its own from every worker
    (multiprocessing's "bootstrapping phase" RuntimeError); the worker leaves instead, and
    the parent reports :data:`MAIN_GUARD` (:func:`pool_start`).
    """
    import multiprocessing as mp

    if getattr(mp.current_process(), "_inheriting", False):
        raise SystemExit(1)


def unguarded_call() -> bool:
    """True when the main module is a script file and this call comes from its top level
    outside an ``if __name__ == "__main__":`` block: each worker, importing the script, makes
    the call again. False at the prompt or in a notebook (no file) and under the guard (the
    ``framing`` command, a guarded script)."""
    import ast
    import inspect
    from pathlib import Path

    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if path is None:
        return False
    frame = inspect.currentframe()
    while frame is not None and not (
        frame.f_globals is vars(main) and frame.f_code.co_name == "<module>"
    ):
        frame = frame.f_back
    try:
        tree = ast.parse(Path(path).read_text(encoding="utf-8", errors="replace"))
    except (OSError, SyntaxError, ValueError):
        return True
    line = None if frame is None else frame.f_lineno  # None: in another thread
    guards = [
        node
        for node in tree.body
        if isinstance(node, ast.If)
        and ast.unparse(node.test).replace("'", '"')
        in ('__name__ == "__main__"', '"__main__" == __name__')
    ]
    for node in guards:
        if line is None or node.lineno <= line <= (node.end_lineno or node.lineno):
            return False
    return True


@contextlib.contextmanager
def pool_start():
    """:class:`InputError` :data:`MAIN_GUARD` when the first workers of a pool die at start-up
    from the top level of a script (:func:`unguarded_call`, :func:`leave_if_bootstrapping`);
    any other failure as it is."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        yield
    except (BrokenProcessPool, ConnectionError, EOFError):
        if not unguarded_call():
            raise
        raise InputError(MAIN_GUARD) from None


def start_workers(pool, jobs: int) -> None:
    """Start the ``jobs`` workers of ``pool`` now and wait until each has run a task."""
    with pool_start():
        with deferred():  # a submit may start a worker: no signal mid-launch
            started = [pool.submit(int) for _ in range(jobs)]
        for future in started:
            future.result()
