"""A confession its maker's side says he made only because of coercion
(``claims.confessed_under``): "X told the court he had confessed only because officers
threatened his wife", "she said she confessed under pressure", "he said he confessed after
detectives beat him" - the accused takes it back though the clause is a verb of confessing,
not negated, and names no statement. Near misses: a reason that is no coercion ("because he
felt guilty", "after detectives showed him the video"), a witness or the police who say so,
a negated harm, a confession with no reason at all. Invented sentences and names; none read
a retraction on 17c17f74."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_BRNO = "Jan Kovar is on trial in Brno for the robbery of a post office. "
_HAARLEM = "Femke Smit is on trial in Haarlem for poisoning her neighbour's dogs. "
_AALBORG = (
    "Erik Sorensen is charged in Aalborg with arson at a warehouse. "
    "Sorensen confessed to police after his arrest. "
)
_COMILLA = "Rashid Mahmud was arrested in Comilla over the murder of a shopkeeper. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            _BRNO + "Kovar told the court he had confessed only because officers threatened "
            "to arrest his wife.",
            "Jan Kovar",
        ),
        (_BRNO + "Kovar said he confessed after detectives beat him.", "Jan Kovar"),
        (
            _HAARLEM + "Smit testified that she admitted the poisoning only because police "
            "promised to release her.",
            "Femke Smit",
        ),
        (_HAARLEM + "In court, Smit said she confessed under pressure.", "Femke Smit"),
        (
            _AALBORG + "He now says he only confessed because investigators threatened his family.",
            "Erik Sorensen",
        ),
        (
            _COMILLA + "Mahmud told the tribunal that he had confessed before the magistrate "
            "after being tortured in remand.",
            "Rashid Mahmud",
        ),
        (
            _COMILLA + "His lawyer said Mahmud confessed only after officers threatened to "
            "harm his mother.",
            "Rashid Mahmud",
        ),
    ],
)
def test_a_confession_said_made_under_coercion_is_taken_back(
    nlp: Language, text: str, name: str
) -> None:
    assert accused_of("retraction", nlp, text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        # a reason that is no coercion
        _BRNO + "Kovar said he confessed because he felt guilty.",
        _BRNO + "Kovar told the court he confessed after detectives showed him the video.",
        # no reason told
        _BRNO + "Kovar told investigators he had robbed the post office.",
        # the harm negated
        _BRNO + "Kovar said he confessed after officers had not beaten him at all.",
        # a witness, the police or the prosecutor tell it: nothing of the accused's
        _HAARLEM + "A witness said Smit confessed only because the police threatened her.",
        _HAARLEM + "The prosecutor said Smit confessed after police promised nothing.",
        # a victim's confession of something else is not the accused's
        _HAARLEM + "Smit said her neighbour Anna Bos confessed under pressure to a lie.",
    ],
)
def test_no_coercion_or_not_the_accused_side_takes_nothing_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
