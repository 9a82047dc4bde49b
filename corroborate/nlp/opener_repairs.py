"""The spaCy component that repairs three sentence openers the small parser leaves without a verb.

- A surname the tagger takes for an adverb or an adjective by its ending ("Vesely denies the
  charges", "Szekely confessed", "Connolly was charged": "-ly" and "-y" read as RB/JJ) is hung
  as the verb's ``advmod``, so the verb has no subject and every reader misses the sentence.
  Where the article types that word as a PERSON (the token itself, or the last word of a PERSON
  elsewhere in the article: "Tomas Vesely" in the lede), it is that person's surname: a proper
  noun, the verb's subject and a PERSON of its own.
- "The 52-year-old denies all the charges": the age phrase is read as an adjective of the verb
  and "The" as the verb's determiner, so again the verb has no subject. The phrase is a noun
  for a person ("the 38-year-old was arrested" is parsed so), and becomes the verb's subject
  with its "The"; who the person is the description readers decide, as for the parsed ones.

All three repairs run after the entity recogniser, before the attribution and the claim readers,
so that one parse serves every reader (the mentions, the speakers, every kind of event).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from corroborate.nlp.grammar import has_subject, subject_dep

__all__ = ["OPENER_REPAIRS", "repair_openers"]

OPENER_REPAIRS = "corroborate_opener_repairs"

# how the parser hangs a misread opener on the verb it should be the subject of
_MISREAD_DEPS = frozenset({"advmod", "amod", "npadvmod"})
_PERSON = "PERSON"


@Language.component(OPENER_REPAIRS)
def repair_openers(doc: Doc) -> Doc:
    """``doc`` with each sentence's misread surname or age-noun opener made its verb's
    subject."""
    if not doc.has_annotation("DEP"):
        return doc
    surnames = _person_surnames(doc)
    for sent in list(doc.sents):
        opener = sent[0]
        if _misread_surname(opener, surnames):
            _make_surname_subject(opener)
        elif not _make_dated_name_subject(sent):
            _make_age_noun_subject(sent)
    return doc


def _person_surnames(doc: Doc) -> set[str]:
    """The last word of every PERSON the recogniser found: what the article calls them by."""
    return {ent[-1].text for ent in doc.ents if ent.label_ == _PERSON and ent[-1].is_title}


def _misread_surname(token: Token, surnames: set[str]) -> bool:
    """A capitalised word opening a sentence, tagged an adverb or adjective, that the article
    types a PERSON: the token itself, or a PERSON elsewhere ends in it. Not one set off by a
    comma ("Lately, ...", "Naveed, the judge wrote, ...": a comma opens an aside, and the
    word's place in the clause is not the subject's)."""
    if token.pos_ not in ("ADV", "ADJ") or not token.is_title or not token.is_alpha:
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is None or nxt.is_punct:
        return False
    return token.ent_type_ == _PERSON or token.text in surnames


def _make_surname_subject(name: Token) -> None:
    verb = _clause_verb(name)
    if verb is None:
        return
    if name.dep_ in _MISREAD_DEPS:
        if has_subject(verb):
            return
        name.head = verb
        name.dep_ = subject_dep(verb)
    elif name.dep_ not in ("nsubj", "nsubjpass"):
        return
    name.tag_ = "NNP"
    name.pos_ = "PROPN"
    if not name.ent_type_:
        name.doc.set_ents([Span(name.doc, name.i, name.i + 1, label=_PERSON)], default="unmodified")


def _clause_verb(opener: Token) -> Token | None:
    """The verb the opener belongs to: its head, or the head of an adverb it was hung on
    ("Reilly later retracted": "Reilly" on "later", "later" on "retracted"); the verb must
    follow it."""
    head = opener.head
    while head.pos_ == "ADV" and head.dep_ == "advmod" and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.i <= opener.i:
        return None
    return head


def _make_age_noun_subject(sent: Span) -> None:
    """ "The 52-year-old denies ...": "The", a number, "-", "year", "-", "old" opening the
    sentence, "old" hung on a verb with no subject as its adjective and "The" on the verb as
    its determiner. "old" becomes the verb's subject (a noun) and "The" its determiner. Not
    "The 52-year-old victim" (the phrase hangs on its noun, the noun is the subject)."""
    if len(sent) < 7:
        return
    the, number, _, year, _, old = sent[:6]
    if the.lower_ != "the" or not number.like_num or year.lower_ not in ("year", "years"):
        return
    if old.lower_ != "old" or sent[2].text != "-" or sent[4].text != "-":
        return
    verb = old.head
    if old.dep_ not in _MISREAD_DEPS or verb.pos_ not in ("VERB", "AUX") or verb.i <= old.i:
        return
    if the.head.i != verb.i or has_subject(verb):
        return
    old.dep_ = subject_dep(verb)
    old.tag_ = "NN"
    old.pos_ = "NOUN"
    the.head = old


def _make_dated_name_subject(sent: Span) -> bool:
    """ "On Saturday Judicial Magistrate Saima Nawaz granted ...": a preposition opening the
    sentence, a DATE right after it, and the preposition's object the last of a run of proper
    nouns (a name, with its title) that the verb the preposition hangs on follows at once,
    that verb without a subject. The name becomes the verb's subject and the date's last word
    the preposition's object (the date's other words stay on it). Whether it was done."""
    if len(sent) < 5:
        return False
    prep = sent[0]
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or has_subject(verb):
        return False
    date = next((e for e in sent.ents if e.start == prep.i + 1), None)
    if date is None or date.label_ != "DATE":
        return False
    name = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if name is None or name.i + 1 != verb.i or name.i < date.end:
        return False
    # a name, whatever NER types it (a judge's title and name typed a firm, "Asif Raza"
    # untyped): proper nouns from the date to the verb, none a date's
    if not all(t.pos_ == "PROPN" and t.ent_type_ != "DATE" for t in sent.doc[date.end : verb.i]):
        return False
    # the date hangs inside the name's phrase ("Saturday" a compound of "Nawaz")
    if not all(t.head.i in range(date.start, name.i + 1) for t in date):
        return False
    last = date[-1]
    for t in date[:-1]:
        if t.head.i == name.i:
            t.head = last
    last.head = prep
    last.dep_ = "pobj"
    name.head = verb
    name.dep_ = subject_dep(verb)
    return True
