"""The spaCy component that gives back a reported clause the subject a quotation cut off.

A quotation may open inside the clause a speaker reports, after its subject: 'his wife said
her husband "only carried files from one desk to another"', 'she told reporters he had "only
introduced a buyer and a seller"'. The small parser then loses the subject: it hangs it on
the verb of saying as its object ("said her husband": "husband" the object of "said") or on
the auxiliary the quotation split from its verb ("he had": "he" the subject of "had"), and
the reported verb is left with none, so no reader knows whose deed the clause tells. Without
the quotation mark the same sentence parses with the subject on the verb.

Repaired here, once, where every reader sees it (run after ``nlp.opener_repairs``): a
reported clause (``ccomp``) with no subject, an opening quotation mark before it with only
adverbs, negations and auxiliaries between the mark and the verb, and

- the verb of saying's object ending right before the mark - not where the verb tells
  someone (the lexicon's ``informing_verbs``) and the object is the only one told of:
  'told the court "only ..."' has the court for its audience, not for the subject, while in
  'told the Courier her husband "has been ..."' the parse gave the audience its own place;
  or
- the subject of one of the verb's own auxiliaries, before the mark;

that word becomes the reported verb's subject (passive where the verb has a passive
auxiliary). Nothing else is moved.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import has_subject, subject_dep

__all__ = ["QUOTE_SUBJECTS", "restore_quote_subjects"]

QUOTE_SUBJECTS = "corroborate_quote_subjects"

_OPENING_MARKS = frozenset({'"', "\u201c"})
# what may stand between the opening mark and the verb it splits from its subject
_BETWEEN_POS = frozenset({"ADV", "PART", "AUX"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
_INFORMING = legal().informing_verbs


@Language.component(QUOTE_SUBJECTS)
def restore_quote_subjects(doc: Doc) -> Doc:
    """``doc`` with each reported verb's subject, cut off by a quotation, given back."""
    if not doc.has_annotation("DEP"):
        return doc
    for verb in doc:
        if verb.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX") or has_subject(verb):
            continue
        mark = _opening_mark(verb)
        if mark is None:
            continue
        subject = _cut_off_subject(verb, mark)
        if subject is not None:
            subject.head = verb
            subject.dep_ = subject_dep(verb)
    return doc


def _opening_mark(verb: Token) -> Token | None:
    """The opening quotation mark before ``verb`` with only adverbs, negations and
    auxiliaries between ('"only carried', '"has never sold', '"carried'), if any."""
    doc = verb.doc
    start = verb.sent.start  # a walk over the tokens to the sentence's start: asked once
    i = verb.i - 1
    while i >= start and doc[i].pos_ in _BETWEEN_POS and doc[i].text not in _OPENING_MARKS:
        i -= 1
    if i < start:
        return None
    mark = doc[i]
    if mark.text not in _OPENING_MARKS or mark.tag_ != "``":
        return None
    return mark


def _cut_off_subject(verb: Token, mark: Token) -> Token | None:
    """The word the parse took from ``verb`` for its subject (above), or None."""
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i:
            for s in aux.children:
                if s.dep_ in ("nsubj", "nsubjpass") and s.i < mark.i and s.pos_ in _NOMINAL_POS:
                    return s  # 'he had "only introduced ...': "he" on "had"
    saying = verb.head
    if saying.i == verb.i or saying.i > mark.i:
        return None
    if saying.lemma_.lower() in _INFORMING and not any(c.dep_ == "dative" for c in saying.children):
        return None  # 'told the court "only ...': the court is who was told
    for obj in saying.children:
        if obj.dep_ == "dobj" and obj.pos_ in _NOMINAL_POS and obj.right_edge.i == mark.i - 1:
            return obj  # 'said her husband "only carried ...': "husband" on "said"
    return None
