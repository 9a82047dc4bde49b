"""A contact relative of attributing or saying that the parser reads as one noun phrase: "the
admission police attribute to him was never made", "the confession the police claim he made
was beaten out of him".

In the present tense the small parser takes the custodians' verb ("attribute", "claim", "say")
for a noun - the head of the phrase, the statement noun its compound or subject, the custodian
its compound - and that noun for the subject of the predicate that follows. The statement the
predicate speaks of is the statement noun: what the accused's side says of the phrase ("was
never made", "was typed by the IO", "was beaten out of him") it says of the statement
(``claims.coerced``). Read only where the phrase is the relative it stands for: a custodian who
says, and a tie to the one it is hung on - "attribute ... to him / to his client", or a giving
verb of the saying, its subject a pronoun, not negated ("claim he made"). The past tense
("the admission police attributed to him") is parsed as a relative and read as such
(``told_as_theirs``, ``hung_statement``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.custodians import is_custodian

__all__ = ["relative_as_noun"]

# what a noun-read verb's parts hang on it as: the statement before it, and the custodian
_BEFORE = frozenset({"compound", "nsubj"})


def relative_as_noun(
    subject: Token, lex: LegalLexicon, saying_verbs: frozenset[str]
) -> Token | None:
    """The statement noun of ``subject`` where ``subject`` is a verb of attributing or saying
    the parser read as a noun heading a contact relative ("the admission police attribute to
    him", "the confession the police claim he made"); else None."""
    lemma = subject.lemma_.lower()
    if subject.pos_ != "NOUN" or (lemma not in lex.attribution_verbs and lemma not in saying_verbs):
        return None
    before = [c for c in subject.children if c.dep_ in _BEFORE and c.i < subject.i]
    nouns = [c for c in before if c.lemma_.lower() in lex.statement_or_confession_nouns]
    # the custodian says or attributes it: "the confession my brother claims" is no relative
    # of those who hold him
    if not nouns or not any(is_custodian(c) for c in before):
        return None
    if lemma in lex.attribution_verbs:
        return nouns[0] if _attributed_to_him(subject, lex) else None
    return nouns[0] if _his_giving(subject, lex) else None


def _attributed_to_him(verb: Token, lex: LegalLexicon) -> bool:
    """ "attribute to him", "attribute to his client": hung on a pronoun or the client."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "to"
        and any(
            o.dep_ == "pobj" and (o.tag_ == "PRP" or o.lemma_.lower() in lex.client_nouns)
            for o in p.children
        )
        for p in verb.children
    )


def _his_giving(verb: Token, lex: LegalLexicon) -> bool:
    """ "claim he made", "say she gave": the saying's clause a verb of giving, its subject a
    pronoun, not negated ("claim he never made" says no statement was given)."""
    return any(
        c.dep_ == "ccomp"
        and c.lemma_.lower() in lex.confession_givers
        and any(s.dep_ == "nsubj" and s.tag_ == "PRP" for s in c.children)
        and not any(n.dep_ == "neg" for n in c.children)
        for c in verb.children
    )
