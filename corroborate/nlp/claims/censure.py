"""A ruling verb in its sense of censure: "Senators condemned X for the remarks".

Some verbs a court sentences by are also what anyone does to an opponent (the lexicon's
``censure_verbs``: "condemn"). They tell a sentence only where the phrase gives a punishment
("condemned X to death", "was condemned to 7.5 years", "condemned to hang") or where a court
or a judge does it ("the tribunal condemned X"). Told by anyone else, with no punishment
("The mayor condemned X, calling his remarks vile", "X, who had condemned gambling", "X was
condemned by party leaders"), it is criticism: no ruling, and whoever it names is neither
accused nor sentenced. A passive with no doer named ("two young men have been condemned on
the word of interested witnesses") is left to the ruling reader: in court reporting it is
the court's.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["censure_only"]

# A relative pronoun standing for the noun its clause hangs on ("X, who had condemned ...").
_RELATIVE_TAGS = frozenset({"WP", "WDT"})


def censure_only(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb``, a verb of censure ("condemn"), tells criticism rather than a
    sentence: no punishment in its phrase and a doer named who is no court or judge."""
    if verb.lemma_.lower() not in lex.censure_verbs:
        return False
    if any(_gives_punishment(c) for c in verb.children):
        return False
    doers = _doers(verb)
    return bool(doers) and not any(_is_a_court(d, lex) for d in doers)


def _gives_punishment(child: Token) -> bool:
    """ "to death", "to seven years", "to hang": the phrase that tells what was imposed."""
    return (child.dep_ == "prep" and child.lower_ == "to") or child.dep_ == "xcomp"


def _doers(verb: Token) -> list[Token]:
    """Who does it: the active subject (the noun a relative clause's pronoun stands for),
    or the object of a passive's "by"."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "nsubj":
            relative = c.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl"
            out.append(verb.head if relative else c)
        elif c.dep_ == "agent":
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out


def _is_a_court(doer: Token, lex: LegalLexicon) -> bool:
    """Whether the doer's phrase is a court's or a judge's: "the tribunal", "Judge X", "the
    Sindh High Court" (a court's role noun among its words up to its head)."""
    words = doer.doc[doer.left_edge.i : doer.i + 1]
    return any(lex.role_nouns.get(w.lower_) == "court" for w in words)
