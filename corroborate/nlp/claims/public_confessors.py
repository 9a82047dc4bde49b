"""A confession made in public by one the report told earlier as a victim: "China released
the publisher X, two years after he was kidnapped ... He re-emerged in a televised confession
in January 2016". A name told once as a victim, witness or official is otherwise never
accused afterwards (``Naming._name_at``, ``Reader.run``: a pronoun resolved to such a one
was resolved wrongly); but a confession read as public - the setting phrase attached to its
own cue ("a televised confession", "in a video in which he says") - is the speaker's own
word before the public, and the victim of one deed (an abduction, a detention) may confess to
another on camera. The subject of the clause the confession is told in is then read again
with the earlier sentences' descriptions set aside; one this sentence itself names as victim
or judge is still no confessor, nor is one a press conference's speaker tells of.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.claims.settings import Settings

__all__ = ["PublicConfessors"]

# Dependencies by which a clause hangs under another clause's verb - a verb of saying or
# alleging ("said ... had been shown confessing", "alleged that detainees were forced to
# confess"), or a noun's relative clause: the subject above them is no doer of the clause.
_CLAUSE_ENDS = frozenset({"ccomp", "csubj", "csubjpass", "relcl", "acl", "parataxis"})


class PublicConfessors(Settings):
    """Who a confession made in public keeps as accused though told before as another."""

    def _confessed_in_public(self, draft: Draft, here: set[str], drafts: list[Draft]) -> set[str]:
        """The accused of ``draft`` to keep though an earlier sentence described them as
        someone else: those of a confession whose own cue sets it in public, whom ``here``
        (this sentence's victims, judges, witnesses ...) does not name. A draft left with
        no accused gets its clause's subject, read without the earlier descriptions - unless
        another confession of the sentence ``drafts`` holds already has him: "X executed an
        extrajudicial confession" is read at the verb, which says where it was made."""
        if draft.kind != "confession" or draft.taken_back is not None:
            return set()
        setting = draft.setting or self._setting(draft.cue, "confession")
        if setting != "public":
            return set()
        if not draft.accused:
            speaker = self._public_speaker(draft.cue)
            confessed = {n.name for d in drafts if d.kind == "confession" for n in d.accused}
            if speaker is not None and speaker.name not in here | confessed:
                draft.add([speaker], "accused")
        return {n.name for role, n in draft.parties.values() if role == "accused"} - here

    def _public_speaker(self, cue: Token) -> Named | None:
        """The subject of the nearest verb over ``cue`` that has one ("He re-emerged in a
        televised confession"), read as though no earlier sentence had described anyone."""
        # the nearest verb over it with a subject: "He re-emerged" is parsed with "emerged"
        # an adverbial clause of "re", whose subject "He" is
        subject = None
        for verb in (t for t in [cue, *cue.ancestors] if t.pos_ in ("VERB", "AUX")):
            subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
            if subject is not None:
                break
            if verb.dep_ in _CLAUSE_ENDS:
                # "He said some of the men had been shown on television confessing": the
                # clause of the confession ends at "shown"; the one who says so above it is
                # its teller, not its confessor
                return None
        if subject is None:
            return None
        described = self.described
        self.described = set()
        try:
            found = self._name_at(subject)
        finally:
            self.described = described
        if found is None and subject.pos_ == "PRON":
            # "He re-emerged ...": the one the resolver reads the pronoun as, whom the
            # reading of names declined as described before
            name = self.resolver.resolve([subject])
            if name and name in self.names:
                found = Named(name, subject.idx, subject.idx + len(subject.text), resolved=True)
        return found
