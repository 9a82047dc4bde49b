"""The evidential kind of an attribution, and the setting of a confession.

Kinds (see the README for examples):

- ``confession``: the source incriminates itself ("he confessed to killing").
- ``allegation``: the source accuses someone else ("Rangers claim that X killed").
- ``denial``: the source rejects an accusation ("the party denied", "baseless").
- ``retraction``: the source withdraws an earlier statement ("retracted").
- ``admission``: the source concedes part ("accepted the possibility").
- ``corroboration``: independent evidence is cited (recoveries, forensics, witnesses).
- ``ruling``: a court's decision.
- ``opinion``: editorial judgement or demand ("the action has to be indiscriminate").
- ``statement``: any other reported speech or thought.

The rules read the cue's lemma first, then the words of the content and the
source. They are deliberately lexical: they look at what was said, never at
which party or person said it, so swapping names cannot change a kind.
"""

from __future__ import annotations

import re

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.nlp.denial_words import negation_stands
from corroborate.records import Kind, Setting

# The words come from the lexicon (``lexicon/data/kinds.json``); these names are kept for the
# modules that read them.
_LEX = kinds_lexicon()
DENIAL_CUES = _LEX.denial_cues
RETRACTION_CUES = _LEX.retraction_cues
CONFESSION_CUES = _LEX.confession_cues
ADMISSION_CUES = _LEX.admission_cues
ALLEGATION_CUES = _LEX.allegation_cues
RULING_CUES = _LEX.ruling_cues
COURT_WORDS = _LEX.court_words
COURT_STAFF = _LEX.court_staff
EVIDENCE_WORDS = _LEX.evidence_words
CRIME_WORDS = _LEX.crime_words
NEGATION = _LEX.negation
# Words that dismiss an accusation whatever verb reports them: "the propaganda is
# completely baseless", "the federal minister is lying".
DISMISSAL = _LEX.dismissal
# An agency reporting its own raids, arrests and recoveries: "the Guard conducted 212
# raids ... and recovered 150 weapons". The weapons are the raided group's, not the
# agency's; such a report is a statement (its figures go to the audit), not an allegation.
ENFORCEMENT = _LEX.enforcement
SEIZED_THINGS = _LEX.seized_things
DEMAND_MODALS = _LEX.demand_modals
CUSTODIAL = _LEX.custodial
JUDICIAL = _LEX.judicial
# Only in a phrase the parse attaches to the claim: a court named near it may be another act's.
JUDICIAL_ATTACHED = _LEX.judicial_attached
PUBLIC = _LEX.public
# Plain reporting verbs: with a negation and an accusation in their content, a denial.
REPORTING_CUES = _LEX.reporting_cues


def classify(
    cue_lemma: str,
    cue_negated: bool,
    content: str,
    source: str,
    self_incriminating: bool,
    demand: bool = False,
    requested: bool = False,
    turned_down: bool = False,
    others_doing: bool = False,
    unrealised: bool = False,
    own_crime: bool | None = None,
) -> Kind:
    """The kind of one attribution.

    ``self_incriminating`` says whether the content's subject is the source itself;
    ``demand`` whether the cue's clause carries a deontic modal ("should not appear");
    ``requested`` whether the cue is an infinitive someone asks for ("urged the court to
    acquit"); ``turned_down`` whether a verb of denying takes a thing that is no accusation
    ("dismissing questions", "rejected the appeal": a statement); ``others_doing`` whether the
    content tells what another party's thing does ("Clinton's actions are not confined to
    ..."), or its negation denies no wrongdoing (a crime the subject suffered, an arrest not
    made: ``denials.negates_no_wrongdoing``), so that its negation or word of dismissal
    denies nothing of the source's: a
    statement (both read from the parse, ``nlp.denials``); ``unrealised`` whether the cue
    tells an act not done - asked for, refused or tried ("refused to confess", "police want X
    to confess"), or only possible ("could confess") - so that a verb of confessing there
    confesses nothing (read from the parse, ``nlp.attribution_labels``); ``own_crime`` whether the
    clause whose subject is the source names a crime the source did ("he had fired the shots",
    "he had strangled her"; not "he had seen the killers"), read from the parse
    (``nlp.own_deed``), or None where no clause was read, when the content's crime words decide.
    """
    lemma = cue_lemma.lower()
    if demand:
        return "opinion"
    source_words = set(re.findall(r"\w+", source.lower()))
    crime = bool(CRIME_WORDS.search(content))
    if (
        crime
        and ENFORCEMENT.search(content)
        and not CRIME_WORDS.search(SEIZED_THINGS.sub("", content))
    ):
        crime = False  # only the things seized in an enforcement report
    if lemma in RETRACTION_CUES:
        return "retraction"
    if lemma in DENIAL_CUES and (turned_down or cue_negated):
        # "never denied the charges", "did not deny killing him": no denial
        return "statement"
    if lemma in DENIAL_CUES or cue_negated and lemma in ALLEGATION_CUES | {"confess", "admit"}:
        return "denial"
    # "court officials said" reports; only a court, judge or bench rules.
    court = bool(source_words & COURT_WORDS) and not (source_words & COURT_STAFF)
    if lemma in RULING_CUES and (court or lemma in {"acquit", "convict"}):
        # "pleaded with the court to acquit him" asks for a ruling; it is not one.
        if not requested:
            return "ruling"
    if court and lemma in {"say", "observe", "hold", "find", "note"}:
        return "ruling"
    if lemma in CONFESSION_CUES | ADMISSION_CUES and unrealised:
        return "statement"  # "refused to confess", "could confess next week"
    if lemma in CONFESSION_CUES:
        return "confession"
    # What the source says he did himself: the parse of his clause where it was read, else
    # the content's words.
    own = crime if own_crime is None else own_crime
    if lemma in ADMISSION_CUES:
        return "confession" if self_incriminating and own and not cue_negated else "admission"
    if self_incriminating and own and not NEGATION.search(content):
        return "confession"
    accusing = crime or any(
        w in content.lower() for w in ("accusation", "allegation", "confession")
    )
    # "said her client did not deny meeting him before the robbery": a negated verb of
    # denying concedes, so its "not" is no negation of the accusation
    negates_accusation = bool(
        lemma in REPORTING_CUES and negation_stands(content, NEGATION) and accusing
    )
    if (negates_accusation or DISMISSAL.search(content)) and others_doing:
        # "A said B's actions are not confined to the scandal in which four were killed": B's
        # doing, none of A's to deny; nor does it say what B did (the crime is the scandal's)
        return "statement"
    if negates_accusation:
        return "denial"
    if DISMISSAL.search(content) and not self_incriminating:
        return "denial"
    if self_incriminating and own_crime is False and lemma not in ALLEGATION_CUES:
        # "X told reporters he had seen the killers": what he saw, no accusation of himself
        return "statement"
    if source_words & EVIDENCE_WORDS or lemma in {"corroborate", "testify", "recover"}:
        return "corroboration"
    if lemma in ALLEGATION_CUES or crime:
        return "allegation"
    if DEMAND_MODALS.search(content) and not source.strip():
        return "opinion"
    return "statement"


