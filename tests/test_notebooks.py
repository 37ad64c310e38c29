"""Every notebook, executed through papermill for each lang × currency, glues values that
agree with the data (recomputed here from the clean tables and the reference series)."""
import csv
import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, follow_ups, once, run_folder

from mnjp import bounds, runner
from mnjp.gluekeys import documented


# The yen runs are the shared build's. The US-dollar runs are a second run of every notebook of
# two editions (16 runs, about 22 CPU seconds): their tests are slow (`make test all=1`, CI), but
# for those of the two notebooks whose figures change with the currency, in English
# (conftest.DOLLARS_FOR_QUICK_TESTS).
def combinations(quick_in_dollars: tuple[str, ...] = ()) -> list:
    return [pytest.param(lang, currency, marks=[pytest.mark.slow]
                         if currency == "USD" and lang not in quick_in_dollars else [])
            for lang in ("en", "mn") for currency in ("JPY", "USD")]


COMBINATIONS = combinations()
AID_AND_TRADE_COMBINATIONS = combinations(quick_in_dollars=("en",))


def rows(name):
    with open(ROOT / "data" / "clean" / f"{name}.csv", encoding="utf-8") as handle:
        return {r.get("id") or r["number"]: r for r in csv.DictReader(handle)}


def fred_annual():
    with open(ROOT / "data" / "external" / "jpy_per_usd_annual_fred_aexjpus.csv", encoding="utf-8") as handle:
        return {int(r["year"]): float(r["value"]) for r in csv.DictReader(handle)}


def in_currency(row, currency):
    """A figure's value in the currency, at its year's FRED annual rate (no month is given
    for any money figure of the article)."""
    value, unit = float(row["value"]), row["unit"]
    if unit == currency:
        return value
    rate = fred_annual()[int(row["year"])]
    return value / rate if currency == "USD" else value * rate


class Runs:
    """{(lang, currency): {notebook: its glued values and "_folder", the folder of its run}}, each
    read when first asked for: the yen runs from the shared build, the US-dollar runs from their
    own job (made once per test run)."""

    def __init__(self, project, config):
        self.project, self.config, self.read = project, config, {}

    def __getitem__(self, key):
        if key not in self.read:
            lang, currency = key
            if currency == "JPY":
                folders = {name: run_folder(self.project, name, lang) for name in runner.notebook_names()}
            else:
                result, _ = once(self.config, *follow_ups(self.config)["runs"])
                assert result["returncode"] == 0, result["output"]
                slug = runner.edition_slug(bounds.validate(lang=lang, currency=currency))
                folders = {name: Path(path) for name, path in result["made"][slug].items()}
            self.read[key] = {name: runner.glued(folder / f"{name}.ipynb") | {"_folder": folder}
                              for name, folder in folders.items()}
        return self.read[key]


@pytest.fixture(scope="module")
def runs(project, pytestconfig):
    return Runs(project, pytestconfig)


@pytest.mark.parametrize("lang, currency", AID_AND_TRADE_COMBINATIONS)
def test_aid_glue_matches_the_data(runs, lang, currency):
    glued = runs[(lang, currency)]["aid"]
    aid = rows("aid")
    parts = [r for r in aid.values() if r["part_of"] == "aid.oda_total"]
    assert glued["aid_total"] == pytest.approx(in_currency(aid["aid.oda_total"], currency))
    assert glued["aid_sum"] == pytest.approx(sum(in_currency(r, currency) for r in parts))
    assert glued["aid_loans"] == pytest.approx(in_currency(aid["aid.oda_concessional_loans"], currency))
    assert glued["aid_difference_jpy"] == pytest.approx(
        float(aid["aid.oda_total"]["value"]) - sum(float(r["value"]) for r in parts)
    )
    assert glued["gobi_implied_rate"] == pytest.approx(
        float(aid["aid.gobi_grant_jpy"]["value"]) / float(aid["aid.gobi_grant_usd"]["value"])
    )
    assert glued["gobi_fred_rate"] == fred_annual()[1977]
    words = {"en": "million yen", "mn": "сая иен"}[lang]  # as printed, to the million
    assert words in glued["aid_total_text"]


