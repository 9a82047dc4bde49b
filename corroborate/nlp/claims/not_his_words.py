"""A statement its giver's side says is not his: "the statement recorded at the police office
was 'not my words'", "the confession was not his", "the confession was 'the SHO's story, not
mine'" - told by the accused's side, a confession
taken back (``CoercedStatements._coerced_confession`` asks it of a negated reported clause, as
it asks ``_never_made`` of "the statement was never made").

Read from the parse: the clause's verb is "be", negated (or its complement's appositive
negated: "the SHO's story, not mine"); its subject a statement or confession
noun the report can tell ("the statement", "his confession"); its complement a possessive
pronoun ("not his", "not mine") or a noun of one's own words owned by a pronoun ("not my
words", ``kinds.own_word_nouns``), or a statement or confession noun owned by one, told
bare ("was not his statement at all", "is not her confession"): the statement is denied to
be the one he gave, as "not his" denies it - but "not his first statement", "not his only
confession" (a word that ranks it among his own) concede that it is his.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.hung_statement import hung_statement
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["not_given_freely", "not_his_words"]

_OWN_WORDS = kinds_lexicon().own_word_nouns
_FREE_WILL = kinds_lexicon().free_will_words
_SAYING = kinds_lexicon().reporting_cues
_POSSESSIVE = frozenset({"PRP", "PRP$"})  # "his", "mine", "hers"; and "my" of "my words"
# The possessive pronouns that stand alone, which the tagger may take for adjectives when a
# quote ends on one ("the SHO's story, not mine"/JJ).
_STANDING_POSSESSIVES = frozenset({"mine", "his", "hers", "ours", "theirs"})


def not_his_words(clause: Token, lex: LegalLexicon) -> Token | None:
    """The statement or confession a negated clause of being says is not its giver's own
    words ("the statement was not my words", "the confession is not his"), or that a clause
    of being calls another's, its giver's own denied beside it ("the confession was the
    SHO's story, not mine"), or None."""
    if clause.lemma_.lower() != "be":
        return None
    complements = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
    if not any(c.dep_ == "neg" for c in clause.children) and any(
        _custodians_making(c, lex) for c in complements
    ):
        # "the confession attributed to him was a police story", "... was a paper the
        # investigating officer wrote": called the custodians' own, it is not his - but "the
        # complainant's statement", "the statement of the witness" are another's evidence
        told = _told_statement(clause, lex)
        return None if told is None or _of_another(told) else told
    if any(c.dep_ == "neg" for c in clause.children):
        if not any(_not_own(c, lex) for c in complements):
            return None
    elif not any(_not_own(a, lex) and any(n.dep_ == "neg" for n in a.children)
                 for c in complements for a in c.children
                 if a.dep_ in ("appos", "conj")):  # fmt: skip
        # "was the SHO's story, not mine": the negation is on the appositive, not the verb
        return None
    return _told_statement(clause, lex)


def _not_own(complement: Token, lex: LegalLexicon) -> bool:
    """Whether the complement names the giver's own: a possessive pronoun ("his", "mine"),
    his own words owned by one ("my words"), or a bare statement or confession noun owned by
    one ("not his statement"; "own" allowed: "not her own confession")."""
    if complement.tag_ in _POSSESSIVE and complement.lower_ != "it":
        return True
    if complement.lower_ in _STANDING_POSSESSIVES:
        return True
    owned = any(c.dep_ == "poss" and c.tag_ in _POSSESSIVE for c in complement.children)
    lemma = complement.lemma_.lower()
    if lemma in _OWN_WORDS:
        return owned
    # "not his statement at all": bare, so it denies the statement is his; a modifier that
    # ranks or counts it among his ("not his first statement") concedes that it is
    bare = not any(
        c.dep_ in ("amod", "nummod", "compound") and c.lower_ != "own" for c in complement.children
    )
    return owned and bare and lemma in lex.statement_or_confession_nouns


def _custodians_making(complement: Token, lex: LegalLexicon) -> bool:
    """Whether the complement calls a statement the custodians' own making: an account or a
    paper (``version_nouns``, ``signed_papers``) of their kind ("a police story") or one a
    relative says they wrote ("a paper the investigating officer wrote", ``writing_verbs``).
    An account of no custodian ("his own story", "a true account") or written by another ("a
    paper his brother wrote") calls it no one else's."""
    if complement.lemma_.lower() not in lex.version_nouns | lex.signed_papers:
        return False
    # "a police story": the custodians' as a kind, their making; a possessive alone ("the
    # SHO's story") names whose account it is, not that it is not his (``retr42``'s guard:
    # only with his own denied beside it, "the SHO's story, not mine")
    if any(c.dep_ == "compound" and _investigator(c, lex) for c in complement.children):
        return True
    return any(
        r.dep_ == "relcl" and r.lemma_.lower() in lex.writing_verbs
        and any(s.dep_ in NOUN_SUBJECTS and _investigator(s, lex) for s in r.children)
        for r in complement.children
    )  # fmt: skip


def _of_another(statement: Token) -> bool:
    """Whether a statement is owned by a common noun ("the complainant's statement") or an
    "of" phrase ("the statement of the witness"): someone's whom no name or pronoun tells."""
    return any(
        (c.dep_ == "poss" and c.pos_ == "NOUN") or (c.dep_ == "prep" and c.lower_ == "of")
        for c in statement.children
    )


def _investigator(word: Token, lex: LegalLexicon) -> bool:
    """Those who hold and question the accused: a custodial agent ("police", "the CTD") or
    an investigator's title ("the investigating officer", "the SHO", ``role_nouns``)."""
    return is_custodian(word) or lex.role_nouns.get(word.lemma_.lower()) == "investigator"


def not_given_freely(clause: Token, lex: LegalLexicon) -> Token | None:
    """The statement or confession a negated clause says was not given of free will ("the
    statement was not voluntary", "his confession was not made voluntarily"), or None: the
    negated verb's subject a statement noun the report can tell, its complement or manner a
    word of free will (``kinds.free_will_words``). Only the accused's side's word makes it
    a retraction (``CoercedStatements._coerced_confession`` asks it of a reported clause)."""
    if not any(c.dep_ == "neg" for c in clause.children):
        return None
    if not any(c.dep_ in ("acomp", "advmod", "attr") and c.lower_ in _FREE_WILL
               for c in clause.children):  # fmt: skip
        return None
    return _told_statement(clause, lex)


def _told_statement(clause: Token, lex: LegalLexicon) -> Token | None:
    """The clause's subject when it is a statement or confession noun the report can tell
    ("his statement", "the confession": owned or definite), or None."""
    nouns = lex.statement_or_confession_nouns
    for subject in (c for c in clause.children if c.dep_ in NOUN_SUBJECTS):
        owned = any(c.dep_ == "poss" or c.lower_ == "the" for c in subject.children)
        if subject.lemma_.lower() in nouns and owned:
            return subject
    # "the admission police had attributed to him was never his": the parser takes the
    # statement for a compound of the custodians and leaves the clause with no subject; the
    # statement their clause tells is its subject (``hung_statement``)
    return hung_statement(clause, lex, _SAYING)
