"""Sentence, paragraph and token spans into the original text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.ingest.sentences import split_paragraphs, split_sentences, tokens


def sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_do_not_end_sentences():
    text = ("Mr. Kim met Gen. Lee, Lt. Park, Sen. Rep. Smith and Dr. Who at St. Petersburg on Jan. 5 and "
            "Feb. 6 and Sept. 7. They agreed.")
    assert sents(text) == [text[:text.index(" They")], "They agreed."]


def test_us_un_and_titles():
    text = "Talks between U.S. President Donald Trump and the U.N. envoy ended. It was late."
    assert sents(text) == ["Talks between U.S. President Donald Trump and the U.N. envoy ended.", "It was late."]


def test_dotted_acronym_ends_sentence_before_an_opener():
    assert sents("Sanctions were imposed by the U.S. The talks collapsed.") == [
        "Sanctions were imposed by the U.S.", "The talks collapsed."]


def test_initials_decimals_numbers():
    text = "George W. Bush spoke. The tariff was 80.5 per cent. It is No. 3 on the list, e.g. here. Done."
    assert sents(text) == ["George W. Bush spoke.", "The tariff was 80.5 per cent.",
                           "It is No. 3 on the list, e.g. here.", "Done."]


def test_list_markers_and_ambiguous_abbreviations():
    assert sents("1. The first point.\n2. The second point.") == ["1. The first point.", "2. The second point."]
    assert sents("A. The first option. B. The second.") == ["A. The first option.", "B. The second."]
    assert sents("The answer was no. The talks failed.") == ["The answer was no.", "The talks failed."]
    assert sents("No. 10 Downing Street said so. Then.") == ["No. 10 Downing Street said so.", "Then."]


def test_times_and_vs():
    assert sents("They met at 5 p.m. on Monday. Russia vs. Ukraine was next.") == [
        "They met at 5 p.m. on Monday.", "Russia vs. Ukraine was next."]


def test_quotes_after_full_stop():
    text = "“We will not tolerate it,” Joly said. “Since this was brought to us, we acted.” Next day."
    assert sents(text) == ["“We will not tolerate it,” Joly said.", "“Since this was brought to us, we acted.”",
                           "Next day."]


def test_question_and_exclamation_inside_quote_before_lowercase():
    assert sents("“Why?” he asked. “Go!” she said.") == ["“Why?” he asked.", "“Go!” she said."]


def test_ellipsis():
    assert sents("sealing off Taiwan by air and sea … and severely violates it. Then more.") == [
        "sealing off Taiwan by air and sea … and severely violates it.", "Then more."]
    assert sents("He paused... Then he spoke.") == ["He paused...", "Then he spoke."]


def test_headlines_and_section_labels_are_their_own_sentences():
    text = "The Koreas\n\nIt’s Official: Kim Jong-un Will Visit Russia in May\n\nA spokesman has confirmed it."
    assert sents(text) == ["The Koreas", "It’s Official: Kim Jong-un Will Visit Russia in May",
                           "A spokesman has confirmed it."]


def test_single_newline_breaks_but_soft_wraps_join():
    text = "Headline without stop\nFirst paragraph ends here.\nThe second starts and is\nwrapped here."
    assert sents(text) == ["Headline without stop", "First paragraph ends here.",
                           "The second starts and is\nwrapped here."]


def test_offsets_point_into_original_text():
    text = "  \ufeffOne.   Two!\n\n\tThree?  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["One.", "Two!", "Three?"]


def test_paragraphs():
    text = "Title\n\nOne line\nwrapped.\nTwo.\n\n\nThree."
    assert [text[a:b] for a, b in split_paragraphs(text)] == ["Title", "One line\nwrapped.", "Two.", "Three."]


def test_tokens_keep_inner_hyphens_and_apostrophes():
    text = "Kim Jong-un visited Russia’s capital, and the U.S. didn't."
    toks = tokens(text)
    assert [t.text for t in toks][:5] == ["Kim", "Jong-un", "visited", "Russia’s", "capital"]
    assert all(text[t.start:t.end] == t.text for t in toks)
    sub = tokens(text, 4, 11)
    assert [t.text for t in sub] == ["Jong-un"]


def test_long_article_is_fine():
    text = " ".join(f"Sentence number {i} ends here." for i in range(10_000))
    assert len(split_sentences(text)) == 10_000


def test_empty():
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []
    assert split_paragraphs("") == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_and_spans_are_inside(text):
    prev_end = 0
    for a, b in split_sentences(text):
        assert prev_end <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        prev_end = b
    for a, b in split_paragraphs(text):
        assert 0 <= a < b <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "U.S.", "The", "end.", "“Quote.”", " ", "\n", "\n\n", "a", "3.5", "…",
                                 "W.", "Bush", "p.m.", "?", "!", "Sept.", "5", "said."]), max_size=40))
def test_punctuation_soup(parts):
    text = " ".join(parts)
    for a, b in split_sentences(text):
        assert 0 <= a < b <= len(text)
