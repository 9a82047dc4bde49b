"""An account told to the police that owns a deed and disowns a part beside it: "X told
officers in interview that he had been paid to load the boxes and did not know who owned
them", "X told investigators that he had been speeding and did not see the marker". Court
reports count such an account as the accused's statement to police, his confession (what he
did), with the part he disowns (what he knew, what he saw) his answer to the rest; a negated
verb beside the owned one does not make the whole account a denial.

Read from the parse (``owns_a_part``): the told clause and its conjuncts (``ToldCustodians``),
some of them negated; the clause's subject the teller's lone pronoun ("he", "she", "I"), no
conjunct with a subject of its own other than it; at least one conjunct not negated that tells
a deed of his: a verb, not of being or having, not of looking on ("he saw two men": a
witness's account), not of confessing or admitting (the statement itself), not told as lawful
("bought them believing they were genuine": ``believed_lawful``, ``dealt_lawfully``) nor
narrowed by "only" ("he had only driven the car": all there was, a denial); a passive only
where it tells what he was paid or told to do ("had been paid to load the boxes": an
infinitive of his own deed under it; "he was beaten" is done to him). And every negated
conjunct disowns only knowing or seeing ("did not know who owned them": ``no_part.
denies_knowing``; "did not see the marker": a verb of looking on): a negated deed ("he had
gone home and had not hit the boy", "had never done the course") is the account's point, a
denial, and left to the denial readers.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.no_part import denies_knowing
from corroborate.nlp.claims.told_deed import TELLERS_PRONOUNS, may_tell_a_deed

__all__ = ["disowned_verbs", "owns_a_part"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PASSIVE = frozenset({"nsubjpass", "auxpass"})
_ONLOOKING = kinds_lexicon().onlooking_verbs


def disowned_verbs(told: list[Token]) -> list[Token]:
    """The verbs of the told clause ``told`` (the clause and its conjuncts) that are negated."""
    return [v for v in told if any(c.dep_ == "neg" for c in v.children)]


def owns_a_part(told: list[Token], lex: LegalLexicon) -> bool:
    """Whether the told clause ``told``, some of its verbs negated (``disowned_verbs``), still
    owns a deed of the teller's beside them and denies no crime (the module's rules)."""
    disowned = disowned_verbs(told)
    if not told or not disowned or told[0].pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in told[0].children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1 or subjects[0].lower_ not in TELLERS_PRONOUNS:
        return False
    pronoun = subjects[0].lower_
    if any(s.lower_ != pronoun for v in told for s in v.children if s.dep_ in _SUBJECTS):
        return False  # "... and that the officer had not read it back": another's part
    if not all(_disowns_knowing(v) for v in disowned):
        return False
    return any(_owned_deed(v, lex) for v in told if v not in disowned)


def _disowns_knowing(verb: Token) -> bool:
    """A negated verb that disowns knowing ("did not know who owned them") or seeing ("did
    not see the marker until it was too late"), no deed denied."""
    return verb.lemma_.lower() in _ONLOOKING or denies_knowing(verb)


def _owned_deed(verb: Token, lex: LegalLexicon) -> bool:
    """One verb of the told clause, not negated: a deed the teller did (the module's rules)."""
    if not may_tell_a_deed(verb, lex):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lex.restrictive_adverbs for c in verb.children):
        return False  # "he had only driven the car"
    if any(c.dep_ in _PASSIVE for c in verb.children):
        # "had been paid to load the boxes": what he was paid or told to do, his deed (an
        # infinitive the parser hangs as a complement or as a purpose)
        return any(
            c.dep_ in ("xcomp", "advcl")
            and c.pos_ == "VERB"
            and any(a.lower_ == "to" for a in c.children)
            for c in verb.children
        )
    return True
