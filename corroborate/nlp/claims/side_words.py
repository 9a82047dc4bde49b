"""A denying word said by the accused's side, told by its tie to him: "His lawyer, Advocate
Y, said his client had never dealt in liquor", "X's wife, Z, said her husband had never
touched a sack", "Zubair's elder brother, W, said the driver had never stopped anywhere".

Where a statement holds a word of denying (``nlp.denial_words``: "never", "false",
"denied" ...) the ledger keeps it as a denial of the one who speaks (``ledger.link``). The
speaker is found there by the name the source's words hold: "X's lawyer" finds X, so X's
counsel denies for X; but "X's lawyer, Y," finds Y, the longer name, and "His lawyer, Y,"
or '"...," the lawyer said' find only the lawyer - whose denial answers for no accused.
The parse knows whom that side speaks for (``SpokenFor._side_of``: the owner of "his
lawyer", "X's wife", "counsel for X"); this reads the same denying words there, once, for
the one the side is tied to - only one the report accuses already, never the victim's kin
or a prosecutor's side (``Answers._denied_in_content``'s guards).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.spoken_for import SPEAKING_FOR, may_speak_for_the_accused
from corroborate.nlp.denial_words import denies_in_words
from corroborate.nlp.grammar import NOUN_SUBJECTS, PLACE_ENTITIES
from corroborate.nlp.quotes import said_after, said_before
from corroborate.records import Range

__all__ = ["SideWords"]

_TO_A_PLACE = frozenset({"to", "at", "near", "inside"})


def _a_state_not_a_place(head: Token) -> bool:
    """Whether a said clause is a being that puts no one at a place nor denies a part: "had
    never been in trouble in his life" tells a character, while "had never been to the depot",
    "was never in Karachi" or "was a spectator, never a bookie" deny his part."""
    if head.lemma_.lower() != "be" or any(c.dep_ == "attr" for c in head.children):
        return False  # a deed, or a part denied: "was a spectator, never a bookie"
    for prep in (c for c in head.children if c.dep_ == "prep"):
        if prep.lower_ in _TO_A_PLACE:
            return False
        if any(o.ent_type_ in PLACE_ENTITIES for o in prep.children if o.dep_ == "pobj"):
            return False
    return True


class SideWords:
    """The accused's side's words of denying, given to the one it speaks for."""

    # defined by the reader's other mixins (``SpokenFor``, ``Counsel``, ``Reader``)
    lex: LegalLexicon
    accused_so_far: set[str]
    quotations: list[Range]
    _speaker_of: Callable[[Token], Token | None]
    _spoken_for_by: Callable[[Token], Token]
    _side_of: Callable[[Token], list[Named]]
    _for_another_side: Callable[[Token], bool]
    _kin_of_no_accused: Callable[[Token], bool]

    def _denied_by_his_side(self, verb: Token) -> list[Named]:
        """Whom a verb of saying's words of denying answer for, where its speaker is a
        lawyer or relative noun ("his counsel", "X's wife", "the lawyer"): the accused that
        side belongs to, not the speaker. A side that speaks for no one the report accuses
        (the victim's brother) answers for no one."""
        speaker = self._speaker_of(verb)
        if speaker is None:
            return []
        speaker = self._spoken_for_by(speaker)
        roles = self.lex.role_nouns
        named = speaker
        if roles.get(speaker.lemma_.lower()) not in SPEAKING_FOR:
            # "Y, X's lawyer, said ...": the side noun apposed to the speaker's name
            speaker = next((c for c in speaker.children if c.dep_ == "appos"
                            and roles.get(c.lemma_.lower()) in SPEAKING_FOR), speaker)  # fmt: skip
        if roles.get(speaker.lemma_.lower()) not in SPEAKING_FOR:
            return []
        if named.i == speaker.i and not any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in speaker.children
        ):
            # an unnamed side ("X's lawyer said", "his wife said") is the content readers'
            # to weigh, with their near misses ("never told anyone", "never hit the car");
            # only a side named apposed, whose name hides the client, is read here
            return []
        if self._for_another_side(speaker) or self._kin_of_no_accused(speaker):
            return []
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        # '"My client never loaded a bottle," the lawyer said': the quotation said
        clauses += said_before(verb, self.quotations) + said_after(verb, self.quotations)
        if any(s.dep_ in NOUN_SUBJECTS and s.lemma_.lower() in self.lex.company_nouns
               for c in clauses for s in c.children):  # fmt: skip
            return []  # "his lawyer said the company had never dumped any drums": the firm's
        if any(s.dep_ in NOUN_SUBJECTS and not may_speak_for_the_accused(s, roles)
               for c in clauses for s in c.children):  # fmt: skip
            return []  # "her lawyer said the prosecution had never questioned the trader"
        if clauses and all(_a_state_not_a_place(c) for c in clauses):
            return []  # "his client had never been in trouble in his life": his character
        said = " ".join(t.text for c in clauses for t in c.subtree)
        if not said or not denies_in_words(said):
            return []
        apposed = {t.i for c in speaker.children if c.dep_ == "appos" for t in c.subtree}
        return [
            n for n in self._side_of(speaker)
            if n.name in self.accused_so_far
            and not any(speaker.doc[i].idx == n.start for i in apposed)
        ]  # fmt: skip
