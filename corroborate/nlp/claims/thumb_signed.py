"""A paper signed with the thumb: "the police made him put his thumb on a paper", "he was made
to put his thumb impression on whatever the SHO wrote", "a paper on which his thumb was taken",
"papers he could not read" that he put his thumb on. Where many accused cannot write, a
statement is signed by a thumb's mark, and the reports tell it so: the thumb put on a paper is
a signing of it as surely as "signed the paper". Told by the accused's side as done because
someone made or forced him (``legal.causing_verbs``), or on a paper he could not read
(``unread_statement``, which asks ``thumbed`` for its signing), the paper is his statement
disowned - taken back - whatever the report calls it.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.parties import PASSIVE_SUBJECTS
from corroborate.nlp.grammar import negated, to_infinitive

__all__ = ["made_to_thumb", "thumbed"]

# the prepositions a thumb is put by on what it signs ("on a paper", "upon the statement")
_ON = frozenset({"on", "upon", "onto"})
# the words a free relative signed by the thumb opens with ("on whatever the SHO wrote")
_FREE_RELATIVES = frozenset({"whatever", "what"})
# the complement labels a caused deed takes ("made him put", "forced him to put")
_CAUSED = frozenset({"ccomp", "xcomp"})


def _a_thumb(noun: Token, lex: LegalLexicon) -> bool:
    """A thumb or its mark: "thumb", "thumbprint", "thumb impression", "thumb print"."""
    lemma = noun.lemma_.lower()
    if lemma in lex.thumb_nouns:
        return True
    return lemma in lex.thumb_mark_heads and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in lex.thumb_nouns
        for c in noun.children
    )


def _thumbing(prep: Token, lex: LegalLexicon) -> Token | None:
    """The verb that puts a thumb by the preposition ``prep`` ("put his thumb on", "his
    thumb was taken on"): the preposition's head where that is a thumb (the verb above it) or
    a verb that takes a thumb as object or passive subject."""
    if prep.lower_ not in _ON or prep.dep_ != "prep":
        return None
    holder = prep.head
    if _a_thumb(holder, lex) and holder.dep_ in ("dobj", *PASSIVE_SUBJECTS):
        return holder.head
    if holder.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("dobj", *PASSIVE_SUBJECTS) and _a_thumb(c, lex) for c in holder.children
    ):
        return holder
    return None


def thumbed(noun: Token, lex: LegalLexicon) -> Token | None:
    """The verb by which a thumb was put on ``noun``, or None: ``noun`` the object of "on"
    on that verb or its thumb ("put his thumb on a paper"), or the noun a relative "on which"
    qualifies ("a paper on which his thumb was taken")."""
    if noun.dep_ != "pobj":
        return None
    return _thumbing(noun.head, lex)


def _signed_by_thumb(token: Token, lex: LegalLexicon) -> tuple[Token, Token] | None:
    """The paper a thumb was put on and the verb that put it, where ``token`` is that paper
    (a statement, confession or paper noun, "it"), a relative "which" on a paper, or the
    "whatever" of a free relative after "on"."""
    verb = thumbed(token, lex)
    if verb is not None:
        papers = lex.signed_papers
        if token.lemma_.lower() in papers or token.lower_ == "it":
            return token, verb
        if token.tag_ == "WDT" and verb.dep_ == "relcl" and verb.head.lemma_.lower() in papers:
            return verb.head, verb  # "a paper on which his thumb was taken"
        return None
    if token.lower_ in _FREE_RELATIVES and token.head.dep_ in ("pcomp", "pobj"):
        verb = _thumbing(token.head.head, lex)  # "on whatever the SHO wrote"
        return (token, verb) if verb is not None else None
    return None


def made_to_thumb(clause: Token, lex: LegalLexicon) -> Token | None:
    """The paper a clause says the signer was made to put his thumb on: a thumbing verb
    that is the complement of a verb of causing, active ("the police made him put his thumb
    on a paper", "forced her to put her thumb on the statement") or passive ("he was made to
    put his thumb on whatever the SHO wrote"), not negated. None where the thumb was put of
    the signer's own will ("he put his thumb on the register")."""
    for token in clause.subtree:
        found = _signed_by_thumb(token, lex)
        if found is None:
            continue
        paper, verb = found
        cause = verb.head
        # "he was made to put his thumb on it": the parser may hang the infinitive as an
        # adverbial clause of the passive "made"
        caused = verb.dep_ in _CAUSED or (verb.dep_ == "advcl" and to_infinitive(verb))
        if not caused or cause.lemma_.lower() not in lex.causing_verbs:
            continue
        if negated(cause) or _made_another(verb, cause, lex):
            continue
        return paper
    return None


def _made_another(verb: Token, cause: Token, lex: LegalLexicon) -> bool:
    """Whether the one made to put his thumb is told by a common noun ("made his brother put
    his thumb on a paper", "forced the witness to put his thumb on it"): another than the one
    whose side speaks, who is told by a pronoun, his name or as counsel's client."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [c for c in cause.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
    return any(d.pos_ == "NOUN" and d.lemma_.lower() not in lex.client_nouns for d in doers)
