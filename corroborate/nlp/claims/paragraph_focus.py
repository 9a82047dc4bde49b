"""A person who opens a paragraph as its main subject is whom a "he" in it goes on about.

"Joseph Banda was acquitted. \\n\\n Scrap dealer Davies Zulu admitted before the magistrate that
he bought the stolen cathodes. He was convicted on his own plea": the "He" is Zulu, whom the
paragraph opened with, not Banda, the accused the report followed until the paragraph broke.
Reporters turn to a new person with a new paragraph; the sentence before reading a newly
named subject as the focus anywhere (world26) cost a held-out set outcomes, so only a
paragraph's opening subject is read so: one not described as anyone else (a victim, a judge,
a relative), whose surname no accused bears (not "Mr X" after "Jason and Declan X"), in a
paragraph that names none of the accused followed, the pronoun outside a quotation - and only
one the opening tells of himself (``tells_of_self``): "X admitted that he bought ...", "X, who
runs the clinic, told the court he had paid in good faith". A paragraph opened by someone
telling of another ("Constable X arrested him", "His neighbour, X, saw him loading ...",
"Dr X examined the guard", "X, a forensic expert, matched the cable"), or by a loss, a find,
a confirmation, leaves the "he" after it to the accused the report followed (branch para64:
the rule without this read every such opener as the one convicted next).
``Pronouns._subject_just_before`` asks it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp.antecedents import pronoun_gender
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.nlp.speakers import ONE_PERSON_PRONOUNS, ROLE_NOUNS
from corroborate.records import Mention

__all__ = ["ParagraphFocus", "opens_paragraph", "tells_of_self"]


def opens_paragraph(sentence: Span) -> bool:
    """Whether ``sentence`` is the first of its paragraph: a line break before it."""
    before = sentence.doc.text[: sentence.start_char].rstrip(" \t")
    return before.endswith("\n")


def tells_of_self(subject: Token, pronoun: Token) -> bool:
    """Whether the sentence ``subject`` opens tells of the subject himself: a clause after
    it has a "he" or "she" of the pronoun's gender for subject ("admitted that he bought",
    "told the court she had paid", however the parser hangs that clause), or a "his" or
    "her" ("told the court that her statement was written by the police"), and the sentence
    holds no other one by a pronoun ("saw him") or a noun for an accused ("told the court
    the accused ...") outside the subject's own phrase ("The driver, X, ...")."""
    gender = pronoun_gender(pronoun)
    own = set(subject.subtree)
    himself = False
    for t in subject.sent:
        if t in own:
            continue
        if t.lower_ in ("him", "her") and t.dep_ != "poss" and pronoun_gender(t) == gender:
            return False  # "saw him loading the cable": someone else, a he too
        if t.lower_ in ROLE_NOUNS and t.pos_ == "NOUN":
            return False  # "said the suspect led police to it": of him, not of himself
        himself = himself or (
            t.i > subject.i
            and (t.lower_ in ("he", "she") and t.dep_ in NOUN_SUBJECTS or t.dep_ == "poss")
            and t.lower_ in ONE_PERSON_PRONOUNS
            and pronoun_gender(t) == gender
        )
    return himself


class ParagraphFocus:
    """Whether a person newly named as a paragraph's first subject is its focus."""

    by_token: dict[int, Mention]
    accused_so_far: set[str]
    last_accused: list[Named]
    described: set[str]
    described_here: set[str]

    def _opens_paragraph_as_focus(
        self, before: Span, subject: Token, pronoun: Token, name: str
    ) -> bool:
        """Whether ``name``, the main subject (``subject``) of ``before``, newly named and
        accused of nothing yet, is the focus a he or she opening the next sentence continues."""
        if not opens_paragraph(before) or not tells_of_self(subject, pronoun):
            return False  # a paragraph about someone else: the accused is still followed
        if "\n" in before.doc.text[before.end_char : pronoun.idx]:
            return False  # the pronoun's sentence is in the same paragraph
        if name in self.described | self.described_here:
            return False  # a victim, a judge, a relative: never the one convicted
        followed = {n.name for n in self.last_accused}
        here = {m.name for t in before if (m := self.by_token.get(t.i)) is not None
                and m.type == "person"}  # fmt: skip
        if followed & here:
            return False  # the paragraph names the accused followed too
        if len(here) > 1:
            return False  # another person named beside: the "he" may be either
        surname = name.split()[-1].lower()
        return not any(surname == a.split()[-1].lower() for a in self.accused_so_far if a)
