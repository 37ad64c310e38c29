"""One build at a time in a checkout: a file lock in build/.

A second build waits for the first, saying so, and then finds most of its work
done; after `timeout` seconds it gives up with a clear message.
"""
from __future__ import annotations

from contextlib import contextmanager

from . import paths

LOCK = paths.BUILD / "build.lock"


class Busy(RuntimeError):
    """Another build held the lock for too long."""


@contextmanager
def build_lock(log=print, timeout: float = 1800):
    from filelock import FileLock, Timeout

    LOCK.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(LOCK)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        log(f"[lock] another build is running in this checkout ({paths.rel(LOCK)}); waiting for it to finish")
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise Busy(f"another build has held {paths.rel(LOCK)} for {timeout:.0f} s; try again later") from None
    try:
        yield
    finally:
        lock.release()
