"""Chart text is legible: at least charts.MIN_TEXT_PX CSS px where the report shows the chart.
Computed from the saved SVG (text drawn as paths carries its font size) and the displayed width."""
import pandas as pd
import pytest
from conftest import run_folder

from mnjp import charts, runner


@pytest.fixture(scope="module")
def folders(project):
    """The shared build's run of every notebook (English, default parameters)."""
    return {name: run_folder(project, name) for name in runner.notebook_names()}


def test_a_chart_with_small_text_is_named(tmp_path):
    fig, ax = charts.figure(7, 3)
    ax.bar(["a", "b"], [1, 2])
    ax.text(0, 1, "tiny", fontsize=6)
    svg = charts.save(fig, "tiny-chart", pd.DataFrame({"x": [1]}), tmp_path)["svg"].read_text(encoding="utf-8")
    problems = charts.too_small({"tiny-chart": svg})
    assert len(problems) == 1 and problems[0].startswith("tiny-chart: smallest text 8.0 px")


def test_a_wide_chart_shrunk_to_the_column_is_measured_at_the_column_width(tmp_path):
    fig, ax = charts.figure(10, 3)  # 960 px natural, shown 672 px wide: 9 pt text becomes 8.4 px
    ax.set_title("t", fontsize=9)
    svg = charts.save(fig, "wide", pd.DataFrame({"x": [1]}), tmp_path)["svg"].read_text(encoding="utf-8")
    assert charts.smallest_text_px(svg, 672) < charts.MIN_TEXT_PX
    assert charts.too_small({"wide": svg}) and not charts.too_small({"wide": svg}, column_px=960)


def test_hover_titles_are_in_the_svg_and_output_is_deterministic(tmp_path):
    def draw(folder):
        fig, ax = charts.figure(6, 3)
        bars = ax.bar(["a", "b"], [1, 2])
        charts.tip(fig, bars[1], "b: 2 & more")
        return charts.save(fig, "tips", pd.DataFrame({"x": [1]}), folder)

    one, two = draw(tmp_path), draw(tmp_path / ".." / tmp_path.name)
    svg = one["svg"].read_text(encoding="utf-8")
    assert '<g id="mark-1">\n   <title>b: 2 &amp; more</title>' in svg
    assert one["svg"].read_bytes() == two["svg"].read_bytes()


def test_every_chart_of_the_report_is_legible_at_1280_px(folders):
    """Every chart the notebooks save, shown in the text column of a 1280 px window."""
    svgs = {f"{name}/{path.stem}": path.read_text(encoding="utf-8")
            for name, folder in folders.items() for path in sorted(folder.glob("*.svg"))}
    assert len(svgs) >= 5
    assert charts.too_small(svgs) == []


def test_every_chart_drawn_for_a_phone_fits_its_column_at_natural_size(folders):
    narrow = {f"{name}/{path.name}": path.read_text(encoding="utf-8")
              for name, folder in folders.items() for path in sorted(folder.glob("*.narrow.svg"))}
    assert {"visits/visits-decades.narrow.svg", "visits/visits-timeline.narrow.svg", "timeline/timeline.narrow.svg",
            "aid/aid-breakdown.narrow.svg", "aid/aid-oda.narrow.svg", "trade/trade-1989.narrow.svg",
            "trade/trade-cow.narrow.svg", "trade/trade-epa.narrow.svg", "trade/trade-nso.narrow.svg"} <= set(narrow)
    assert [n for n, svg in narrow.items() if charts.natural_px(svg) > charts.COLUMN_PX_390] == []
    assert charts.too_small(narrow, column_px=charts.COLUMN_PX_390) == []


def test_every_bar_and_point_of_the_aid_and_trade_charts_names_its_value_on_hover(folders):
    """One hover text per drawn mark: each part of the aid, each side of the agreement, each
    year of a reference series; the same in the phone's rendering."""
    import re

    marks = {"aid/aid-breakdown": 3, "trade/trade-epa": 2, "trade/trade-1989": 4}
    for name, count in marks.items():
        folder, stem = name.split("/")
        for suffix in (".svg", ".narrow.svg"):
            svg = (folders[folder] / f"{stem}{suffix}").read_text(encoding="utf-8")
            assert svg.count("<title>") == count, (name, suffix)
    oda = (folders["aid"] / "aid-oda.csv")
    years = len(pd.read_csv(oda))
    svg = (folders["aid"] / "aid-oda.svg").read_text(encoding="utf-8")
    assert svg.count("<title>") == years
    assert re.search(r"<title>\d{4}: [\d,.]+ million US dollars</title>", svg)


