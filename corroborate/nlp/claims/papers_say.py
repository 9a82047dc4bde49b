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
from corroborate.nlp.grammar import NOUN_SUBJECTS, PATIENT_DEPS

__all__ = ["PapersSay"]

# Where a paper hangs on the verb a naming participle hangs on: what it registers or lodges
# ("registered a case"), or the paper registered ("a case was registered ..., naming X").
_PAPER_DEPS = frozenset({"dobj", "nsubjpass"})


class PapersSay:
    """Whether a verb's pronoun subject is a charge paper."""

    doc: Doc
    lex: LegalLexicon

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
