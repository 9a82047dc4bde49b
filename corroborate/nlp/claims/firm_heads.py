"""The accused's firm cleared by the accused's side: "Karki's lawyer said the company held a
valid licence", "his brother said the institute held every permission required".

A report on a business's wrongdoing often accuses the one who runs it ("X, managing director
of Y Pvt Ltd", "the owner of Z Traders") and lets his lawyer or kin answer for the business
("the company", "Y Ltd"). What clears the business, said by the side of one who heads it,
is his denial: the charge against him is the business's deed. Read from the parse and the
mentions, no new clearing words:

- ``FirmHeads._heads_of_firm``: the subject of a clearing clause is a business the report
  named (an organisation mention, or "the company" read as the one business named,
  ``CompaniesTold``), the speaker speaks for one accused already (``_side_of``: counsel,
  kin, or the accused himself), and the report tells that accused as the business's head -
  a head noun whose "of" phrase or owner is the business, in apposition to his name ("X,
  managing director of Y Ltd", "Y Ltd's owner, X"; the nouns: the legal lexicon's
  ``owner_nouns`` and ``firm_head_nouns`` and name_words' one-person ``leader_roles``).
  Not a business the accused's side names that no accused heads, nor one headed by an
  accused the speaker does not speak for (a co-accused's firm).
- ``FirmHeads._owner_of_business`` (asked first): a business noun with one owner's
  possessive ("his office", "my clinic", "her client's firm"; the legal lexicon's
  ``workplace_nouns``) is its owner's, and what clears it clears the one accused the
  speaker speaks for, where the owner is he ("X said his office had done nothing wrong").
- ``held_full_papers``: what clears a business that trades by leave - "held a valid
  licence", "had every permission required", "has all the approvals": a verb of holding
  (the dealing lexicon's ``having_verbs``), not negated, whose object is a paper of leave
  (``proof_nouns``, ``permission_nouns``) made a full answer by a word of ``full_measures``
  ("valid", "every", "all", "required"). A bare "had a licence" may be another trade's,
  and "had no licence" is none. Like an alibi it clears only one accused already.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.dealing import dealing
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.none_of_it import business_owners
from corroborate.nlp.claims.spoken_for import SpokenFor
from corroborate.nlp.grammar import negated

__all__ = ["FirmHeads", "held_full_papers"]

_DEALING = dealing()
_PAPERS = _DEALING.proof_nouns | _DEALING.permission_nouns
# The possessives of one owner: "his agency", "her clinic", "my office" ("our" may be a
# family's or the police's).
_ONE_OWNER = frozenset({"his", "her", "my"})


def held_full_papers(act: Token) -> bool:
    """Whether a clause says its subject held every paper of leave its trade needs (above)."""
    if act.lemma_.lower() not in _DEALING.having_verbs or negated(act):
        return False
    for obj in act.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in _PAPERS:
            continue
        marks = {c.lower_ for c in obj.children if c.dep_ in ("det", "amod", "predet")}
        # "the required permissions" / "every permission required": before or after the noun
        marks |= {c.lower_ for c in obj.children if c.dep_ in ("acl", "amod") and c.i > obj.i}
        if "no" not in marks and marks & _DEALING.full_measures:
            return True
    return False


class FirmHeads(SpokenFor):
    """Whom a business cleared by the accused's side stands for: the accused who heads it."""

    def _heads_of_firm(self, subject: Token, speaker: Token) -> list[Named]:
        """The accused the speaker speaks for whom the report tells as the head of the
        business ``subject`` names, and the business itself; none where ``subject`` names
        no business or no head the speaker speaks for (the names read as before)."""
        owned = self._owner_of_business(subject, speaker)
        if owned:
            return owned
        organisations = {m.name for m in self.by_token.values() if m.type == "organization"}
        named = self._names(subject)
        firms = {n.name for n in named if n.name in organisations}
        if not firms:
            return []
        side = [n for n in self._side_of(speaker) if n.name in self.accused_so_far]
        heads = {name for firm in firms for name in self._firm_heads(firm)}
        span = (subject.idx, subject.idx + len(subject.text))
        cleared = [Named(n.name, *span) for n in side if n.name in heads and n.name not in firms]
        # the business keeps what it is told as: cleared itself, if the report accuses it
        return cleared + named if cleared else []

    def _owner_of_business(self, subject: Token, speaker: Token) -> list[Named]:
        """ "Waraich said his office had done nothing wrong", "he maintains that his agency
        broke no law", "his lawyer said her client's firm had done nothing illegal": a
        business noun (``workplace_nouns``) with an owner's possessive is the owner's
        business, and what clears it clears him - the one accused the speaker speaks for
        (``_side_of``: the accused himself, his lawyer's or his kin's client), where the
        owner is he: a he, she or I the resolver gives to no one else, or his name. Not a
        business with no owner told ("the agency"), nor one of a co-accused the speaker
        does not speak for ("his lawyer said Y's shop had done nothing wrong")."""
        owners = business_owners(subject)
        if len(owners) != 1:
            return []
        # one who speaks of his own business needs no accusation before ("X, who is named in
        # the FIR, said his office had done nothing wrong"), as "he had done nothing wrong"
        # needs none; a lawyer's or relative's client must be accused already
        own = self.lex.role_nouns.get(speaker.lemma_.lower()) is None
        side = [n for n in self._side_of(speaker)
                if n.name in self.accused_so_far or (own and self._is_person(n))]  # fmt: skip
        if len({n.name for n in side}) != 1:
            return []
        owner = owners[0]
        # "her client's firm": the client the lawyer speaks for
        named = {n.name for n in self._client_of(owner, speaker) or self._names(owner)}
        pronoun = owner.tag_ == "PRP$" and owner.lower_ in _ONE_OWNER
        if named - {side[0].name} or not (named or pronoun):
            return []  # another's business, or an owner the sentence does not tell
        span = (subject.idx, subject.idx + len(subject.text))
        return [Named(side[0].name, *span)]

    def _firm_heads(self, firm: str) -> set[str]:
        """The people the report tells as heading ``firm``: "X, managing director of F",
        "F's owner, X", "the owner of F, X"."""
        lex = self.lex
        nouns = lex.owner_nouns | lex.firm_head_nouns | name_words().leader_roles
        heads: set[str] = set()
        for token in self.doc:
            m = self.by_token.get(token.i)
            if m is None or m.name != firm or self.by_token.get(token.head.i) is m:
                continue  # (the mention's root: the word whose head lies outside it)
            noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
            noun = token.head if token.dep_ == "poss" else noun
            if noun is None or noun.lemma_.lower() not in nouns:
                continue
            apposed = [noun.head] if noun.dep_ == "appos" else []
            apposed += [c for c in noun.children if c.dep_ == "appos"]
            for person in apposed:
                named = self.by_token.get(person.i)
                if named is not None and named.type == "person":
                    heads.add(named.name)
        return heads
