"""Command line: `python -m mnjp data|check|run|build --help`."""
from __future__ import annotations

import argparse
import sys

from . import paths


def _data(args) -> int:
    from .tables import write_clean

    counts = write_clean()
    width = max(map(len, counts))
    print(f"wrote {paths.rel(paths.CLEAN)}/ (validated: schema, quotes, values)")
    for name, count in counts.items():
        print(f"  {name:<{width}}  {count:>4} rows")
    print(f"  {'total':<{width}}  {sum(counts.values()):>4} rows")
    return 0


def _check(args) -> int:
    from .tables import stale_files

    stale = stale_files()
    if stale:
        print("data/clean is stale (run `make data`): " + ", ".join(stale), file=sys.stderr)
        return 1
    print("data/extracted is valid and data/clean is up to date")
    return 0


def _params(args):
    from .params import validate

    return validate(lang=args.lang, currency=args.currency, price_basis=args.price_basis,
                    base_year=args.base_year, start_year=args.start_year, end_year=args.end_year)


def _run(args) -> int:
    from .runner import check_names, run

    from .lock import build_lock

    names = check_names(args.notebook)
    params = _params(args)
    with build_lock():  # build/runs/ is shared with `make report`
        run(params, names, cell_timeout=args.cell_timeout)
    return 0


def _build(args) -> int:
    from .build import report
    from .params import DEFAULTS

    langs = args.langs.split() if getattr(args, "langs", None) else [args.lang]
    given = {name: getattr(args, name) for name in DEFAULTS if name != "lang"}
    report(langs, given, verbose=args.verbose, cell_timeout=args.cell_timeout)
    return 0


def _add_params(command) -> None:
    from .params import DEFAULTS, HELP

    for name, default in DEFAULTS.items():
        command.add_argument("--" + name.replace("_", "-"), dest=name, default=default,
                             help=f"{HELP[name]} (default: {default})")
    from .runner import CELL_TIMEOUT

    command.add_argument("--cell-timeout", type=int, default=CELL_TIMEOUT,
                         help=f"seconds a notebook cell may run before the run fails (default: {CELL_TIMEOUT})")
    command.add_argument("-v", "--verbose", action="store_true", help="show every detail (Sphinx, kernels)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mnjp", description="Mongolia–Japan relations in numbers: data, notebooks and report.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("data", help="validate data/extracted and regenerate data/clean").set_defaults(func=_data)
    sub.add_parser("check", help="validate data/extracted and fail if data/clean is stale").set_defaults(func=_check)
    run = sub.add_parser("run", help="execute notebooks with papermill into build/runs/")
    run.add_argument("notebook", nargs="*", help="notebook names (default: all)")
    _add_params(run)
    run.set_defaults(func=_run)
    build = sub.add_parser("build", help="execute the notebooks and build the book into _build/html/<lang>/")
    _add_params(build)
    build.set_defaults(func=_build)
    report = sub.add_parser("report", help="build every edition (--langs) and publish them together into _build/html/")
    _add_params(report)
    report.add_argument("--langs", default="en mn", help="the editions, separated by spaces (default: 'en mn')")
    report.set_defaults(func=_build)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except _user_errors() as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyError as err:  # a reference value missing for a year or row: say which
        print(f"error: {err.args[0] if err.args else err}", file=sys.stderr)
        return 2


def _user_errors() -> tuple:
    # Imported only when something failed: `report` must start without loading pandas.
    from .build import BuildError
    from .lock import Busy
    from .params import ParameterError
    from .runner import RunError
    from .tables import DataError

    return (DataError, ParameterError, RunError, BuildError, Busy, FileNotFoundError)


if __name__ == "__main__":
    sys.exit(main())
