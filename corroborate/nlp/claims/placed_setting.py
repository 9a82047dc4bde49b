"""A statement that is a confession by where it was made: "X's statement before the magistrate",
"his statement under Section 164", "X's admission to the investigators", "the police-station
admission attributed to X" - a statement noun (``statement_nouns``) owned by one the report
accuses, with a phrase of its own that sets it in custody or before a court.

Reports that tell a confession only as the thing a court weighs or a lawyer attacks name it so
("the judge relied on X's statement under Section 164", "his client's statement before the
magistrate was extracted"): no verb of confessing, only the statement and where it was taken.
A witness gives a statement before a magistrate too, so only an owner the report accuses.

The phrase is read by the words right after the noun, not the parse: the parser hangs "before
the magistrate" or "under Section 164" on the verb of the sentence ("relied on X's statement |
under Section 164") or takes "before" for a conjunction ("X's statement before the magistrate
was extracted"). Words before the noun count too ("the police-station admission"), and past
them the noun's own clause of giving, read by the parse ("a statement X made to detectives",
"the disclosure attributed to him in police custody": ``_clause_setting``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.contact_givers import contact_clause, given_to_custodians
from corroborate.nlp.claims.held_since import after_arrest
from corroborate.nlp.claims.told_theirs import split_relative
from corroborate.nlp.custodians import is_custodian, unqualified_custodian
from corroborate.nlp.grammar import NOUN_SUBJECTS, negated
from corroborate.nlp.kinds import setting_in
from corroborate.records import Setting

__all__ = [
    "custodians_word",
    "giving_clauses",
    "given_setting",
    "hearers_in_custody",
    "placed_setting",
    "said_giver",
    "while_clause",
]

# The words that open a statement's own phrase of where it was made: "before the magistrate",
# "to the police", "under Section 164", "during interrogation". Not "in" ("his statement in
# court" may be the trial's reading of it) nor "by" (one who takes it down may be a court).
_WHERE_MADE = frozenset({"before", "to", "under", "during"})
# The words that open a phrase on the noun's clause of giving that says where it was given:
# those after the noun, and "in" ("attributed to him in police custody": the clause says it was
# made there) and "by" (who took it down or attributes it: "by the SIT").
_TOLD_WHERE = _WHERE_MADE | {"in", "by"}
# The words that open a phrase of the verb of giving that says where: those, "at" ("made a
# statement at the police station": the verb's place is where it was given) and "after" ("signed
# it after three nights in custody": where he was when he gave it).
_GIVEN_WHERE = _TOLD_WHERE | {"at", "after"}
# The words that open a phrase of place after the noun: "X's admission at the police station",
# "his admission in police custody" - where it was made only when the place is the police's.
_PLACED = frozenset({"in", "at"})
# Of those, the ones whose object may be whom it was told to or who took it.
_TOLD_TO = frozenset({"to", "before", "by"})
# The parts of speech of the phrase after it ("the senior judicial magistrate", "Section 164").
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP"})
# The words before the noun that may say where it was made.
_MODIFIERS = frozenset({"compound", "amod", "nmod", "nummod"})
# How many words of that phrase are read.
_PHRASE_WORDS = 6
# Where the law records an accused's statement as a confession (a magistrate, Section 164): a
# statement "to the court" or "in court" is as often his answer to the charge (Section 342).
_RECORDS = kinds_lexicon().confession_records
# The verbs of saying whose clause may tell who made a statement ("the admission police said
# he made"): the reporting cues.
_SAYING = kinds_lexicon().reporting_cues
# The verbs a passive relative clause tells a statement by, its giving their infinitive ("the
# admissions he is said to have made", "the confession X is alleged to have given"): saying and
# alleging.
_SAID_PASSIVE = kinds_lexicon().said_cues


def placed_setting(noun: Token, lex: LegalLexicon, framing: bool = False) -> Setting | None:
    """The setting of a statement noun by the words right around it: the phrase after it
    ("statement before the magistrate", "admission to the investigators", also after a
    participle of giving: "statement recorded in police custody") or its modifiers
    before it ("the police-station admission"), where that is custodial, or judicial where
    the law records confessions (``kinds.confession_records``); else None. Not a statement
    that frames what its verb tells ("in his statement to the police, X denied ..."): the
    verb says whether he confessed; with ``framing``, such a statement too, for a reader that
    asks what the verb tells (``claims.statement_said``)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in lex.statement_nouns:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and not framing:
        return None
    doc = noun.doc
    text = doc.text
    word = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    where_made = _WHERE_MADE
    if word is not None and _giving_participle(word, lex) and noun.i + 2 < len(doc):
        # "X's statement recorded in police custody", "his statement made before the JIT":
        # the participle that gives it, then its phrase - "in" too, as the participle says the
        # statement was taken there (not the trial's reading of it)
        word = doc[noun.i + 2]
        where_made = _WHERE_MADE | {"in"}
    if word is not None and word.lower_ in where_made:
        end = word.i + 1
        while end < len(doc) and end - word.i <= _PHRASE_WORDS and _in_phrase(doc[end]):
            end += 1
        last = doc[end - 1]
        found = _confession_setting(text[word.idx : last.idx + len(last.text)])
        if found is None and _told_to_custodians(word, doc[word.i + 1 : end]):
            found = "custodial"  # "his statement to RAB", "her admission to the CTD"
        if found is not None:
            return found
    elif word is not None and word.lower_ in _PLACED:
        # "X's admission at the police station", "his admission in police custody": a place
        # of the police's says where it was made (a trial reads a statement "in court", never
        # "in police custody"), so custodial only
        end = word.i + 1
        while end < len(doc) and end - word.i <= _PHRASE_WORDS and _in_phrase(doc[end]):
            end += 1
        last = doc[end - 1]
        if setting_in(text[word.idx : last.idx + len(last.text)]) == "custodial":
            return "custodial"
    # "the police-station admission": written with a hyphen, read as words; "his Section 164
    # statement" (the section a noun modifier, its number the noun's own)
    modifiers = [c for c in noun.children if c.dep_ in _MODIFIERS and c.i < noun.i]
    if modifiers:
        lo = min(t.left_edge.idx for t in modifiers)
        found = _confession_setting(text[lo : noun.idx + len(noun.text)].replace("-", " "))
        if found is not None:
            return found
        if _custodians_own(noun, modifiers):
            return "custodial"
    return _clause_setting(noun, lex)


