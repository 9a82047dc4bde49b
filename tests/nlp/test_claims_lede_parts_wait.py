"""A lede's counted parts named after a long stretch of background: "arrested a pharmacist and
a courier ... [the complainants' story, a quotation] ... against pharmacist X and courier Y ...
The two were produced ... who remanded them" - the count is the lede's two parts, named
(``lede_parts._WAITS``: twelve sentences, not five). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_LEDE = (
    "SALTA - Police on Monday arrested a pharmacist and a courier of a private clinic after "
    "a family found that the pills sold to them for their daughter were chalk. "
)
# eight sentences of the family's story: past the five a lede's parts used to wait
_STORY = (
    "Lucia Farias, 41, a seamstress, and her husband Ramon Farias, 44, had bought the pills "
    "for eight months. Their daughter is eleven. A doctor at the public hospital noticed in "
    "May that her fits had not eased. A laboratory tested the pills in June. "
    '"We paid for every box. We trusted them with our girl," Lucia Farias said. "She is '
    'better now. But nobody gives us back those months." '
)


def test_the_two_are_the_lede_s_parts_named_after_the_story(nlp: Language) -> None:
    text = (
        _LEDE
        + _STORY
        + "Prosecutors have opened a case against the clinic's owner Dr Hugo Ledesma, "
        "pharmacist Carla Benitez and courier Dario Quiroga. The two were produced before a "
        "magistrate, who remanded them in custody for ten days."
    )
    assert accused_of("ruling", nlp, text, "remanded") == {"Carla Benitez", "Dario Quiroga"}
    assert {"Carla Benitez", "Dario Quiroga"} <= accused_of("arrest", nlp, text)


def test_both_are_the_lede_s_parts_named_by_apposition(nlp: Language) -> None:
    # a paraphrase: each part named by "the NOUN, X" after the story, then "both"
    text = (
        _LEDE
        + _STORY
        + "The pharmacist, Carla Benitez, 36, kept the clinic's stock book. The courier, "
        "Dario Quiroga, 29, carried the boxes to the families. Both were sent to jail "
        "on Tuesday."
    )
    assert accused_of("ruling", nlp, text, "remanded") == {"Carla Benitez", "Dario Quiroga"}


def test_a_part_named_with_another_count_is_not_the_part(nlp: Language) -> None:
    # near miss: the lede counted two guards; one name after "the guards" is not that part,
    # however late it comes
    text = (
        "KITALE - Two guards and a cook have been charged with theft from the depot. "
        + _STORY
        + "The guards, Wafula Peter, had keys to the store."
    )
    assert "Wafula Peter" not in accused_of("charge", nlp, text)


def test_a_part_named_past_the_wait_is_no_one(nlp: Language) -> None:
    # near miss: twelve sentences on, a pharmacist is someone else the report tells of
    text = (
        _LEDE
        + _STORY
        + _STORY
        + "Prosecutors spoke to pharmacist Carla Benitez and courier Dario Quiroga."
    )
    assert accused_of("arrest", nlp, text) == set()


def test_a_victim_with_the_part_s_noun_is_not_the_part(nlp: Language) -> None:
    # near miss: the sentence makes the courier a victim - never the lede's courier
    text = (
        _LEDE
        + _STORY
        + "A courier, Dario Quiroga, was beaten by the clinic's guards when he complained."
    )
    assert "Dario Quiroga" not in accused_of("arrest", nlp, text)
