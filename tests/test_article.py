from mnjp.article import Article, article, metadata


def test_article_is_the_vendored_text():
    text = article()
    assert metadata()["year"] == 2017
    assert "45 жилийн хугацаа улиран одлоо" in text


def test_quote_found_on_each_line_it_starts():
    text = Article(article())
    sentence = "Монгол Улс Япон улстай дипломат харилцаа тогтоосноос хойш 45 жилийн хугацаа улиран одлоо."
    assert text.quote_lines(sentence) == [11, 628]


def test_quote_may_skip_a_page_break_with_an_ellipsis():
    text = Article(article())
    assert text.quote_lines("2010 оны 11 дүгээр … сард Ерөнхийлөгч Ц.Элбэгдоржийн") == [390]
    # the fragments must be close: a far-away second fragment does not count
    assert text.quote_lines("Харилцааны эхэн үе … Дүгнэлт") == []


def test_quote_not_in_article():
    assert Article(article()).quote_lines("Монгол Улс Япон улстай 46 жилийн") == []


def test_blank_lines_do_not_break_a_quote():
    text = Article("нэг хоёр\n\n гурав дөрөв\n")
    assert text.quote_lines("хоёр гурав") == [1]
    assert text.quote_lines("гурав") == [3]


def test_decomposed_input_matches_the_composed_article():
    import unicodedata

    text = Article("Япон улстай хамтын ажиллагаа\n")
    assert text.quote_lines(unicodedata.normalize("NFD", "Япон улстай")) == [1]


def test_first_difference_names_both_characters():
    text = Article("эхний мөр\nМонгол Улс Япон улстай\n")
    message = text.first_difference("Мoнгол Улс", 2)  # Latin o
    assert message == ("character 2 of the quote, after 'М', is 'o' U+006F LATIN SMALL LETTER O "
                       "where the article has 'о' U+043E CYRILLIC SMALL LETTER O (line 2)")
    assert "part 2 of the quote" in text.first_difference("Монгол … Япон улстaй", 2)
