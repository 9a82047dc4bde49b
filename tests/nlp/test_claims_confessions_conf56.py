"""conf56's constructions of a confession told with where it was made somewhere the reader did
not look, on invented sentences, with their guards: a setting phrase the parser hangs on the
noun admitted, not on the verb of admitting ("X had "freely admitted" his role in a warn and
caution statement": ``admission_phrases.object_phrases``, read by
``OwnAdmissions._admits_own_deed_told_there`` and ``OwnAdmissions._own_part``); and an admission
told by a relative "in which" of a statement its maker recorded before a magistrate ("X recorded a
statement before a magistrate in which he admitted printing the cards":
``admission_phrases.statement_giver``) - his judicial confession, though the report has not
called him accused before."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_ONE = "Chanda Mwale was charged with aggravated robbery. "


@pytest.mark.parametrize(
    "text",
    [
        # the verb in quotation marks: the parser hangs "in a ... statement" on "role"
        _ONE + 'The commissioner told reporters that Mwale had "freely admitted" his role '
        "in a warn and caution statement.",
        _ONE + 'Police said Mwale had "openly admitted" his part in a caution statement.',
    ],
)
def test_setting_phrase_on_the_admitted_noun_sets_the_admission(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Chanda Mwale") == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # a part in a questioning the officer did, not a statement he made: no setting
        _ONE + 'Police said Mwale had "freely admitted" his role in the interrogation of '
        "the driver.",
        # a part in something named that is no crime
        _ONE + 'Police said Mwale had "freely admitted" his role in the club.',
    ],
)
def test_phrase_on_the_admitted_noun_that_names_no_statement(nlp: Language, text: str) -> None:
    assert "Chanda Mwale" not in accused_of("confession", nlp, text)


_TWO = "Rafiq Soomro was charged with fraud. "


@pytest.mark.parametrize(
    "text",
    [
        _TWO + "Kashif Mehmood, who runs a print shop, recorded a statement before a judicial "
        "magistrate last month in which he admitted printing the fake cards.",
        _TWO + "Kashif Mehmood recorded a statement under Section 164 before a magistrate in "
        "which he admitted forging the receipts.",
    ],
)
def test_admission_in_a_statement_recorded_before_a_magistrate(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Kashif Mehmood") == {"judicial"}


@pytest.mark.parametrize(
    "text",
    [
        # a witness's statement tells what he saw: no admitting
        _TWO + "Kashif Mehmood, a cashier, recorded a statement before a magistrate in which "
        "he said he saw Soomro forging the receipts.",
        # what another did to him, not his deed
        _TWO + "Kashif Mehmood recorded a statement before a magistrate in which he admitted "
        "that Soomro paid the clerk.",
        # a statement made in public: only one the report accuses confesses there
        _TWO + "Kashif Mehmood read a statement at a press conference in which he admitted "
        "that he was wrong.",
    ],
)
def test_statement_in_which_no_own_deed_is_admitted_before_a_magistrate(
    nlp: Language, text: str
) -> None:
    assert "Kashif Mehmood" not in accused_of("confession", nlp, text)
