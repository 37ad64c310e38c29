"""Notebook kernels forked from one warm process.

A notebook run spends about 1 s starting a kernel and 2.3 s importing pandas and
matplotlib, against well under a second of its own work. A zygote process does
those imports once; every kernel is a fork of it, so each starts with the imports
done but shares nothing with the other kernels (its own process, execution
counts from 1, nothing loaded: the zygote imports modules and reads no data).

jupyter_client still manages each kernel: the kernel command is a tiny launcher
(no site-packages, a few milliseconds) that asks the zygote for a fork, forwards
signals to it and exits with it. If the launcher is killed, the zygote kills its
kernel; if the zygote's parent dies, the zygote and its kernels end.

Each kernel records which files under data/ it opens or lists (an audit hook), so
the runner can key a notebook's run on the tables it actually read. Kernels talk
over IPC sockets, not TCP: nothing listens on the network, and ipykernel prints
no "running over TCP without encryption" warning.
"""
from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager

from . import paths

# Modules every notebook imports; the zygote imports them once for all kernels.
WARM_MODULES = ("pandas", "matplotlib", "matplotlib.pyplot", "IPython", "ipykernel.kernelapp",
                "ipykernel.ipkernel", "ipykernel.debugger", "pdb", "faulthandler", "myst_nb.ext.glue", "mnjp",
                "mnjp.charts", "mnjp.labels",
                "mnjp.display", "mnjp.figures", "mnjp.gluekeys", "mnjp.params", "mnjp.money")

LAUNCHER = r"""
import json, os, signal, socket, sys
s = socket.socket(socket.AF_UNIX)
try:
    s.connect(sys.argv[1])
    s.sendall(json.dumps({"connection_file": sys.argv[2], "cwd": os.getcwd()}).encode() + b"\n")
    answer = s.makefile("r")
    pid = int(answer.readline() or 0)
except OSError:  # the zygote is gone: the build is ending (interrupted), no traceback to show
    sys.exit(1)
if not pid:
    sys.exit(1)
for number in (signal.SIGINT, signal.SIGTERM):
    signal.signal(number, lambda n, _: os.kill(pid, n))
try:
    sys.exit(int(answer.readline() or 1))
except OSError:
    sys.exit(1)
"""


def reads_file(cwd: str | Path) -> Path:
    """Where a kernel working in `cwd` lists the data files it read (beside its folder)."""
    return Path(str(cwd).rstrip("/") + ".reads")


def log_file(cwd: str | Path) -> Path:
    """Where a kernel working in `cwd` writes its own output (stdout, stderr, logs)."""
    return Path(str(cwd).rstrip("/") + ".kernel.log")


def _record_reads(data_root: str, out: Path) -> None:
    """Append to `out` every file under data_root this process opens, and every folder it lists."""
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    seen: set[str] = set()
    busy = [False]

    def hook(event: str, args: tuple) -> None:
        if busy[0] or event not in ("open", "os.listdir", "os.scandir") or not args:
            return
        target = args[0]
        if isinstance(target, int) or target is None:
            return
        try:
            path = os.path.abspath(os.fsdecode(target))
        except (TypeError, ValueError):
            return
        if path.startswith(data_root) and path not in seen:
            busy[0] = True
            seen.add(path)
            os.write(fd, (("list " if event != "open" else "read ") + path + "\n").encode())
            busy[0] = False

    sys.addaudithook(hook)


def _kernel(request: dict, zygote_pid: int, data_root: str) -> None:
    """In the forked child: become a kernel working in request['cwd']."""
    cwd = request["cwd"]
    os.chdir(cwd)
    os.environ[paths.CHARTS_ENV] = cwd  # the run's folder: where mnjp.charts.save writes
    log = os.open(log_file(cwd), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(log, 1)
    os.dup2(log, 2)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    sys.path.insert(0, "")  # what `python -m ipykernel_launcher` puts first
    _record_reads(data_root, reads_file(cwd))
    from ipykernel.kernelapp import IPKernelApp

    app = IPKernelApp.instance()
    app.initialize(["-f", request["connection_file"], f"--IPKernelApp.parent_handle={zygote_pid}",
                    "--HistoryManager.enabled=False"])
    app.start()


def serve(address: str, data_root: str) -> None:
    """The zygote: import once, then fork a kernel for each launcher that connects."""
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    # No debugger: importing debugpy costs each kernel 1.2 s, and no notebook run is debugged.
    sys.modules["debugpy"] = None  # type: ignore[assignment]  # None in sys.modules makes an import fail (documented)
    # jsonschema's "iri" format check (rfc3987_syntax) compiles 38 grammars on import: seconds
    # before the first kernel; nothing in a notebook checks that format.
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]  # as above
    import importlib

    for module in WARM_MODULES:
        importlib.import_module(module)
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(address)
    listener.listen(16)
    parent = os.getppid()
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    print("ready", flush=True)
    kernels: dict[int, socket.socket] = {}  # kernel pid -> its launcher's connection
    while os.getppid() == parent and not stopping:
        ready, _, _ = select.select([listener, *kernels.values()], [], [], 0.1)
        for sock in ready:
            if sock is listener:
                conn, _ = listener.accept()
                request = json.loads(conn.makefile("r").readline())
                pid = os.fork()
                if pid == 0:
                    signal.signal(signal.SIGTERM, signal.SIG_DFL)
                    listener.close()
                    for other in (conn, *kernels.values()):
                        other.close()
                    try:
                        _kernel(request, os.getppid(), data_root)
                    finally:
                        os._exit(0)
                kernels[pid] = conn
                conn.sendall(f"{pid}\n".encode())
            else:  # a launcher went away (killed): its kernel goes too
                for pid, conn in list(kernels.items()):
                    if conn is sock and not conn.recv(1):
                        _kill(pid)
        while kernels:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if not pid:
                break
            launcher = kernels.pop(pid, None)
            if launcher is not None:
                with contextlib.suppress(OSError):
                    launcher.sendall(f"{os.waitstatus_to_exitcode(status)}\n".encode())
                launcher.close()
    for pid in kernels:
        _kill(pid)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


class Zygote:
    """A running zygote and the kernel manager class whose kernels it forks."""

    def __init__(self, data_root: Path, log: Path):
        self.folder = Path(tempfile.mkdtemp(prefix="mnjp-"))  # short: socket paths are limited to 107 bytes
        self.address = str(self.folder / "zygote")
        with open(log, "ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-c", "import sys; from mnjp.kernels import serve; serve(*sys.argv[1:])",
                 self.address, str(data_root.resolve()) + os.sep],
                stdout=subprocess.PIPE, stderr=out, stdin=subprocess.DEVNULL, start_new_session=True)
        assert self.process.stdout is not None  # stdout=PIPE
        self._stdout = self.process.stdout
        self._ready = False
        zygote, folder = self.address, self.folder

        class ForkedKernelManager(AsyncKernelManager):
            def __init__(self, **kwargs):
                super().__init__(**kwargs)
                self.transport = "ipc"
                self.ip = tempfile.mkdtemp(dir=folder) + "/k"

            def format_kernel_cmd(self, extra_arguments=None):
                return [sys.executable, "-S", "-c", LAUNCHER, zygote, os.path.realpath(self.connection_file)]

        self.manager_class = ForkedKernelManager

    def wait_ready(self) -> None:
        if not self._ready:
            line = self._stdout.readline()
            if line.strip() != b"ready":
                raise RuntimeError("the notebook kernel process did not start (see the log)")
            self._ready = True

    def close(self) -> None:
        if self._stdout.closed:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._stdout.close()
        import shutil

        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Zygote:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
