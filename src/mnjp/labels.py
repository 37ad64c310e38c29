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
    "col.usd_at_rate": {"en": "US dollars at the year's rate", "mn": "Тухайн оны ханшаар, ам.доллар"},
    "col.rate": {"en": "Yen per dollar", "mn": "Нэг ам.долларын ханш, иен"},
    "col.usd_constant": {"en": "US dollars of {base_year}", "mn": "{base_year} оны үнээр, ам.доллар"},
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
    "col.id": {"en": "Quote", "mn": "Эх бичвэр"},
    "link.line": {"en": "line {line}", "mn": "мөр {line}"},
    "link.quote": {"en": "quote", "mn": "эх бичвэр"},
    "col.quote_mn": {"en": "Quote (Mongolian, verbatim)", "mn": "Эх бичвэрээс (үгчлэн)"},
    "col.quote_en": {"en": "Quote (English translation)", "mn": "Англи орчуулга"},
    "col.quote_ja": {"en": "Quote (Japanese translation)", "mn": "Япон орчуулга"},
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
    "context.cow_mn_imports": {"en": "Mongolia's imports from Japan (Correlates of War)", "mn": "Монголын Японоос оруулсан импорт («Correlates of War»)"},
    "context.cow_jp_imports": {"en": "Japan's imports from Mongolia, all goods (Correlates of War)", "mn": "Японы Монголоос оруулсан импорт, бүх бараа («Correlates of War»)"},
    "context.nso_title": {"en": "Mongolia's exports to Japan, and Japan's share of all its exports (NSO)", "mn": "Монголын Япон руу гаргасан экспорт, нийт экспортод Японы эзлэх хувь (ҮСХ)"},
    "context.nso_exports": {"en": "Mongolia's exports to Japan, million US dollars", "mn": "Монголын Япон руу гаргасан экспорт, сая ам.доллар"},
    "context.nso_share": {"en": "Japan's share of Mongolia's exports (%)", "mn": "Монголын нийт экспортод Японы эзлэх хувь (%)"},
    "context.epa": {"en": "Partnership Agreement in force", "mn": "Түншлэлийн хэлэлцээр хүчин төгөлдөр болсон"},
    "context.oda_title": {"en": "Net official development assistance received by Mongolia from all donors (World Bank)", "mn": "Монголын бүх хандивлагчаас авсан цэвэр хөгжлийн тусламж (Дэлхийн банк)"},
    "context.oda_summed": {"en": "dark: years summed in the comparison (to {last})", "mn": "бараан: харьцуулалтад нэмсэн он ({last} он хүртэл)"},
    "context.oda_axis": {"en": "million US dollars a year (current)", "mn": "сая ам.доллар, жилээр (тухайн үеийн)"},
    "context.log_scale": {"en": "logarithmic scale", "mn": "логарифм хуваарь"},
    "context.cow_turnover": {"en": "Trade both ways, all goods (Correlates of War)", "mn": "Хоёр талын нийт худалдаа, бүх бараа («Correlates of War»)"},
    "axis.usd_of_year": {"en": "million US dollars of {year}", "mn": "сая ам.доллар ({year} оны үнээр)"},
    "trade.chart_1989_title": {"en": "Trade in {year}: the article's cashmere imports are {ratio} times the turnover they belong to", "mn": "{year} оны худалдаа: өгүүлэл дэх ноолуурын импорт өөрийгөө багтаах ёстой нийт эргэлтээс {ratio} дахин их"},
    "context.article_point": {"en": "the article", "mn": "өгүүлэл"},
    "status.PASS": {"en": "PASS", "mn": "НИЙЦСЭН"},
    "status.FLAG": {"en": "FLAG", "mn": "АНХААРУУЛГА"},
    "status.NOTE": {"en": "NOTE", "mn": "ТЭМДЭГЛЭЛ"},
    "audit.check": {"en": "Check", "mn": "Шалгалт"},
    "audit.status": {"en": "Result", "mn": "Үр дүн"},
    "audit.arithmetic": {"en": "Arithmetic", "mn": "Тооцоо"},
    "audit.conclusion": {"en": "Conclusion", "mn": "Дүгнэлт"},
    "audit.lines": {"en": "Lines", "mn": "Мөр"},
    "audit.rows": {"en": "Rows", "mn": "Мөрүүд"},
    "audit.reference": {"en": "Reference", "mn": "Лавлагаа"},
    "audit.note": {"en": "Context", "mn": "Нөхцөл"},
    # the audit chapter's sections: one per flag and note, in plain words
    "audit.says": {"en": "What the article says", "mn": "Өгүүлэлд бичсэн нь"},
    "audit.misfit": {"en": "What does not fit", "mn": "Нийцэхгүй зүйл"},
    "audit.notice": {"en": "What to notice", "mn": "Анхаарах зүйл"},
    "audit.sum": {"en": "The arithmetic", "mn": "Тооцоо"},
    "audit.meaning": {"en": "What it may mean", "mn": "Боломжит тайлбар"},
    "audit.source_link": {"en": "the source", "mn": "эх сурвалж"},
    "audit.table_fold": {"en": "All {n} checks in one table", "mn": "Бүх {n} шалгалт нэг хүснэгтэд"},
    "audit.rule.sources_not_before_statements": {"en": "The dated sources the article cites", "mn": "Өгүүлэлд иш татсан огноотой эх сурвалж"},
    "audit.visit": {"en": "the visit of {person}", "mn": "айлчлал ({person})"},
    "audit.undated": {"en": "no date", "mn": "огноогүй"},
    "field.year": {"en": "year", "mn": "он"},
    "field.month": {"en": "month", "mn": "сар"},
    "field.day": {"en": "day", "mn": "өдөр"},
    "field.period_start": {"en": "first year of the period", "mn": "эхлэх он"},
    "field.period_end": {"en": "last year of the period", "mn": "дуусах он"},
    "audit.parts_add_up.FLAG.title": {"en": "The parts of the aid total add up to less than the total", "mn": "Тусламжийн бүрэлдэхүүн хэсгүүдийн нийлбэр нийт дүнгээс бага"},
    "audit.parts_add_up.FLAG.misfit": {"en": "The article gives a total and its parts; the parts fall short of the total by {difference}.", "mn": "Өгүүлэлд нийт дүн, түүний бүрэлдэхүүн хэсгүүдийг өгсөн; хэсгүүдийн нийлбэр нийт дүнгээс бага, зөрүү нь {difference}."},
    "audit.parts_add_up.FLAG.sum": {"en": "{parts} add up to {summed}. The article states a total of {total}, which is {difference} more ({share}% of the total).", "mn": "{parts} нийлээд {summed} болно. Өгүүлэлд нийт дүнг {total} гэжээ; зөрүү нь {difference} (нийт дүнгийн {share}%)."},
    "audit.parts_add_up.FLAG.meaning": {"en": "A part may be missing from the list, a figure may be misprinted, or the total may count something the parts do not. The article does not say which; the chapter on aid shows the parts and the total side by side.", "mn": "Жагсаалтаас нэг хэсэг орхигдсон, аль нэг тоо буруу хэвлэгдсэн, эсвэл нийт дүнд хэсгүүдэд ороогүй зүйл орсон байж болно. Өгүүлэлд аль нь болохыг заагаагүй; тусламжийн бүлэгт хэсгүүд, нийт дүнг зэрэгцүүлэн харуулав."},
    "audit.within_whole.FLAG.title": {"en": "The cashmere imports as printed are {ratio} times the trade they are part of", "mn": "Ноолуурын импорт өгүүлэлд бичсэнээр өөрийгөө багтаах ёстой худалдааны эргэлтээс {ratio} дахин их"},
    "audit.within_whole.FLAG.misfit": {"en": "A part cannot be larger than the whole it belongs to: {part_name} cannot exceed {whole_name}.", "mn": "Хэсэг нь бүхлээсээ их байж болохгүй, гэтэл энд хэсэг ({part_name}) нь бүхлээсээ ({whole_name}) их байна."},
    "audit.within_whole.FLAG.sum": {"en": "The article gives {part_value} for the part and {whole_value} for the whole: the part is {ratio} times the whole.", "mn": "Өгүүлэлд хэсгийг {part_value}, бүхлийг {whole_value} гэжээ: хэсэг нь бүхлээсээ {ratio} дахин их."},
    "audit.within_whole.FLAG.meaning": {"en": "Both figures cannot be right. One may be misprinted (a unit or a digit), or the two may come from sources that count differently. The trade chapter sets them beside the Correlates of War series, which puts all of Japan's imports from Mongolia that year far below the cashmere figure.", "mn": "Хоёр тоо хоёулаа зөв байж чадахгүй. Аль нэг нь буруу хэвлэгдсэн (нэгж эсвэл орон), эсвэл хоёр тоо өөр өөр аргаар тоолсон эх сурвалжаас авсан байж болно. Худалдааны бүлэгт эдгээрийг «Correlates of War» цуваатай зэрэгцүүлсэн бөгөөд тэр цуваагаар Японы тухайн жил Монголоос оруулсан бүх импорт ноолуурын дүнгээс хамаагүй бага."},
    "audit.implied_rate.NOTE.title": {"en": "The dollar value of the {year} grant fits a rate of part of that year, not the year's average", "mn": "{year} оны буцалтгүй тусламжийн долларын дүн жилийн дундаж биш, зарим сарын ханштай нийцнэ"},
    "audit.implied_rate.NOTE.misfit": {"en": "The article gives the grant in yen and, “at the rate of the time”, in dollars. That rate is not the average of {year}.", "mn": "Өгүүлэлд буцалтгүй тусламжийг иенээр, мөн «тухайн үеийн ханшаар» ам.доллараар өгсөн. Энэ ханш {year} оны дундаж ханш биш."},
    "audit.implied_rate.NOTE.sum": {"en": "{jpy} for {usd} is {implied} yen to the dollar ({low} to {high}, allowing for the rounding of the dollar figure). The average rate of {year} was {annual}; its monthly averages ran from {month_low} to {month_high}.", "mn": "{jpy}, {usd} гэсэн хоёр дүнгээс нэг ам.доллар {implied} иен гэсэн ханш гарна (долларын дүнг тоймлосныг тооцвол {low}–{high}). {year} оны дундаж ханш {annual}, сарын дундаж ханш {month_low}–{month_high} байв."},
    "audit.implied_rate.NOTE.meaning": {"en": "“The rate of the time” was probably the rate of the months when the grant was agreed or paid, early in the year, when the yen was weaker.", "mn": "«Тухайн үеийн ханш» гэдэг нь тусламжийн тухай тохиролцсон эсвэл олгосон, иен сул байсан оны эхний саруудын ханш байх магадлалтай."},
    "audit.mentions_agree.FLAG.title": {"en": "Two mentions of one programme give different periods", "mn": "Нэг хөтөлбөрийг хоёр газар өөр хугацаатай дурдсан"},
    "audit.mentions_agree.FLAG.misfit": {"en": "The article names “{name}” twice, with different dates.", "mn": "Өгүүлэлд дараах хөтөлбөрийг хоёр удаа өөр огноотой дурдсан: {name}."},
    "audit.mentions_agree.FLAG.sum": {"en": "At line {line1} the {fields} is {first}; at line {line2} it is {second}.", "mn": "Нэг газар (мөр {line1}) {fields} нь {first}, нөгөө газар (мөр {line2}) {second}."},
    "audit.mentions_agree.FLAG.meaning": {"en": "One of the two is likely a slip. The data keep both mentions; the chapters count the event once, with the period of its main record.", "mn": "Аль нэг нь алдаа байх магадлалтай. Өгөгдөлд хоёуланг нь хадгалсан; бүлгүүдэд үйл явдлыг үндсэн бичлэгийн хугацаагаар нь нэг удаа тоолсон."},
    "audit.mentions_agree.NOTE.title": {"en": "A second mention gives no date: {name}", "mn": "Давтан дурдахдаа огноо заагаагүй: {name}"},
    "audit.mentions_agree.NOTE.misfit": {"en": "Nothing disagrees: the article mentions this again without a date, so the two cannot be compared.", "mn": "Зөрүү алга: өгүүлэлд үүнийг дахин огноогүйгээр дурдсан тул хоёрыг харьцуулах боломжгүй."},
    "audit.mentions_agree.NOTE.sum": {"en": "At line {line1} the article dates it {first}; at line {line2} it mentions it again with no date.", "mn": "Нэг газар (мөр {line1}) {first} гэж огноолсон; нөгөө газар (мөр {line2}) огноо заагаагүй."},
    "audit.mentions_agree.NOTE.meaning": {"en": "The two mentions are one event; the chapters count it once, at the date given.", "mn": "Хоёр газар нэг үйл явдлыг дурдсан; бүлгүүдэд үүнийг заасан огноогоор нь нэг удаа тоолсон."},
    "audit.date_matches_claim.FLAG.title": {"en": "The date of {name} differs from a dated official source", "mn": "Огноо нь албан ёсны эх сурвалжтай зөрж байна: {name}"},
    "audit.date_matches_claim.FLAG.misfit": {"en": "The article and a dated official source give different dates.", "mn": "Өгүүлэл, огноотой албан ёсны эх сурвалж хоёр өөр огноо өгсөн."},
    "audit.date_matches_claim.FLAG.sum": {"en": "The article dates it {mine}; the source ({source}) dates it {theirs}.", "mn": "Өгүүлэлд {mine}, эх сурвалжид ({source}) {theirs} гэж огноолсон."},
    "audit.date_matches_claim.FLAG.meaning": {"en": "Either date may be a slip, or the two may describe different occasions.", "mn": "Аль нэг огноо алдаатай, эсвэл хоёр өөр үйл явдлыг заасан байж болно."},
    "audit.compare_series.FLAG.title": {"en": "The cashmere imports as printed are {ratio} times all of Japan's recorded imports from Mongolia", "mn": "Ноолуурын импорт Японы Монголоос оруулсан бүх импортын бүртгэлээс {ratio} дахин их"},
    "audit.compare_series.FLAG.misfit": {"en": "The article's figure is far larger than a public series of the same trade allows.", "mn": "Өгүүллийн тоо ижил худалдааны нээлттэй цувааны зөвшөөрөх хэмжээнээс хамаагүй их."},
    "audit.compare_series.NOTE.title": {"en": "The {year} trade turnover is of the order of the Correlates of War series", "mn": "{year} оны худалдааны эргэлт «Correlates of War» цуваатай ижил хэмжээтэй"},
    "audit.compare_series.NOTE.misfit": {"en": "Nothing is wrong: the figure is within a factor of two of a public series that is itself uncertain for these years.", "mn": "Алдаа алга: тоо нь тэр үеийн хувьд өөрөө тодорхой бус нээлттэй цуваатай хоёр дахин хүрэхгүй зөрүүтэй."},
    "audit.compare_series.sum": {"en": "The article gives {mine}; the Correlates of War series gives {theirs} for {year}: the article's figure is {ratio} times the series.", "mn": "Өгүүлэлд {mine} гэжээ; «Correlates of War» цувааны мэдээгээр {year} онд {theirs}: өгүүллийн тоо цуваанаас {ratio} дахин их."},
    "audit.compare_series.sum_less": {"en": "The article gives {mine}; the Correlates of War series gives {theirs} for {year}: the article's figure is {ratio} of the series.", "mn": "Өгүүлэлд {mine} гэжээ; «Correlates of War» цувааны мэдээгээр {year} онд {theirs}: өгүүллийн тоо цувааны {ratio} орчим."},
    "audit.compare_series.FLAG.meaning": {"en": "As printed the cashmere figure is not plausible; perhaps a unit or a digit differs.", "mn": "Бичсэнээр нь авбал ноолуурын тоо үнэмшилгүй; нэгж эсвэл орон зөрсөн байж магадгүй."},
    "audit.compare_series.NOTE.meaning": {"en": "The series bounds the figure rather than settling it.", "mn": "Цуваа нь тоог баталгаажуулахгүй, зөвхөн хүрээг нь заана."},
    "audit.period_from_duration.NOTE.title": {"en": "The article gives the length of a programme, not its end: {name}", "mn": "Хөтөлбөрийн уртыг заасан боловч дуусах хугацааг заагаагүй: {name}"},
    "audit.period_from_duration.NOTE.misfit": {"en": "Nothing disagrees; the end of the programme is not printed and has to be inferred.", "mn": "Зөрүү алга; хөтөлбөр дуусах хугацааг бичээгүй тул тооцоолж гаргах шаардлагатай."},
    "audit.period_from_duration.NOTE.sum": {"en": "{years} years from {start} run to {end}.", "mn": "{start_from} хойш {years} жил гэвэл {end} хүртэл."},
    "audit.period_from_duration.NOTE.meaning": {"en": "The end is inferred, not stated; the timeline chapter draws it as inferred.", "mn": "Дуусах хугацааг өгүүлэлд заагаагүй, тооцоолсон; он дарааллын бүлэгт үүнийг тооцоолсон гэж ялган харуулав."},
    "audit.publication_not_before_event.NOTE.title": {"en": "Newspapers printed the joint communiqué before the date counted as the establishment of relations", "mn": "Хамтарсан мэдээг харилцаа тогтоосон гэж тооцсон өдрөөс өмнө сонинд нийтэлсэн"},
    "audit.publication_not_before_event.NOTE.misfit": {"en": "{early} of the {total} newspaper reports the article cites are dated before the event they announce.", "mn": "Өгүүлэлд иш татсан {total} сонины мэдээний {early} нь мэдээлж буй үйл явдлаасаа өмнөх огноотой."},
    "audit.publication_not_before_event.NOTE.sum": {"en": "The event is dated {event}; the reports are dated {dates}.", "mn": "Үйл явдлын огноо: {event}; мэдээний огноо: {dates}."},
    "audit.publication_not_before_event.NOTE.meaning": {"en": "Both can be right if the text was released before the formal act; the report keeps the article's date for the event.", "mn": "Баримт бичгийг албан ёсны үйл ажиллагаанаас өмнө нийтэлсэн бол хоёулаа зөв байж болно; тайланд үйл явдлын огноог өгүүлэлд бичсэнээр нь авсан."},
    "audit.value_in_claim.NOTE.title": {"en": "A news report gives another count of Japanese companies", "mn": "Мэдээнд Японы компанийн өөр тоо дурдсан"},
    "audit.value_in_claim.NOTE.misfit": {"en": "The source gives other figures, not the article's; they count different things.", "mn": "Эх сурвалжид өгүүллийн тоо биш, өөр тоо бий; тэдгээр нь өөр зүйлийг тоолсон."},
    "audit.value_in_claim.NOTE.sum": {"en": "The article gives {mine}; the source gives other figures ({source}).", "mn": "Өгүүлэлд {mine} гэжээ; эх сурвалжид ({source}) өөр тоо бий."},
    "audit.value_in_claim.NOTE.meaning": {"en": "Neither figure is shown wrong; they answer different questions.", "mn": "Аль нь ч буруу гэж нотлогдоогүй; хоёр тоо өөр асуултад хариулна."},
    "audit.amount_near_claim.NOTE.title": {"en": "The aid total in dollars is of the order of a news report's figure", "mn": "Долларт хөрвүүлсэн тусламжийн нийт дүн мэдээний дүнтэй ижил хэмжээтэй"},
    "audit.amount_near_claim.NOTE.misfit": {"en": "Nothing disagrees, but the two cannot be matched exactly: one is a cumulative total in yen, the other a rounded figure in dollars.", "mn": "Зөрүү алга, гэхдээ хоёрыг яг тааруулах боломжгүй: нэг нь иенээр илэрхийлсэн хуримтлагдсан дүн, нөгөө нь ам.доллараар тоймлосон дүн."},
    "audit.amount_near_claim.NOTE.sum": {"en": "{mine} at the {year} rate ({rate} yen to the dollar) is {usd}; the source gives {theirs}.", "mn": "{mine} нь {year} оны ханшаар (нэг ам.доллар {rate} иен) {usd}; эх сурвалжид {theirs}."},
    "audit.amount_near_claim.NOTE.meaning": {"en": "Aid given over decades was worth more or fewer dollars at each year's rate; one year's rate only gives the scale.", "mn": "Олон арван жилд олгосон тусламжийн долларын үнэ жил бүрийн ханшаар өөр байсан; нэг оны ханш зөвхөн хэмжээг нь заана."},
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
    "glue.name": {"en": "Glued name", "mn": "Хувьсагчийн нэр"},
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
    "at_rate": {"en": "{amount} at the {year} rate", "mn": "{year} оны ханшаар {amount}"},
    "ref.source": {"en": "Source", "mn": "Эх сурвалж"},
    # the glossary of names (data/glossary/names.csv), shown on the method page
    "glossary.en": {"en": "English", "mn": "Англиар"},
    "glossary.mn": {"en": "Mongolian", "mn": "Монголоор"},
    "glossary.ja": {"en": "Japanese", "mn": "Японоор"},
    "glossary.ja_source": {"en": "Source of the Japanese form", "mn": "Япон хэлбэрийн эх сурвалж"},
    "glossary.source_claims": {"en": "stored official and press pages, row {row}", "mn": "хадгалсан албан ба хэвлэлийн эх сурвалж, мөр {row}"},
    "glossary.source_article": {"en": "the article, line {line}", "mn": "өгүүлэл, мөр {line}"},
    "glossary.source_project": {"en": "this project's rendering", "mn": "төслийн буулгалт"},
    # units and money words
    "unit.JPY": {"en": "yen", "mn": "иен"},
    "unit.USD": {"en": "US dollars", "mn": "ам.доллар"},
    "unit.%": {"en": "%", "mn": "%"},
    "times": {"en": "{n} times", "mn": "{n} дахин"},
    "unit.percent_word": {"en": "per cent", "mn": "хувь"},
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
    # visits and timeline charts
    "visits.not_mentioned": {"en": "not mentioned", "mn": "дурдаагүй"},
    "word.and": {"en": "and", "mn": "ба"},
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
    # the data dictionary's rules, in words
    "rule.required": {"en": "required", "mn": "заавал бөглөнө"},
    "rule.unique": {"en": "unique", "mn": "давхардахгүй"},
    "rule.enum": {"en": "one of: {values}", "mn": "дараахын нэг: {values}"},
    "rule.minimum": {"en": "at least {value}", "mn": "хамгийн багадаа {value}"},
    "rule.maximum": {"en": "at most {value}", "mn": "хамгийн ихдээ {value}"},
    "rule.pattern": {"en": "written as {value}", "mn": "бичих хэлбэр: {value}"},
    "rule.date": {"en": "a date that exists, as precise as the article gives it (YYYY, YYYY-MM or YYYY-MM-DD)",
                  "mn": "бодит огноо, өгүүлэлд өгсөн нарийвчлалаар (он, он-сар эсвэл он-сар-өдөр)"},
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


