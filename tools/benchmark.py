"""Time the pipeline on this machine and print the numbers (not a test).

    .venv/bin/python tools/benchmark.py [--repeat 3]

Prints the median papermill run time of each notebook (executed alone, fresh each
time), and the median wall time of a cold and of a no-op `python -m mnjp build`.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mnjp import params, paths, runner


def time_notebooks(repeat: int) -> dict[str, list[float]]:
    p = params.validate()
    times = {name: [] for name in runner.notebook_names()}
    for _ in range(repeat):
        for name in times:
            with tempfile.TemporaryDirectory() as out:
                folder = runner.run(p, [name], out_root=Path(out), workers=1, log=lambda *_: None)[name]
                times[name].append(float((folder / ".seconds").read_text()))
    return times


def time_build(repeat: int, cold: bool) -> list[float]:
    out = []
    for _ in range(repeat):
        if cold:
            shutil.rmtree(paths.BUILD, ignore_errors=True)
            shutil.rmtree(paths.ROOT / "_build" / "html" / "en", ignore_errors=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mnjp", "build", "--lang", "en"], check=True, capture_output=True)
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"papermill run time per notebook (median of {args.repeat}, seconds, one at a time):")
    for name, values in time_notebooks(args.repeat).items():
        print(f"  {name:<11} {statistics.median(values):6.2f}   runs: {', '.join(f'{v:.2f}' for v in values)}")
    for label, cold in (("cold build (no build/ runs, no _build/html/en)", True), ("no-op build (nothing changed)", False)):
        values = time_build(args.repeat, cold)
        print(f"{label}: median {statistics.median(values):.1f} s   runs: {', '.join(f'{v:.1f}' for v in values)}")


if __name__ == "__main__":
    main()
