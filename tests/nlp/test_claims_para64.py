"""The "he" opening a sentence after a paragraph a newly named person opens (para64).

Read as that person only where the paragraph's opening sentence tells of the opener himself:
a clause after him has a "he" or "she" of the pronoun's gender for subject, and the sentence
holds no other one ("him", "the accused") and names no one else
(``paragraph_focus.tells_of_self``, asked by ``ParagraphFocus``). A paragraph opened by
someone acting on or telling of another - an officer, a neighbour, a doctor, an expert, a
spokesperson, an owner told by his loss - leaves the "he" to the accused the report followed.
Invented sentences and names; paraphrases (another verb of admitting or telling, a trailing
verb of saying, a she, another country) and near misses (each kind of opener above)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_LEDE = "Joseph Banda, 34, was charged with the theft of copper cable.\n\n"
_AFTER = " He was convicted and sentenced to five years."


@pytest.mark.parametrize(
    ("text", "name", "outcome"),
    [
        # a verb of admitting with its "that" clause, to investigators, in India
        (
            "Suresh Pillai was acquitted of fraud in May.\n\nRavi Menon, a contractor, "
            "confessed to investigators that he had paid the bribe. He was remanded in custody.",
            "Ravi Menon",
            "remanded",
        ),
        # another verb of telling, a phrase opening the paragraph, in Ghana
        (
            "Ama Owusu was cleared of theft.\n\nAt the same sitting, Kofi Boateng insisted he "
            "had only driven the van. He was fined 2,000 cedis.",
            "Kofi Boateng",
            "sentenced",
        ),
        # a she, a relative clause on the opener, "testified"
        (
            "Tomas Novak was convicted of bribery.\n\nEva Horakova, who kept the accounts, "
            "testified that she had signed the invoices. She was sentenced to a year.",
            "Eva Horakova",
            "sentenced",
        ),
        # a description apposed, her own statement told to the court
        (
            "Tomas Novak was convicted of bribery.\n\nThe woman at the centre of the case, "
            "Ana Lima, told the court on Friday that her statement to the police was written "
            "by an officer. She was remanded in custody until March.",
            "Ana Lima",
            "remanded",
        ),
        # the same with a "his", another verb of telling, in Kenya
        (
            "Peter Otieno was acquitted in June.\n\nJohn Kamau, a matatu driver, complained "
            "that his confession had been taken at gunpoint. He was remanded in custody.",
            "John Kamau",
            "remanded",
        ),
        # para65: only a "his" tells of himself - a signature, to a magistrate, in South Africa
        (
            "Lindiwe Dlamini was acquitted of fraud.\n\nThabo Nkosi, a clerk at the depot, "
            "told the magistrate that his signature on the statement had been forged. He was "
            "remanded in custody.",
            "Thabo Nkosi",
            "remanded",
        ),
        # para65: only a "her", a verb of alleging, in Brazil (reads by another path too)
        (
            "Maria Santos was acquitted of theft.\n\nFernanda Ribeiro, a cashier, alleged that "
            "her confession was extracted under threat. She was remanded in custody.",
            "Fernanda Ribeiro",
            "remanded",
        ),
    ],
)
def test_he_after_an_opener_telling_of_himself(
    nlp: Language, text: str, name: str, outcome: str
) -> None:
    assert accused_of("ruling", nlp, text, outcome) == {name}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Constable Peter Mwale arrested the suspect at his home in Kabwata.",  # acts on another
        "His neighbour, Peter Mwale, saw him loading the cable onto a truck.",  # "him"
        "Peter Mwale, a lecturer at the university, found the cable missing.",  # no "he"
        "Shop owner Peter Mwale lost cable worth K40,000 in the theft.",  # told by his loss
        "Dr Peter Mwale examined the injured guard at the hospital.",
        "Police spokesperson Peter Mwale confirmed the arrest.",
        # tells of the accused, by a noun for him
        "Investigating officer Peter Mwale told the court the accused led police to the cable.",
        # another person named beside the opener: either may be the "he"
        "Peter Mwale told the court he had seen Kennedy Phiri at the yard.",
        # para65: a possessive not of the "He"'s gender tells of someone else
        "Peter Mwale told the court that her account of the theft was false.",
    ],
)
def test_no_new_focus_after_an_opener_telling_of_another(nlp: Language, paragraph: str) -> None:
    assert accused_of("ruling", nlp, _LEDE + paragraph + _AFTER, "convicted") == {"Joseph Banda"}
