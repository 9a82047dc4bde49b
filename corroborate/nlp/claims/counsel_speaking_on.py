"""Whom a lawyer speaking on speaks for: '"He never opened the gate," he said' right after
"The watchman's lawyer, Y, said he would appeal".

A quotation closed by a bare "he said" (or "she told reporters") is heard from the one who
spoke last in the sentences before (``kin_named.last_speaker_before``). Where that one is a
lawyer, the he or she of the quotation that clears is the lawyer's client - the person the
lawyer was named for in the sentence that named the lawyer: an owner ("X's lawyer"), a "for"
phrase ("counsel for X"), or a description the report tied to one accused ("the watchman's
lawyer", "counsel for the cashier": ``Sides._titled_owner``, ``Counsel._titled_for``). The
resolver would give the pronoun to the accused it followed last, often a co-accused named
between. Only one the report accuses already: the victim's lawyer speaks for no one accused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.kin_named import last_speaker_before
from corroborate.nlp.speakers import ONE_PERSON_PRONOUNS

if TYPE_CHECKING:
    from corroborate.nlp.claims.spoken_for import SpokenFor

__all__ = ["counsel_speaking_on"]


def counsel_speaking_on(reader: SpokenFor, speaker: Token) -> list[Named]:
    """The one client of the lawyer ``speaker`` (a he or she outside every quotation) speaks
    on as; [] where the one who spoke last is no lawyer, or names no client or several."""
    if speaker.lower_ not in ONE_PERSON_PRONOUNS:
        return []
    if any(start <= speaker.idx < end for start, end in reader.quotations):
        return []
    saying = reader.kinds.reporting_cues | reader.kinds.denial_cues
    before = last_speaker_before(speaker, saying)
    if before is None or reader.lex.role_nouns.get(before.lemma_.lower()) != "defence":
        return []
    found = [n for n in reader._lawyers_clients(before) if reader._is_person(n)]
    found = found or reader._titled_owner(before)
    clients = {n.name: n for n in found if n.name in reader.accused_so_far}
    return list(clients.values()) if len(clients) == 1 else []
