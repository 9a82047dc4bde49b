"""Names an attribution's sentences give in passing: beside the act, not as its doer or as
the one it is about.

Read off the parse where the text is (``nlp.attribution_labels``), so that the facts leave these
names out of those the content gives (``nlp.facts``, ``AttributionFacts.named``), which the
ledger falls back on for the accused when the target names no one:

- the object of a preposition of company ("refused to work with the FBI in unlocking the
  phone of one of the attackers", "babies with a rare syndrome"): named beside the act; not
  "along with X" or "together with X", which joins X to the doers;
- a nationality, religion or people used as an adjective ("gangs of young Arab men") or
  said of a subject ("every Arab person is Muslim"): it describes, and names no party;
- a name before a singular accused noun that it modifies ("the Sandy Hook shooter", "the
  Orlando killer"): where or what the one accused is, never that one (as the claims read
  it, ``nlp.claims.naming`` and ``descriptions``);
- a proper noun, object of a preposition of place hung on a noun ("the massacre case in
  Uttar Pradesh", "the riots in X"): where the thing is; NER types many places
  organisations, and a place is never the accused.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.lexicon.targets import target_words
from corroborate.records import Range

__all__ = ["describes_the_accused", "named_in_passing"]

# "with" (the lexicon's ``company_prepositions``).
_COMPANY = target_words().company_prepositions
# "along with X", "together with X": X is one of the doers (the lexicon's ``joined_company``).
_JOINING = target_words().joined_company
# "in" (the lexicon's ``place_prepositions``).
_PLACE = target_words().place_prepositions
_ACCUSED_NOUNS = legal().accused_nouns  # "killer", "shooter"
# A word that modifies a noun ("young Arab men") or is said of a subject ("is Muslim").
_DESCRIBING = frozenset({"amod", "acomp", "attr"})


def named_in_passing(tokens: Iterable[Token]) -> list[Range]:
    """Character ranges of the names among ``tokens`` given in passing, in text order."""
    out: list[Range] = []
    for token in tokens:
        if token.dep_ == "pobj" and _of_company(token.head):
            out += [_noun_range(t) for t in [token, *token.conjuncts]]
        elif token.dep_ == "pobj" and token.pos_ == "PROPN" and _of_place(token.head):
            out += [_noun_range(t) for t in [token, *token.conjuncts]]
        elif token.ent_type_ == "NORP" and (token.dep_ in _DESCRIBING or token.pos_ == "ADJ"):
            out += [(t.idx, t.idx + len(t.text)) for t in [token, *token.conjuncts]]
        elif describes_the_accused(token):
            out.append((token.left_edge.idx, token.idx + len(token.text)))
    return sorted(set(out))


def describes_the_accused(name: Token) -> bool:
    """Whether the proper noun ``name`` (the last word of a name) modifies a singular accused
    noun after it ("the Sandy Hook shooter", "Orlando killer"): it tells where or what the
    accused is, and is never the accused. In the plural the name may be whose members they
    are ("al Shabaab gunmen", read as the organisation's). The noun is asked by its word,
    not its tag: the tagger may call "shooter" an adverb."""
    head = name.head
    return (
        name.dep_ == "compound"
        and name.pos_ == "PROPN"
        and head.i > name.i
        and head.lower_ in _ACCUSED_NOUNS
        and head.lower_ == head.lemma_.lower()  # one, not "al Shabaab gunmen": its members
    )


def _of_company(preposition: Token) -> bool:
    """Whether ``preposition`` is one of company on a verb ("work with X", "kill babies with
    X"), not joined to the doers ("along with") nor on a noun or a participle of relation
    ("links with X", "associated with X")."""
    if preposition.dep_ != "prep" or preposition.lower_ not in _COMPANY:
        return False
    if preposition.head.pos_ != "VERB" or preposition.head.tag_ == "VBN":
        # "close links with the PPP", "target killers associated with the PPP": the
        # partner of a relation (a noun's, a participle's), not company
        return False
    before = preposition.doc[preposition.i - 1] if preposition.i else None
    joined = before is not None and before.lower_ in _JOINING
    return not joined and not any(c.lower_ in _JOINING for c in preposition.children)


def _of_place(preposition: Token) -> bool:
    """Whether ``preposition`` says where a noun's thing or people are ("the case in X"),
    not where an act was done ("was killed in X" names the place too, but a verb's
    preposition may carry its doer: "involved in")."""
    return (
        preposition.dep_ == "prep"
        and preposition.lower_ in _PLACE
        and preposition.head.pos_ == "NOUN"
    )


def _noun_range(noun: Token) -> Range:
    """The range of a noun with the words before it that make its name ("the FBI", "Down
    Syndrome"), not the phrases after it ("X of Y": Y is not given in passing here)."""
    first = min([noun, *(c for c in noun.lefts if c.dep_ in ("compound", "flat", "det", "amod"))],
                key=lambda t: t.i)  # fmt: skip
    start = min(t.idx for t in first.subtree) if first.i != noun.i else noun.idx
    return start, noun.idx + len(noun.text)
