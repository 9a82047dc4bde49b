"""A statement the accused's side names only as others name it: "his counsel told the court
that the so-called confession had no legal value", "X said his so-called admission to the
police was written in the station", "the defence said the so-called confession was recorded
after days of illegal detention".

"So-called" gives a thing the name others give it while the speaker disputes that it is one:
said by the accused, his counsel or his kin of his own confession or statement, whatever the
clause then tells of it, the confession is taken back. ``CoercedStatements._told_as_theirs``
asks it of a clause its speaker tells (``_coerced_statement`` has turned away the police, a
prosecutor and a court, who do not call a confession they rely on "so-called"); whose the
statement is, is asked as of any statement his side disputes (``_coerced_by``: its owner, else
the client or kin of the side that speaks). The marks are ``legal.disputed_name_marks``;
"alleged" is none of them (a court's "his alleged admission was inadmissible" disputes
nothing of its making).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["so_called"]


def so_called(clause: Token, nouns: frozenset[str], lex: LegalLexicon) -> Token | None:
    """The first statement or confession noun (of ``nouns``) in the clause ``clause`` heads
    that a disputing mark modifies ("the so-called confession", "his so-called admission"),
    and that no one of the other side owns, or None. Not a verb's object: "his client disowns
    the so-called confession" is told by its verb (``claims.taking_back``), which says when
    and before whom it was taken back; the mark speaks alone where the clause tells of the
    statement ("the so-called confession had no value", "the video of his so-called
    confession was made at the CIA centre")."""
    for token in clause.subtree:
        if (
            token.lemma_.lower() in nouns
            and token.dep_ != "dobj"
            and any(_disputes(c, lex) for c in token.children if c.dep_ in ("amod", "compound"))
            and not _owned_by_the_other_side(token, lex)
        ):
            return token
    return None


def _owners_told(noun: Token) -> list[Token]:
    """The words that say whose a statement is: its possessor, its compound noun, the noun
    of its "of" ("the witness's so-called statement", "the so-called statement of the
    complainant")."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound")]
    return owners + [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]  # fmt: skip


def _owned_by_the_other_side(noun: Token, lex: LegalLexicon) -> bool:
    """Whether a word of whose it is names a part of the case's other side or an office
    ("the witness's so-called statement", "the so-called statement of the complainant"):
    the defence disputing their evidence, no confession taken back. Kin and counsel's
    client ("his son's", "his client's") are the accused's own side."""
    return any(
        lex.role_nouns.get(o.lemma_.lower()) not in (None, "relative", "defence")
        for o in _owners_told(noun)
    )


def _disputes(modifier: Token, lex: LegalLexicon) -> bool:
    """Whether a noun's modifier is a disputing mark: its words, the hyphen the tokenizer
    splits off ("so", "-", "called") read as a space, are a listed mark."""
    return " ".join(t.lower_ for t in modifier.subtree if t.text != "-") in lex.disputed_name_marks
