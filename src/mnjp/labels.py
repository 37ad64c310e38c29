"""Every user-visible label of the notebooks, tables and charts, in English and Mongolian.

Notebooks never hold display strings: they ask for `label(key, lang)`. Labels of
the article's own items (measures, titles, offices as printed) live in the data
(`measure_en`/`measure_mn`, `title_en`/`title_mn`).
"""
from __future__ import annotations

import math

import pandas as pd

LABELS: dict[str, dict[str, str]] = {
    # chapter titles and chart titles
    "aid.title": {"en": "Japan's aid to Mongolia", "mn": "Японы Монголд үзүүлсэн тусламж"},
    "aid.chart_title": {"en": "Japan's official development assistance to Mongolia, cumulative to {year}", "mn": "Японы хөгжлийн албан ёсны тусламж, {year} он хүртэл хуримтлагдсан дүн"},
    "trade.title": {"en": "Trade and investment", "mn": "Худалдаа, хөрөнгө оруулалт"},
    "trade.epa_chart_title": {"en": "Economic Partnership Agreement: tariff lines each side cuts", "mn": "Эдийн засгийн түншлэлийн хэлэлцээр: тал бүрийн тариф бууруулах барааны төрөл"},
    "trade.money_chart_title": {"en": "Trade and investment figures of the article", "mn": "Өгүүлэл дэх худалдаа, хөрөнгө оруулалтын дүн"},
    "visits.title": {"en": "High-level visits", "mn": "Өндөр дээд түвшний айлчлал"},
    "visits.chart_title": {"en": "High-level visits between Mongolia and Japan named in the article", "mn": "Өгүүлэлд дурдсан Монгол, Японы өндөр дээд түвшний айлчлал"},
    "visits.counts_chart_title": {"en": "Visits by decade and direction", "mn": "Айлчлал, арван жил ба чиглэлээр"},
    "timeline.title": {"en": "Agreements, programmes and phases", "mn": "Хэлэлцээр, хөтөлбөр, үе шат"},
    "timeline.chart_title": {"en": "Phases, programmes and agreements of Mongolia–Japan relations", "mn": "Монгол, Японы харилцааны үе шат, хөтөлбөр, хэлэлцээр"},
    # axes, legends, table headers
    "axis.year": {"en": "Year", "mn": "Он"},
    "axis.visits": {"en": "Number of visits", "mn": "Айлчлалын тоо"},
    "axis.tariff_lines": {"en": "Tariff lines (kinds of goods, about)", "mn": "Барааны төрөл (ойролцоогоор)"},
    "col.item": {"en": "Item", "mn": "Үзүүлэлт"},
    "col.amount": {"en": "Amount", "mn": "Дүн"},
    "col.as_printed": {"en": "As printed", "mn": "Өгүүлэлд"},
    "col.share": {"en": "Share of stated total", "mn": "Нийт дүнд эзлэх хувь"},
    "col.rate_used": {"en": "Conversion", "mn": "Хөрвүүлэлт"},
    "col.year": {"en": "Year", "mn": "Он"},
    "col.date": {"en": "Date", "mn": "Огноо"},
    "col.value": {"en": "Value", "mn": "Утга"},
    "col.count": {"en": "Visits", "mn": "Айлчлал"},
    "col.person": {"en": "Person", "mn": "Хэн"},
    "col.office": {"en": "Office", "mn": "Албан тушаал"},
    "col.direction": {"en": "Direction", "mn": "Чиглэл"},
    "col.occasion": {"en": "Occasion", "mn": "Үйл явдал"},
    "col.decade": {"en": "Decade", "mn": "Арван жил"},
    "col.kind": {"en": "Kind", "mn": "Төрөл"},
    "col.title": {"en": "Document or event", "mn": "Баримт бичиг, үйл явдал"},
    "col.period": {"en": "Period", "mn": "Хугацаа"},
    "col.id": {"en": "Row id", "mn": "Мөрийн ID"},
    "col.quote_mn": {"en": "Quote (Mongolian, verbatim)", "mn": "Эх бичвэрээс (үгчлэн)"},
    "col.quote_en": {"en": "Quote (English translation)", "mn": "Англи орчуулга"},
    "col.line": {"en": "Line", "mn": "Мөр"},
    "col.footnote": {"en": "Footnote", "mn": "Зүүлт"},
    "col.flag": {"en": "Flag", "mn": "Тэмдэглэгээ"},
    "col.side": {"en": "Side", "mn": "Тал"},
    "col.chapters": {"en": "Tariff chapters", "mn": "Барааны бүлэг"},
    "col.lines": {"en": "Tariff lines (about)", "mn": "Барааны төрөл (орчим)"},
    # categories
    "dir.MN-JP": {"en": "Mongolia → Japan", "mn": "Монголоос Япон руу"},
    "dir.JP-MN": {"en": "Japan → Mongolia", "mn": "Японоос Монгол руу"},
    "side.MN": {"en": "Mongolia", "mn": "Монгол"},
    "side.JP": {"en": "Japan", "mn": "Япон"},
    "office.head_of_state": {"en": "President", "mn": "Ерөнхийлөгч"},
    "office.head_of_government": {"en": "Prime minister / head of government", "mn": "Ерөнхий сайд, Засгийн газрын тэргүүн"},
    "office.parliament_speaker": {"en": "Speaker of parliament", "mn": "Парламентын дарга"},
    "office.foreign_minister": {"en": "Foreign minister", "mn": "Гадаад хэргийн сайд"},
    "office.senior_official": {"en": "Senior official", "mn": "Өндөр албан тушаалтан"},
    "office.not_stated": {"en": "Not stated", "mn": "Тодорхойгүй"},
    "kind.establishment": {"en": "Establishment of relations", "mn": "Харилцаа тогтоосон"},
    "kind.publication": {"en": "Publication", "mn": "Нийтлэл"},
    "kind.agreement": {"en": "Agreement", "mn": "Хэлэлцээр"},
    "kind.agreement_in_force": {"en": "Agreement in force", "mn": "Хэлэлцээр хүчин төгөлдөр болсон"},
    "kind.joint_statement": {"en": "Joint statement", "mn": "Хамтарсан мэдэгдэл"},
    "kind.programme": {"en": "Programme", "mn": "Хөтөлбөр"},
    "kind.initiative": {"en": "Initiative", "mn": "Санаачилга"},
    "kind.policy_document": {"en": "Policy document", "mn": "Бодлогын баримт бичиг"},
    "kind.law": {"en": "Law", "mn": "Хууль"},
    "kind.milestone": {"en": "Milestone", "mn": "Чухал үйл явдал"},
    "kind.phase": {"en": "Phase", "mn": "Үе шат"},
    "flag.uncertain": {"en": "uncertain", "mn": "тодорхой бус"},
    "flag.undated": {"en": "undated", "mn": "огноогүй"},
    "legend.uncertain": {"en": "hollow: date or direction uncertain", "mn": "хөндий: огноо, чиглэл тодорхой бус"},
    "legend.stated_total": {"en": "Total stated by the article", "mn": "Өгүүлэлд заасан нийт дүн"},
    "legend.sum": {"en": "Sum of the components", "mn": "Бүрэлдэхүүн хэсгүүдийн нийлбэр"},
    "legend.programme": {"en": "Programme period", "mn": "Хөтөлбөрийн хугацаа"},
    "legend.open_ended": {"en": "end not stated", "mn": "дуусах он заагаагүй"},
    "row.sum": {"en": "Sum of the components (computed)", "mn": "Бүрэлдэхүүн хэсгүүдийн нийлбэр (тооцоолсон)"},
    "row.difference": {"en": "Stated total minus the sum (computed)", "mn": "Заасан нийт дүнгээс нийлбэрийг хассан зөрүү (тооцоолсон)"},
    "row.implied_rate": {"en": "Rate implied by the article's yen and dollar figures (computed)", "mn": "Өгүүлэлд өгсөн иен, долларын дүнгээс гарах ханш (тооцоолсон)"},
    "row.fred_rate": {"en": "Average yen/dollar rate of the year (FRED)", "mn": "Тухайн оны иен/долларын дундаж ханш (FRED)"},
    "none": {"en": "none", "mn": "байхгүй"},
    "empty_window": {"en": "The article names nothing in this window of years", "mn": "Энэ хугацаанд өгүүлэлд дурдсан зүйл алга"},
    # chapters' own tables: audit, references, official series
    "context.cow_title": {"en": "Mongolia–Japan trade in the Correlates of War series, and the article's trade figures", "mn": "Монгол, Японы худалдаа Correlates of War цуваагаар, өгүүллийн худалдааны тоотой"},
    "context.cow_mn_imports": {"en": "Mongolia's imports from Japan (COW)", "mn": "Монголын Японоос оруулсан импорт (COW)"},
    "context.cow_jp_imports": {"en": "Japan's imports from Mongolia (COW)", "mn": "Японы Монголоос оруулсан импорт (COW)"},
    "context.nso_title": {"en": "Mongolia's exports to Japan, and Japan's share of all its exports (NSO)", "mn": "Монголын Япон руу гаргасан экспорт, нийт экспортод Японы эзлэх хувь (ҮСХ)"},
    "context.nso_exports": {"en": "Exports to Japan", "mn": "Япон руу экспорт"},
    "context.nso_share": {"en": "Japan's share of exports (%)", "mn": "Нийт экспортод эзлэх хувь (%)"},
    "context.epa": {"en": "EPA in force", "mn": "ЭЗТХ хүчин төгөлдөр"},
    "context.oda_title": {"en": "Net official development assistance received by Mongolia from all donors (World Bank)", "mn": "Монголын бүх хандивлагчаас авсан цэвэр хөгжлийн тусламж (Дэлхийн банк)"},
    "context.oda_summed": {"en": "dark: years summed in the comparison (to {last})", "mn": "бараан: харьцуулалтад нэмсэн он ({last} он хүртэл)"},
    "context.oda_axis": {"en": "million US dollars a year (current)", "mn": "сая ам.доллар, жилээр (тухайн үеийн)"},
    "context.article_point": {"en": "the article", "mn": "өгүүлэл"},
    "status.PASS": {"en": "PASS", "mn": "НИЙЦСЭН"},
    "status.FLAG": {"en": "FLAG", "mn": "АНХААР"},
    "status.NOTE": {"en": "NOTE", "mn": "ТЭМДЭГЛЭЛ"},
    "audit.check": {"en": "Check", "mn": "Шалгалт"},
    "audit.status": {"en": "Result", "mn": "Үр дүн"},
    "audit.arithmetic": {"en": "Arithmetic", "mn": "Тооцоо"},
    "audit.conclusion": {"en": "Conclusion", "mn": "Дүгнэлт"},
    "audit.lines": {"en": "Lines", "mn": "Мөр"},
    "audit.rows": {"en": "Rows", "mn": "Мөрүүд"},
    "audit.reference": {"en": "Reference", "mn": "Лавлагаа"},
    "audit.note": {"en": "Context", "mn": "Нөхцөл"},
    "source_kind.archive": {"en": "Archive", "mn": "Архив"},
    "source_kind.newspaper": {"en": "Newspaper", "mn": "Сонин"},
    "source_kind.book": {"en": "Book", "mn": "Ном"},
    "source_kind.journal": {"en": "Journal", "mn": "Сэтгүүл"},
    "source_kind.web": {"en": "Web page", "mn": "Вэб хуудас"},
    "source_kind.statement": {"en": "Joint statement", "mn": "Хамтарсан мэдэгдэл"},
    "source_kind.law_policy": {"en": "Law or policy document", "mn": "Хууль, бодлогын баримт бичиг"},
    "ref.number": {"en": "No.", "mn": "№"},
    "ref.text": {"en": "Footnote as printed", "mn": "Зүүлт (эх бичвэрээр)"},
    "ref.text_en": {"en": "In English", "mn": "Англиар"},
    "ref.kind": {"en": "Kind", "mn": "Төрөл"},
    "ref.cited": {"en": "Cited at line", "mn": "Иш татсан мөр"},
    "ref.series": {"en": "Series", "mn": "Цуваа"},
    "ref.publisher": {"en": "Publisher and series id", "mn": "Эх сурвалж, цувааны код"},
    "ref.window": {"en": "Years", "mn": "Хугацаа"},
    "ref.licence": {"en": "Licence", "mn": "Лиценз"},
    "ref.caveats": {"en": "Caveats", "mn": "Анхааруулга"},
    "ref.taken": {"en": "Taken from", "mn": "Хаанаас авсан"},
    "ref.field": {"en": "Field", "mn": "Талбар"},
    "ref.type": {"en": "Type", "mn": "Төрөл"},
    "ref.description": {"en": "Description", "mn": "Тайлбар"},
    "ref.rules": {"en": "Rules", "mn": "Шалгуур"},
    "ref.table": {"en": "Table", "mn": "Хүснэгт"},
    "ref.rows": {"en": "Rows", "mn": "Мөр"},
    "ref.unit": {"en": "Unit", "mn": "Нэгж"},
    "param.name": {"en": "Parameter", "mn": "Параметр"},
    "param.default": {"en": "Default", "mn": "Анхдагч утга"},
    "param.meaning": {"en": "Meaning", "mn": "Утга учир"},
    "param.lang": {"en": "language of every label: en or mn", "mn": "бүх бичвэрийн хэл: en эсвэл mn"},
    "param.currency": {"en": "currency of money figures: JPY or USD, each figure converted at its own year's rate", "mn": "мөнгөн дүнгийн валют: JPY эсвэл USD, тоо бүрийг өөрийн оны ханшаар хөрвүүлнэ"},
    "param.price_basis": {"en": "nominal, or constant US dollars of base_year (US CPI); constant needs currency=USD", "mn": "nominal (тухайн үеийн үнээр) эсвэл constant (base_year оны тогтмол үнээр, АНУ-ын CPI); constant нь currency=USD шаардана"},
    "param.base_year": {"en": "base year for constant prices; a year of the US CPI series", "mn": "тогтмол үнийн суурь он; АНУ-ын CPI цувааны аль нэг он"},
    "param.start_year": {"en": "first year shown on the visits and timeline charts", "mn": "айлчлал, он дарааллын графикт харуулах эхний он"},
    "param.end_year": {"en": "last year shown on the visits and timeline charts", "mn": "айлчлал, он дарааллын графикт харуулах сүүлийн он"},
    "source.wdi_oda": {"en": "World Bank WDI DT.ODA.ODAT.CD (OECD DAC), current USD, net disbursements, all donors", "mn": "Дэлхийн банк, WDI DT.ODA.ODAT.CD (ЭЗХАБ-ын DAC), тухайн үеийн ам.доллар, бүх хандивлагчийн цэвэр олголт"},
    "source.nso": {"en": "National Statistics Office of Mongolia, DT_NSO_1400_006V3 (thousand USD)", "mn": "Үндэсний статистикийн хороо, DT_NSO_1400_006V3 (мянган ам.доллар)"},
    "source.cow": {"en": "Correlates of War Dyadic Trade v4.0 (peacesciencer)", "mn": "«Correlates of War» (COW) төслийн хоёр талын худалдааны цуваа v4.0 (peacesciencer)"},
    "legend.flagged": {"en": "flagged in the audit", "mn": "шалгалтад анхааруулсан"},
    "legend.inferred_end": {"en": "length stated, end inferred", "mn": "урт заасан, төгсгөлийг тооцоолсон"},
    "at_rate": {"en": "about {amount} at the {year} rate", "mn": "{year} оны ханшаар ойролцоогоор {amount}"},
    "ref.source": {"en": "Source", "mn": "Эх сурвалж"},
    # units and money words
    "unit.JPY": {"en": "yen", "mn": "иен"},
    "unit.USD": {"en": "US dollars", "mn": "ам.доллар"},
    "unit.%": {"en": "%", "mn": "%"},
    "unit.count": {"en": "", "mn": ""},
    "unit.years": {"en": "years", "mn": "жил"},
    "unit.t/year": {"en": "t a year", "mn": "тн/жил"},
    "unit.rate": {"en": "yen per dollar", "mn": "иен/доллар"},
    "scale.billion": {"en": "billion", "mn": "тэрбум"},
    "scale.million": {"en": "million", "mn": "сая"},
    "qualifier.about": {"en": "about", "mn": "орчим"},
    "qualifier.over": {"en": "over", "mn": "гаруй"},
    "qualifier.almost": {"en": "almost", "mn": "шахам"},
    "price.constant": {"en": "{base_year} prices", "mn": "{base_year} оны үнээр"},
    "as_printed": {"en": "as printed", "mn": "өгүүлэлд бичсэнээр"},
    "cumulative_rate_caveat": {
        "en": "Cumulative totals are converted at a single year's rate: an approximation, since the aid was given over many years at other rates.",
        "mn": "Хуримтлагдсан дүнг нэг оны ханшаар хөрвүүлсэн нь ойролцоо тооцоо: тусламж олон жилийн турш өөр ханшаар олгогдсон.",
    },
    # source lines under charts
    "source.article": {"en": "Source: B. Serjav (2017)", "mn": "Эх сурвалж: Б.Сэржав (2017)"},
    "source.line": {"en": "line", "mn": "мөр"},
    "source.lines": {"en": "lines", "mn": "мөр"},
    "source.footnote": {"en": "footnote", "mn": "зүүлт"},
    "source.footnotes": {"en": "footnotes", "mn": "зүүлт"},
    "source.rates": {"en": "rates: FRED AEXJPUS/EXJPUS", "mn": "ханш: FRED AEXJPUS/EXJPUS"},
    "source.cpi": {"en": "prices: US CPI-U (BLS)", "mn": "үнэ: АНУ-ын CPI-U (BLS)"},
    # release: the "cite this" line, the PDF and the Excel workbook
    "release.cite": {"en": "Cite as: {title}, version {version} ({date}), from B. Serjav (2017).",
                     "mn": "Иш татах: «{title}», хувилбар {version} ({date}), Б.Сэржав (2017)-ын өгүүллээс."},
    "release.pdf": {"en": "PDF of this edition", "mn": "Энэ хэвлэлийн PDF"},
    "release.contents": {"en": "Contents", "mn": "Агуулга"},
    "release.sheet_readme": {"en": "README", "mn": "Тайлбар"},
    "release.title": {"en": "Title", "mn": "Гарчиг"},
    "release.version": {"en": "Version", "mn": "Хувилбар"},
    "release.released": {"en": "Released", "mn": "Гаргасан огноо"},
    "release.source": {"en": "Source article", "mn": "Эх өгүүлэл"},
    "release.licence": {"en": "Licence", "mn": "Лиценз"},
    "release.how_to_cite": {"en": "How to cite", "mn": "Иш татах"},
    "release.tables": {"en": "Tables (one sheet each)", "mn": "Хүснэгтүүд (тус бүр нэг хуудас)"},
    "release.rows": {"en": "{rows} rows", "mn": "{rows} мөр"},
    "release.dates": {"en": "A date given to the day is stored as a date; a year or a month alone stays text (YYYY, YYYY-MM). Each column header carries its description and unit as a comment.",
                      "mn": "Өдрөөр нь өгсөн огноог огноо хэлбэрээр, зөвхөн он эсвэл сар өгсөн бол бичвэрээр (YYYY, YYYY-MM) хадгалав. Баганын гарчиг бүр тайлбар, нэгжээ тэмдэглэл болгон агуулна."},
    "release.unit": {"en": "Unit", "mn": "Нэгж"},
}

