"""A married pair a report names, and "the couple" that stands for it later: "Police
identified her as X ... and had her husband, Y, film them ... The couple were sent to police
custody" - X and Y, though the report followed no accused when it named them.

Remembered (``remember_couples``): a kin noun for a spouse (the lexicon's ``spouse_nouns``)
that the sentence's drafts read as naming a relative ("her husband, Y"), with its owner: a
person's name written as the owner ("X's wife, Y"), or, for an owning pronoun ("her
husband"), the nearest person named before it in its sentence whose sex does not disagree
with the pronoun. Read back (``_married_pair``): "the couple" (``married_pair_nouns``),
definite, with no name of its own, stands for the one pair remembered - none where the
report has named two pairs. ``Pronouns._anaphor`` asks it before the group it follows, which
a couple named by kin is not part of.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.antecedents import agrees
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.speakers import PERSONAL_PRONOUNS
from corroborate.records import Mention

__all__ = ["Couples"]

_LEX = legal()


class Couples:
    """The married pairs named so far and what "the couple" stands for; the state is
    ``Naming``'s."""

    doc: Doc
    by_token: dict[int, Mention]
    # The married pairs named so far, each as the two full names in the order named.
    married_pairs: list[tuple[str, str]]
    _person_full_name: Callable[[Mention], str]  # ``FullNames``'s

    def remember_couples(self, drafts: list[Draft]) -> None:
        """Remember the married pairs this sentence names ("her husband, Y")."""
        for d in drafts:
            if d.kind != "role" or d.cue.lemma_.lower() not in _LEX.spouse_nouns:
                continue
            for role, spouse in d.parties.values():
                if role != "relative" or spouse.members is not None:
                    continue
                owner = self._spouse_owner(d.cue, spouse.name)
                pair = (owner, spouse.name) if owner is not None else None
                if pair is not None and pair not in self.married_pairs:
                    self.married_pairs.append(pair)

    def _spouse_owner(self, noun: Token, spouse: str) -> str | None:
        """Whose spouse ``noun`` is: the person its owning name is, or the nearest person
        named before an owning pronoun in its sentence ("X ... and her husband, Y")."""
        for poss in (c for c in noun.children if c.dep_ == "poss"):
            m = self.by_token.get(poss.i)
            if m is not None:
                person = m.type == "person" and m.name != spouse
                return self._person_full_name(m) if person else None
            if poss.lower_ in PERSONAL_PRONOUNS:
                return self._spouse_named_before(poss, spouse)
        return None

    def _spouse_named_before(self, pronoun: Token, spouse: str) -> str | None:
        """The nearest person its sentence names before ``pronoun``, not the spouse, whose
        sex does not disagree with the pronoun's."""
        sent = pronoun.sent
        for i in range(pronoun.i - 1, sent.start - 1, -1):
            m = self.by_token.get(i)
            if m is None or m.type != "person" or m.name == spouse:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                return self._person_full_name(m) if agrees(span, pronoun) else None
        return None

    def _married_pair(self, token: Token) -> list[Named] | None:
        """The one married pair "the couple" stands for; none ([]) where the noun is no
        such noun, has a name of its own or is not definite; no one at all (None) where the
        report has named two pairs, which "the couple" does not tell apart."""
        lemma = token.lemma_.lower()
        if lemma not in _LEX.married_pair_nouns and token.lower_ not in _LEX.married_pair_nouns:
            return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return []
        if any(c.dep_ in ("compound", "appos", "poss") for c in token.children):
            return []  # "the Malik couple", "the couple, X and Y": named beside it
        if len(self.married_pairs) > 1:
            return None
        if not self.married_pairs:
            return []
        end = token.idx + len(token.text)
        return [Named(name, token.idx, end) for name in self.married_pairs[0]]
