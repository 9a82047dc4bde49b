"""An accused picked out by age among the accused the report gave ages: "X, 21, and Y, 19,
appeared ... the younger accused had given a statement" (Y), "the eldest of the accused
confessed", "the older man was remanded". The reporter, having written each one's age, need
not name him again: the comparative or superlative says which.

Read (``_age_ranked``): "the" with an age-ranking adjective (``name_words.age_younger`` /
``age_older``: "younger", "eldest") on a noun of the accused or of a person at large
("accused", "suspect", "man"), or the adjective itself heading "of" a plural of them ("the
youngest of the accused"). It stands for the accused so far (``accused_so_far``) given one
age each - never a victim, witness or official, whatever their age - with the least or the
greatest age where that age is one person's: a comparative needs exactly two such accused (of
the accused the report follows where there are more), a superlative two or more. No one
where ages tie, where an accused has two ages, or where fewer than two were given ages.
``DescribedPeople._description_told`` and ``Naming`` ask it; one place reads it.

A "he" whose nearest clause subject before it is such a description ("the younger accused
had given a statement under caution in which he admitted ...") is the one it stands for
(``_age_ranked_subject``), as a pronoun is the accused named there: it does not reach past
to a person named sentences before (the victim). So is one whose nearest subject is a
procedural role noun the report ties to one accused ("the applicant", ``ProceduralRoles``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.claims.clause_subjects import subjects_before
from corroborate.nlp.claims.draft import Named

__all__ = ["AgeRanked"]

_YOUNGER = name_words().age_younger
_OLDER = name_words().age_older
# The nouns an age rank picks one of the accused by: of the accused, or of people at large
# ("the older man"); the lemma, or the word where the tagger made "accused" a participle.
_PEOPLE = legal().accused_nouns | frozenset(name_words().sexed_people) | frozenset({"accuse"})


class AgeRanked:
    """Whom "the younger accused" stands for; the state is ``Naming``'s."""

    ages_named: dict[str, set[str]]
    accused_so_far: set[str]
    last_accused: list[Named]

    _cast_apart: Callable[[], set[str]]  # ``PartsTold``': victims, witnesses ...
    _role_held: Callable[[Token], Named | None]  # ``ProceduralRoles``': "the applicant"

    def _age_ranked(self, token: Token) -> Named | None:
        """The accused "the younger accused" (headed by ``token``) or "the youngest of the
        accused" (``token`` the adjective) stands for, by the ages the report gave."""
        word, first = self._rank_word(token)
        if word is None or first is None:
            return None
        aged = self._aged_accused()
        # a comparative ("younger", "elder", which the tagger may leave JJ) picks one of two
        if word.tag_ == "JJR" or (
            word.lower_ in _YOUNGER | _OLDER and not word.lower_.endswith("est")
        ):
            if len(aged) != 2:  # of the two the report follows, where it named more
                followed = {n.name for n in self.last_accused if n.members is None}
                aged = {n: a for n, a in aged.items() if n in followed}
            if len(aged) != 2:
                return None
        if len(aged) < 2:
            return None
        pick = min if word.lower_ in _YOUNGER else max
        age = pick(aged.values())
        names = [n for n, a in aged.items() if a == age]
        if len(names) != 1:
            return None  # two of one age: the word says neither
        end = token.right_edge if token == word else token
        return Named(names[0], first.idx, end.idx + len(end.text))

    def _age_ranked_subject(self, pronoun: Token) -> Named | None:
        """The accused a pronoun stands for where the nearest subject before it of a clause
        it is part of is an age-ranked description ("the younger accused ... in which he
        admitted"); None where that subject is anything else."""
        for subject in subjects_before(pronoun):
            # so too a procedural role noun ("the applicant had disowned those remarks
            # through an application in which he stated ...": ``ProceduralRoles``)
            told = self._age_ranked(subject) or self._role_held(subject)
            if told is None:
                return None
            return Named(told.name, pronoun.idx, pronoun.idx + len(pronoun.text))
        return None

    def _rank_word(self, token: Token) -> tuple[Token | None, Token | None]:
        """The age-ranking adjective of the phrase headed by ``token`` and the phrase's
        "the", or (None, None): "the younger accused", "the youngest of the men"."""
        det = [c for c in token.children if c.dep_ in ("det", "poss")]
        if [c.lower_ for c in det] != ["the"]:
            return None, None  # "a younger man", "his elder brother"
        if token.lower_ in _YOUNGER | _OLDER:
            of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
            people = [
                o for p in of for o in p.children
                if o.dep_ == "pobj" and (o.lemma_.lower() in _PEOPLE or o.lower_ in _PEOPLE)
            ]  # fmt: skip
            return (token, det[0]) if people else (None, None)
        if token.lemma_.lower() not in _PEOPLE and token.lower_ not in _PEOPLE:
            return None, None
        ranks = [c for c in token.children if c.dep_ == "amod" and c.lower_ in _YOUNGER | _OLDER]
        return (ranks[0], det[0]) if len(ranks) == 1 else (None, None)

    def _aged_accused(self) -> dict[str, int]:
        """The accused so far given exactly one age, by name - none set apart as another
        part of the case."""
        ages: dict[str, set[int]] = {}
        for age, names in self.ages_named.items():
            if not age.isdigit():
                continue
            for name in names:
                ages.setdefault(name, set()).add(int(age))
        apart = self._cast_apart()
        return {
            n: next(iter(a))
            for n, a in ages.items()
            if len(a) == 1 and n in self.accused_so_far and n not in apart
        }
