"""What is alleged: a short act label read from the words of a quote.

Lexical and ordered by where the words occur: the first act named in a sentence is the
one it is about ("the case of discovery of arms, ammunition and explosives" is about
weapons; "carrying an Avan bomb (rifle grenade)" about explosives). The labels are
general crime categories, never names, so swapping names cannot change an act. Read once
per document (claims, ``nlp.claims``; attributions, ``nlp.facts``) and stored.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from corroborate.lexicon.acts import acts_lexicon
from corroborate.records import Range

__all__ = ["act_of", "everyday_senses"]

# The categories and their words come from the lexicon (``lexicon/data/acts.json``).
_LEX = acts_lexicon()
# Court names name no act: "an anti-terrorism court acquitted him of murder" is about murder.
_COURT_NAMES = _LEX.court_names
# Objects of the voice: a passive's subject is what the verb acts on ("the bill was killed").
_OBJECTS = frozenset({"dobj", "obj", "nsubjpass"})


def act_of(text: str) -> str | None:
    """The act a quote is about, or None when it names none."""
    text = _COURT_NAMES.sub(" ", text)
    best: tuple[int, str] | None = None
    for label, pattern in _LEX.acts:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), label)
    return best[1] if best else None


def everyday_senses(tokens: Iterable[Token]) -> list[Range]:
    """Where among ``tokens`` a violent verb is used in an everyday sense: its object in the
    parse is a thing from the lexicon, no person ("her work to kill a proposal", "the bill was
    killed"), so the verb names no act. Read where the parse is and blanked before ``act_of``
    reads the words; "killed the guard", "killed him", "killed three people" are kept."""
    out: list[Range] = []
    for token in tokens:
        if token.pos_ != "VERB" or token.lemma_.lower() not in _LEX.violent_verbs:
            continue
        objects = [c for c in token.children if c.dep_ in _OBJECTS]
        if objects and all(_a_thing(o) for o in objects):
            out.append((token.idx, token.idx + len(token.text)))
    return out


def _a_thing(noun: Token) -> bool:
    """An object that is a thing of the lexicon's, with its conjuncts ("the bill and the
    deal"); a named entity is never one ("killed Bill")."""
    nouns = [noun, *noun.conjuncts]
    return all(
        n.pos_ == "NOUN" and not n.ent_type_ and n.lemma_.lower() in _LEX.everyday_objects
        for n in nouns
    )