DECADE_SUFFIX_MN = {0: "аад", 10: "аад", 20: "иод", 30: "аад", 40: "өөд", 50: "иад", 60: "аад", 70: "аад", 80: "аад", 90: "ээд"}


def label(key: str, lang: str, **values) -> str:
    """The label in the language; `values` fill {placeholders}."""
    try:
        text = LABELS[key][lang]
    except KeyError as err:
        raise KeyError(f"no label {key!r} in {lang!r}") from err
    return text.format(**values) if values else text


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def month_year(year: int, month: int, lang: str) -> str:
    """'June 2016' or '2016 оны 6 дугаар сар'."""
    if lang == "mn":
        # the ordinal follows the vowels of the spoken number: нэг-, дөрөв-, ес-, арван нэг- take дүгээр
        suffix = "дүгээр" if month in (1, 4, 9, 11) else "дугаар"
        return f"{year} оны {month} {suffix} сар"
    return f"{MONTHS_EN[month - 1]} {year}"


def decade(year: int, lang: str) -> str:
    start = int(year) // 10 * 10
    return f"{start}s" if lang == "en" else f"{start}-{DECADE_SUFFIX_MN[start % 100]}"


def number(value: float, lang: str, digits: int = 0) -> str:
    """A number with thousands separators: 1,234.5 (en) or 1 234.5 (mn)."""
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\u202f") if lang == "mn" else text


