"""Whom "us" stands for when an investigator quotes what an accused told his side: in
'"Panchal, during questioning, told us he drove the car to the spot," the DCP said' or
'"The supervisor told our officers that he had repacked the meat," a police spokesman said'
the one told is the speaker's own force - those who hold and question the accused - so the
telling is an account given in custody, as "told the police" is.

Read from the words and the parse, never from the speaker's name: the audience is the first
person plural ("us", or a noun "our" owns: "our officers", "our team"), the verb of telling
stands inside a quotation, and the verb of saying that closes or opens that quotation in its
paragraph has for subject one who speaks for the investigation - a custodial agent or rank
("the SHO", "the inspector", "police"), an abbreviated police rank ("the DCP", "the ACP";
``legal.json`` ``police_rank_abbreviations``), an investigator or prosecutor by role noun
("the officer", "the prosecutor"), or a spokesperson whose own phrase names one ("a
spokeswoman for the public prosecutor's office", "a police spokesman"). Not a relative, a
lawyer, a journalist or a bare spokesperson (a party's speaks for no force): '"He told us he
had debts," his wife said' tells what he told his family.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.custodians import is_custodian, plain_custodian
from corroborate.nlp.quotes import find_quotations

__all__ = ["speakers_own_force"]

_LEX = legal()
_SAYING = kinds_lexicon().reporting_cues
# How far from its quotation's mark a verb of saying may stand: '," the DCP said' - the
# mark, the subject's few words, the verb.
_REACH = 8
_INVESTIGATOR = "investigator"
_INVESTIGATING_ROLES = frozenset({_INVESTIGATOR, "prosecutor"})


def speakers_own_force(noun: Token, cue: Token) -> bool:
    """Whether ``noun``, an audience of the verb of telling ``cue``, is the first person
    plural ("us", "our officers") in a quotation an investigator speaks: then it is the
    investigator's force, which holds the accused."""
    if not _first_person_plural(noun):
        return False
    quoted = [(s, e) for s, e in find_quotations(cue.doc.text) if s < cue.idx < e]
    if not quoted:
        return False
    speaker = _speaker_of(cue, *quoted[0])
    return speaker is not None and _speaks_for_investigation(speaker)


def _first_person_plural(noun: Token) -> bool:
    if noun.lower_ == "us":
        return True
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children)


def _speaker_of(cue: Token, start: int, end: int) -> Token | None:
    """The subject of the verb of saying that closes the quotation (start, end) right after
    its mark ('," the DCP said') or opens it right before ('The SHO said: "...'), in the
    quotation's own paragraph."""
    doc = cue.doc
    text = doc.text
    # the quotation's paragraph: after its closing mark up to the next line break, before
    # its opening mark back to the line break before it (found once, not per token)
    closes = text.find("\n", end)
    closes = len(text) if closes < 0 else closes
    opens = text.rfind("\n", 0, start)
    after = [t for t in doc if end <= t.idx <= closes][:_REACH]
    before = [t for t in doc if opens < t.idx and t.idx + len(t) <= start]
    for verb in after + list(reversed(before[-_REACH:])):
        if verb.lemma_.lower() not in _SAYING or verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not start <= c.idx < end]
        if subjects:
            return subjects[0]
    return None


def _speaks_for_investigation(speaker: Token) -> bool:
    """Whether the subject of saying, or a word of its own phrase (its apposition: "Katrin
    Albers, a spokeswoman for the prosecutor's office"), names one who speaks for those who
    investigate."""
    words = [speaker] + [c for c in speaker.children if c.dep_ in ("appos", "compound")]
    for word in words:
        lemma = word.lemma_.lower()
        if word.lower_ in _LEX.police_rank_abbreviations or lemma in _LEX.police_rank_abbreviations:
            return True
        if is_custodian(word) or plain_custodian(word) or _a_police_rank(word):
            return True
        if _LEX.role_nouns.get(lemma) in _INVESTIGATING_ROLES:
            return True
        if lemma in _LEX.spokesperson_nouns and any(
            is_custodian(t) or _LEX.role_nouns.get(t.lemma_.lower()) in _INVESTIGATING_ROLES
            for t in word.subtree
            if t.i != word.i
        ):
            return True
    return False


def _a_police_rank(word: Token) -> bool:
    """Whether ``word`` is a rank (``name_words.ranks``) the legal lexicon gives no role but
    an investigator's: "the SHO", "the inspector", "the colonel" - not a court's rank ("the
    judge", "the magistrate": a court's "us" is the bench, who hold no one)."""
    lemma = word.lemma_.lower()
    return (
        lemma in name_words().ranks and _LEX.role_nouns.get(lemma, _INVESTIGATOR) == _INVESTIGATOR
    )
