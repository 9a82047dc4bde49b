"""Whom "the company" stands for: the one business the report has named.

A report on a firm's wrongdoing names the business once ("the coach's owner company, X (Pvt)
Ltd", "chairman of Y Saving and Credit Cooperative Ltd") and calls it by a common noun after
("The case also names the cooperative itself", "the company was fined"). A business is an
organisation whose name ends in a form of incorporation (``corporate_forms``: "Ltd", "Inc")
or holds the noun itself ("... Cooperative Ltd" for "the cooperative"); "the company" is that
business when the report has named exactly one before it - with two, the noun says not which.
The nouns are the lexicon's (``company_nouns``); this module reads which mention they take.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import OFFICES, LegalLexicon
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.mentions.firm_names import is_company
from corroborate.records import Mention

__all__ = ["CompaniesTold"]


class CompaniesTold:
    """Reads "the company" as the one business named before it."""

    by_token: dict[int, Mention]
    doc: Doc
    lex: LegalLexicon

    def _company_told(self, noun: Token, company_nouns: frozenset[str]) -> Named | None:
        """The business "the NOUN" (a company noun, with "the" and no owner, no name of its
        own, no "of" phrase: "the company", "the cooperative itself") stands for: the one
        business named before it in the report. None for "a company", "its company", "the
        company of X", or where none or several were named."""
        if noun.lemma_.lower() not in company_nouns and noun.lower_ not in company_nouns:
            return None
        if noun.i in self.by_token or noun.tag_ not in ("NN", "NNP"):
            return None
        marks = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
        if marks != ["the"]:
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            if not _verbs_of_on_last_conjunct(noun):
                return None
        if noun.dep_ == "conj" and self.lex.role_nouns.get(noun.head.lemma_.lower()) in OFFICES:
            # "X, counsel for Y and the company": the parser hangs the company on the office,
            # which no business holds; it is the client, whose list the parse lost
            return None
        own = [c for c in noun.children if c.dep_ not in ("conj", "cc")]
        if any(t.i in self.by_token for c in own for t in c.subtree):
            # "the company, X Ltd": the name apposed is read as such (not a name of the
            # next item the company is co-ordinated with: "the firm and the secretary, Y")
            return None
        businesses = self._businesses_before(noun)
        if len(businesses) != 1:
            return None
        return Named(businesses[0], noun.idx, noun.idx + len(noun.text))

    def _businesses_before(self, noun: Token) -> list[str]:
        """The distinct names of the businesses named before ``noun``."""
        forms = name_words().corporate_forms
        word = noun.lower_
        found: list[str] = []
        for m in {id(m): m for m in self.by_token.values()}.values():
            if m.type != "organization" or m.start >= noun.idx or m.name in found:
                continue
            # "X Pvt Ltd", "SIA X", "Y Cooperative" (and "Y Cooperative Ltd"); not "the
            # Division Cooperative Office", an office of the state named after what it oversees
            words = [w.strip("().,").lower() for w in m.name.split()]
            bare = list(words)
            while bare and bare[-1] in forms:
                bare.pop()
            if bare and (is_company(m.name) or bare[-1] == word or self._owned(m)):
                found.append(m.name)
        return found

    def _owned(self, m: Mention) -> bool:
        """Whether the organisation ``m`` is told as a business by its owner: the object of
        an owner noun's "of" phrase ("X, 44, proprietor of Vertex Liftcare Services", "the
        owner of Y Traders") - whatever its name ends in. Not a body one heads ("chairman
        of the municipal committee": no owner noun)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        prep = root.head
        return (
            root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i
            and prep.head.lemma_.lower() in self.lex.owner_nouns
        )  # fmt: skip


def _verbs_of_on_last_conjunct(noun: Token) -> bool:
    """Whether the "of" phrase on ``noun`` is its verb's, hung on the last item of the
    verb's object list: "convicted X and the company of forgery" (the verdict's "of", as in
    "convicted X of forgery"), not "the company of X". The noun is a conjunct of its verb's
    object, and the verb has no "of" of its own."""
    if noun.dep_ != "conj":
        return False
    first = noun.head
    while first.dep_ == "conj":
        first = first.head
    verb = first.head
    if first.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)