@pytest.mark.parametrize("lang, currency", AID_AND_TRADE_COMBINATIONS)
def test_trade_glue_matches_the_data(runs, lang, currency):
    glued = runs[(lang, currency)]["trade"]
    trade, investment = rows("trade"), rows("investment")
    assert glued["trade_turnover_1989"] == pytest.approx(in_currency(trade["trade.turnover_1989"], currency))
    assert glued["samurai_bond"] == pytest.approx(in_currency(investment["investment.samurai_bond_2013"], currency))
    assert glued["epa_mn_lines"] == float(trade["trade.epa_mn_tariff_lines"]["value"])
    assert glued["epa_jp_lines"] == float(trade["trade.epa_jp_tariff_lines"]["value"])
    assert glued["companies_2015"] == float(investment["investment.japanese_companies_2015"]["value"])


@pytest.mark.parametrize("lang, currency", COMBINATIONS)
def test_visits_glue_matches_the_data(runs, lang, currency):
    glued = runs[(lang, currency)]["visits"]
    counted = [r for r in rows("visits").values() if r["counted"] == "true" and r["year"]]
    assert glued["visits_total"] == len(counted)
    assert glued["visits_mn_jp"] == sum(r["from_country"] == "MN" for r in counted)
    assert glued["visits_jp_mn"] == sum(r["from_country"] == "JP" for r in counted)
    assert glued["visits_undated"] == sum(
        1 for r in rows("visits").values() if r["counted"] == "true" and not r["year"]
    )
    assert glued["visits_named"] == sum(r["counted"] == "true" for r in rows("visits").values())


@pytest.mark.parametrize("lang, currency", COMBINATIONS)
def test_timeline_glue_matches_the_data(runs, lang, currency):
    glued = runs[(lang, currency)]["timeline"]
    timeline = rows("timeline").values()
    assert glued["timeline_phases"] == sum(r["kind"] == "phase" for r in timeline)
    assert glued["timeline_programmes"] == sum(r["kind"] == "programme" and r["counted"] == "true" for r in timeline)


@pytest.mark.parametrize("lang, currency", COMBINATIONS)
def test_audit_glue_matches_the_data(runs, lang, currency):
    glued = runs[(lang, currency)]["audit"]
    with open(ROOT / "data" / "clean" / "audit.csv", encoding="utf-8") as handle:
        statuses = [r["status"] for r in csv.DictReader(handle)]
    assert glued["audit_checks"] == len(statuses)
    assert (glued["audit_pass"], glued["audit_flag"], glued["audit_note"]) == tuple(
        statuses.count(s) for s in ("PASS", "FLAG", "NOTE")
    )


@pytest.mark.parametrize("lang, currency", AID_AND_TRADE_COMBINATIONS)
def test_dollars_stand_beside_every_yen_figure_whatever_the_run_currency(runs, lang, currency):
    glued = runs[(lang, currency)]["aid"]
    aid = rows("aid")["aid.oda_total"]
    dollars = float(aid["value"]) / fred_annual()[int(aid["year"])]
    assert glued["japan_oda_usd"] == pytest.approx(dollars)
    shown = f"{dollars / 1e6:,.0f}".replace(",", {"en": ",", "mn": "\u202f"}[lang])
    assert shown in glued["aid_total_text"] and shown in glued["japan_oda_usd_text"]
    # the front page's cashmere finding: the ratio of the two figures as printed
    trade = rows("trade")
    ratio = float(trade["trade.cashmere_imports_1989"]["value"]) / float(trade["trade.turnover_1989"]["value"])
    assert runs[(lang, currency)]["trade"]["cashmere_turnover_ratio"] == pytest.approx(ratio)


@pytest.mark.parametrize("lang, currency", COMBINATIONS)
def test_every_glue_name_is_documented_and_every_figure_saved(runs, lang, currency):
    for name, glued in runs[(lang, currency)].items():
        folder = glued.pop("_folder")
        assert all(documented(key) for key in glued), name
        notebook = json.loads((folder / f"{name}.ipynb").read_text(encoding="utf-8"))
        figures = {m for c in notebook["cells"] if c["cell_type"] == "markdown"
                   for m in re.findall(r"```\{figure\} (\S+)\.(?:png|svg)", "".join(c["source"]))}
        assert figures or name in ("audit", "dictionary", "sources", "rerun"), (
            name
        )  # the audit explains; its charts sit in the chapters
        for figure in figures:
            for kind in ("png", "svg", "csv"):
                assert (folder / f"{figure}.{kind}").stat().st_size > 0, (figure, kind)
        glued["_folder"] = folder


