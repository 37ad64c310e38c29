"""Replace a directory as a whole, so readers see the old one or the new one, never neither.

    with scratch_beside(target) as new:      # an empty folder next to target
        (new / "a.csv").write_text(...)
        replace_dir(new, target)

The scratch folder is created with the umask's permissions (0755 under the usual
umask, not mkdtemp's 0700), is named `.<target>.new-<pid>-<random>` (the project's
.gitignore ignores it), is removed if anything fails or is interrupted, and a
scratch folder left by a killed process is removed by the next call.

On Linux the swap is one `renameat2(RENAME_EXCHANGE)`: the target path always
exists. Where that call is missing, two renames are used and a target found
missing (a kill between them) is restored from its backup by the next call.
"""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import secrets
import shutil
import stat
import sys
from pathlib import Path

_RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100


def _libc():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        return libc.renameat2
    except (OSError, AttributeError):
        return None


_renameat2 = _libc()


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; False when the system cannot (then nothing changed)."""
    if _renameat2 is None:
        return False
    if _renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _scratch_name(target: Path, kind: str) -> Path:
    return target.with_name(f".{target.name}.{kind}-{os.getpid()}-{secrets.token_hex(4)}")


def alive(pid: int) -> bool:
    """Whether a process (the owner of a scratch folder) is still running."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove(path: Path) -> None:
    """Remove a folder even where its files were made read-only."""
    def retry(function, name, _):
        os.chmod(os.path.dirname(name), stat.S_IRWXU)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(name, stat.S_IRWXU)
        function(name)

    if path.is_dir() and not path.is_symlink():
        if sys.version_info >= (3, 12):
            shutil.rmtree(path, onexc=retry)
        else:
            shutil.rmtree(path, onerror=retry)
    elif path.exists() or path.is_symlink():
        path.unlink()


def tidy(target: Path) -> None:
    """Undo what a killed run left next to target: restore a missing target, drop scratch."""
    target = Path(target)
    if not target.parent.is_dir():
        return
    for leftover in sorted(target.parent.glob(f".{target.name}.*-*-*")):
        kind, pid = leftover.name[len(target.name) + 2:].split("-")[:2]
        if kind not in ("new", "old") or not pid.isdigit() or alive(int(pid)):
            continue
        if kind == "old" and not target.exists():
            leftover.rename(target)  # killed between the two renames: the old target comes back
        else:
            _remove(leftover)


@contextlib.contextmanager
def scratch_beside(target: Path):
    """An empty folder on target's file system, removed on any failure or interrupt."""
    target = Path(target)
    tidy(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = _scratch_name(target, "new")
    try:
        scratch.mkdir()  # mode 0o777 minus the umask
    except PermissionError as err:
        raise PermissionError(err.errno,
                              f"cannot create a folder here to write {target.name} ({err.strerror})",
                              str(target.parent)) from None
    try:
        yield scratch
    finally:
        if scratch.exists():
            _remove(scratch)


def check_writable(target: Path) -> None:
    """Fail early, naming the folder, where replace_dir would be refused for lack of permission."""
    target = Path(target)
    if target.exists() and not os.access(target, os.W_OK):
        raise PermissionError(errno.EACCES,
                              "the folder is read-only (make it writable, e.g. chmod u+w, and run again)", str(target))
    parent = next((p for p in [target.parent, *target.parent.parents] if p.exists()), None)
    if parent is not None and not os.access(parent, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES,
                              f"cannot create a folder here to write {target.name} (the folder is read-only)",
                              str(parent))


def replace_dir(new: Path, target: Path) -> None:
    """Make `new` the folder at `target`, in place of what was there; `new` is consumed."""
    new, target = Path(new), Path(target)
    if not new.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(new))
    check_writable(target)
    if not target.exists() and not target.is_symlink():
        target.parent.mkdir(parents=True, exist_ok=True)
        os.rename(new, target)
        return
    if _exchange(new, target):
        _remove(new)  # now holds the previous target
        return
    backup = _scratch_name(target, "old")
    os.rename(target, backup)
    try:
        os.rename(new, target)
    except BaseException:
        os.rename(backup, target)
        raise
    _remove(backup)
