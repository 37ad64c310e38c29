"""Command line: `python -m mnjp [-v] data|check|sums|run|build --help`.

A failure the user can fix (bad data, a missing or damaged file, a permission problem)
prints one line per problem, naming the file (and row, column or key), and exits 2;
`-v` adds the traceback. Any other exception is a bug and shows its traceback.
"""
from __future__ import annotations

import argparse
import json
import sys
import traceback

from . import paths

# jsonschema (under frictionless, nbformat and Jupyter Book) imports rfc3987_syntax for its
# "iri" format, compiling 38 grammars: seconds per process. No validator here checks formats.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]  # None in sys.modules makes an import fail (documented)


def _data(args) -> int:
    from .dataset import write_clean
    from .external import verify_all

    verify_all()
    counts = write_clean()
    width = max(map(len, counts))
    print(f"wrote {paths.rel(paths.CLEAN)}/ (validated: schema, quotes, values)")
    for name, count in counts.items():
        print(f"  {name:<{width}}  {count:>4} rows")
    print(f"  {'total':<{width}}  {sum(counts.values()):>4} rows")
    return 0


def _check(args) -> int:
    from .dataset import stale_files
    from .external import verify_all

    verified = verify_all()
    print(f"{paths.rel(paths.EXTERNAL)}: {len(verified)} reference files match their schema and SHA256SUMS")
    stale = stale_files()
    if stale:
        print("data/clean is stale (run `make data`): " + ", ".join(stale), file=sys.stderr)
        return 1
    print("data/extracted is valid and data/clean is up to date")
    return 0


def _sums(args) -> int:
    from .external import CHANGELOG, SUMS, record_sums

    changed = record_sums(args.note)
    print(f"recorded {paths.rel(paths.EXTERNAL / SUMS)}; changed: {', '.join(changed) or 'none'}; "
          f"note added to {paths.rel(paths.EXTERNAL / CHANGELOG)}")
    return 0


def _params(args):
    from .bounds import validate

    return validate(lang=args.lang, currency=args.currency, price_basis=args.price_basis,
                    base_year=args.base_year, start_year=args.start_year, end_year=args.end_year)


def _run(args) -> int:
    from .lock import build_lock
    from .runner import check_names, run

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
    report(langs, given, verbose=args.verbose, cell_timeout=args.cell_timeout, pdf=args.pdf)
    return 0


def _add_params(command) -> None:
    from .catalogs import parameter_help
    from .params import DEFAULTS

    for name, default in DEFAULTS.items():
        command.add_argument("--" + name.replace("_", "-"), dest=name, default=default,
                             help=f"{parameter_help(name, 'en')} (default: {default})")
    from .runner import CELL_TIMEOUT

    command.add_argument("--cell-timeout", type=int, default=CELL_TIMEOUT,
                         help=f"seconds a notebook cell may run before the run fails (default: {CELL_TIMEOUT})")


def main(argv: list[str] | None = None) -> int:
    from .params import LANGS

    parser = argparse.ArgumentParser(prog="mnjp",
                                     description="Mongolia–Japan relations in numbers: data, notebooks and report.")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="show every detail (Sphinx, kernels) and the traceback of an error")
    verbose = argparse.ArgumentParser(add_help=False)  # -v also after the command
    verbose.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                         help="show every detail (Sphinx, kernels) and the traceback of an error")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("data", parents=[verbose],
                   help="validate data/extracted and regenerate data/clean").set_defaults(func=_data)
    check = sub.add_parser("check", parents=[verbose],
                           help="verify data/external, validate data/extracted, fail if data/clean is stale")
    check.set_defaults(func=_check)
    sums = sub.add_parser("sums", parents=[verbose],
                          help="re-record data/external/SHA256SUMS after a deliberate change, with a note")
    sums.add_argument("--note", required=True,
                      help="why the reference files changed (added to data/external/CHANGELOG.md)")
    sums.set_defaults(func=_sums)
    run = sub.add_parser("run", parents=[verbose], help="execute notebooks with papermill into build/runs/")
    run.add_argument("notebook", nargs="*", help="notebook names (default: all)")
    _add_params(run)
    run.set_defaults(func=_run)
    build = sub.add_parser("build", parents=[verbose],
                           help="execute the notebooks and build the book into _build/html/<lang>/")
    _add_params(build)
    build.add_argument("--pdf", action="store_true", help="also print a PDF of the edition into _build/pdf/<lang>/")
    build.set_defaults(func=_build)
    report = sub.add_parser("report", parents=[verbose],
                            help="build every edition (--langs) and publish them together into _build/html/")
    _add_params(report)
    report.add_argument("--langs", default=" ".join(LANGS),
                        help=f"the editions, separated by spaces (default: '{' '.join(LANGS)}')")
    report.add_argument("--pdf", action="store_true", help="also print a PDF of each edition into _build/pdf/<lang>/")
    report.set_defaults(func=_build)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except _user_errors() as err:
        return _fail(str(err), args.verbose)
    except OSError as err:  # a permission problem, a full disk, a file gone: name the file
        where = f"{paths.rel(err.filename)}: " if err.filename else ""
        return _fail(f"{where}{err.strerror or err}", args.verbose)
    except json.JSONDecodeError as err:  # only reached by a reader that does not name its file
        return _fail(f"invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}", args.verbose)
    # Anything else, a KeyError included, is a programming error: its traceback shows.


def _fail(message: str, verbose: bool) -> int:
    if verbose:
        traceback.print_exc()
    print(f"error: {message}", file=sys.stderr)
    return 2


def _user_errors() -> tuple:
    # Imported only when something failed: `report` must start without loading pandas.
    from .errors import UserError
    from .lock import Busy
    from .params import ParameterError
    from .render import BuildError
    from .runner import RunError

    return (UserError, ParameterError, RunError, BuildError, Busy)


if __name__ == "__main__":
    sys.exit(main())
