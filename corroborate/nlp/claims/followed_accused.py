"""Whom the report follows after a sentence (``_follow_the_accused``): the people its
rulings, charges, arrests and lists accuse, the defendants who plead or stand accused, and
those sentenced - whom "he", "they", "the pair" and "all three defendants" stand for next.
Where the report follows no accused yet, one who confessed, or one who denied in his own
name ("X denied the charges before the court. He said ...": lfd29), is that one.

Split out of ``Reader.run`` (branch mend27) as it was, the last step of each sentence; what
makes a draft's people the followed ones is ``SentenceDrafts``'.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.phrase_names import ACTIVE_SUBJECTS
from corroborate.nlp.claims.sentence_drafts import SentenceDrafts

__all__ = ["FollowedAccused"]

# The outcomes of a first award: whose sentences a later "overturned the sentences" means.
_SENTENCING = frozenset({"sentenced", "convicted"})


class FollowedAccused(SentenceDrafts):
    """Whom the report follows after each sentence (``_follow_the_accused``)."""

    def _follow_the_accused(
        self,
        drafts: list[Draft],
        rulings: list[Draft],
        named_next: Named | None,
        bound_many: list[Named],
    ) -> None:
        """Updates ``last_accused``, ``all_accused`` and ``sentenced`` from a sentence's
        drafts (``rulings``: its rulings, charges and arrests); ``named_next`` is the unnamed
        one of a lede the sentence names, ``bound_many`` the people of a plural lede it
        names."""
        # the accused of its rulings, charges, arrests and lists, and the defendants who
        # plead ("X pleaded not guilty alongside Y and Z"): whom "they" and "all three
        # defendants" stand for next
        accused = [
            n for d in drafts
            if d.kind in ("ruling", "charge", "arrest") or d.listing
            or self._in_the_case(d) or self._pleads(d) or self._stands_accused(d)
            for n in d.accused
        ]  # fmt: skip
        sentenced = [
            n for d in rulings if d.kind == "ruling" and d.outcome in _SENTENCING
            for n in d.accused
        ]  # fmt: skip
        for n in sentenced:
            self.sentenced.setdefault(n.name, n)
        # a group one step took together stays one until a step takes one of them apart
        # ("arrested X and Y ... granted bail to X": X and Y are no longer a group of the held)
        stepped = list({n.name: n for d in rulings for n in d.accused}.values())
        names = {n.name for n in stepped}
        self.stepped_together = [
            group for group in self.stepped_together
            if {n.name for n in group} == names or not names & {n.name for n in group}
        ]  # fmt: skip
        if len(stepped) >= 2 and stepped not in self.stepped_together:
            self.stepped_together.append(stepped)
        if named_next is not None and not accused:
            accused = [named_next]  # whom "he" stands for next
        if not accused and not self.last_accused:
            # "X gave a confessional statement before a magistrate. Months later he
            # retracted it": one who confessed, where the report follows no accused yet
            # and the sentence names no other step, is whom "he" stands for next (not
            # where it follows others: "X and Y are accused ... an officer said Y had
            # confessed ... X said ..., while Y claimed that his confession ...")
            accused = [n for d in drafts if d.kind == "confession" for n in d.accused]
            # "X denied the charges before the court. He said his statement to the police
            # had been written by the police": one who denies the charge in his own name, as
            # the subject of the denying verb, stands accused - whom "he" stands for next,
            # as one who confessed does (not one whose counsel or kin deny for him: the
            # speaker may go on)
            accused = accused or [n for d in drafts if d.kind == "denial"
                                  for n in d.accused if _denies_by_name(d.cue, n)]  # fmt: skip
        if bound_many and not accused:
            accused = bound_many  # whom "the pair", "they" stand for next
        if accused:
            # "The other accused included X, Y": the group grows ("All the accused
            # denied the charges" next are those followed before and X, Y)
            lists = [d for d in drafts if d.listing and d.parties]
            besides = bool(lists) and all(d.besides for d in lists)
            # "The EOW also arrested Y": Y joins them ("Both were remanded" next)
            besides = besides or any(self._added(d) for d in rulings)
            before = self.last_accused if besides else []
            self.last_accused = list(dict.fromkeys([*before, *accused]))
            for n in accused:
                self.all_accused.setdefault(n.name, n)
        elif self.unmade_here:
            self.last_accused = list(dict.fromkeys(self.unmade_here))


def _denies_by_name(cue: Token, named: Named) -> bool:
    """Whether a denying verb's own active subject is the name ``named`` was read from ("X
    denied the charges", "X rejected the accusations"): not a pronoun, nor counsel, kin or a
    spokesman who denies for him ("his lawyer denied the charges")."""
    return cue.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ACTIVE_SUBJECTS
        and c.pos_ == "PROPN"
        and c.left_edge.idx <= named.start < c.right_edge.idx + len(c.right_edge.text)
        for c in cue.children
    )