def custodians_word(noun: Token) -> bool:
    """A statement noun the police's own clause tells of: "the confession the police had
    announced at a press conference", "the admission the SHO relied on" - a relative clause
    on it, not negated, whose subject is a custodial agent (``is_custodian``). The police
    announce, attribute or rely on what was said to them: custodial, and where they tell of
    it (their press conference) is not where it was made."""
    if noun.pos_ in ("VERB", "AUX"):
        return False
    split = split_relative(noun)  # "the statement police took from him", split off
    clauses = [c for c in [*noun.children, *([split] if split is not None else [])]
               if (c.dep_ == "relcl" or c == split)
               and not any(n.dep_ == "neg" for n in c.children)]  # fmt: skip
    return any(
        is_custodian(t)
        for clause in clauses
        for s in clause.children
        if s.dep_ in NOUN_SUBJECTS
        for t in s.subtree
    )


def _custodians_own(noun: Token, modifiers: list[Token]) -> bool:
    """ "X's police statement", "his CID statement": a statement with an owner of its own
    (a possessive) that a custodial agent names before it (``is_custodian``) is the one the
    police took from him. Unowned, "a police statement" is as often the police's own word to
    the press, so only with the possessive."""
    owned = any(c.dep_ == "poss" for c in noun.children)
    return owned and any(m.dep_ == "compound" and is_custodian(m) for m in modifiers)


