"""A pronoun subject that stands for a charge or case paper: "The FIR was registered on the
complaint of ... It nominates X", "Police registered an FIR ... It names X", "the FIR, which
names X", "registered a case ..., nominating X"; or the complainant who set the case going
("The complainant nominated X").

A verb of everyday senses too ("nominate", "name") charges or accuses only beside an offence
or a case (``Verbs._names_offence``): "The FIR nominates X" has one, "It nominates X" has only
a pronoun. Where that pronoun is the paper the sentence before made its subject or brought
into being ("registered an FIR"), or "which" on such a paper, the verb names the accused in
the case as the paper's own name would.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.grammar import NOUN_SUBJECTS, PATIENT_DEPS
from corroborate.records import Mention

__all__ = ["PapersSay"]

# Where a paper hangs on the verb a naming participle hangs on: what it registers or lodges
# ("registered a case"), or the paper registered ("a case was registered ..., naming X").
_PAPER_DEPS = frozenset({"dobj", "nsubjpass"})


class PapersSay:
    """Whether a verb's pronoun subject is a charge paper."""

    doc: Doc
    lex: LegalLexicon
    by_token: dict[int, Mention]

    def _the_papers_say(self, verb: Token) -> bool:
        """Whether the verb's subject stands for a charge or case paper: "The FIR was
        registered on the complaint of ... It nominates X", "the FIR, which names X" - the
        pronoun is the paper the sentence before made its subject, or the noun its relative
        clause hangs on, so the verb names the accused in a case as "the FIR nominates X"
        does (``_names_offence``)."""
        nouns = self.lex.charge_nouns
        if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):
            # "registered a case ..., nominating X, Y", "an FIR naming X": the participle's
            # doer is the paper it hangs on, or the one its verb registers
            if verb.dep_ == "acl":
                return verb.head.lemma_.lower() in nouns
            papers = [c for c in verb.head.children if c.dep_ in _PAPER_DEPS]
            return any(p.lemma_.lower() in nouns for p in papers)
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if subject.lemma_.lower() in self.lex.complainant_nouns | self.lex.complaint_nouns:
                return True  # "The complainant nominated X, Y and Z": who set the case going
            if subject.tag_ == "WP" and verb.dep_ == "relcl" and self._complainant(verb.head):
                return True  # "on the complaint of the victim's brother, Y, who nominated X"
            if self._complainant_before(subject):
                return True  # "... on the complaint of Y's father, Z. He nominated X"
            if subject.tag_ == "WDT" and verb.dep_ == "relcl":
                return verb.head.lemma_.lower() in nouns
            if subject.lower_ != "it" or verb.sent.start == 0:
                continue
            before = self.doc[verb.sent.start - 1].sent
            return any(t.lemma_.lower() in nouns and self._paper_of_before(t) for t in before)
        return False

    def _paper_of_before(self, noun: Token) -> bool:
        """Whether a charge noun of the sentence before is the paper an "It" opening the next
        one stands for: the subject of that sentence's main verb ("The FIR was registered on
        ..."), or the paper a verb of bringing a charge brings into being wherever it stands
        ("Police registered an FIR under ...", "the SSP said an FIR was registered at ...") -
        the newest paper the report has put before the reader."""
        if noun.dep_ in NOUN_SUBJECTS and noun.head.dep_ == "ROOT":
            return True
        return noun.dep_ in PATIENT_DEPS and noun.head.lemma_.lower() in self.lex.frame_verbs

    def _complainant(self, noun: Token) -> bool:
        """Whether a noun is the complainant: "the complainant", or the object of a complaint
        noun's "of" ("on the complaint of the victim's brother, Y"), through the names or
        descriptions in apposition to it (the relative clause hangs on either)."""
        while noun.dep_ == "appos":
            noun = noun.head
        if noun.lemma_.lower() in self.lex.complainant_nouns:
            return True
        of = noun.head
        return (
            noun.dep_ == "pobj" and of.lower_ == "of"
            and of.head.lemma_.lower() in self.lex.complaint_nouns
        )  # fmt: skip

    def _complainant_before(self, subject: Token) -> bool:
        """Whether a personal pronoun opening its sentence ("He nominated X") can stand only
        for the complainant of the sentence before: that sentence names a complainant in its
        complaint's "of" phrase and no person outside it ("The FIR was registered ... on the
        complaint of Y's father, Z, under sections ..."). Not where another person is named
        there ("Police arrested X on the complaint of Z. He ...": "He" may be X)."""
        sent = subject.sent
        if subject.lower_ not in name_words().personal_pronouns or sent.start == 0:
            return False
        if any(not t.is_punct for t in self.doc[sent.start : subject.i]):
            return False
        before = self.doc[sent.start - 1].sent
        persons = {t.i for t in before if getattr(self.by_token.get(t.i), "type", None) == "person"}
        for t in before:
            if t.dep_ != "pobj" or not persons or not self._complainant(t):
                continue
            own = {w.i for w in t.subtree}
            if persons <= own:
                return True
        return False
