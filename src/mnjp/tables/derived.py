"""The fields data/clean adds to each extracted row: the ISO date, the line of the printed
value, and whether a row counts (a second mention does not)."""
from __future__ import annotations

from ..article import Article

# A real calendar date at the precision given: YYYY, YYYY-MM or YYYY-MM-DD, with the day
# existing in its month (leap years included), so the reference validator refuses 1972-02-30.
DATE_PATTERN = (  # one group, so a validator that anchors it as ^...$ anchors every branch
    r"([0-9]{4}(-(0[1-9]|1[0-2]))?"
    r"|[0-9]{4}-(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])"
    r"|[0-9]{4}-(0[469]|11)-(0[1-9]|[12][0-9]|30)"
    r"|[0-9]{4}-02-(0[1-9]|1[0-9]|2[0-8])"
    r"|([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)"
)


# The rule a derived field keeps (its description and type are in data/extracted/metadata.yml).
CONSTRAINTS = {"date": {"pattern": DATE_PATTERN}}


def _field(name: str, derived: dict) -> dict:
    return {"name": name, **derived[name], **({"constraints": CONSTRAINTS[name]} if name in CONSTRAINTS else {})}


def _iso_date(row: dict) -> str:
    parts = [row.get("year") or "", row.get("month") or "", row.get("day") or ""]
    if not parts[0]:
        return ""
    out = parts[0]
    if parts[1]:
        out += f"-{int(parts[1]):02d}"
        if parts[2]:
            out += f"-{int(parts[2]):02d}"
    return out


def clean_rows(resource: dict, rows: list[dict], text: Article, derived: dict) -> tuple[list[dict], list[dict]]:
    """The rows sorted by key with the derived fields added, and the fields; `derived` is the
    metadata's description of the derived fields."""
    fields = list(resource["schema"]["fields"])
    names = [f["name"] for f in fields]
    key = resource["schema"]["primaryKey"][0]
    out = []
    for row in rows:
        clean = {k: row[k] for k in names}
        if "year" in names:
            clean["date"] = _iso_date(row)
        if "value_as_printed" in names:
            clean["value_line"] = str(text.value_line(row["quote_mn"], int(row["line"]), row["value_as_printed"]))
        if "same_as" in names:
            clean["counted"] = "false" if row.get("same_as") else "true"
        out.append(clean)
    if "year" in names:
        fields.append(_field("date", derived))
    if "value_as_printed" in names:
        fields.append(_field("value_line", derived))
    if "same_as" in names:
        fields.append(_field("counted", derived))
    sort = (lambda r: int(r[key])) if resource["schema"]["fields"][0]["type"] == "integer" else (lambda r: r[key])
    return sorted(out, key=sort), fields
