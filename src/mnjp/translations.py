"""The Japanese translations of the records: checked against the article, joined beside the English.

Two files of data/extracted hold them, one row per record (by id), kept apart from the tables
so that each translation has one home and the tables stay as the article's reader recorded them:
`quotes_ja.csv` (quote_ja: the quote) and `titles_ja.csv` (title_ja: what the row is, a figure's
measure or an event's title). `check` says, by file, row and column, where a record has no
translation, where a translation has no record, where a quote's translation states other
numbers or qualifiers than the Mongolian quote, and where a title states a number that neither
its English or Mongolian title nor its quote states. The clean tables carry each translation right after its English
(`join`): quote_ja after quote_en, measure_ja after measure_en, title_ja after title_en.
The footnotes' Japanese (text_ja) stands in references.csv itself, beside text_en: `check_footnotes`
says where a footnote has none, or states other numbers than the footnote as printed.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from . import japanese, paths
from .errors import Problem
from .numbers import amounts_stated, roman

TABLE = "quotes_ja"
COLUMN = "quote_ja"
TITLES = "titles_ja"
TITLE = "title_ja"
FILES = (TABLE, TITLES)
# the English column of a clean table, and the Japanese column that follows it
BESIDE = {"quote_en": (TABLE, COLUMN), "measure_en": (TITLES, "measure_ja"), "title_en": (TITLES, "title_ja")}

# The article's qualifiers and how the Japanese writes them: 約 before an amount, 超 and
# 弱/近く after it (mnjp.japanese writes them the same way).
_AMOUNT_JA = r"\d(?:[\d,.]|億|万|兆)*(?:%|円|米ドル|ドル|トン|品目)?"
QUALIFIERS = {  # kind: (Mongolian word, Japanese pattern, how a reader sees the Japanese)
    "about": ("орчим", r"約\d", "約 before an amount"),
    "over": ("гаруй", _AMOUNT_JA + "超", "超 after an amount"),
    "almost": ("шахам", _AMOUNT_JA + "(?:弱|近く)", "弱 or 近く after an amount"),
}


def without_footnote_mark(quote: str, footnote: str) -> str:
    """The quote without its footnote mark, printed glued to a word ("иэн10-д", "юм21")."""
    if not footnote:
        return quote
    return re.sub(rf"(?<=[^\W\d_]|[”)»])({re.escape(footnote)})(?!\d)", "", quote)


def mongolian_numbers(quote: str) -> Counter:
    """The numbers a Mongolian quote states, each compound amount as one ("115 тэрбум 158 сая")."""
    return amounts_stated(quote)


def japanese_numbers(quote_ja: str) -> Counter:
    """The numbers a Japanese quote states ("2,862億8,200万円" is one)."""
    return Counter(japanese.numbers_in(quote_ja))


def listed(values) -> str:
    """Numbers for a message ('1,200, 3.5'), or 'nothing'."""
    items = values.elements() if isinstance(values, Counter) else values
    return ", ".join(f"{int(v):,}" if float(v).is_integer() else f"{v:,}" for v in sorted(items)) or "nothing"


def numbers_differ(found, expected, against: str, found_in: str, expected_in: str) -> str | None:
    """None when a translation states the numbers of its original (Counters or sets); otherwise
    one line saying which differ."""
    if found == expected:
        return None
    return (f"the numbers differ from {against}: the {found_in} states {listed(found - expected)} "
            f"where the {expected_in} states {listed(expected - found)}")


def _numbers_problem(quote_mn: str, footnote: str, quote_ja: str) -> str | None:
    return numbers_differ(japanese_numbers(quote_ja), mongolian_numbers(without_footnote_mark(quote_mn, footnote)),
                          "the Mongolian quote's", "Japanese", "Mongolian")


def _qualifier_problems(quote_mn: str, quote_ja: str) -> list[str]:
    out = []
    for kind, (word, pattern, written) in QUALIFIERS.items():
        stated, kept = quote_mn.count(word), len(re.findall(pattern, quote_ja))
        if stated != kept:
            out.append(f"the Mongolian quote says «{word}» ({kind}) {stated} time(s); the Japanese writes {written} "
                       f"{kept} time(s)")
    return out


def check(rows: dict[str, list[dict]], folder: Path) -> list[Problem]:
    """Every quoted record has one translation, every translation a record, and each states
    the numbers and qualifiers of its Mongolian quote."""
    file = paths.rel(folder / f"{TABLE}.csv")
    translations = rows.get(TABLE, [])
    quoted = {row["id"]: row for name, table in rows.items() if name not in FILES
              for row in table if row.get("quote_mn") and row.get("id")}
    problems = []
    translated = {t["id"] for t in translations}
    for name, table in rows.items():
        if name in FILES:
            continue
        for index, row in enumerate(table, start=2):
            if row.get("id") in quoted and row["id"] not in translated:
                problems.append(Problem(paths.rel(folder / f"{name}.csv"), index, "id",
                                        f"{row['id']} has no Japanese translation: add a row for it to {file}"))
    for index, translation in enumerate(translations, start=2):
        record = quoted.get(translation["id"])
        if record is None:
            problems.append(Problem(file, index, "id",
                                    f"{translation['id']!r} is not the id of a quoted record in the extracted tables"))
            continue
        quote_ja = translation.get(COLUMN) or ""
        message = _numbers_problem(record["quote_mn"], record.get("footnote") or "", quote_ja)
        if message:
            problems.append(Problem(file, index, COLUMN, message))
        problems += [Problem(file, index, COLUMN, m) for m in _qualifier_problems(record["quote_mn"], quote_ja)]
    return problems


FOOTNOTES = "references"
FOOTNOTE = "text_ja"
# A century the footnotes print in Roman numerals, in Latin or Cyrillic letters ("XX зуун", "ХХ зуунд")
_CENTURY = re.compile(r"(?<![^\W\d_])([IVXХ]+)\s+зуу")
_AS_LATIN = str.maketrans("Х", "X")  # the Cyrillic letter that footnote 14 prints for the Roman X


def footnote_numbers(text: str) -> Counter:
    """The numbers a footnote as printed states: each run of digits ("1972.02.19" is 1972, 2, 19;
    "№ 053(077)" is 53, 77) and each Roman century ("XX зуун" is 20)."""
    values = Counter(int(d) for d in re.findall(r"\d+", text))
    values.update(v for m in _CENTURY.finditer(text) if (v := roman(m.group(1).translate(_AS_LATIN))) is not None)
    return values


def rendering_numbers(text_ja: str) -> Counter:
    """The numbers a Japanese footnote states, each run of digits ("2015年2月10日" is 2015, 2, 10)."""
    return Counter(int(d) for d in re.findall(r"\d+", text_ja))


def check_footnotes(rows: dict[str, list[dict]], folder: Path) -> list[Problem]:
    """Every footnote has a Japanese rendering (text_ja) that states the numbers of the footnote
    as printed, no more and no fewer (a date's "02" is 2, "XX зуун" is 20世紀)."""
    file = paths.rel(folder / f"{FOOTNOTES}.csv")
    problems = []
    for index, row in enumerate(rows.get(FOOTNOTES, []), start=2):
        text_ja = (row.get(FOOTNOTE) or "").strip()
        if not text_ja:
            problems.append(Problem(file, index, FOOTNOTE, f"footnote {row.get('number')} has no Japanese rendering"))
            continue
        message = numbers_differ(rendering_numbers(text_ja), footnote_numbers(row.get("text_as_printed") or ""),
                                 "the footnote as printed", "Japanese", "Mongolian")
        if message:
            problems.append(Problem(file, index, FOOTNOTE, message))
    return problems


def _title(row: dict, lang: str) -> str:
    return row.get(f"measure_{lang}") or row.get(f"title_{lang}") or ""


def check_titles(rows: dict[str, list[dict]], folder: Path) -> list[Problem]:
    """Every record with an English measure or title has one Japanese title, and the Japanese
    states no number that the English and Mongolian titles and the record's quote do not
    ("November 2004" is 2004年11月: the month's number stands in the quote)."""
    file = paths.rel(folder / f"{TITLES}.csv")
    titled = {row["id"]: (name, index, row) for name, table in rows.items() if name not in FILES
              for index, row in enumerate(table, start=2) if _title(row, "en") and row.get("id")}
    titles = rows.get(TITLES, [])
    given = {t["id"] for t in titles}
    problems = [Problem(paths.rel(folder / f"{name}.csv"), index, "id",
                        f"{row_id} has no Japanese title: add a row for it to {file}")
                for row_id, (name, index, _) in titled.items() if row_id not in given]
    for index, title in enumerate(titles, start=2):
        if title["id"] not in titled:
            problems.append(Problem(file, index, "id",
                                    f"{title['id']!r} is not the id of a record with a measure or title"))
            continue
        record = titled[title["id"]][2]
        stated = set(re.findall(r"\d+",
                                " ".join([_title(record, "en"), _title(record, "mn"), record.get("quote_mn") or ""])))
        extra = [n for n in re.findall(r"\d+", title.get(TITLE) or "") if n not in stated]
        if extra:
            problems.append(Problem(file, index, TITLE,
                                    f"states {', '.join(extra)}, which neither the English or Mongolian title nor the "
                                    f"quote states"))
    return problems


def join(rows: list[dict], fields: list[dict], translations: dict[str, list[dict]],
         described: dict[str, dict]) -> tuple[list[dict], list[dict]]:
    """A clean table with each Japanese column right after its English one (quote_ja after
    quote_en, measure_ja after measure_en, title_ja after title_en). `translations` are the
    rows of quotes_ja/titles_ja by file; `described` each file's Japanese field, as its schema gives it."""
    for english, (file, japanese_name) in BESIDE.items():
        names = [f["name"] for f in fields]
        if english not in names:
            continue
        source = described[file]
        by_id = {t["id"]: t[source["name"]] for t in translations[file]}
        at = names.index(english) + 1
        order = names[:at] + [japanese_name] + names[at:]
        rows = [{name: ({**row, japanese_name: by_id.get(row["id"], "")})[name] for name in order} for row in rows]
        fields = fields[:at] + [{**source, "name": japanese_name}] + fields[at:]
    return rows, fields