def _clause_setting(noun: Token, lex: LegalLexicon) -> Setting | None:
    """The setting the noun's own clause of giving names, past the words right after it: "a
    warning statement X made to detectives after his arrest", "the disclosure attributed to
    him in police custody", "the admission attributed to X by the SIT" - a relative clause
    or participle (``confession_givers``, ``recording_verbs``, ``attribution_verbs``) whose
    phrase sets it in custody (its words, or a custodian it was told to or taken by: "to
    Detective Sergeant Y"), or before a court where the law records confessions. The words
    right after the noun are a name or the participle's owner there, so ``placed_setting``'s
    reading by the words stops short of the phrase."""
    verbs = lex.statement_givers | lex.attribution_verbs
    for clause in giving_clauses(noun, verbs):
        # "the admission X made at the police station": the clause's phrases of place, as
        # the verb of giving's own (``given_setting``)
        found = _phrases_setting(list(clause.children), where=_GIVEN_WHERE)
        # "a statement recorded while X was in police custody": where its giver was held
        held = [p for w in clause.children if w.dep_ == "advcl" and while_clause(w)
                for p in w.children]  # fmt: skip
        found = found or _phrases_setting(held, where=_GIVEN_WHERE)
        if found is None and (_custodians_clause(clause, lex) or given_to_custodians(clause)):
            found = "custodial"  # "the statement the police recorded", "X gave the police"
        if found is not None:
            return found
    # "the statement X made after his arrest": only when it was given, where no clause of
    # giving names a setting (``held_since``)
    if any(after_arrest(clause, lex) for clause in giving_clauses(noun, verbs)):
        return "custodial"
    return None


def giving_clauses(noun: Token, verbs: frozenset[str]) -> list[Token]:
    """The noun's own clauses of giving (``verbs``): a relative clause or participle on it
    ("the admission X made at the police station"), and the clause of giving a relative
    clause of saying on it holds ("the disclosure the police claimed he made during
    interrogation", "the admission the inspector said X made at the station") - the
    statement is that clause's object, so it has a subject of its own and no object - or its
    passive holds as an infinitive ("the admissions he is said to have made in custody": the
    passive's subject gave it, ``said_giver``)."""
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    said = [
        g for c in clauses if c.lemma_.lower() in _SAYING
        for g in c.children if g.dep_ == "ccomp" and g.lemma_.lower() in verbs
        and any(s.dep_ == "nsubj" for s in g.children)
        and not any(o.dep_ == "dobj" for o in g.children)
    ]  # fmt: skip
    said += [
        g for c in clauses if c.dep_ == "relcl" and c.lemma_.lower() in _SAID_PASSIVE
        and any(s.dep_ == "nsubjpass" for s in c.children)
        for g in c.children if g.dep_ == "xcomp" and g.lemma_.lower() in verbs
        and not any(o.dep_ == "dobj" for o in g.children)
    ]  # fmt: skip
    found = [c for c in clauses if c.lemma_.lower() in verbs] + said
    # "the statement his client gave French police", "the confession the driver allegedly
    # made to the police": the same clause, hung by the parser beside the noun
    contact = contact_clause(noun, verbs, _SAID_PASSIVE)
    if contact is not None and all(c.i != contact[1].i for c in found):
        found.append(contact[1])
    return found


def said_giver(clause: Token) -> Token | None:
    """The verb of saying whose passive subject gave the statement, for a clause of giving
    ``giving_clauses`` found as its infinitive ("the admissions he is said to have made": "said",
    whose "he" made them); None for any other clause."""
    if clause.dep_ != "xcomp" or clause.head.lemma_.lower() not in _SAID_PASSIVE:
        return None
    return clause.head


def _custodians_clause(clause: Token, lex: LegalLexicon) -> bool:
    """ "the statement the police attributed to X", "the statement the police recorded": a
    relative clause of recording or attributing on the noun whose own subject is a custodial
    agent (``is_custodian``) - the police take down and attribute what was said to them. Not
    a clause of giving ("the statement the police gave": their own), nor a negated one."""
    if clause.dep_ != "relcl" or negated(clause):
        return False
    if clause.lemma_.lower() not in lex.recording_verbs | lex.attribution_verbs:
        return False
    return any(is_custodian(t) for s in clause.children if s.dep_ == "nsubj" for t in s.subtree)


def while_clause(clause: Token) -> bool:
    """ "while X was in police custody": a clause of time opened by "while"."""
    return any(c.dep_ == "mark" and c.lower_ == "while" for c in clause.children)


