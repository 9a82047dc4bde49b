"""The spaCy component that gives back a person the parser apposed across its verb.

In a list of those a court or the police dealt with, the small parser sometimes hangs a
person's apposition on the clause's subject, far back across the verb, instead of on the
person right before its comma: "The bench dismissed the appeal against the acquittal of X,
his son Y and Z" (``son`` apposed to "bench", so Y and Z leave the acquittal's list), "the
batteries were sold to a scrap dealer in the area, X, who had fled" (X apposed to
"batteries"). An apposition stands next to what it renames, never across its verb: such a
person is not the subject's renaming but the renaming of the person the words before the comma
end on: the name there ("X, his son Y") or the person noun those words belong to ("a dealer in
the area, X"). A list's member the parser apposed ("survived by his widow, three sons and a
daughter") is left as it is.

It runs after the entity recogniser and before the claim readers, so every reader (the
mentions, the lists of the accused, the descriptions) reads one repaired parse.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.nlp.person_words import person_word

__all__ = ["APPOSED_ACROSS", "rehang_apposed_across"]

APPOSED_ACROSS = "corroborate_apposed_across"

_VERB_POS = frozenset({"VERB", "AUX"})


@Language.component(APPOSED_ACROSS)
def rehang_apposed_across(doc: Doc) -> Doc:
    """``doc`` with each person apposed across a verb to a thing that is its subject hung on
    the person before its comma."""
    if not doc.has_annotation("DEP"):
        return doc
    for word in doc:
        person = _person_before_comma(word)
        if person is not None:
            word.head = person
    return doc


def _person_before_comma(word: Token) -> Token | None:
    """The person ``word`` renames when the parser apposed it across a verb to that verb's
    subject ("The bench dismissed ..., his son"), or None: an apposition stands next to what
    it renames, never across its verb. ``word`` must itself be
    a person (a name or a person noun) set off by a comma; the person it renames is the
    word before the comma, or the first person noun above that word inside the verb's
    clause ("a dealer in the area, X": "area" is no person, "dealer" is)."""
    subject = word.head
    verb = subject.head
    if (
        word.dep_ != "appos" or subject.i >= word.i or subject.dep_ not in NOUN_SUBJECTS
        or verb.pos_ not in _VERB_POS or not subject.i < verb.i < word.left_edge.i
        or not person_word(word)
    ):  # fmt: skip
        return None
    if any(c.dep_ == "conj" for c in word.children):
        # "X is survived by his widow, three sons and a daughter": a list's member the
        # parser apposed, not one renaming the person before it
        return None
    comma = word.left_edge.i - 1
    if comma <= verb.i + 1 or word.doc[comma].text != ",":
        return None
    before = word.doc[comma - 1]
    while before.i > verb.i and not person_word(before):
        if before.head.i >= before.i:  # the words before the comma end on no person
            return None
        before = before.head
    if before.i <= verb.i or word in before.ancestors:
        return None
    return before
