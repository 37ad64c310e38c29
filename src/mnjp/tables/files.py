"""The first check of an extracted table: the file itself (present, UTF-8, not empty,
the schema's header, single-line fields in Unicode NFC)."""
from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

from .. import paths
from ..article import char_name
from ..errors import Problem


def check_file(path: Path, fields: list[str]) -> list[Problem]:
    name = paths.rel(path)
    if not path.exists():
        return [Problem(name, None, None, "file not found")]
    raw = path.read_bytes()
    if not raw.strip():
        return [Problem(name, None, None, "file is empty (expected a header row and data rows)")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        row = raw[: err.start].count(b"\n") + 1
        return [Problem(name, row, None,
                        f"not UTF-8: byte 0x{raw[err.start]:02x} at byte {err.start} cannot be decoded; save the file "
                        f"as UTF-8")]
    header = next(csv.reader(io.StringIO(text)), [])
    repeated = [h for i, h in enumerate(header) if h in header[:i]]
    if repeated:
        where = [i + 1 for i, h in enumerate(header) if h == repeated[0]]
        return [Problem(name, 1, repeated[0],
                        f"the column appears {len(where)} times in the header (columns {', '.join(map(str, where))}); "
                        f"keep one")]
    if header != fields:
        missing = [f for f in fields if f not in header]
        extra = [h for h in header if h not in fields]
        detail = []
        if missing:
            detail.append(f"missing {missing}")
        if extra:
            detail.append(f"unexpected {extra}")
        if not detail:
            detail.append("columns out of order")
        return [Problem(name, 1, None, f"header does not match the schema: {'; '.join(detail)}; expected {fields}")]
    return _check_cells(name, text)


def _check_cells(name: str, text: str) -> list[Problem]:
    """Fields are single-line and in Unicode NFC, the form the article is in."""
    problems = []
    for index, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        for column, value in row.items():
            if not isinstance(value, str):
                continue
            if "\n" in value or "\r" in value:
                problems.append(Problem(name, index, column,
                                        "a line break inside the field: fields are single-line (quotes too: join the "
                                        "lines with a space)"))
            if not unicodedata.is_normalized("NFC", value):
                problems.append(Problem(name, index, column, _not_nfc(value)))
    return problems


def _not_nfc(value: str) -> str:
    """Say which character is decomposed, and what its composed form is."""
    for start in range(len(value)):
        end = start + 1
        while end < len(value) and unicodedata.combining(value[end]):
            end += 1
        piece = value[start:end]
        if unicodedata.normalize("NFC", piece) != piece:
            composed = unicodedata.normalize("NFC", piece)
            parts = " + ".join(char_name(c) for c in piece)
            return (f"not in Unicode NFC form: character {start + 1} is written as {parts}; "
                    f"use the composed {' + '.join(char_name(c) for c in composed)} (the article's form)")
    return "not in Unicode NFC form; save the text composed (NFC), the article's form"