def test_a_window_without_visits_runs_and_says_so_and_constant_prices_are_worded_in_mongolian(tmp_path):
    p = bounds.validate(
        lang="mn", currency="USD", price_basis="constant", base_year=2010, start_year=1972, end_year=1980
    )
    folders = runner.run(p, ["visits", "timeline", "aid"], out_root=tmp_path, log=lambda *_: None)
    glued = runner.glued(folders["visits"] / "visits.ipynb")
    assert glued["visits_total"] == 0 and glued["visits_busiest_decade_count"] == 0
    timeline = runner.glued(folders["timeline"] / "timeline.ipynb")
    dated = [
        r
        for r in rows("timeline").values()
        if r["counted"] == "true" and r["kind"] not in ("phase", "publication") and r["year"] and int(r["year"]) <= 1980
    ]
    assert timeline["timeline_events"] == len(dated)
    text = runner.glued(folders["aid"] / "aid.ipynb")["aid_total_text"]
    assert "2010 оны үнээр" in text and "prices" not in text


def test_other_language_cells_are_hidden_from_the_book(runs):
    folder = runs[("mn", "JPY")]["aid"]["_folder"]
    notebook = json.loads((folder / "aid.ipynb").read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        tags = cell["metadata"].get("tags", [])
        if "lang-en" in tags or "parameters" in tags or "injected-parameters" in tags:
            assert "remove-cell" in tags
        if "lang-mn" in tags:
            assert "remove-cell" not in tags


@pytest.mark.parametrize("args, words", [
    (["--lang", "fr"], "lang='fr'"),
    (["--currency", "EUR"], "currency='EUR'"),
    (["--currency", "USD", "--price-basis", "constant", "--base-year", "1950"], "base_year"),
    (["--start-year", "2000", "--end-year", "1990"], "start_year"),
    (["--start-year", "nineteen-ninety"], "start_year"),
    (["nosuchnotebook"], "notebook='nosuchnotebook'"),
])
def test_bad_run_parameters_stop_before_any_output(tmp_path, monkeypatch, capsys, args, words):
    from mnjp import paths
    from mnjp.__main__ import main

    monkeypatch.setattr(paths, "BUILD", tmp_path / "build")
    assert main(["run", *args]) != 0
    err = capsys.readouterr().err
    assert words in err and "allowed" in err
    assert not (tmp_path / "build").exists()


def test_a_notebook_refuses_bad_parameters_itself(tmp_path):
    import papermill

    with pytest.raises(papermill.PapermillExecutionError, match="ParameterError"):
        papermill.execute_notebook(
            str(ROOT / "notebooks" / "aid.ipynb"),
            str(tmp_path / "out.ipynb"),
            parameters={"lang": "fr"},
            kernel_name="python3",
            progress_bar=False,
            cwd=str(tmp_path),
        )
    assert not list(tmp_path.glob("*.png"))


def test_notebooks_are_committed_without_outputs():
    for path in (ROOT / "notebooks").glob("*.ipynb"):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for cell in notebook["cells"]:
            if cell["cell_type"] == "code":
                assert not cell["outputs"] and cell["execution_count"] is None, path.name


def prose_digits(text):
    """Digits left in Markdown once glue roles, directives' options, labels, links and code are removed."""
    text = re.sub(r"\{glue:text\}`[^`]*`", "", text)
    text = re.sub(r"\{(ref|download|doc)\}`[^`]*`", "", text)
    text = re.sub(r"```\{figure\}.*?\n(:[^\n]*\n)*", "", text)
    text = re.sub(r"`[^`]*`", "", text)
    text = re.sub(r"^\(.*\)=$", "", text, flags=re.M)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return re.findall(r"\d+", text)


def test_no_number_is_typed_in_the_narrative():
    for path in (ROOT / "notebooks").glob("*.ipynb"):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "markdown":
                assert prose_digits("".join(cell["source"])) == [], (path.name, "".join(cell["source"])[:120])
