"""A he or his that opens what its sentence says of people continues the main subject of the
sentence before, active or passive, where that is one accused of the report - not the accused
ruled on last (``Pronouns._subject_just_before``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of

_RULED = (
    "QUETTA: The High Court on Monday acquitted former councillor Mir Akbar Jamali of the "
    "murder of a shopkeeper but upheld the conviction of his driver, Ghulam Nabi. The bench "
    "maintained the life sentence of Ghulam Nabi. "
)


def _deniers(nlp: Language, text: str) -> list[set[str]]:
    return [
        {p.name for p in c.participants if p.role == "accused"}
        for c in claims_of(nlp, text) if c.kind == "denial"
    ]  # fmt: skip


def test_his_counsel_after_a_passive_sentence_about_one_accused(nlp: Language) -> None:
    text = _RULED + (
        "Jamali was released from jail hours after the verdict. His lawyer, Tariq Mehmood, "
        "said his client had always maintained his innocence."
    )
    assert {"Mir Akbar Jamali"} in _deniers(nlp, text)


def test_a_subject_who_is_no_accused_binds_nothing(nlp: Language) -> None:
    # guard: the prosecutor was the subject before; "his" is left to the other readings
    text = _RULED + (
        "Prosecutor Imran Baloch was disappointed by the acquittal. He said Jamali had "
        "always denied the charges."
    )
    assert "Imran Baloch" not in set().union(*_deniers(nlp, text))


_INDICTED = (
    "SUKKUR: An anti-terrorism court on Tuesday indicted Ghulam Murtaza Mahar and Sikandar "
    "Ali Lund in the case of the attack on a police post. The court declared a third man, "
    "Wazir Ahmed Jatoi, a proclaimed offender. "
)


def _confessors(nlp: Language, text: str) -> set[str]:
    return {
        p.name for c in claims_of(nlp, text) if c.kind == "confession"
        for p in c.participants if p.role == "accused"
    }  # fmt: skip


def test_he_after_a_sentence_that_turns_to_one_accused(nlp: Language) -> None:
    # the subject before is a thing ("the hearing"); the one person it names is the focus
    text = _INDICTED + (
        "The hearing turned on Sikandar Ali Lund. In March, days after police released a "
        "video of him, he recorded a confessional statement before a judicial magistrate."
    )
    assert _confessors(nlp, text) == {"Sikandar Ali Lund"}
