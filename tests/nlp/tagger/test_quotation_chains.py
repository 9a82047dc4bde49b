"""A speaker's quotation over several sentences, through the whole pipeline (parser, tagger,
decoding): the sentence of quoted words that follows '"A," X said.' is X's, not that of the
next cue in the paragraph, nor of a cue in the next paragraph."""

from __future__ import annotations

from spacy.language import Language

from corroborate.records import Attribution


def _by_cue(nlp: Language, text: str) -> dict[str, list[str]]:
    found: list[Attribution] = nlp(text)._.attributions
    return {" ".join(text[s:e] for s, e in a.cue): [text[s:e] for s, e in a.content] for a in found}


def test_the_second_quotation_is_not_the_next_cues_content(nlp: Language) -> None:
    text = (
        '"The bridge will not open this year," said Maria Lopez, the engineer who oversaw the'
        ' works and who argued that the budget had been cut. "We found cracks in two of the'
        ' pillars."'
    )
    contents = _by_cue(nlp, text)
    assert contents["said"] == [
        '"The bridge will not open this year,"',
        '"We found cracks in two of the pillars."',
    ]
    assert contents["argued"] == ["that the budget had been cut"]


def test_a_quotation_that_ends_a_paragraph_is_not_the_next_paragraphs(nlp: Language) -> None:
    text = (
        'Farmers marched to the capital on Friday. "We cannot sell our grain at these prices,"'
        ' a farmer told reporters. "Our children will leave the land."\n\nIn his weekly'
        " address, the minister said that prices would rise in the spring."
    )
    contents = _by_cue(nlp, text)
    assert contents["told"] == [
        '"We cannot sell our grain at these prices,"',
        '"Our children will leave the land."',
    ]
    assert contents["said"] == ["that prices would rise in the spring"]


def test_a_quotation_in_the_paragraph_after_a_colon(nlp: Language) -> None:
    text = (
        "The union leader addressed the crowd on Sunday. She said:\n\n"
        '"We will not go back to work until the wages are paid."'
    )
    contents = _by_cue(nlp, text)
    assert contents["said:"] == ['"We will not go back to work until the wages are paid."']
