"""What the ledger needs of each attribution's text, read once per document where the text is.

The ledger is built across documents from stored records (``ledger.link``): it must not read
a document's text again at every rebuild. So everything it once read there - the sentences to
quote, the day they name, the act, whether a statement rejects something or reports a
confession, speaks of "the party", names accusations, comes from a court, which names its
content holds - is decided here, with the document's text and mentions, into
``records.AttributionFacts``, stored with the attribution (``Attribution.facts``). Of a
claim's text the ledger needs the day its sentence names (``Claim.date``) and whether it
reports a confession to investigators (``Claim.custodial_report``), read here too. Ingest
calls ``with_facts`` and ``with_claim_facts`` after extraction; the store's upgrade reads the
stored rows the same way (migration ``LEDGER_FACTS``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.name_words import name_words
from corroborate.lexicon.statements import statement_words
from corroborate.nlp import names
from corroborate.nlp.acts import act_of
from corroborate.nlp.dates import event_date, names_a_date, resolve
from corroborate.nlp.denial_words import denies_in_words
from corroborate.nlp.event_dates import Dating
from corroborate.nlp.headlines import told_again
from corroborate.nlp.kinds import setting_of
from corroborate.nlp.mentions import is_modifier
from corroborate.nlp.sentences import quote_range, sentences
from corroborate.records import (
    Attribution,
    AttributionFacts,
    Claim,
    DateExpression,
    Document,
    Mention,
    Range,
    Setting,
)

__all__ = [
    "attribution_facts",
    "before_report",
    "claim_facts",
    "custodial_report",
    "quoted",
    "resolved",
    "same_act",
    "told_once",
    "with_claim_facts",
    "with_facts",
]

_WORDS = statement_words()
_COURT_WORDS = kinds_lexicon().court_words
# After a name, these leave it a name rather than a modifier: "MQM and", "the MQM was".
_NOT_A_NOUN_AFTER = name_words().joining_words | _WORDS.subject_verbs
_FOLLOWING_WORD = re.compile(r"\s+([a-z]+)")


def with_facts(
    document: Document,
    attributions: Sequence[Attribution],
    mentions: Sequence[Mention],
    claims: Sequence[Claim] = (),
    datings: Mapping[Range, Dating] | None = None,
) -> list[Attribution]:
    """``attributions`` of ``document`` each with its facts (``attribution_facts``);
    ``claims``: the document's claims, quoted (``with_claim_facts``), whose quote an
    attribution of the same act takes (``attribution_facts``): the body's claim where the
    headline's act is told again there (``headlines.told_again``); ``datings``: what the
    parse read of each cue's date, by the cue's first range (``nlp.event_dates``)."""
    spans = sentences(document.text)  # once per document: a judgement has hundreds
    again = told_again(document.text, claims, spans)
    datings = datings or {}
    return [
        replace(a, facts=attribution_facts(
            document, a, mentions, spans, claims, again,
            datings.get(a.cue[0]) if a.cue else None,
        ))
        for a in attributions
    ]  # fmt: skip


def with_claim_facts(document: Document, claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` of ``document`` each quoted as an attribution is (``quoted``) and with
    what the ledger needs of its sentence (``claim_facts``)."""
    spans = sentences(document.text)
    return [claim_facts(document, quoted(document.text, c, spans)) for c in claims]


