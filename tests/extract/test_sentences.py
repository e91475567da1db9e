"""Sentence splitting keeps offsets and respects abbreviations and quotes."""

from briefing.extract.sentences import is_credit_line, paragraphs, split_sentences


def _split(text: str) -> list[str]:
    out = []
    for para in paragraphs(text):
        out.extend(s.text for s in split_sentences(text, para, len(out)))
    return out


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Gov. Ana Silva met Dr. Li Wen in the U.S. capital on Oct. 3. They talked. Mr. Ruiz left."
    assert _split(text) == ["Gov. Ana Silva met Dr. Li Wen in the U.S. capital on Oct. 3.", "They talked.",
                            "Mr. Ruiz left."]


def test_quotes_close_with_their_sentence() -> None:
    text = '"We agree. We will act," she said. "It is done."'
    assert _split(text) == ['"We agree.', 'We will act," she said.', '"It is done."']


def test_offsets_point_into_text() -> None:
    text = "Head line\n\n  First one. Second one!  \n\nThird?"
    for para in paragraphs(text):
        for sent in split_sentences(text, para, 0):
            assert text[sent.start:sent.end] == sent.text


def test_credit_lines() -> None:
    assert is_credit_line("Photo/Lena Brandt")
    assert is_credit_line("By Ellen Marsh")
    assert is_credit_line("(Reporting by A B; Editing by C D)")
    assert is_credit_line("(Xinhua)")
    assert not is_credit_line("By the end of the year, the port will open.")
    assert not is_credit_line("(END)")


def test_a_page_that_lost_the_space_after_a_stop_still_splits_there() -> None:
    text = ("The mayor received the envoy, who brought a letter, which he accepted.Rune conveyed greetings. "
            "See karsbrook.gov.Uk and e.g.The rest.")
    pieces = [s.text for s in split_sentences(text, paragraphs(text)[0], 0)]
    assert pieces == ["The mayor received the envoy, who brought a letter, which he accepted.",
                      "Rune conveyed greetings.", "See karsbrook.gov.Uk and e.g.The rest."]
