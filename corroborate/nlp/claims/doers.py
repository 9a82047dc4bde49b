"""Who did an act where the parse hides the doer, and whom a phrase accuses in passing.

``Doers`` adds to ``Answers`` the readings the small parser's trees do not give directly:
"helped X murder Y" (a bare infinitive the parser takes for a noun: X did it), "X was
lynched after accusing him of ..." (a pronoun in the grounds of an act told as a clause is
whom it was done to) and "the alleged role of X" (a part the report calls alleged accuses
whose it is).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["Doers"]


class Doers(Answers):
    """Doers the parse hides: of a helped act, of a part alleged; and whom a pronoun in an
    act's grounds stands for."""

    @staticmethod
    def _subject_tokens(verb: Token) -> list[Token]:
        return [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]

    def _done_to(self, verb: Token, patients: list[Named]) -> list[Named]:
        """A personal pronoun object of an accusing clause that has no subject of its own,
        hung on a passive act, stands for whom the act was done to: in "X was lynched by a
        mob after accusing him of blasphemy" "him" is X, whoever the report follows and
        though X is the act's victim. The grounds of an act told as a clause, as
        ``_grounds_of`` reads them told as a noun ("lynched on allegations of ...")."""
        text = self.doc.text
        pronouns = [n for n in patients if text[n.start : n.end].lower() in PERSONAL_PRONOUNS]
        if len(pronouns) != 1 or self._subject_tokens(verb):
            return patients
        act = {"pcomp": verb.head.head, "advcl": verb.head}.get(verb.dep_)
        if act is None or act.pos_ not in ("VERB", "AUX") or not self._passive(act):
            return patients
        done_to = [n for n in self._subjects(act) if self._is_person(n)]
        if not done_to:
            return patients
        pronoun = pronouns[0]
        rest = [n for n in patients if n is not pronoun]
        return rest + [Named(n.name, pronoun.start, pronoun.end, n.members) for n in done_to]

    def _helped_to(self, verb: Token) -> list[Draft]:
        """ "helped his uncle X murder Y", "helping his uncle, X, rape and murder a woman": a
        bare infinitive after the one helped, which the small parser takes for a noun ("X
        murder" as a compound) or hangs on the name. Read along the tokens: the people named
        right after the helping verb (passing determiners, possessives, describing nouns
        and commas), then a crime word in its bare form - they did it. With "to" the parse
        holds ("helped X to kill Y", ``_agents``' object control)."""
        lex = self.lex
        names: list[Named] = []
        for t in self.doc[verb.i + 1 : verb.sent.end]:
            m = self.by_token.get(t.i)
            if m is not None:
                full = self._full_name(m.name, m.start) if m.type == "person" else m.name
                named = Named(full, m.start, m.end)
                names += [] if named in names else [named]
                continue
            if names and t.lower_ in lex.crime_verbs:
                if t.dep_ == "compound" and t.head.pos_ == "NOUN":
                    return []  # "helped X, a murder suspect": a noun the word describes
                draft = Draft("crime", t)
                draft.add(names, "accused")
                draft.add(self._victim_after(t), "victim")
                return [draft]
            passable = t.text == "," or t.pos_ in ("DET", "ADJ") or t.tag_ == "PRP$"
            if not (passable or (t.pos_ == "NOUN" and t.is_lower)):
                return []
        return []

    def _victim_after(self, crime: Token) -> list[Named]:
        """The person named right after a crime word read along the tokens ("murder Laura
        X"): its victim, so that no pronoun later stands for them as the accused."""
        for t in self.doc[crime.i + 1 : min(crime.i + 4, crime.sent.end)]:
            m = self.by_token.get(t.i)
            if m is not None and m.type == "person":
                return [Named(self._full_name(m.name, m.start), m.start, m.end)]
            if m is not None or t.pos_ not in ("DET", "ADJ"):
                return []
        return []

    def _hedged(self, noun: Token) -> bool:
        """ "the alleged role", "his suspected involvement": a hedging word describes it."""
        return any(c.dep_ == "amod" and c.lower_ in self.lex.hedging_words for c in noun.children)

    def _hedged_owners(self, noun: Token) -> list[Named]:
        """Whose alleged part it is: "his alleged involvement", "X's alleged role", "the
        alleged role of X"; for an office named after "of" ("of then Minister of State for
        Home P Chidambaram", the name NER missed at the end of the title), the last proper
        noun of the phrase read as a name - never the office's first word."""
        out: list[Named] = []
        for owner in (c for c in noun.children if c.dep_ == "poss"):
            if owner.lower_ not in PERSONAL_PRONOUNS:
                out += self._names(owner)
                continue
            # "X had been manipulated into confessing his alleged role": the person its
            # own sentence named before it, never the one the report follows elsewhere
            name = self._named_before(owner)
            end = owner.idx + len(owner.text)
            out += [Named(name, owner.idx, end, resolved=True)] if name in self.names else []
        for pobj in (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"):  # fmt: skip
            if pobj.i in self.by_token or pobj.pos_ == "PRON":
                out += self._names(pobj)
                continue
            last = max((t for t in pobj.subtree if t.pos_ == "PROPN"), key=lambda t: t.i,
                       default=None)  # fmt: skip
            if last is not None and last.i not in self.places and last.dep_ == "pobj":
                named = self._name_at(last)
                out += [named] if named is not None and self._is_person(named) else []
        return out
