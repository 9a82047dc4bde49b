"""The lexicon: data files load into typed objects, and domain words live there."""

from __future__ import annotations

from corroborate.lexicon.legal import ROLES, legal


def test_legal_lexicon_loads_typed_lists() -> None:
    lex = legal()
    assert lex.ruling_verbs["acquit"] == "acquitted"
    assert "suspect" in lex.accused_nouns
    assert set(lex.role_nouns.values()) <= set(ROLES)
    assert all(isinstance(words, frozenset) for words in (lex.crime_verbs, lex.victim_words))


def test_claim_reader_holds_no_word_lists_of_its_own() -> None:
    """The claim reader asks the lexicon: its only sets are grammar (pronouns, modals,
    dependency labels), none of the lexicon's words."""
    import corroborate.nlp.claims as claims

    lex = legal()
    lexicon_words = (
        set(lex.ruling_verbs) | set(lex.charge_verbs) | set(lex.arrest_verbs)
        | lex.accused_nouns | lex.crime_verbs | lex.crime_nouns | set(lex.role_nouns)
        | lex.request_verbs
    )  # fmt: skip
    for name, value in vars(claims).items():
        if isinstance(value, frozenset):
            assert not value & lexicon_words, (name, sorted(value & lexicon_words))