def money(amount: float, currency: str, lang: str, price_year: int | None = None) -> str:
    """An amount in words a reader expects: '286.3 billion yen', '17.0 сая ам.доллар (2016 оны үнээр)'."""
    if math.isnan(amount):
        return ""
    for scale, size in (("billion", 1e9), ("million", 1e6)):
        if abs(amount) >= size:
            text = f"{number(amount / size, lang, 1)} {label('scale.' + scale, lang)} {label('unit.' + currency, lang)}"
            break
    else:
        text = f"{number(amount, lang)} {label('unit.' + currency, lang)}"
    if price_year is not None and not pd.isna(price_year):
        text += f" ({label('price.constant', lang, base_year=int(price_year))})"
    return text


def qualified(text: str, qualifier, lang: str) -> str:
    """'over 250.0 million US dollars' / '250.0 сая ам.доллар гаруй': the qualifier where each language puts it."""
    if not isinstance(qualifier, str) or not qualifier:
        return text
    word = label("qualifier." + qualifier, lang)
    return f"{word} {text}" if lang == "en" else f"{text} {word}"


def quantity(value: float, unit: str, qualifier: str | None, lang: str) -> str:
    """A non-money figure with its unit and qualifier: 'about 5,700', '1,000 t a year'."""
    digits = 0 if float(value).is_integer() else 1
    text = number(value, lang, digits)
    unit_label = label("unit." + unit, lang) if ("unit." + unit) in LABELS else unit
    if unit == "%":
        text += "%"
    elif unit_label:
        text += f" {unit_label}"
    return qualified(text, qualifier, lang)