def given_setting(noun: Token, lex: LegalLexicon) -> Setting | None:
    """The setting the phrases of the verb of giving whose object the statement is name,
    after it: "X had made admissions to the investigating officer", "X made a statement at
    the police station", "X gave a statement in police interviews" - custodial, or judicial
    where the law records confessions. The parser hangs such a phrase on the verb, not the
    noun, so ``placed_setting`` (the noun's own words and clauses) does not see it."""
    giver = noun.head
    givers = lex.statement_givers
    if noun.dep_ != "dobj" or giver.lemma_.lower() not in givers:
        return None
    # the verb's phrases after the noun, and the noun's own: "made admissions | in police
    # interviews" (the parser may hang it on either; with the verb of giving, "in" is where
    # it was made, not the trial's reading of it)
    phrases = [c for c in (*noun.children, *giver.children) if c.i > noun.i]
    # and a phrase fronted on the verb of giving itself ("In interview, X made full
    # admissions"): where the giving was, as after it; only the verb's own, never a phrase on
    # a verb above it ("At the hearing, the prosecutor said X made admissions")
    fronted = [c for c in giver.children if c.i < giver.i]
    return _phrases_setting(sorted(phrases, key=lambda c: c.i), where=_GIVEN_WHERE) or (
        _phrases_setting(fronted, where=_GIVEN_WHERE)
    )


def _phrases_setting(phrases: list[Token], where: frozenset[str] = _TOLD_WHERE) -> Setting | None:
    """The setting the first of ``phrases`` that names one does: its words, or a custodian it
    was told to or taken by ("to Detective Sergeant Y", "attributed ... by police")."""
    for phrase in phrases:
        if phrase.dep_ not in ("prep", "agent", "dative") or phrase.lower_ not in where:
            continue
        last = phrase.right_edge
        found = _confession_setting(phrase.doc.text[phrase.idx : last.idx + len(last.text)])
        hearers = [t for o in phrase.children if o.dep_ == "pobj" for t in o.subtree]
        if found is None and phrase.lower_ in _TOLD_TO and any(map(is_custodian, hearers)):
            found = "custodial"  # "made to Detective Sergeant Y", "attributed ... by police"
        if found is not None:
            return found
    return None


def _told_to_custodians(opener: Token, phrase: Span) -> bool:
    """ "his statement to RAB", "the admission to the CTD", "X's statement before the
    gendarmes": a phrase after the statement that names whom it was told to, a custodial
    agent - as ``_phrases_setting`` reads such a phrase on the noun's clause of giving and the
    confession noun's own "to" phrase reads it. The phrase's words alone name the police and
    their officers ("to the police"); an agency by its name or initials only the lexicon's
    list knows (``hearers_in_custody``)."""
    return opener.lower_ in _TOLD_TO and hearers_in_custody(phrase)


def hearers_in_custody(words: Iterable[Token]) -> bool:
    """Whether ``words`` (a phrase of whom a statement was told to) name a custodial agent of
    no other trade (``custodians.unqualified_custodian``: "RAB", "the CTD", "ICAC officers";
    not "the labour inspector")."""
    return any(map(unqualified_custodian, words))


def _in_phrase(word: Token) -> bool:
    """Whether ``word`` goes on the phrase after the statement: a noun phrase's words, and a
    participle before its noun ("to the investigating officer", "the arresting officer")."""
    return word.pos_ in _PHRASE_POS or (word.dep_ == "amod" and word.i < word.head.i)


def _giving_participle(word: Token, lex: LegalLexicon) -> bool:
    """Whether ``word`` is a past participle of giving or recording a statement ("recorded",
    "made", "given", "taken") that follows the noun it describes."""
    givers = lex.statement_givers
    return word.tag_ == "VBN" and word.lemma_.lower() in givers


def _confession_setting(words: str) -> Setting | None:
    """The setting ``words`` name where an accused's statement there is his confession:
    custodial, or judicial where the law records confessions."""
    found = setting_in(words)
    if found == "custodial" or (found == "judicial" and _RECORDS.search(words)):
        return found
    return None
