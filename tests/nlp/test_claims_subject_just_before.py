"""A he or his that opens what its sentence says of people continues the main subject of the
sentence before, active or passive, where that is one accused of the report - not the accused
ruled on last (``Pronouns._subject_just_before``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of

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


def test_he_after_a_sentence_that_turns_to_one_accused(nlp: Language) -> None:
    # the subject before is a thing ("the hearing"); the one person it names is the focus
    text = _INDICTED + (
        "The hearing turned on Sikandar Ali Lund. In March, days after police released a "
        "video of him, he recorded a confessional statement before a judicial magistrate."
    )
    assert accused_of("confession", nlp, text) == {"Sikandar Ali Lund"}


_ACQUITTED = "LUSAKA - Joseph Mwale was acquitted of theft on Monday. "


def test_he_after_a_subject_named_for_the_first_time(nlp: Language) -> None:
    # the report turns to someone new, named as the main subject: "he" is that one. A
    # subject named for the first time is still no focus of a "he" (the rule cost the fifth
    # held-out set three outcomes and was taken out); since conf85 his admission before the
    # magistrate is his confession (``granted_before_court``), which makes him the one the
    # next "he" stands for - lifted from strict xfail
    text = _ACQUITTED + (
        "In a related case last month, scrap dealer Davies Tembo admitted before the "
        "magistrate that he bought the stolen cable. He was convicted on his own plea."
    )
    assert accused_of("ruling", nlp, text, "convicted") == {"Davies Tembo"}


def test_a_new_subject_is_not_the_he_of_his_own_quotation(nlp: Language) -> None:
    # guard: the commissioner named first speaks the quotation; "he" in it is the accused
    text = (
        "KITWE - Peter Zimba was charged with the robbery of a bank on Monday. Police "
        'Commissioner Lazarus Mwansa said Zimba had confessed. "He told our officers that '
        'he drove the car," Mr Mwansa said.'
    )
    assert "Lazarus Mwansa" not in accused_of("confession", nlp, text)


def test_a_surname_named_before_is_no_one_new(nlp: Language) -> None:
    # guard: "Mr Tembo" is the Tembo acquitted earlier, no newly named subject
    text = (
        "Ruth Tembo was acquitted of fraud, and Felix Banda was convicted of theft. "
        "Mr Tembo, her husband, gave no evidence. He was later convicted of perjury."
    )
    assert "Mr Tembo" not in accused_of("ruling", nlp, text, "convicted")


def test_he_said_after_a_quotation_of_several_sentences(nlp: Language) -> None:
    # the speaker of '"...", he said' is the subject before the quotation opens, not the
    # accused the report last ruled on
    text = (
        "Colm Reddy was charged with arson. Liam Foley, who pleaded guilty to the same "
        "arson, was jailed for two years. Giving evidence in his own defence, Reddy told the "
        "court he had been at home. \"I was nowhere near that house that night. I didn't "
        'know Liam had done anything until the police came," he said.'
    )
    assert {"Colm Reddy"} in _deniers(nlp, text)
