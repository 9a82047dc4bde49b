"""The grammar alibi57 added to denials told with no word of denying: an innocent account of
the deed - the accused came by the goods lawfully ("bought the spices with receipts", "in
good faith", "over the counter", "from licensed miners", "paid the going rate",
``claims.lawful_dealing``) - and three shapes of an alibi's time and place
(``claims.alibi_moments``): a bare "at the time" or "on the night", a participle the tagger
took for a noun, an activity whose object carries the place. Said only by the accused's side
of one already accused. Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_GOODS = "Police arrested trader Corin Vasey on Monday over stolen copper found at his yard. "
_KILLING = "Police arrested Corin Vasey over the killing of a guard at the depot on Monday night. "
_ROBBERY = "Police arrested Corin Vasey over the robbery of a fuel depot on Monday night. "


@pytest.mark.parametrize(
    "said",
    [
        "His lawyer said her client had bought the copper with receipts from a scrap dealer.",
        "His wife said he bought the wire in good faith from a man who showed papers.",
        "His son said his father had bought the metal over the counter, as he did every day.",
        "Counsel for Vasey said her client buys cable only from licensed dealers.",
        "His lawyer told the court that his client bought the coils at the market price and "
        "had receipts.",
        "His brother said Vasey bought scrap from a yard in Leeds and had invoices.",
        "His counsel told the jury that Vasey paid the going rate for every load.",
    ],
)
def test_a_lawful_deal_told_by_the_accused_side_denies(nlp: Language, said: str) -> None:
    assert accused_of("denial", nlp, _GOODS + said) == {"Corin Vasey"}


@pytest.mark.parametrize(
    "said",
    [
        # the police, a prosecutor or a witness telling the deal: no answer of his side
        "Police said Vasey had bought the copper at a low price from the thieves.",
        "The prosecutor said Vasey bought the wire with receipts that were forged.",
        "A witness, Tam Ruse, told the court Vasey bought the copper in good faith.",
        "Detective Tam Ruse told the court Vasey bought the copper over the counter.",
        # a deal with no mark of lawfulness, one refused, or one without its papers
        "His lawyer said his client had bought a new van last year.",
        "His lawyer said his client had not bought the copper with receipts.",
        "His lawyer said his client bought the wire without a bill.",
        # one the report accuses of nothing
        "His lawyer said the yard's owner, Tam Ruse, bought the copper with receipts.",
    ],
)
def test_no_lawful_deal_is_read_from_the_wrong_mouth_or_shape(nlp: Language, said: str) -> None:
    assert accused_of("denial", nlp, _GOODS + said) == set()


@pytest.mark.parametrize(
    "said",
    [
        "Vasey added that he had been at a friend's tea shop in Hull at the time.",
        "His lawyer said his client was attending a conference in Leeds on the night.",
    ],
)
def test_an_alibi_at_a_moment_told_before(nlp: Language, said: str) -> None:
    assert accused_of("denial", nlp, _KILLING + said) == {"Corin Vasey"}


def test_an_alibi_with_a_participle_the_tagger_read_as_a_noun(nlp: Language) -> None:
    said = "His wife said her husband was in Leeds buying fuel when the robbery took place."
    text = _ROBBERY + said
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


@pytest.mark.parametrize(
    "said",
    [
        # a police officer placing him there: no denial
        "An inspector said Vasey had been at a friend's tea shop in Hull at the time.",
        # a moment of its own: where he was arrested, not where he was at the crime
        "His lawyer said his client was at a tea shop in Hull at the time of his arrest.",
        "His lawyer said his client was attending a hearing in Leeds on the day he was charged.",
        # an activity with no place named
        "His lawyer said his client was attending a meeting of the board on the night.",
        # "the time" with a moment of its own after it
        "His lawyer said his client was at a tea shop in Hull at the time he was arrested.",
    ],
)
def test_no_alibi_from_a_stranger_or_another_moment(nlp: Language, said: str) -> None:
    assert accused_of("denial", nlp, _KILLING + said) == set()
