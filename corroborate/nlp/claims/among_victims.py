"""One the sentence places among the victims is not accused by the clause that describes him.

"Among the victims, X, who was deported from Penang after three weeks in a detention depot,
said he had not cleared his loan": a fronted "among" phrase whose object is a victim word
(``victim_words``) sets the subject of its clause among the victims, and an arrest or an
accusation told in a relative clause or participle on that subject is background to what
befell him (held abroad, deported, blamed by his employer), not a case against him. The
arrest or accusation is dropped; a court's ruling or a charge is left, which the report
would not tell of a victim in passing.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.grammar import DESCRIBING_CLAUSES, NOUN_SUBJECTS

__all__ = ["among_the_victims", "of_one_among_victims"]

# The kinds of drafts a victim's own description may tell as background.
_BACKGROUND_KINDS = frozenset({"arrest", "accusation"})


def of_one_among_victims(draft: Draft, lex: LegalLexicon) -> bool:
    """Whether ``draft`` is an arrest or accusation told in a clause describing the subject
    of a verb that a fronted "among the victims" phrase places among the victims."""
    cue = draft.cue
    if draft.kind not in _BACKGROUND_KINDS or cue.dep_ not in DESCRIBING_CLAUSES:
        return False
    if cue.head.dep_ not in NOUN_SUBJECTS:
        return False
    verb = cue.head.head
    return any(_victims_phrase(p, lex) for p in verb.children if p.i < cue.head.i)


def among_the_victims(verb: Token, lex: LegalLexicon) -> bool:
    """Whether a fronted "among the victims" phrase sets the subjects of ``verb`` among the
    victims: "Among the dead were X, a tractor driver, and Y" - those the clause names are
    the dead, never the people a lede before it arrested or charged (``Ledes``)."""
    subjects = [c.i for c in verb.children if c.dep_ in NOUN_SUBJECTS]
    first = min(subjects, default=len(verb.doc))
    return any(_victims_phrase(p, lex) for p in verb.children if p.i < first)


def _victims_phrase(phrase: Token, lex: LegalLexicon) -> bool:
    """ "among the victims", "among the deceased", "among the dead" (a word of the state of
    the dead, ``death_states``)."""
    if phrase.dep_ != "prep" or phrase.lower_ != "among":
        return False
    objects = [o for o in phrase.children if o.dep_ == "pobj"]
    words = lex.victim_words | lex.death_states
    return any(o.lemma_.lower() in words or o.lower_ in words for o in objects)
