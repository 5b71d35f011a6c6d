"""SIGTERM and SIGHUP handled like Ctrl-C, and worker pools stopped without orphans.

Schedulers, ``timeout`` and closing terminals stop a run with SIGTERM or SIGHUP, whose default
action kills the process at once: worker processes are orphaned and temporary files stay.
:func:`handle_termination` (installed by the CLI) turns the first of these signals into
:class:`Terminated`, a :class:`KeyboardInterrupt`, so every cleanup written for Ctrl-C runs
(temporary files removed, nothing published); the CLI then exits with ``128 + signal``
(143 for SIGTERM, 129 for SIGHUP) and one line. A second signal during the cleanup kills the
process as the default action would.
"""

from __future__ import annotations

import contextlib
import signal
import threading

from framing.core import files

#: Signals handled like Ctrl-C (those that exist on this platform).
SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))


class Terminated(KeyboardInterrupt):
    """The run was stopped by ``signum`` (SIGTERM, SIGHUP)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        """The signal's name, e.g. ``SIGTERM``."""
        return signal.Signals(self.signum).name

    @property
    def exit_code(self) -> int:
        """``128 + signum``, as a shell reports a process killed by the signal."""
        return 128 + self.signum


_SEEN = threading.Event()


def _on_signal(signum, frame) -> None:
    files._INTERRUPTED.set()
    if _SEEN.is_set():  # a second signal: stop now, as the default action would
        signal.signal(signum, signal.SIG_DFL)
        signal.raise_signal(signum)
        return
    _SEEN.set()
    raise Terminated(signum)


def handle_termination() -> bool:
    """Install the handler for :data:`SIGNALS` (main thread, over the default action only)."""
    if threading.current_thread() is not threading.main_thread():
        return False
    installed = False
    for sig in SIGNALS:
        current = signal.getsignal(sig)
        if current in (signal.SIG_DFL, _on_signal):
            signal.signal(sig, _on_signal)
            installed = True
    return installed


@contextlib.contextmanager
def deferred():
    """Hold SIGINT, SIGTERM and SIGHUP until the block ends, then deliver them.

    Starting a worker process writes its pickled arguments down a pipe; a Ctrl-C or SIGTERM
    raised in the middle of that write leaves the new process with a truncated pickle, and it
    prints a traceback on the user's terminal. Process launches run inside this block: a signal
    that arrives is recorded, and re-raised (once, to the handler in force before the block)
    as soon as the launch is complete. Outside the main thread the block does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    held = tuple(s for s in (signal.SIGINT, *SIGNALS) if signal.getsignal(s) is not None)
    previous = {s: signal.getsignal(s) for s in held}
    for sig in held:
        if previous[sig] not in (signal.SIG_IGN,):
            signal.signal(sig, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        for sig in held:
            signal.signal(sig, previous[sig])
        if caught:
            signal.raise_signal(caught[0])


def stop_workers(executor, now: bool) -> None:
    """Shut a ``ProcessPoolExecutor`` down; with ``now`` terminate its processes first.

    Without ``now`` running tasks finish (the normal end of a run). With ``now`` (an interrupt,
    an error) the worker processes get SIGTERM, are joined, and queued tasks are dropped, so no
    worker outlives the run.
    """
    if executor is None:
        return
    if not now:
        executor.shutdown(wait=True, cancel_futures=True)
        return
    manager = getattr(executor, "_executor_manager_thread", None)  # shutdown() forgets it
    terminate = getattr(executor, "terminate_workers", None)  # Python >= 3.14
    if terminate is not None:
        with contextlib.suppress(Exception):
            terminate()
    procs = list((getattr(executor, "_processes", None) or {}).values())
    for p in procs:
        with contextlib.suppress(Exception):
            p.terminate()
    with contextlib.suppress(Exception):
        executor.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        with contextlib.suppress(Exception):
            p.join(timeout=10)
            if p.is_alive():  # pragma: no cover - ignored SIGTERM
                p.kill()
                p.join(timeout=5)
    # The pool's manager thread closes its wake-up pipe when it sees the workers gone; at exit,
    # concurrent.futures writes to that pipe unless it is closed already, and before Python 3.12
    # the check and the write race with the close ("OSError: Bad file descriptor" printed with
    # a traceback after "terminated by SIGTERM"). Joining the thread here settles the race.
    if manager is not None:
        with contextlib.suppress(Exception):
            manager.join(timeout=10)
