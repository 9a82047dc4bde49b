"""A confession told as what an accused says in a recording: "Police released a video in
which X says the escape was planned for a month", "a video was broadcast in which he said he
had been trained by a banned group", "a clip in which he is seen admitting that he planted the
bomb". What an accused says about the case on a recording released to the public is reported
as his video confession (public), whatever words tell the deed; the setting comes from the
recording noun (``Settings._where_which``: "in the video").

Read from the parse: a verb of saying, admitting or confessing (``kinds.reporting_cues``,
``admission_verbs``, ``confess_verbs``), or a verb of seeing or hearing on one
(``footage_verbs``: "is seen admitting"), in a relative clause "in which" on a recording noun
(``footage_nouns``). When a phrase between them breaks the parse ("a video in which X, seated
against a wall, says ...": the name taken for the relative clause, "says" for the sentence's
root), the name the "in which" clause is hung on is the speaker. Not negated, clearing no one
(``Answers._denied_in_content``: "a video in which he says he is innocent"), and only a
speaker the report has already accused: a victim's relative appeals in a video too.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft, confession_of
from corroborate.nlp.claims.recordings import footage_relative

__all__ = ["Footage"]


class Footage(Answers):
    """What an accused says in a recording, as his public confession."""

    def _said_on_footage(self, verb: Token, lemma: str, drafts: list[Draft]) -> list[Draft]:
        """A confession draft for the accused who says ``verb`` in a recording; ``drafts``:
        the sentence's claims so far, whose accused count ("arrested X ..., and a video was
        broadcast in which he said ...")."""
        lex = self.lex
        speaking = self.kinds.reporting_cues | lex.admission_verbs | lex.confess_verbs
        if lemma not in speaking or any(c.dep_ == "neg" for c in verb.children):
            return []
        relative = footage_relative(verb, lex)
        if relative is None:
            return []
        clauses = [v for c in verb.children if c.dep_ == "ccomp" for v in (c, *c.conjuncts)]
        if self._denied_in_content(verb) or any(
            c.dep_ == "neg"
            or c.lemma_.lower() in lex.innocence_nouns
            or lex.verdict_adjectives.get(c.lemma_.lower()) == "acquitted"  # "he is innocent"
            for v in clauses
            for c in v.children
        ):
            return []  # "a video in which he says he never met them", "... he is innocent"
        if relative.pos_ == "PROPN" and relative.dep_ in ("relcl", "appos"):
            # "in which X, seated on a chair, says": the name itself, not what it renames
            named = self._name_at(relative)
            speakers = [named] if named is not None else []
        elif relative.pos_ in ("VERB", "AUX"):
            speakers = self._agents(relative) or self._patients(relative)  # "he is seen"
        else:
            speakers = self._names(relative)  # the subject the phrase hangs on
        here = {n.name for d in drafts for n in d.accused}
        accused = [n for n in speakers if n.name in self.accused_so_far | here]
        return confession_of(verb, accused)
