"""A word of a named person's full name written alone that NER tagged nothing: "When Ramzan
refused, Akmal allegedly opened fire" after the report named "Muhammad Akmal".

Reports name a person in full once and then by one of the names, and a small NER often
leaves such a lone word untagged (it has seen the full name, not the word), so whatever the
report then says of that person (the deed, the flight: "Akmal, said to be the main gunman,
is at large") is lost. A lone proper noun, no part of a longer name (no name word beside
it), that is the first or the last word of a full name of two words or more the report gave
a person, and that stands where a noun phrase of its own stands (a subject, an object, an
owner, an apposition or a conjunct; never a compound inside another name: "Akmal Road"),
is a person's name; the resolver then reads which full name it stands for, and a word two
people share is left to its focus rules (``mentions.surname_focus``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from corroborate.nlp import names

__all__ = ["lone_name_words"]

# Where a noun phrase of its own hangs: a lone name there names someone by itself.
_OWN_PHRASE = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "dative", "attr"}
)


def lone_name_words(doc: Doc, spans: list[Span]) -> list[Span]:
    """Spans, typed PERSON, for each untagged lone word of a person's full name."""
    ends = _name_ends(spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for token in doc:
        if token.i in taken or token.lower_ not in ends or not _lone_name_word(token):
            continue
        span = doc[token.i : token.i + 1]
        span.label_ = "PERSON"
        out.append(span)
    return out


def _name_ends(spans: list[Span]) -> set[str]:
    """The first and last words of the full names (two words or more) typed a person."""
    out: set[str] = set()
    for span in spans:
        if span.label_ != "PERSON":
            continue
        ws = [w.lower() for w in names.words(" ".join(names.strip_titles(span.text.split())))]
        if len(ws) >= 2:
            out.update((ws[0], ws[-1]))
    return out


def _lone_name_word(token: Token) -> bool:
    doc = token.doc
    # a NOUN too: a name word the tagger took for a common noun ("Rubel was granted bail",
    # read as the currency); capitalised, and a word the report gave a person, it is a name
    if token.pos_ not in ("PROPN", "NOUN") or token.ent_type_ or not token.text[:1].isupper():
        return False
    if not token.text[1:].islower() or token.dep_ not in _OWN_PHRASE:
        return False  # an acronym, or a word inside a longer name
    if token.lower_.strip(".") in names.TITLES:
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return not any(
        t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() for t in (before, after)
    )
