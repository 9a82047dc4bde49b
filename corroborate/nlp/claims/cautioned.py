"""A record marked as taken under caution: "his warn and caution statement", "the cautioned
statement", "X's caution interview". Police caution a suspect only when they mean to use what
he says against him, so such a record of an accused's is his confession, made in custody
(``Nouns._cautioned_statement``), and his side that challenges it takes it back
(``StatementChallenged``). So too a statement the noun before names a confession ("X's
confession statement"): a mark before the statement noun says what kind of record it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["under_caution", "confession_compound"]


def under_caution(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is a statement or a record of questioning (``interview_nouns``)
    that a caution word (``caution_words``) before it marks."""
    # (two tests, not a union built anew for every word ``police_record`` is asked of)
    lemma = noun.lemma_.lower()
    if lemma not in lex.statement_nouns and lemma not in lex.interview_nouns:
        return False
    marks = [t for c in noun.children if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree]
    return any(t.lemma_.lower() in lex.caution_words or t.lower_ in lex.caution_words
               for t in marks)  # fmt: skip


def confession_compound(noun: Token, lex: LegalLexicon) -> bool:
    """ "X's confession statement was admitted", "the confession record": a statement noun
    (``statement_nouns``) with a confession noun (``confession_nouns``) as its compound - the
    parser makes "confession" a compound where "confessional" is an adjective."""
    if noun.lemma_.lower() not in lex.statement_nouns:
        return False
    return any(c.dep_ == "compound" and c.lemma_.lower() in lex.confession_nouns
               for c in noun.children)  # fmt: skip
