"""Relatives the report accuses together, called by the kin noun they share: "Brothers X
Ravuvu and Y Ravuvu ... the magistrate remanded Z and the Ravuvu brothers", "A Vunisa and his
brother B Vunisa were charged ... a lawyer who appeared for the brothers".

A plural kin noun (a ``relative`` role noun of the lexicon: "brothers", "sisters", "sons")
with a surname for its modifier ("the Ravuvu brothers") stands for the people accused so
far whose names end in that surname, where there are two or more; the surname alone is no
person (it was read as one: "Ravuvu" remanded). The definite plural with no owner and no
surname ("the brothers") stands for the one set of accused who share a surname - none where
two such sets were accused, or the kin noun is owned ("his brothers", "the victim's
brothers": another family, read by ``KinReadBack._kin_told``) or counted other than their number.
A shared surname alone is no kinship: the reading needs the kin noun the report chose.
``Pronouns._plural_anaphor`` and ``Pronouns._anaphor`` ask it before the group followed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.counted import counts_of
from corroborate.nlp.claims.draft import Named
from corroborate.records import Mention

__all__ = ["KinGroups"]

_LEX = legal()
_KIN = frozenset(word for word, role in _LEX.role_nouns.items() if role == "relative")


class KinGroups:
    """Whom "the Ravuvu brothers" and "the brothers" stand for; the state is ``Naming``'s."""

    doc: Doc
    by_token: dict[int, Mention]
    all_accused: dict[str, Named]
    last_accused: list[Named]

    def _kin_group(self, noun: Token) -> list[Named]:
        """The accused a plural kin noun stands for (see the module's note), with the
        noun's own place in the text; [] where it stands for no such set."""
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in _KIN:
            return []
        marks = [c for c in noun.children if c.dep_ in ("det", "poss", "predet")]
        if [c.lower_ for c in marks] != ["the"]:
            return []  # "his brothers", "two brothers": not the set told by name
        if any(
            c.dep_ in ("relcl", "acl", "appos") or c.dep_ == "prep" and c.lower_ == "of"
            for c in noun.children
        ):
            return []  # "the brothers of the victim", "the brothers who testified"
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod")]
        surnames = [c for c in modifiers if not c.is_lower]
        if len(surnames) > 1 or any(c.is_lower and c.dep_ != "amod" for c in modifiers):
            return []
        groups: dict[str, list[Named]] = {}
        for n in self.all_accused.values():
            words = n.name.split()
            if n.members is None and len(words) >= 2:
                groups.setdefault(words[-1].lower(), []).append(n)
        shared = {k: v for k, v in groups.items() if len(v) >= 2}
        if surnames:
            found = shared.get(surnames[0].lower_, [])
        elif len(shared) == 1 and not self._kin_apart(noun, set(shared)):
            found = next(iter(shared.values()))
        else:
            found = []
        counts = counts_of(noun)
        if counts and counts != {len(found)}:
            return []  # "the three brothers" where two were accused: others
        first = min(c.i for c in (noun, *marks, *modifiers))  # fmt: skip
        start, end = self.doc[first].idx, noun.idx + len(noun.text)
        return [Named(n.name, start, end) for n in found]

    def _kin_group_before(self, pronoun: Token) -> list[Named]:
        """ "X was granted bail. A lawyer who appeared for the brothers told the court they
        would plead not guilty": a plural pronoun where the report follows one person (who
        "they" cannot be) stands for the kin group its sentence told before it."""
        if pronoun.lower_ not in _LEX.plural_pronouns:
            return []
        if len({n.name for n in self.last_accused if n.members is None}) >= 2:
            return []
        for t in reversed(self.doc[pronoun.sent.start : pronoun.i]):
            found = self._kin_group(t)
            if found:
                end = pronoun.idx + len(pronoun.text)
                return [Named(n.name, pronoun.idx, end) for n in found]
        return []

    def _kin_apart(self, noun: Token, surnames: set[str]) -> bool:
        """Whether two or more people the report named before ``noun`` share a surname of
        their own, none of them accused, and the report told one of them by that kin noun
        ("the victims, brothers A Rabuka and B Rabuka", "A Rabuka and his brother B
        Rabuka"): then a bare "the brothers" may be theirs as well as the accused's. A
        family told by other kin ("the victim, A Gazi ... his nephew B Gazi", "his son B")
        is no set of brothers, so the accused's stay."""
        accused = set(self.all_accused)
        kin = noun.lemma_.lower()
        bearers: dict[str, set[str]] = {}
        told: set[str] = set()
        for i, m in self.by_token.items():
            words = m.name.split()
            if m.type != "person" or m.start >= noun.idx or len(words) < 2 or m.name in accused:
                continue
            if words[-1].lower() not in surnames:
                bearers.setdefault(words[-1].lower(), set()).add(m.name)
                if _told_as(self.doc[i], kin):
                    told.add(words[-1].lower())
        return any(len(names) >= 2 and last in told for last, names in bearers.items())


def _told_as(word: Token, kin: str) -> bool:
    """Whether the name at ``word`` is told by the kin noun ``kin`` beside it: "brothers A
    and B" (the noun on the name or on the list it closes), "his brother B", "B, A's
    brother"."""
    near = [word, *word.children]
    head = word
    while head.dep_ in ("conj", "compound", "flat") and head.head.i != head.i:
        head = head.head
        near += [head, *head.children]
    near.append(head.head)
    # "Brothers A and B" opening a sentence is tagged a proper noun: its word still tells
    return any(t.lemma_.lower() == kin or t.lower_.rstrip("s") == kin for t in near)
