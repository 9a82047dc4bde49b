"""Denials told by narrowing what the accused did or meant rather than by a word of denying
(dfor59), each read from the clause's grammar so that any verb of its class reads:

- an intent refused (``denies_meaning_to``): "his client never set out to cheat anyone", "she
  did not mean to hurt anyone", "he never intended to kill him" - a negated verb of aiming (the
  legal lexicon's ``intent_verbs``; "set" only with its particle "out") whose infinitive tells a
  deed: a crime or harm verb, or a verb of a deed done to an object as "never" refuses one
  (``not_the_doer``). A verb of wanting or trying is no intent refused ("did not try to run"),
  and an infinitive of knowing or saying tells no deed ("never meant to say that").
- all he did told as an innocent act (``did_nothing_but``): "his client did nothing but shout
  for them to stop", "her son had done nothing but take food to his sister", "did nothing
  except drive the van" - the verb "do" with "nothing" for object and an exception ("but",
  "except", "other than") that the parser hangs as a preposition, a clause's mark or a
  co-ordinated verb, on the verb or on "nothing".
  "had nothing but praise" (not "do") and "did nothing to stop it" (no exception, an omission
  charged) stay out.
- no tie to the matter the report tells (``nothing_to_do_with_it``): "had nothing to do with
  it", "had nothing to do with the matter", "nothing to do with the incident" - the thing of
  "with" a pronoun of a thing or a definite noun that points back at the report's matter (the
  lexicon's ``event_nouns`` and ``referred_matter_nouns``) with no owner of its own ("nothing
  to do with his brother's affair" is someone else's).
- a case disowned in a relative clause (``disowns``, den68): "for a theft she had nothing to
  do with", "to face a case he had nothing to do with" - "nothing to do with" whose "with" is
  left without an object, so the noun the clause describes is its thing; read as a negated
  relative clause ("a crime he did not commit") by ``clearing_acts``.
As with every denial reading, the clause clears its subject only where the accused's side
says it of one the report accuses already (``answers``)."""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.not_the_doer import has_a_deed_object, tells_a_deed

__all__ = ["denies_meaning_to", "did_nothing_but", "disowns", "nothing_to_do_with_it"]

_LEGAL = legal()
_EXCEPTIONS = {"but", "except", "than"}


def denies_meaning_to(act: Token) -> bool:
    """ "never set out to cheat anyone", "did not mean to hurt anyone" (above)."""
    if act.pos_ != "VERB" or not any(c.dep_ == "neg" for c in act.children):
        return False
    lemma = act.lemma_.lower()
    particles = {c.lower_ for c in act.children if c.dep_ == "prt"}
    if lemma not in _LEGAL.intent_verbs and not (
        f"{lemma} out" in _LEGAL.intent_verbs and "out" in particles
    ):
        return False
    return any(_a_deed_meant(c) for c in act.children if c.dep_ in ("xcomp", "advcl"))


def _a_deed_meant(verb: Token) -> bool:
    if verb.pos_ != "VERB" or not any(a.dep_ == "aux" and a.tag_ == "TO" for a in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _LEGAL.crime_verbs or lemma in _LEGAL.harm_verbs:
        return True
    return tells_a_deed(verb) and has_a_deed_object(verb)


def did_nothing_but(act: Token) -> bool:
    """ "did nothing but shout for them to stop", "done nothing except drive the van" (above)."""
    if act.lemma_.lower() != "do" or any(c.dep_ == "neg" for c in act.children):
        return False
    nothing = [c for c in act.children if c.dep_ == "dobj" and c.lower_ in _LEGAL.negative_objects]
    if not nothing:
        return False
    # the exception hangs on the verb or on "nothing" itself, as the parser chooses
    for c in [*act.children, *nothing[0].children]:
        if c.dep_ == "prep" and c.lower_ in _EXCEPTIONS:
            if any(g.dep_ in ("pcomp", "pobj") and g.tag_.startswith("VB") for g in c.children):
                return True  # "nothing but shout", "nothing other than drive"
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _EXCEPTIONS for m in c.children
        ):
            return True  # "nothing other than show the flats": "than" marks the verb's clause
        if c.dep_ == "cc" and c.lower_ in _EXCEPTIONS:
            # "had done nothing but take food": the parser co-ordinates the bare verb
            if any(v.dep_ == "conj" and v.tag_ == "VB" for v in act.children):
                return True
    return False


def nothing_to_do_with_it(act: Token) -> bool:
    """ "had nothing to do with it / the matter" (above)."""
    return any(
        t.dep_ == "pobj" and t.head.lower_ == "with" and _the_matter(t)
        for c in act.children if c.dep_ == "dobj" and c.lower_ in _LEGAL.negative_objects
        for t in c.subtree
    )  # fmt: skip


def disowns(clause: Token) -> bool:
    """Whether a relative clause says its subject had nothing to do with the noun it
    describes, the "with" left without an object ("a case he had nothing to do with", "for a
    theft she had nothing to do with"): as a negated clause ("a crime he did not commit")."""
    return any(
        t.dep_ == "prep" and t.lower_ == "with" and not any(o.dep_ == "pobj" for o in t.children)
        for c in clause.children if c.dep_ == "dobj" and c.lower_ in _LEGAL.negative_objects
        for t in c.subtree
    )  # fmt: skip


def _the_matter(noun: Token) -> bool:
    if noun.lower_ in _LEGAL.thing_pronouns:
        return True
    if noun.lemma_.lower() not in _LEGAL.event_nouns | _LEGAL.referred_matter_nouns:
        return False
    if any(c.dep_ in ("poss", "prep", "relcl", "compound") for c in noun.children):
        return False  # "his brother's affair", "the matter of the loan": another's or named
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
