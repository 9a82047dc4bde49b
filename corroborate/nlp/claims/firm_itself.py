"""A business that answers the accusation for itself: "In a statement, Vltava Transport said
it had never falsified a single tachograph", "Kovač Gradnja said in a written statement that
it has never knowingly paid any official", "Kauri Timber said it had always logged only within
its concession".

A report on a firm's wrongdoing accuses its people by name and the firm mostly by what it did
("the company was paid to take the sludge to a licensed plant", "the firm itself has been made
a defendant") - shapes no reader names a party in - and then gives the firm's answer, in the
firm's own statement, its "it" the firm. A business that clears itself is one the report
accuses: a court, a ministry or a police service speaks of itself too ("the Customs Board
said it had flagged the exports"), but it is no business. Read from the parse and the
mentions, no new words:

- the speaker names a business (``_business_named``): an organisation whose name ends in a
  form of incorporation (``is_company``: "Ltd", "S.A.", "SIA ..."), or is told by an owner
  noun ("proprietor of X", ``CompaniesTold._owned``); a name, however NER typed it, that
  shortens a company's named before ("Vltava Transport" after "Vltava Transport Ltd") or that
  the report writes beside a company noun ("the family firm X", "the company, X"); "the
  company" read as the one business named (``CompaniesTold._company_told``);
- the cleared clause's subject is the pronoun "it" (the firm speaking of itself; "it" is no
  person, so ``_speaking_of_self`` and ``_names`` find no one there);
- the report accuses someone already: a firm's statement in a report that accuses no one is
  a firm's news, not its answer; and it tells the firm as no victim of the crime
  (``_wronged``: "embezzled funds from X Bank Ltd").

The words of denying are the answering reader's (``Answers._denied_in_content``), and a
business so cleared needs no accusation before, as one who speaks of his own deed needs none;
with one more of a business's own (``_keeps_its_ways``): "it had always handled waste
according to law" - what it always did, told by the business of itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names
from corroborate.nlp.claims.companies_told import CompaniesTold
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.company_names import is_company
from corroborate.nlp.grammar import negated
from corroborate.records import Mention

__all__ = ["FirmItself"]

# the words of the forms of incorporation ("sia", "ltd", "pvt"), left out where two names
# of one business are compared
_FORM_WORDS = frozenset(w for f in name_words().corporate_forms for w in names.words(f))


def _one_name(one: str, other: str) -> bool:
    """Whether two names are one business's, one written short: of two words or more each,
    without the forms, one opens or closes the other."""
    a, b = sorted(
        ([w for w in names.words(n) if w not in _FORM_WORDS] for n in (one, other)), key=len
    )
    return len(a) >= 2 and (b[: len(a)] == a or b[-len(a) :] == a)


class FirmItself(CompaniesTold):
    """Reads a business's "it" in its own statement as the business."""

    accused_so_far: set[str]
    places: dict[int, Mention]

    def _business_itself(self, subject: Token, speaker: Token) -> list[Named]:
        """The business ``speaker`` names, where ``subject`` is its "it" (above); else none."""
        if subject.lower_ != "it" or subject.tag_ != "PRP" or not self.accused_so_far:
            return []
        firm = self._business_named(speaker)
        if firm is None or self._wronged(firm):
            return []
        return [Named(firm, subject.idx, subject.idx + len(subject.text))]

    def _wronged(self, firm: str) -> bool:
        """Whether the report tells ``firm`` as the one a crime was done to: the object of a
        crime verb ("defrauded X Bank Ltd") or of its "from" ("embezzled funds from X Bank
        Ltd"). A bank robbed says it always followed the rules as a victim, not an accused."""
        crimes = self.lex.crime_verbs
        for i, m in (*self.by_token.items(), *self.places.items()):
            if m.name != firm and not _one_name(m.name, firm):
                continue
            token = self.doc[i]
            verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "from" else None
            verb = token.head if token.dep_ in ("dobj", "nsubjpass") else verb
            if verb is not None and verb.lemma_.lower() in crimes:
                return True
        return False

    def _business_named(self, speaker: Token) -> str | None:
        """The name of the business the speaker's word names: its own mention's, or the one
        business "the company" stands for."""
        told = self._company_told(speaker, self.lex.company_nouns)
        if told is not None:
            return told.name
        # the speaker's word or a word of its name before it: NER may tag a short name's
        # first word alone ("Kauri" of "Kauri Timber said")
        words = [speaker, *(c for c in speaker.children if c.dep_ == "compound")]
        m = next((self.by_token[t.i] for t in words if t.i in self.by_token), None)
        if m is None:
            return None
        if m.type == "organization" and (is_company(m.name) or self._owned(m)):
            return m.name
        # NER may type a firm's short name a person ("Ziemeļu Komponenti said ..."): the
        # company it shortens, or a company noun the report writes it beside, decides
        if self._shortens_a_business(m) or self._told_as_business(m):
            return m.name
        return None

    def _shortens_a_business(self, m: Mention) -> bool:
        """Whether ``m`` and a company named before it are one name, one written short: of
        two words or more each, without the forms, one opens or closes the other ("Vltava
        Transport" of "Vltava Transport Ltd", "Ziemeļu Komponenti" of "SIA Ziemeļu
        Komponenti"; "Almazara Los Olivillos" of "Los Olivillos S.L.", a name NER cut). The
        one before is a company by its form, whatever NER typed it."""
        found = {id(o): o for o in (*self.by_token.values(), *self.places.values())}
        return any(
            other.start < m.start and is_company(other.name) and _one_name(m.name, other.name)
            for other in found.values()
        )

    def _told_as_business(self, m: Mention) -> bool:
        """Whether the report writes ``m``'s name beside a company noun: in apposition to it
        ("the company, X, was fined") or after it ("the family firm X")."""
        nouns = self.lex.company_nouns
        for other in {id(o): o for o in self.by_token.values()}.values():
            if other.name != m.name:
                continue
            span = self.doc.char_span(other.start, other.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            if root.dep_ == "appos" and root.head.lemma_.lower() in nouns:
                return True
            if any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in nouns
                   for c in root.children):  # fmt: skip
                return True
        return False

    def _keeps_its_ways(self, act: Token, speaker: Token) -> bool:
        """ "it had always handled waste according to law", "it had always bought only from
        certified refiners": a business that says of itself it always did its work as it
        should answers the accusation of its work. An active verb, not negated, with
        "always" and a complement (an object or a phrase), whose subject is the business's
        "it" (``_business_itself``); a person's "he had always ..." is read elsewhere."""
        if act.pos_ != "VERB" or negated(act):
            return False
        if not any(c.dep_ == "advmod" and c.lower_ == "always" for c in act.children):
            return False
        if not any(c.dep_ in ("dobj", "prep", "advmod") and c.lower_ != "always"
                   for c in act.children):  # fmt: skip
            return False
        return any(c.dep_ == "nsubj" and self._business_itself(c, speaker) for c in act.children)
