"""A paper signed because those who held the signer made him: "the police made him sign the
statement", "the SHO forced her to sign blank papers", "he signed it because the investigation
officer told him his brother would be next", "she signed the statement because investigators
had kept her phone". The accused's side that tells a signing so done says the paper is not his
own word, as "his statement was extracted under torture" says it: the statement is taken back,
whatever the report calls it. The thumb's signing is ``thumb_signed``'s; this reads the pen's,
by a verb of causing over it (``legal.causing_verbs``) or by a reason clause whose own subject
is the police or another custodian (``custodians.is_custodian``) - a reason of the signer's own
("because the owner asked him to", "to save his brother") tells no custody and is not read.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.thumb_signed import made_to_thumb
from corroborate.nlp.custodians import is_custodian, plain_custodian
from corroborate.nlp.grammar import negated

__all__ = ["made_to_sign", "signed_as_made", "signing_caused"]

# the complement labels a caused deed takes ("made him sign", "forced him to sign")
_CAUSED = frozenset({"ccomp", "xcomp"})
# the words that open a clause telling why the signer signed ("because the SHO told him")
_REASONS = frozenset({"because", "as", "since"})
# Of these, the ones that also tell when (``_a_reason``): "as police officers looked on" is
# while, "had signed three statements since the police arrested him" is from when.
_AS, _SINCE = "as", "since"


def signed_as_made(clause: Token, lex: LegalLexicon) -> Token | None:
    """The paper a clause says its signer was made to sign, by the thumb (``made_to_thumb``)
    or the pen (``made_to_sign``); None where he signed of his own will."""
    return made_to_thumb(clause, lex) or made_to_sign(clause, lex)


def made_to_sign(clause: Token, lex: LegalLexicon) -> Token | None:
    """The paper a clause says the signer signed because another made him: a verb of signing
    whose object is a paper, a statement or "it" (``legal.signed_papers``), the complement of
    a verb of causing whose subject names custodians ("the police made him sign the
    statement", "officers forced her to sign blank papers"), or with a reason clause whose
    subject does ("he signed it because the SHO threatened his son"). Neither verb negated;
    never one another is made to sign ("made the witness sign it": his evidence, not the
    accused's statement)."""
    for verb in clause.subtree:
        paper = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if paper is not None and signing_caused(paper, lex):
            return paper
    return None


def signing_caused(paper: Token, lex: LegalLexicon) -> bool:
    """Whether ``paper`` is what its signer was made to sign by custodians (``made_to_sign``):
    where such a statement was made is where they held him, whatever court hears of it."""
    verb = paper.head
    if paper.dep_ != "dobj" or not _a_paper(paper, lex):
        return False
    if verb.lemma_.lower() not in lex.confession_givers or negated(verb):
        return False
    cause = verb.head
    caused = (
        verb.dep_ in _CAUSED
        and cause.lemma_.lower() in lex.causing_verbs
        and not negated(cause)
        and _by_custodians(cause, lex)
        and not _made_another(cause, lex)
    )
    return caused or _for_custodians(verb, lex)


def _a_paper(noun: Token, lex: LegalLexicon) -> bool:
    """A statement, a confession, a paper or "it": what a signer puts his name to."""
    return noun.lemma_.lower() in lex.signed_papers or noun.lower_ == "it"


def _by_custodians(verb: Token, lex: LegalLexicon) -> bool:
    """Whether the subject (or the passive's agent) of ``verb`` names custodians: an agency
    or its ranks ("the police", "the SHO", ``is_custodian``), plain "officers", or one the
    legal lexicon calls an investigator ("the IO", "the investigation officer")."""
    doers = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
    doers += [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    return any(is_custodian(t) or _an_investigator(t, lex) for d in doers for t in d.subtree)


def _an_investigator(noun: Token, lex: LegalLexicon) -> bool:
    """ "the IO", "the ASI": a rank the legal lexicon calls an investigator; "officer" only
    as ``plain_custodian`` lets it be one ("the investigating officer", not "a bank officer")."""
    lemma = noun.lemma_.lower()
    if lemma in lex.plain_custodial_nouns:
        return plain_custodian(noun)
    return lex.role_nouns.get(lemma) == "investigator"


def _made_another(cause: Token, lex: LegalLexicon) -> bool:
    """Whether the one made to sign is told by a common noun ("made the witness sign it"):
    another than the one whose side speaks (a pronoun, his name, counsel's "client")."""
    made = [c for c in cause.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
    made += [c for v in cause.children if v.dep_ in _CAUSED for c in v.children
             if c.dep_ == "nsubj"]  # fmt: skip
    return any(d.pos_ == "NOUN" and d.lemma_.lower() not in lex.client_nouns for d in made)


def _for_custodians(verb: Token, lex: LegalLexicon) -> bool:
    """Whether a signing has a reason clause ("because ...") whose own subject names
    custodians and whose verb is not negated: "signed it because the police promised ...",
    not "signed it because the owner asked him to", nor "because the police had not come"."""
    for child in verb.children:
        if child.dep_ != "advcl" or negated(child):
            continue
        if any(c.dep_ == "mark" and _a_reason(c, verb, child) for c in child.children):
            if _by_custodians(child, lex):
                return True
    return False


def _a_reason(mark: Token, signing: Token, clause: Token) -> bool:
    """Whether ``mark`` opens ``clause`` as the reason for ``signing``: "because" always;
    "since" not after a signing in the perfect, which makes it a time's start ("had signed
    three statements since the police arrested him"); "as" only before a clause in the
    perfect, a cause told as prior ("as the police had threatened his son") - a clause in
    the simple past is as likely the while of the signing ("as police officers looked on")."""
    word = mark.lower_
    if word not in _REASONS:
        return False
    if word == _SINCE:
        return not _perfect(signing)
    return word != _AS or _perfect(clause)


def _perfect(verb: Token) -> bool:
    """ "had signed", "has signed", "had threatened": a participle with a "have" of its own."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )
