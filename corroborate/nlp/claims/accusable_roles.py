"""Whom a role noun keeps from being accused by his own words: the one place that asks it of
a confessor, of one who gives an order, and of one who admits a deed told bare.

A court report tells what the magistrate, the victim, counsel or the investigating officer
said, confessed to or admitted as often as what the accused did: "the victim, X, admitted
that he opened the door", "the SHO admitted failing to register the FIR". Their words tell
no wrong of theirs. Two readers ask it, each of the roles its own reading can carry:

- ``may_be_accused`` (``confessed_acts``, ``CrimeVerbs``): a confession or an order told in a
  clause. Only an office outside a court's may be charged (``LegalLexicon.may_be_charged``:
  "a police officer", "an official"), and of a confessor not the investigator, whose
  "admitted that he searched the house" is a witness's answer at trial.
- ``admitter_unaccusable`` (``admitted_deed``): a bare deed admitted ("X admitted fishing in
  a protected area"), a plea in the held-out style's short reports. Any role but
  ``confessing_roles`` (a relative: "his cousin X, who admitted his part") keeps the admitter
  out, and so does being police (``is_custodian``) - an official admits his duty undone.

The two readings keep their own lists because the reports differ: an official is charged in a
lede and gives orders ("on the orders of the official"), while what one admits bare in court
is a relative's part far more often than an officer's. Both are asked here, so that a role
that should change sides changes in one module.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.admitted_deeds import admitted_deed_words
from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.custodians import is_custodian

__all__ = ["admitter_unaccusable", "may_be_accused"]

_CONFESSING_ROLES = admitted_deed_words().confessing_roles
# The links by which a noun describes the name it goes with: "the judge, X" (X apposed to
# the noun), "X, the judge" (the noun apposed to X), "Judge X" (a compound title).
_DESCRIBING_DEPS = frozenset({"appos", "compound"})
# The words beside an admitter that may describe him: "Nurse X", "the driver, X", "the
# cousin, X, who admitted" - an adjective too ("the investigating officer")
_ADMITTER_DESCRIBING_DEPS = frozenset({"compound", "amod", "appos"})
_INVESTIGATOR = "investigator"


def may_be_accused(word: Token, lex: LegalLexicon, confessing: bool = False) -> bool:
    """Whether a word of a name or its head noun is described by no role the law never
    charges in a case (``LegalLexicon.may_be_charged``): "the magistrate, X", "X, the
    victim", "his lawyer X" neither confess nor give an order that accuses them. One who
    confesses is besides no investigator: "the investigating officer admitted that he
    searched the house on the SP's orders" is a witness's answer at trial, no wrong."""
    nouns = [word, *(c for c in word.children if c.dep_ in _DESCRIBING_DEPS)]
    if word.dep_ == "appos":
        nouns.append(word.head)
    if confessing and any(lex.role_nouns.get(n.lemma_.lower()) == _INVESTIGATOR for n in nouns):
        return False
    return all(lex.may_be_charged(n.lemma_.lower()) for n in nouns)


def admitter_unaccusable(admitters: list[Token], lex: LegalLexicon) -> bool:
    """Whether the nouns that name one who admits a deed told bare (``admitted_deed``: the
    subject, the noun a relative clause hangs on, the subject of the clause a gerund phrase
    is in) make him no accused by his admission: the police, or a role noun (``role_nouns``)
    other than ``confessing_roles`` - on those nouns, the noun they are apposed to, or
    described beside them ("the SHO", "Inspector X", "the witness, X, who admitted")."""
    nouns = [*admitters, *(n.head for n in admitters if n.dep_ == "appos")]
    words = [*nouns, *(c for n in nouns for c in n.children if c.dep_ in _ADMITTER_DESCRIBING_DEPS)]
    for word in words:
        if is_custodian(word):
            return True
        role = lex.role_nouns.get(word.lemma_.lower()) or lex.role_nouns.get(word.lower_)
        if role is not None and role not in _CONFESSING_ROLES:
            return True
    return False
