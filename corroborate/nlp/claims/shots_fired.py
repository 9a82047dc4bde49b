"""A shooting told by the verb "fire" (``legal.shooting_verbs``): "X fired the shots", "the
shots were fired by X", "Y said X fired at the shopkeeper", "he fired on his employer's orders".

"Fire" is a crime verb only where its words say a gun was fired: a shot for its object or its
passive subject (``shot_nouns``: "fired three rounds", "the shot was fired by X"), or no
object at all ("fired at the guard", "fired in the air") - one fires a person, a kiln or an
engine only with it for object. Reports, and the statements of the accused they quote ("told
police that X fired the shots"), name the one who shot by it as often as by "shot"; read so,
the doer is accused as any crime verb's doer is (``CrimeVerbs._crimes``), with its victims and
the one on whose orders it was done, and what the doer may not be (police, a court:
``Naming.can_do``) is not. Never where anything but a shot is the verb's object or passive
subject ("the firm fired him", "he was fired on Monday": a dismissal).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["tells_shots_fired"]

# The parse's deps for a verb's object and its passive subject.
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative"})


def tells_shots_fired(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` is a shooting verb whose words tell a gun fired: a shot for every
    object or passive subject it has, or none at all."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.shooting_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    # "fired him", "he was fired", "fired the kiln": no gun fired at anyone
    return all(o.lemma_.lower() in lex.shot_nouns for o in objects)
