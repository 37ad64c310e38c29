"""Rows that point at other rows of a clean table."""
from __future__ import annotations

import pandas as pd


def equivalent_pairs(frame: pd.DataFrame) -> list[tuple[dict, dict]]:
    """(yen row, dollar row) for each figure the article restates in the other currency."""
    rows = {r["id"]: r for r in frame.to_dict("records")}
    pairs = []
    restated = (r for r in rows.values() if isinstance(r.get("equivalent_of"), str) and r["equivalent_of"])
    for r in sorted(restated, key=lambda r: r["id"]):
        other = rows[r["equivalent_of"]]
        pairs.append((other, r) if r["unit"] == "USD" else (r, other))
    return pairs
