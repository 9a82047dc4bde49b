"""A statement told by a contact relative of those who hold the accused: "X disowned the
admission police said he had made during interrogation", "the confession detectives say she
gave in custody", "the court excluded the confession police said they recorded from him".

The parser takes the statement noun for a compound of those who say ("admission police"), or
the custodian for the subject right after it, and the verb of saying for a clause of the
sentence's verb. Read as it is written: the custodians say, and the verb that gives or
records the statement follows - a clause of the verb of saying, or two or three words on
however the parser hung it - with no object of its own (the statement is that object) and
not negated. One reader of that clause (``police_said_giving``) for the retraction readers
(``said_made``: his statement where a pronoun gives it, the one who disowns it binding the
pronoun) and the confession reader (``PoliceSayMade``: whoever the clause names its maker);
which word is the giver is each one's own question. Made where the giving verb's own phrase
says, else in the custodians' hands (``said_made_setting``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.kinds import setting_in
from corroborate.records import Setting

__all__ = ["police_said_giving", "said_made", "said_made_setting"]


def police_said_giving(
    noun: Token, lex: LegalLexicon, saying_verbs: frozenset[str]
) -> Token | None:
    """The verb that gives or records a statement in the contact relative on ``noun``: a
    statement or confession noun whose custodian ("police", "detectives") is the compound's
    head or the subject right after it (past an article of its own: "the police") - or the
    custodian itself with the statement noun as its compound - followed by a verb of saying,
    and a giving or recording verb (``confession_givers``, ``recording_verbs``) that is the
    saying verb's clause or stands two or three words after it ("said he made", "say she
    gave"), not negated, with no object of its own; else None."""
    wanted = lex.statement_or_confession_nouns
    doc = noun.doc
    if is_custodian(noun) and any(
        c.dep_ == "compound" and c.lemma_.lower() in wanted for c in noun.children
    ):
        sayer = noun
    elif noun.lemma_.lower() not in wanted:
        return None
    elif noun.dep_ == "compound" and is_custodian(noun.head):
        sayer = noun.head  # "the admission police | said"
    else:
        # "the statement police say he gave", "the statement the police said he made": the
        # saying's subject, with its own article or none
        subject = _subject_after(noun)
        if subject is None or not is_custodian(subject):
            return None
        sayer = subject
    if sayer.i + 1 >= len(doc):
        return None
    saying = doc[sayer.i + 1]
    if saying.lemma_.lower() not in saying_verbs:
        return None
    givers = lex.statement_givers
    # the clause of saying as parsed, then by the words' order: the giving verb right after
    # its subject ("said he made", "said he had made")
    parsed = [c for c in saying.children if c.dep_ == "ccomp"]
    ordered = [t for t in doc[saying.i + 2 : saying.i + 4] if t.pos_ == "VERB"]
    for giving in (*parsed, *ordered):
        if giving.lemma_.lower() not in givers:
            continue
        if any(c.dep_ in ("neg", "dobj") for c in giving.children):
            continue  # "said he never made", "said he made a second statement"
        if any(t.dep_ == "neg" for t in doc[saying.i + 1 : giving.i]):
            continue  # "the police said he never made": a "never" the parser hung elsewhere
        if sayer.i > noun.i + 1 and _placed_elsewhere(giving):
            # "the disclosure the police claimed he made at the wedding": read by the clause
            # readers as no confession (a place of neither the police nor a court); the
            # order of words, read where the parser gave no clause, does not overrule them
            return None
        return giving
    return None


def _placed_elsewhere(giving: Token) -> bool:
    """Whether the giving verb's own "at" phrase names a place that is no setting ("made at
    the wedding"; not "made at the police station")."""
    return any(p.lower_ == "at" and found is None for p, found in _phrase_settings(giving))


def _phrase_settings(giving: Token) -> Iterator[tuple[Token, Setting | None]]:
    """Each preposition on the giving verb, in order, with the setting its phrase names
    (``setting_in``) or None: the one walk of the verb's own phrases that both where it was
    made (``said_made_setting``) and a place that is no setting (``_placed_elsewhere``)
    read."""
    text = giving.doc.text
    for phrase in giving.children:
        if phrase.dep_ == "prep":
            last = phrase.right_edge
            yield phrase, setting_in(text[phrase.idx : last.idx + len(last)])


def _subject_after(noun: Token) -> Token | None:
    """The subject that follows a noun, past one "the" of its own ("the statement | the
    police | said"), as a bare relative clause's subject stands; else None."""
    doc = noun.doc
    i = noun.i + 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return doc[i] if i < len(doc) and doc[i].dep_ == "nsubj" else None


def said_made(noun: Token, lex: LegalLexicon, saying_verbs: frozenset[str]) -> Token | None:
    """The verb of giving in the contact relative on ``noun`` (``police_said_giving``) whose
    subject is a pronoun, giving the statement ("the statement police say he gave"): the
    statement of the one the pronoun stands for - the one who disowns it, for the
    retraction readers; else None."""
    giving = police_said_giving(noun, lex, saying_verbs)
    if giving is None or giving.lemma_.lower() not in lex.confession_givers:
        return None
    own = any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in giving.children)
    return giving if own else None


def said_made_setting(giving: Token) -> Setting:
    """Where the statement of a contact relative of saying was made: the giving verb's own
    phrase ("made during interrogation", "gave before the magistrate", "recorded at the
    police station"; not "from him", which says whose), else custodial - those who say he
    made it are those who took it. Its prepositions' phrases only: a clause the parser hangs
    on the giving verb may be the sentence's own ("the statement police say he gave after
    his arrest would be challenged at trial")."""
    found = (s for p, s in _phrase_settings(giving) if p.lower_ != "from" and s is not None)
    return next(found, "custodial")
