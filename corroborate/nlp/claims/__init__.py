"""Claims: every legal or criminal act a sentence reports, with the part each party plays.

``find_claims(doc, mentions)`` reads the dependency parse once and returns typed ``Claim``
records: who a court acquitted, convicted, sentenced or released on bail (the object of an
active ruling, the subject of a passive one, the owner of the sentence it upheld or set
aside); who was charged, arrested, declared an absconder, accused or suspected; who
confessed and where; who did the killing and who was killed; and who is only the judge, a
lawyer, a prosecutor, an investigator, a witness, a relative or an official. Co-ordinated
names ("X, Y and Z were acquitted") each get the role. The words are the lexicon's
(``corroborate.lexicon.legal``); the rules read grammar only, never a particular name.

What comes out is the one place the project decides who a sentence accuses; the ledger
(``ledger/claims.py``) is a pure function over these records.

Names come from the document's mentions; a pronoun or "the accused" is resolved to the person
the document is about (``SpeakerResolver``); a run of proper nouns in a party's place that
the mention finder missed ("Nadeem") is returned as an extra mention, so that the ledger
can resolve it like any other name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from corroborate.nlp.claims.person_typed import people_typed
from corroborate.nlp.claims.reader import Reader
from corroborate.records import Claim, Mention

__all__ = ["find_claims", "read_claims"]


def find_claims(doc: Doc, mentions: list[Mention]) -> tuple[list[Claim], list[Mention]]:
    """The claims of ``doc`` (in text order) and the mentions they needed that ``mentions``
    lacked (proper names in a party's place that NER missed)."""
    claims, missed, _ = read_claims(doc, mentions)
    return claims, missed


def read_claims(
    doc: Doc, mentions: list[Mention]
) -> tuple[list[Claim], list[Mention], dict[tuple[int, int], str]]:
    """``find_claims``, with the description noun each person mention is written beside, by
    the mention's offsets ("The agent, X": "agent"), for ``Mention.description``."""
    people_typed(doc, mentions)  # a name the mentions typed a person, NER a place or body
    reader = Reader(doc, mentions)
    claims, missed = reader.run()
    return claims, missed, reader.mention_nouns