THOUSANDS = {"en": ",", "mn": "\u202f"}  # one separator per edition: text, tables and charts alike
SCALES = (("billion", 1e9), ("million", 1e6))
# Mongolian puts "гаруй" (over) right after the number ("250 гаруй сая"), the other
# qualifiers before the currency ("4.3 тэрбум шахам иен").
MN_AFTER_NUMBER = {"over"}


def number(value: float, lang: str, digits: int = 0) -> str:
    """A number with the edition's thousands separator: 1,234.5 (en) or 1 234.5 (mn)."""
    return f"{value:,.{digits}f}".replace(",", THOUSANDS[lang])


def _whole(x: float) -> bool:
    return abs(x - round(x)) < 1e-6


def _scaled(amount: float, scale: str | None, digits: int | None) -> tuple[str, str]:
    """(number, scale word key or '') at the given scale, or at the largest scale at which the
    amount is whole (a printed figure keeps its precision), else one decimal of the largest."""
    sizes = dict(SCALES)
    if scale is None:
        fitting = [(name, size) for name, size in SCALES if abs(amount) >= size]
        whole = [(name, size) for name, size in fitting if _whole(amount / size)]
        scale, size = (whole or fitting or [("", 1.0)])[0]
    else:
        size = sizes[scale] if scale else 1.0
    value = amount / size
    if digits is None:
        digits = 0 if _whole(value) else 1
    return number(value, "en", digits), scale


