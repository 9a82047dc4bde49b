"""Whom a he, she, his, him or her stands for where the nearest subject before it, of a clause
it is part of, is a description the report ties to one accused.

"The judge acquitted the manager, X. The owner, Y, was convicted. The manager told the court
that he had never confessed": the clause that holds "he" is about "the manager", so "he" is
the manager's bearer X - not Y, the accused the report followed last, nor no one. The same
where the subject is a thing told of that description ("The case against the manager rested
on a confession he was said to have made", "The appeal of the contractor failed because
he ..."), and for "his" in its own clause ("The contractor had disowned his statement").

Only a description ``SentenceBefore._described_bearer`` ties to one named accused (a victim's
or an officer's description, one two people share, one whose sentence names another person
of the pronoun's sex: none), and only outside a quotation - inside one, "he" is whoever the
quoted speaker means, which the grammar of the clause around it does not tell.
A he or she subject of the same gender between them is a link of the chain, not its end: "The
driver denied the charge, and he said he was asleep" - the inner "he"'s nearest subject is the
outer "he", whose nearest subject is the driver (acc94).
``Naming._name_at`` asks it, after the "him" object of a described subject
(``described_object``), which it extends to every singular personal pronoun.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.nlp.claims.clause_subjects import subjects_before
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.grammar import prep_objects
from corroborate.nlp.mentions.persons_places import a_persons_word
from corroborate.nlp.speakers import ONE_PERSON_PRONOUNS
from corroborate.records import Mention, Range

__all__ = ["DescribedSubject"]

# The prepositions by which a thing subject tells of the person it is about: "the case
# against the manager", "the confession of the driver".
_ABOUT = ("against", "of")


def _same_person_word(subject: Token, pronoun: Token) -> bool:
    """Whether ``subject`` is a he or she of the same grammatical gender as ``pronoun`` (the
    parser's: Masc for he, his, him; Fem for she, her): "he ... his" is one man's chain,
    "she ... his" is two people."""
    if subject.lower_ not in ONE_PERSON_PRONOUNS:
        return False
    gender = subject.morph.get("Gender", [])
    return bool(gender) and gender == pronoun.morph.get("Gender", [])


class DescribedSubject:
    """The bearer of a described subject a pronoun after it stands for; the state is
    ``Naming``'s and ``_described_bearer`` is ``SentenceBefore``'s."""

    by_token: dict[int, Mention]
    quotations: list[Range]
    _described_bearer: Callable[[Token, Token], Named | None]

    def described_subject_bearer(self, pronoun: Token) -> Named | None:
        """The one named accused the nearest subject before ``pronoun`` of a clause it is
        part of describes ("the manager"), or the description a thing subject tells of ("the
        case against the manager"); None where that subject is a name, a pronoun, anything
        else, or a description of no one accused."""
        if pronoun.lower_ not in ONE_PERSON_PRONOUNS:
            return None
        if any(s <= pronoun.idx < e for s, e in self.quotations):
            return None  # a quotation's "he": the quoted speaker's, not the clause's
        subject = next(subjects_before(pronoun), None)
        if subject is None:
            return None
        if _same_person_word(subject, pronoun):
            # "The driver denied the charge, and he said he was asleep": the inner "he"'s
            # nearest subject is the outer "he", whose own nearest subject is the driver -
            # the chain holds only where each link is the same person's word, and it ends
            # at the first subject that is no pronoun (subjects stand before: it ends)
            return self.described_subject_bearer(subject)
        described = self._description_at(subject)
        found = self._described_bearer(described, pronoun) if described is not None else None
        if found is not None or a_persons_word(subject.lemma_.lower()):
            return found  # a person's noun of no one accused: the usual tie stands
        if subject.pos_ != "NOUN" or subject.i in self.by_token:
            return None
        # a thing: told of the one description it is about, by "against", "of" or an owner
        # ("the case against the manager", "the manager's appeal")
        about = prep_objects(subject, _ABOUT) + [c for c in subject.children if c.dep_ == "poss"]
        if len(about) != 1 or (described := self._description_at(about[0])) is None:
            return None
        return self._described_bearer(described, pronoun)

    def _description_at(self, word: Token) -> Token | None:
        """``word`` where it is "the NOUN" for a person, with no name of its own; else None."""
        # any noun: "the munshi", "the home nurse" are no words of the persons' list, yet
        # the report ties them to one named accused (``_described_bearer`` asks that)
        if word.pos_ != "NOUN" or word.i in self.by_token:
            return None
        if [c.lower_ for c in word.children if c.dep_ in ("det", "poss")] != ["the"]:
            return None  # "his driver", "a driver": not the one the report described
        return word