SETTING_KINDS = frozenset({"confession", "admission", "retraction", "denial"})
# Custody is where confessions are extracted; a denial that mentions a JIT
# report was not made in custody.
CUSTODIAL_KINDS = frozenset({"confession", "admission", "retraction"})


# How far (in characters) from an attribution a setting phrase may stand and still be
# about it: "He was questioned by a JIT. He confessed ..." is near; a magistrate named in
# another clause about another accused is not. Failing that, the scene set before it
# counts: "the JIT reports ... According to the report, he confessed".
SETTING_WINDOW = 100
SETTING_AFTER = 40  # after it, only what closes its own clause: "..., before a magistrate"
SCENE_WINDOW = 300


def setting_of(text: str, start: int, end: int, kind: Kind) -> Setting:
    """Where the accused spoke: in custody, before a court, in public, or unknown.

    ``[start, end)`` is the attribution's extent (cue and content) in ``text``. The nearest
    setting phrase in its paragraph, from SETTING_WINDOW characters before it to
    SETTING_AFTER after, decides, else the
    nearest in the SCENE_WINDOW characters before it. Only statements by the accused
    (confessions, admissions, retractions, denials) get a setting; for the rest it is
    "unknown". On a tie judicial wins over custodial ("retracted before the magistrate
    the confession made in custody" is a judicial act).
    """
    if kind not in SETTING_KINDS:
        return "unknown"
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    near = _nearest_setting(
        text,
        max(paragraph_start, start - SETTING_WINDOW),
        min(paragraph_end, end + SETTING_AFTER),
        start,
        end,
        kind,
    )
    return (
        near
        or _nearest_setting(text, max(0, start - SCENE_WINDOW), end, start, end, kind)
        or "unknown"
    )


def setting_in(phrase: str) -> Setting | None:
    """The setting a phrase attached to a confession names ("before a magistrate": judicial,
    "during interrogation": custodial), or None; a court outranks custody in one phrase."""
    if JUDICIAL.search(phrase) or JUDICIAL_ATTACHED.search(phrase):
        return "judicial"
    if CUSTODIAL.search(phrase):
        return "custodial"
    if PUBLIC.search(phrase):
        return "public"
    return None


def _nearest_setting(
    text: str, low: int, high: int, start: int, end: int, kind: Kind
) -> Setting | None:
    patterns: list[tuple[Setting, re.Pattern[str]]] = [("judicial", JUDICIAL)]
    if kind in CUSTODIAL_KINDS:
        patterns.append(("custodial", CUSTODIAL))
    patterns.append(("public", PUBLIC))
    best: tuple[int, int, Setting] | None = None
    for rank, (setting, pattern) in enumerate(patterns):
        for match in pattern.finditer(text, low, high):
            distance = max(start - match.end(), match.start() - end, 0)
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, setting)
    return best[2] if best else None