def told_once(document: Document, claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` (quoted) without the headline's that the body tells again
    (``headlines.told_again``); after ``with_facts``, which quotes an attribution of such a
    claim's act as the body's claim."""
    again = told_again(document.text, claims, sentences(document.text))
    return [c for c in claims if c.cue not in again]


def quoted(text: str, claim: Claim, spans: list[Range] | None = None) -> Claim:
    """``claim`` with ``start``/``end`` the whole sentences that hold its cue and its parties
    (``quote_range``, as an attribution's quote): the parse may join two sentences ("More
    than 140 witnesses testified. The accused denied ..."), and an attribution read there
    quotes only the second; one act told in one sentence is then quoted once. Only the
    words of the sentence the parse read count (a party a pronoun stands for is elsewhere)."""
    inside = [
        r for r in (claim.cue, *((p.start, p.end) for p in claim.participants))
        if claim.start <= r[0] and r[1] <= claim.end
    ]  # fmt: skip
    start, end = quote_range(text, inside or [(claim.start, claim.end)], spans)
    return replace(claim, start=start, end=end)


def claim_facts(document: Document, claim: Claim) -> Claim:
    """``claim`` with the date its cue's expression names (``Claim.when``, read from the
    parse: ``nlp.event_dates``), resolved against the publication date, else the publication
    day; and whether the sentence reports a confession to the police or investigators."""
    sentence = document.text[claim.start : claim.end]
    when = resolved(claim.when, document.published)
    return replace(
        claim,
        when=when,
        before_report=before_report(when, claim.after_the_fact),
        date=event_date(when.text if when else None, document.published),
        custodial_report=_confession(sentence) and _custody(sentence),
    )


def before_report(when: DateExpression | None, after_the_fact: bool) -> bool:
    """Whether an event is only known to lie before its report's day: told after the fact
    (a past perfect) with no date of its own, or dated by words that name no calendar date
    ("two weeks after the attack"), whatever the publication date."""
    if when is not None:
        return not names_a_date(when.text)
    return after_the_fact


def resolved(when: DateExpression | None, published: str | None) -> DateExpression | None:
    """``when`` with the date it names in a text published on ``published``."""
    return replace(when, value=resolve(when.text, published)) if when else None


def attribution_facts(
    document: Document,
    attribution: Attribution,
    mentions: Sequence[Mention],
    spans: list[Range] | None = None,
    claims: Sequence[Claim] = (),
    again: Mapping[Range, Claim] | None = None,
    dating: Dating | None = None,
) -> AttributionFacts | None:
    """What the ledger needs of ``attribution``'s text; None when it has no content, which
    the ledger cannot quote as an event. ``spans``: the text's sentences, when known;
    ``claims``: the document's claims, quoted (``same_act``); ``again``: the headline's
    claims the body tells again, by cue, with the body's (``headlines.told_again``);
    ``dating``: the date expression the cue governs and whether it is a past perfect, as the
    parse read them (``nlp.event_dates``; none: dated by its report)."""
    a, text = attribution, document.text
    ranges = [*a.source, *a.cue, *a.content]
    if not a.content:
        return None
    content = " ".join(text[s:e] for s, e in a.content)
    read = same_act(a, claims)
    if read is not None and again:
        read = again.get(read.cue, read)  # the headline's act: the body's telling
    start, end = (read.start, read.end) if read else quote_range(text, ranges, spans)
    confessed = bool(_WORDS.confession.search(content))
    if read is not None:  # the claim of the same act: one event, one date
        when, after_the_fact = read.when, read.after_the_fact
    else:
        when, after_the_fact = dating or (None, False)
        when = resolved(when, document.published)
    return AttributionFacts(
        quote=(start, end),
        date=event_date(when.text if when else None, document.published),
        when=when,
        after_the_fact=after_the_fact,
        before_report=before_report(when, after_the_fact),
        act=act_of(_masked(text, a.content, mentions, a.everyday_senses))
        or act_of(_masked(text, [(start, end)], mentions, a.everyday_senses)),
        denies=denies_in_words(content),
        reports_confession=confessed,
        reported_setting=_reported_setting(a, text) if confessed else None,
        own_party=bool(_WORDS.own_party.search(content)),
        names_accusations=bool(_WORDS.accusation.search(text[start:end])),
        quote_confession=_confession(text[start:end]),
        quote_custody=_custody(text[start:end]),
        court_source=_names_court(a.source_name or ""),
        source_label=_source_label(a.source_name),
        named=_named(text, a.content, mentions, a.passing),
        target_modifiers=_modifiers(a.target or ""),
        target_office=a.target_office,
        target_people=a.target_people,
        target_side=_names_at(mentions, a.target_side, _SIDES),
        target_conjuncts=_names_at(mentions, a.target_conjuncts, _PARTIES),
    )


def same_act(attribution: Attribution, claims: Sequence[Claim]) -> Claim | None:
    """The claim that reads the act ``attribution`` tells, by the same cue ("The accused
    denied conspiring ...": the grammar's denial and the tagger's), with the attribution's
    source inside the claim's quote; None if none. The attribution then quotes as the claim
    does, so that the ledger tells one act once: the tagger's content may reach into the
    sentence before ("More than 140 witnesses testified. The accused denied ..."), which
    would quote the act again over a wider span."""
    for claim in claims:
        inside = all(claim.start <= s and e <= claim.end for s, e in attribution.source)
        if inside and any(_overlap(claim.cue, cue) for cue in attribution.cue):
            return claim
    return None


def _overlap(one: Range, other: Range) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def custodial_report(quote: str, source: str | None) -> bool:
    """Whether a statement quoted as ``quote``, by ``source``, tells of a confession to the
    police or investigators: the rule the ledger applies to the facts (``ledger.link``), for
    the store's upgrade of events quoted before the facts were stored."""
    return _confession(quote) and (_custody(quote) or bool(source and _WORDS.names_custody(source)))


def _confession(quote: str) -> bool:
    """Whether a quote names a confession in any form ("confessed", "confessional")."""
    return _WORDS.confession_mention.search(quote) is not None


def _custody(quote: str) -> bool:
    """Whether a quote names the police, investigators or custody ("the JIT", "on remand")."""
    return _WORDS.custody.search(quote) is not None


def _reported_setting(a: Attribution, text: str) -> Setting | None:
    """Where a confession the content reports was made: an allegation has no setting of its
    own ("according to the report, X confessed"), so it is read for the confession."""
    if a.kind != "allegation":
        return None
    ranges = a.cue + a.content
    return setting_of(text, min(s for s, _ in ranges), max(e for _, e in ranges), "confession")


def _names_court(name: str) -> bool:
    """Whether a source's name is a court's ("the ATC judge", "the bench")."""
    return any(word in _COURT_WORDS for word in re.findall(r"\w+", name.lower()))


def _source_label(name: str | None) -> str | None:
    """A source no entity may stand for keeps its words when they describe someone ("the
    prosecution", "the force", "police" in "X killed Y, police said"); a pronoun or an
    indefinite phrase ("They", "a statement") names nobody, nor does another lone word in
    lower case ("who", "others"), unless it names an authority (police, investigators)."""
    if not name:
        return None
    words = name.split()
    if words[0].lower() in _WORDS.unnamed_openers:
        return None
    if len(words) == 1 and name.islower() and not _WORDS.names_authority(name):
        return None
    return name


def _masked(
    text: str, ranges: list[Range], mentions: Sequence[Mention], senses: Sequence[Range] = ()
) -> str:
    """The text of ``ranges`` with names blanked ("anti-terrorism court" names no act), and
    ``senses``, crime words in an everyday sense ("kill a proposal", "killing fields")."""
    chars = list(text)
    for m in mentions:
        if m.type != "person":
            chars[m.start : m.end] = " " * (m.end - m.start)
    for lo, hi in senses:
        chars[lo:hi] = " " * (hi - lo)
    return " ".join("".join(chars[s:e]) for s, e in ranges)


def _named(
    text: str, ranges: list[Range], mentions: Sequence[Mention], passing: Sequence[Range] = ()
) -> tuple[str, ...]:
    """Names of the people and organisations inside ``ranges``, in text order; places and
    names that only modify a noun ("Lyari gang war", "Avan bomb") left out, victims ("the
    murder of journalist X"), and names the parse gives in passing (``passing``: "work with
    the FBI", ``nlp.passing``)."""
    out: list[str] = []
    for m in mentions:
        if m.type == "place" or not any(s <= m.start < e for s, e in ranges):
            continue
        if any(s <= m.start < e for s, e in passing):
            continue
        if m.type != "person" and is_modifier(text, m):
            continue
        if names.is_victim(text, m.start):
            continue
        if _a_people(text, m):
            continue
        out.append(m.name)
    return tuple(out)


def _names_at(
    mentions: Sequence[Mention], ranges: Sequence[Range], types: frozenset[str]
) -> tuple[str, ...]:
    """Names of the mentions of ``types`` that lie at ``ranges`` (where the parse read the
    target's side, ``Attribution.target_side``, or the names co-ordinated with the target,
    ``Attribution.target_conjuncts``), each once, in text order."""
    out = [m.name for m in mentions
           if m.type in types
           and any(s <= m.start < e or m.start <= s < m.end for s, e in ranges)]  # fmt: skip
    return tuple(dict.fromkeys(out))


# The side of a target is an organisation; its conjuncts are people or organisations.
_SIDES = frozenset({"organization"})
_PARTIES = frozenset({"person", "organization"})


def _a_people(text: str, m: Mention) -> bool:
    """A nationality, religion or people in the plural ("admitting Muslims", "kill
    Americans"): never one party, as the claims read it (``nlp.claims.naming.common``). Not
    a NORP after "the", which may be a word of a longer name NER cut ("the Islamic State",
    "the Democratic leadership")."""
    written = text[m.start : m.end]
    return m.label == "NORP" and written.endswith("s") and not written.endswith("ss")


def _modifiers(phrase: str) -> tuple[str, ...]:
    """The word sequences of a target phrase that end right before a lower-case noun, so only
    modify it: "two Rangers personnel" gives "two Rangers" and "Rangers". The ledger leaves
    out a target whose entity goes by one of them."""
    out: list[str] = []
    for match in re.finditer(r"\S(?=\s+[a-z])", phrase):
        end = match.end()
        follow = _FOLLOWING_WORD.match(phrase, end)
        if follow is None or follow.group(1) in _NOT_A_NOUN_AFTER:
            continue
        starts = [0, *(m.end() for m in re.finditer(r"\s+", phrase[:end]))]
        out += [phrase[s:end] for s in starts if s < end]
    return tuple(dict.fromkeys(out))
