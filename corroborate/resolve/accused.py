"""The people a report reads as accused by a strong role (``read_as_accused``): what lets a
one-word name be a person of the ledger though no report completes it ("Izharullah", "the
four accused including ... and Izharullah"), and lets a lone name stand for a full name with
less company (``resolve.lone``). Read from the report's stored mentions and claims, never its
text: the claim reader (``nlp.claims``) read the grammar once, at ingest.
"""

from __future__ import annotations

from collections.abc import Iterable

from corroborate.lexicon.legal import legal
from corroborate.records import Claim
from corroborate.resolve.blocking import Node
from corroborate.resolve.nodes import DocumentMentions, mention_nodes, node_name

__all__ = ["read_as_accused", "strongly_accused"]

# Claims that act on a person by name: a court convicts, acquits or sentences them, the
# police charge, book or arrest them. An accusation is one only when it lists several
# accused ("the accused including A, B and C"): alone, it may be a victim's grounds ("after
# accusing him of blasphemy") or someone's word. A crime told with its doer, a confession
# or a denial is not: a denial names whoever earlier claims accused, and the others are the
# kinds a victim or a speaker is most often misread in.
_ACTING_KINDS = frozenset({"ruling", "charge", "arrest"})
_LISTED_KIND = "accusation"
_LISTED_AT_LEAST = 2
# The label of a name the claim reader found where the mention stage found none
# (``nlp.claims.naming``).
_CLAIM_READERS_OWN = "claim"
# How a mention's second name was declared when "X alias Y" declared it (``nlp.mentions``).
_ALIAS_KIND = "alias"


def strongly_accused(claims: Iterable[Claim]) -> set[str]:
    """The names (as ``resolve`` makes them, ``node_name``) of the parties claims read as
    accused by a strong role, less those any of them reads as a victim (a report that tells
    someone both did and suffered it settles nothing)."""
    strong: set[str] = set()
    victims: set[str] = set()
    for claim in claims:
        accused = [p for p in claim.participants if p.role == "accused" and not p.members]
        if claim.kind in _ACTING_KINDS and (claim.kind != "ruling" or claim.outcome):
            strong |= {node_name(p.name) for p in accused}
        elif claim.kind == _LISTED_KIND and len(accused) >= _LISTED_AT_LEAST:
            strong |= {node_name(p.name) for p in accused}
        victims |= {node_name(p.name) for p in claim.participants if p.role == "victim"}
    return strong - victims - {""}


def _accused_at_all(claims: Iterable[Claim]) -> set[str]:
    """The names of the parties any claim reads as accused and none as a victim."""
    accused = {node_name(p.name) for c in claims for p in c.participants
               if p.role == "accused" and not p.members}  # fmt: skip
    victims = {node_name(p.name) for c in claims for p in c.participants if p.role == "victim"}
    return accused - victims - {""}


def read_as_accused(doc: DocumentMentions) -> frozenset[Node]:
    """The people ``doc`` reads as accused: written with an accused noun ("Convict Imran",
    "prime accused Imran"), or named as a party its claims read as accused by a strong role
    and never as a victim (``strongly_accused``) by a mention the mention stage found: a
    capitalised word only the claim reader took for a name (label "claim": "Q" of an
    interview, an outlet's byline) may be no one. A name declared with an alias ("his
    accomplice, Deepak alias Kaalu") that a claim reads as accused is one too, whatever the
    claim: the police and the courts identify an accused by an alias, never a victim or a
    relative."""
    accused_nouns = legal().accused_nouns
    strong = strongly_accused(doc.claims) if doc.claims else set()
    aliased = _accused_at_all(doc.claims) if doc.claims else set()
    out: set[Node] = set()
    for m in doc.mentions:
        found = mention_nodes(m)
        if not found or found[0][0] != "person":
            continue
        words = m.text.split()
        if (
            (found[0][1] in strong and m.label != _CLAIM_READERS_OWN)
            or (len(words) >= 2 and words[0].lower() in accused_nouns)
            or (m.alias_kind == _ALIAS_KIND and found[0][1] in aliased)
        ):
            out.add(found[0])
    return frozenset(out)
