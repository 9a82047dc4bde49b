"""The noun of a part a name renames when the parser lost the apposition: "A third
co-accused, X, died in jail", "A fifth accused, accountant X, entered a plea bargain",
"Another suspect, X, a cashier, went into hiding", "Through his lawyer, X, Y denied ...".

A reporter opens a clause with a counted or determined accused noun, a comma, and the name,
set off by a second comma. A small parser often reads such an opening as something else: the
hyphenated "co-accused" as a participle clause, "accused" as an adjective of the name, or the
noun and the name as two subjects of one verb, so no apposition joins them and the name's
description (``Descriptions._described_role``) never reaches the noun. Read along the tokens:
the name (after any common nouns of its own, "accountant X") follows a comma; before the
comma stands an accused noun or a noun of a part (``role_nouns``: "lawyer") whose phrase
holds only its determiners and modifiers and opens the sentence, a clause (after a comma, a
semicolon or a colon) or a preposition's phrase ("the testimony of the approver, X, a
senior auditor"); after the name a comma closes the apposition. A noun of a part renames the
name only where another name follows that comma, the clause's own subject ("Through his
lawyer, X, Y called the accusation a lie" - X the lawyer, Y the subject the parser made X's
apposition); in "According to the prosecution, X, along with others, fired" X is the subject. In
"After questioning the suspect, X said ..." a verb stands before the noun's phrase: the
suspect is its object, and X no one renamed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["noun_renamed_before"]

# The words of a noun's own phrase before it: "A third", "Another", "The fifth", "his".
_NOUN_PHRASE = frozenset({"DET", "NUM", "ADJ", "PRON"})
# What may stand before the phrase when it opens a clause.
_CLAUSE_OPENERS = frozenset({",", ";", ":"})
# At most this many common nouns (and adjectives) of the name's own before it: "accountant X",
# "former motor vehicle examiner X".
_OWN_WORDS = 5


def noun_renamed_before(span: Span, named: set[int], lex: LegalLexicon) -> Token | None:
    """The accused noun or noun of a part the name ``span`` renames across a comma the
    parser did not read as an apposition, or None. ``named`` holds the indices of every
    name's tokens (no common noun of the name's own may be another name)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None  # the apposition is closed by a comma
    i = span.start - 1
    while i > span.sent.start and span.start - i <= _OWN_WORDS:
        t = doc[i]
        if t.text == "," or t.i in named or t.pos_ not in ("NOUN", "ADJ"):
            break
        i -= 1
    if i <= span.sent.start or doc[i].text != ",":
        return None
    noun = doc[i - 1]
    if noun.dep_ == "conj":
        return None  # "summoned X, Y and a fellow detainee, Z": an item of a list of names
    if not _accused_word(noun, lex) and not _part_before_subject(span, noun, named, lex):
        return None
    j = noun.i - 1
    if j >= 1 and doc[j].text == "-":  # "co-accused", split by the tokenizer
        j -= 2
    while j >= span.sent.start and doc[j].pos_ in _NOUN_PHRASE and doc[j].i not in named:
        j -= 1
    if j < span.sent.start or doc[j].pos_ == "ADP" or doc[j].lower_ in _CLAUSE_OPENERS:
        return noun
    return None


def _accused_word(noun: Token, lex: LegalLexicon) -> bool:
    """An accused noun, as one word or joined to the word before a hyphen ("co-accused")."""
    words = {noun.lower_, noun.lemma_.lower()}
    if noun.i >= 2 and noun.nbor(-1).text == "-":
        words.add(f"{noun.nbor(-2).lower_}-{noun.lower_}")
    return bool(words & (lex.accused_nouns | lex.approver_nouns))


def _part_before_subject(span: Span, noun: Token, named: set[int], lex: LegalLexicon) -> bool:
    """A noun of a part ("lawyer") whose name's closing comma is followed by another name,
    the clause's own subject: "Through his lawyer, X, Y denied ...". Not "According to the
    prosecution, X, along with others, fired ...", where X is the subject and the
    prosecution a body that tells it."""
    after = span.end + 1
    return noun.lemma_.lower() in lex.role_nouns and after < len(span.doc) and after in named
