"""Zips with fixed timestamps: the same entries give the same bytes."""
from __future__ import annotations

import zipfile
from pathlib import Path

# Zip entries carry this time (the earliest a zip can hold), so the same tables give the same bytes.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def fixed_zip(entries: dict[str, bytes], path: Path, comment: str = "") -> None:
    """A zip of the entries, in the order given, with fixed timestamps."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
        archive.comment = comment.encode("utf-8")