def test_a_glyph_no_chart_font_has_stops_the_chart_naming_it(tmp_path):
    """A character no chart font draws is an error, not a box: here Mongolian in its traditional script."""
    import pytest

    fig, ax = charts.figure(6, 3)
    ax.bar(["a"], [1])
    ax.set_title("ᠮᠣᠩᠭᠣᠯ")
    with pytest.raises(charts.ChartError, match=r"chart no-font: Glyph 6190 \(\\N\{MONGOLIAN LETTER MA\}\) missing"):
        charts.save(fig, "no-font", pd.DataFrame({"x": [1]}), tmp_path)
    assert not (tmp_path / "no-font.svg").exists()


def test_japanese_and_mongolian_text_draw_with_the_shipped_fonts(tmp_path):
    """Japanese comes from IPAexGothic as the matplotlib-fontja package ships it (no system font),
    Cyrillic with Ө and Ү from DejaVu Sans: one chart with both saves without a missing glyph."""
    import matplotlib_fontja
    from matplotlib import font_manager

    fig, ax = charts.figure(6, 3)
    ax.bar(["援助", "Өгөөж"], [1, 2])
    ax.set_title("日本の対モンゴル政府開発援助（約2,862億円）・Үйл явдал")
    out = charts.save(fig, "both", pd.DataFrame({"x": [1]}), tmp_path)
    assert out["svg"].stat().st_size > 0
    found = font_manager.fontManager._find_fonts_by_props(font_manager.FontProperties(family=charts.FONTS))
    assert [str(f) for f in found] == [font_manager.findfont("DejaVu Sans"), matplotlib_fontja.get_font_ttf_path()]


def test_every_chart_of_every_edition_is_drawn_with_all_its_glyphs(project):
    """The shared build ran every notebook of every edition with the missing-glyph rule on (a run
    stops at the first chart with a glyph no font has): each edition has the same charts."""
    from conftest import EDITIONS, run_folder

    charts_of = {lang: sorted(p.relative_to(run_folder(project, "aid", lang).parent).as_posix()
                              for p in run_folder(project, "aid", lang).parent.glob("*/*.svg")) for lang in EDITIONS}
    assert len(charts_of["en"]) >= 9
    assert all(found == charts_of["en"] for found in charts_of.values()), charts_of
    logs = (project / "build" / "logs" / "console.txt").read_text(encoding="utf-8")
    assert "missing from font" not in logs


def test_japanese_chart_text_wraps_without_spaces_and_within_its_width():
    """Japanese has no spaces to break at: a long title still wraps, each wide character taking
    two places, no line starting with 、 or ） nor ending with （; English wraps as before."""
    import textwrap
    import unicodedata

    def places(line):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)

    title = "日本の対モンゴル輸入、全品目（Correlates of War）と論文の貿易額、1989年の比較"
    lines = charts.lines(title, 28)
    assert len(lines) >= 3 and "".join(lines).replace(" ", "") == title.replace(" ", "")
    assert all(places(line) <= 28 for line in lines), lines
    assert not any(line[0] in "、）" or line[-1] == "（" for line in lines), lines
    english = "Trade and investment figures of the article, and the Correlates of War series"
    assert charts.lines(english, 20) == textwrap.wrap(english, 20)


def test_a_chart_is_written_where_it_is_told_never_into_the_current_folder(tmp_path, monkeypatch):
    from mnjp import paths

    here, run = tmp_path / "cwd", tmp_path / "run"
    here.mkdir()
    monkeypatch.chdir(here)
    monkeypatch.setattr(paths, "BUILD", tmp_path / "build")
    monkeypatch.delenv(paths.CHARTS_ENV, raising=False)
    fig, _ = charts.figure(2, 2)
    out = charts.save(fig, "anywhere", pd.DataFrame({"x": [1]}))
    assert {p.parent for p in out.values()} == {tmp_path / "build" / "charts"}
    monkeypatch.setenv(paths.CHARTS_ENV, str(run))  # as a notebook run's kernel has it (mnjp.kernels)
    out = charts.save(fig, "in-run", pd.DataFrame({"x": [1]}))
    assert {p.parent for p in out.values()} == {run}
    assert list(here.iterdir()) == []
