"""The data layer: every record proven against the article; clean tables current and valid."""
import csv
import json
import subprocess

import pytest
from conftest import ROOT

from mnjp import dataset, load, tables
from mnjp.article import article as article_text
from mnjp.article import normalise
from mnjp.numbers import parse_amount

FIGURE_TABLES = ("aid", "trade", "investment", "other")


def extracted(name):
    with open(ROOT / "data" / "extracted" / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_extracted_data_passes_every_check():
    rows = tables.validate()
    assert set(rows) == {"references", "aid", "trade", "investment", "other", "visits", "timeline",
                         "quotes_ja", "titles_ja"}


@pytest.mark.parametrize("name", FIGURE_TABLES)
def test_every_figure_quote_is_in_the_article_and_carries_its_value(name):
    flat = normalise(article_text())
    for row in extracted(name):
        quote = normalise(row["quote_mn"])
        for fragment in quote.split(" … "):
            assert fragment in flat, row["id"]
        assert row["value_as_printed"] in quote, row["id"]
        assert parse_amount(row["value_as_printed"])[0] == float(row["value"]), row["id"]


def test_every_footnote_is_a_reference_row_and_in_the_article():
    refs = extracted("references")
    assert [int(r["number"]) for r in refs] == list(range(1, 27))
    flat = normalise(article_text())
    for ref in refs:
        assert normalise(ref["text_as_printed"]) in flat, ref["number"]


def test_known_figures_of_the_article_are_recorded():
    # Spot checks against the text, typed here only as printed words of the article.
    aid = {r["id"]: r for r in extracted("aid")}
    assert aid["aid.oda_total"]["value_as_printed"] == "286 тэрбум 282 сая"
    visits = extracted("visits")
    fm_years = sorted(int(v["year"]) for v in visits if v["id"].endswith("_foreign_minister"))
    assert fm_years == [1992, 1995, 1997, 1998, 1999]
    assert any(v["footnote"] == "18" for v in visits)  # the visit known only from a footnote


def test_committed_clean_tables_are_current():
    assert dataset.stale_files() == [], "run `make data` and commit data/clean"


def test_clean_tables_are_deterministic():
    assert dataset.render_clean() == dataset.render_clean()


def test_reference_validator_accepts_the_clean_package():
    exe = ROOT / ".venv" / "bin" / "frictionless"
    result = subprocess.run([str(exe), "validate", "data/clean/datapackage.json"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:]


def test_clean_package_describes_every_field():
    package = json.loads((ROOT / "data" / "clean" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    for resource in package["resources"]:
        assert resource["sources"][0]["path"].startswith("data/source/")
        for field in resource["schema"]["fields"]:
            assert field.get("description"), (resource["name"], field["name"])
            assert field.get("unit") and field.get("source"), (resource["name"], field["name"])


def test_load_returns_typed_frames():
    visits = load("visits")
    assert str(visits["year"].dtype) == "Int64"
    assert str(visits["uncertain"].dtype) == "boolean"
    aid = load("aid")
    assert aid["value"].dtype == "float64"
    assert len(aid) == len(extracted("aid"))
    import mnjp

    assert "45 жилийн хугацаа" in mnjp.article()


def test_load_names_the_tables_when_asked_for_an_unknown_one():
    with pytest.raises(KeyError, match="visits"):
        load("visit")


def test_make_data_prints_row_counts(scratch_root):
    from conftest import run_mnjp

    result = run_mnjp(scratch_root, "data")
    assert result.returncode == 0, result.stderr
    for name, rows in dataset.render_clean().items():
        if name.endswith(".csv"):
            assert f"{rows.count(chr(10)) - 1:>4} rows" in result.stdout
    ours, theirs = (folder / "data" / "clean" / "visits.csv" for folder in (scratch_root, ROOT))
    assert ours.read_bytes() == theirs.read_bytes()
