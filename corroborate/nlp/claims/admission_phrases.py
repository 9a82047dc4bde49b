"""Where an admission was made, told by a phrase the parser hangs off the verb of admitting: on
the deed admitted ("X admitted stealing the phones during interrogation", "X admitted printing
the cards in his statement before the magistrate"), on the passive verb of saying the
admission is the infinitive of ("X, during his interrogation, is said to have admitted ..."),
on the noun admitted ("X had "freely admitted" his role in a warn and caution statement"), or
on the verb that gives the statement a relative "in which" tells the admission in ("X
recorded a statement before a magistrate in which he admitted printing the cards").

A phrase after an admitted gerund's object goes, in the parse, to the gerund (or its object),
not to the verb of admitting, so the verb's own phrases
(``OwnAdmissions._admits_own_deed_told_there``) never see it. Where the phrase names a setting of
questioning or of a court's record - read by its words (``kinds.setting_in``) - it tells where the
admission was made: a deed is not done "during interrogation" or "in a statement before the
magistrate". Only "during", "under", "in" and "before": "at the police station" after a deed is as
often where the deed was done ("admitted beating him at the police station").

A passive verb of saying ("is said", "is alleged") is the reporter's distance, not a telling
of its own: its phrases are the admission's ("X, during his interrogation, is said to have
admitted sharing the code" - he admitted it during interrogation).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import relative_phrase
from corroborate.nlp.kinds import setting_in
from corroborate.nlp.own_deed import controlled_deed

__all__ = ["gerund_phrases", "object_phrases", "said_phrases", "statement_giver"]

# The verbs whose passive holds a reported act as its infinitive: saying and alleging.
_SAID = kinds_lexicon().said_cues

_STATEMENTS = legal().statement_nouns
# The verbs by which one gives or records a statement ("recorded a statement", "gave a
# statement")
_GIVING = legal().statement_givers

# The prepositions that open a phrase of when, in what or before whom the admission was made.
_MADE_IN = frozenset({"during", "under", "in", "before"})


def gerund_phrases(verb: Token) -> list[Token]:
    """The phrases after the gerund ``verb`` admits (``own_deed.controlled_deed``), or after
    its object (the parser hangs one there too: "printing the cards | during interrogation"),
    that name a setting by their words; none where the verb takes no gerund."""
    deed = controlled_deed(verb)
    if deed is None:
        return []
    objects = [c for c in deed.children if c.dep_ == "dobj"]
    return [p for h in (deed, *objects) for p in _setting_phrases(h)]


def object_phrases(verb: Token) -> list[Token]:
    """The phrases after the noun ``verb`` admits, its direct object, that name a setting by
    their words: the parser hangs a phrase after the object on the object as often as on the
    verb ("admitted his role | in a statement under caution", most of all when the verb
    stands in quotation marks), but a part is not played "in a statement under caution" nor
    a killing done "during interrogation". "his role in the robbery" names no setting:
    nothing."""
    return [
        p for o in verb.children if o.dep_ == "dobj" and o.tag_ != "VBG"
        for p in _setting_phrases(o) if p.lower_ != "in" or _names_statement(p)
    ]  # fmt: skip


def _names_statement(phrase: Token) -> bool:
    """Whether an "in" phrase's object is a statement noun ("in a warn and caution
    statement"): a part is played "in the interrogation of the suspect" by an officer as
    often, so only the record of what was said sets the admission there."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() in _STATEMENTS for o in phrase.children)


def _setting_phrases(head: Token) -> list[Token]:
    """The "during", "under", "in" or "before" phrases after ``head`` whose words name a
    setting (``kinds.setting_in``)."""
    text = head.doc.text
    return [
        p for p in head.children
        if p.dep_ == "prep" and p.lower_ in _MADE_IN and p.i > head.i
        and setting_in(text[p.idx : p.right_edge.idx + len(p.right_edge)]) is not None
    ]  # fmt: skip


def said_phrases(verb: Token) -> list[Token]:
    """The phrases of the passive verb of saying whose infinitive ``verb`` is ("X is said to
    have admitted ...": "said"), as the verb's own; none for any other verb."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in _SAID:
        return []
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return []  # "the police said to have ...": no passive, a verb of its own
    return [c for c in head.children if c.dep_ in ("prep", "advcl", "npadvmod")]


def statement_giver(verb: Token) -> Token | None:
    """The verb that gives or records the statement ``verb`` admits in, by a relative "in
    which": "X recorded a statement before a magistrate in which he admitted printing the
    cards" - "recorded" (the parser hangs the clause on the statement, or on the last noun
    of the giving verb's phrase, "a magistrate"). Its phrases are where the admission was
    made, and its one who admits is the statement's maker (the clause's "he"): a statement
    recorded before a magistrate in which its maker admits his own deed is his confession
    there, as one the report has not yet called accused makes it too (a witness's statement
    tells what he saw; he admits no deed of his own in it). None for any other verb."""
    if verb.dep_ != "relcl" or not any(relative_phrase(p) for p in verb.children):
        return None
    if not any(s.dep_ == "nsubj" and s.lower_ in ("he", "she") for s in verb.children):
        return None
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        # "recorded a statement before a magistrate in which he ...": the clause on the
        # phrase's noun; the statement is the giving verb's object
        giver = noun.head.head
        if not any(o.dep_ == "dobj" and o.lemma_.lower() in _STATEMENTS for o in giver.children):
            return None
    elif noun.lemma_.lower() in _STATEMENTS and noun.dep_ == "dobj":
        giver = noun.head
    else:
        return None
    return giver if giver.lemma_.lower() in _GIVING and giver.pos_ == "VERB" else None