def money(amount: float, currency: str, lang: str, price_year: int | None = None, qualifier: str | None = None,
          scale: str | None = None, digits: int | None = None) -> str:
    """An amount as a careful editor prints it: 'over 250 million US dollars', '286,282 million yen',
    '4.3 тэрбум шахам иен', '17 сая ам.доллар (2016 оны үнээр)'.

    A whole figure keeps its printed precision; a converted one gets one decimal. `scale`
    ('billion', 'million', '') and `digits` fix the form, so that parts and their total shown
    together add up.
    """
    if math.isnan(amount):
        return ""
    figure, scale = _scaled(amount, scale, digits)
    figure = figure.replace(",", THOUSANDS[lang])
    words = [figure] + ([label("scale." + scale, lang)] if scale else []) + [label("unit." + currency, lang)]
    if isinstance(qualifier, str) and qualifier:
        word = label("qualifier." + qualifier, lang)
        if lang == "en":
            words.insert(0, word)
        else:
            words.insert(1 if qualifier in MN_AFTER_NUMBER else len(words) - 1, word)
    text = " ".join(words)
    if price_year is not None and not pd.isna(price_year):
        text += f" ({label('price.constant', lang, base_year=int(price_year))})"
    return text


def qualified(text: str, qualifier, lang: str) -> str:
    """'over 70' / '70 гаруй': a number's qualifier where each language puts it (for money, use
    `money(..., qualifier=)`, which places it inside the amount)."""
    if not isinstance(qualifier, str) or not qualifier:
        return text
    word = label("qualifier." + qualifier, lang)
    return f"{word} {text}" if lang == "en" else f"{text} {word}"


def quantity(value: float, unit: str, qualifier: str | None, lang: str) -> str:
    """A non-money figure with its unit and qualifier: 'about 5,700', '1,000 t a year', '70 гаруй хувь'."""
    digits = 0 if float(value).is_integer() else 1
    text = qualified(number(value, lang, digits), qualifier, lang)
    unit_label = label("unit." + unit, lang) if ("unit." + unit) in LABELS else unit
    if unit == "%":
        # "over 70%", but in Mongolian a qualified share reads "70 гаруй хувь"
        return text + (" " + label("unit.percent_word", lang) if lang == "mn" and qualifier else "%")
    return f"{text} {unit_label}" if unit_label else text
