"""The words that tell an enforcement figure: what was counted, by whom, against whom.

The words are the lexicon's (``lexicon.measures``, ``lexicon.enforcement``); this module
compiles them into the patterns the audit reads text with, and holds no list of its own.
Actions and kinds of actor, never particular parties: the rules must read "372 raids on X's
offices" the same whatever X is (the neutrality test).
"""

from __future__ import annotations

import re

from corroborate.lexicon.enforcement import enforcement_words
from corroborate.lexicon.measures import measure_words, pattern
from corroborate.records import Measure

_WORDS = measure_words()
_ENF = enforcement_words()
_I = re.IGNORECASE


def _words(forms: tuple[str, ...]) -> str:
    return pattern(forms)


# Cue forms of each action (lexicon ``measures``); a count is read as that measure when one
# of them stands right before it ("arrested 560", "the arrest of 40") or right after it
# ("539 people were arrested").
CUES: dict[Measure, re.Pattern[str]] = {
    measure: re.compile(r"\b" + _words(forms) + r"\Z", _I) for measure, forms in _WORDS.cues.items()
}
# Killings count as enforcement only where the sentence tells an armed clash (or the force
# otherwise shows itself: see measure.force_kills).
ENCOUNTER = re.compile(r"\b" + _words(_WORDS.encounters) + r"\b", _I)
# "died in encounters", "perished in combat with troops": a death the clash after the verb
# lays at the force's door (a few words may qualify the clash: "in a shootout with police").
DIED_IN_CLASH = re.compile(
    r"\A\s*(?:(?:have|had|also|reportedly|later)\s+)*" + _words(_WORDS.clash_deaths)
    + r"\s+in\s+(?:an?\s+|the\s+|[\w-]+\s+)?" + ENCOUNTER.pattern[2:],
    _I,
)  # fmt: skip
# A killing verb that is the force's by itself ("neutralised", "slain"), unlike "killed".
FORCE_KILL = re.compile(
    r"\b"
    + _words(tuple(f for f in _WORDS.cues["killings"] if f not in _WORDS.killing_needs_force))
    + r"\b",
    _I,
)
# Any cue of an action done to people or things, for the words that may follow a count
# ("539 people were arrested"): not the attributed killings' "involved in".
CUE_WORD = re.compile(
    _words(
        tuple(f for m, forms in _WORDS.cues.items() if m != "attributed_killings" for f in forms)
    ),
    _I,
)
AFTER_CUE = re.compile(
    r"\A\s*(?:\([^()]{1,40}\)\s*)?"
    # "six members of X, who had been extorting traders, were also held"; "60 suspects,
    # among them activists of X, were taken into custody"; "Two shooters, wanted for a
    # murder, were killed": a clause set off by commas (a relative, "among them", "including",
    # a participle).
    r"(?:,\s*(?:who|among\s+them|including|[a-z]+ed)\s[^,;:.()]{1,80},\s*"
    r"(?=(?:[a-z]+\s+){0,2}?"
    r"(?:were|was|are|is|had|have|has)\b))?"
    r"(?:,\s*)?(?:who\s+|that\s+)?"
    # "... armed wing had been detained": a few words of the noun phrase before the verb.
    r"(?:[a-z][\w-]*\s+){0,2}?(?=(?:had|have|has|were|was|are|is|been)\b)?"
    r"(?:(?:were|was|are|is|had|has|have|been|being|got|also|later|reportedly|allegedly)\s+)*"
    # "... were among those arrested"
    r"(?:among\s+(?:those|the\s+" + _words(_WORDS.units["people"]) + r")\s+)?"
    r"(" + CUE_WORD.pattern + r")\b",
    _I,
)
# What may stand between a cue and its count: "arrested a total of 560", "acquitted in 3 cases".
BEFORE_GAP = re.compile(
    r"\s*(?:a\s+total\s+of\s+|in\s+|of\s+|to\s+being\s+)?(?:(?:a|an|some)\s+)?\Z",
    _I,
)

# The noun of a count says what kind of thing it counts (lexicon ``measures`` units).
RAID_UNIT = re.compile(r"\A(?:[\w“”\"‘’-]+\s+){0,2}?" + _words(_WORDS.units["raids"]) + r"\b", _I)
# "made 1,147 arrests", "Arrests: 2,318": a count of the act itself, not of the people.
ARREST_UNIT = re.compile(r"\A(?:[\w-]+\s+){0,2}?" + _words(_WORDS.units["arrests"]) + r"\b", _I)
# "secured 46 convictions": the same for verdicts.
CONVICTION_UNIT = re.compile(
    r"\A(?:[\w-]+\s+){0,2}?" + _words(_WORDS.units["convictions"]) + r"\b", _I
)
WEAPON_UNIT = re.compile(r"\b" + _words(_WORDS.units["weapons"]) + r"\b", _I)
PEOPLE_UNIT = re.compile(r"\b" + _words(_WORDS.units["people"]) + r"\b", _I)
CASE_UNIT = re.compile(r"\b" + _words(_WORDS.units["cases"]) + r"\b", _I)
KILLING_UNIT = re.compile(r"\b" + _words(_WORDS.units["killings"]) + r"\b", _I)
# The people a force acts against: killing them is an enforcement figure by itself.
ADVERSARY = re.compile(r"\b" + _words(tuple(_WORDS.adversaries)) + r"\b", _I)
# People nouns that name no one ("a policeman and two others"): killed, they may be victims.
UNNAMED_PEOPLE = re.compile(_words(_WORDS.unnamed_people), _I)
# "a suspect affiliated with X": an individual report counts one.
ONE_PERSON = re.compile(
    r"\b(?:an?|one)\s+(?:" + _words(_ENF.person_epithets) + r"\s+)?"
    r"(" + _words(_ENF.individual_nouns) + r")\b",
    _I,
)

# Who acts: security agencies by kind, never by the name of a party (lexicon ``enforcement``).
AGENCY = re.compile(
    r"(?:(?:[A-Z][\w-]*\s+){0,3})" + _words(_ENF.agency_names) + r"(?:\s+[A-Z][\w-]*){0,2}"
    r"|\b" + _words(_ENF.agency_descriptions) + r"\b",
)
# "30 members of X were in custody", "are now in custody": held, after a form of "be" (not
# "died in custody").
IN_CUSTODY = re.compile(
    r"\A\s*(?:were|are|remain|remained)\s+(?:(?:now|still|already)\s+)?"
    + _words(_WORDS.custody_states)
    + r"\b",
    _I,
)
# Who kills for the force: an agency ("police", "security forces") or its people ("officers").
FORCE_AGENT = re.compile(r"(?:" + AGENCY.pattern + r"|\b" + _words(_WORDS.force_agents) + r"\b)")
AGENCY_WORDS = re.compile(r"\b" + _words(_ENF.agency_words) + r"\b")

# An operation against someone: "raids", "a crackdown", "swoops".
RAID_NOUN = _words(_ENF.raid_nouns)
# Words before a target group: "raids on", "against", "affiliated with", "workers of".
_ON = r"\s+(?:on|against|at|over)"
GROUP_TRIGGER = re.compile(
    r"\b(?:"
    + RAID_NOUN
    + _ON
    + r"|"
    + _words(_ENF.conduct_verbs)
    + r"\s+(?:on|against|at)"
    + r"|"
    + _words(_ENF.targeting)
    + r"|"
    + _words(_ENF.affiliation_words)
    + r"\s+(?:with|to)"
    + r"|"
    + _words(_ENF.belonging)
    + r"\s+to|"
    + _words(_ENF.ties)
    + r"\s+(?:with|to)"
    + r"|"
    + _words(_ENF.premises)
    + r"\s+of"
    + r"|"
    + _words(_ENF.member_nouns)
    + r"\s+of|"
    # "three target killers of X", "four terrorists of the banned X": the people a force acts
    # against, of their group
    + _words(tuple(_WORDS.adversaries))
    + r"\s+of|from)\s+",
    _I,
)
# Nouns that make a description a group ("other banned outfits and criminal groups").
GROUP_NOUN = re.compile(r"\b" + _words(_ENF.group_nouns) + r"\b", _I)
# A description that is only a group noun and words of what kind of crime ("gangs",
# "criminal gangs"): the kind of people, named no more than "suspects" is.
UNNAMED_GROUP = re.compile(
    r"\A(?:" + _words(_ENF.unnamed_group_modifiers) + r"\s+)*" + GROUP_NOUN.pattern + r"\Z", _I
)
# Where a group is found: "from X's offices" names X only with such a place after it.
PREMISES = re.compile(r"(?:['’]s)?\s+(?:\([^()]{1,12}\)\s+)?" + _words(_ENF.premises) + r"\b", _I)
# Complaints of unequal treatment (the contesting statements beside a group's row).
COMPLAINT = re.compile(
    r"\b(?:" + _words(_ENF.complaint_stems) + r"\w*|" + _words(_ENF.complaint_phrases) + r")",
    _I,
)
NEGATION = re.compile(r"\b(?:no|not|never|without|nor|n't)\s+(?:\w+\s+){0,2}\Z", _I)
# Words before a group's name that are no part of it: determiners, possessives, epithets
# ("the banned"), and the premises it was found in ("offices of the").
GROUP_EPITHET = _words(("an", "a", "the", "its", "their", "his", "her", *_ENF.group_epithets,
                        *_ENF.premises))  # fmt: skip
# "Harbour gangs", "the Harbour gang war": what kind of group a name is, after it.
KIND_AFTER_NAME = _words(_ENF.kinds_after_name)
# "of", "del", "de los": lower-case words inside a group's name
NAME_CONNECTOR = _words(_ENF.name_connectors)
# Words of affiliation after a count ("39 belong to X", "95 were affiliated with X").
AFFILIATION = _words((*_ENF.affiliation_words, *_ENF.belonging, *_ENF.ties))
MEMBERS = _words(_ENF.member_nouns)
# Hedges blanked out before counts are read ("alleged", "so-called").
HEDGE = _words(_ENF.hedges)
# "seven suspects, including members of X", "most of them alleged members of X": X is some
# of the count, not its group (a hedge may stand between the marker and the group's trigger).
PARTIAL = re.compile(r"\b" + _words(_ENF.partial_markers) + r"\s+(?:" + HEDGE + r"\s+)?\Z", _I)
# "attributed 500 of the arrests to X": a verb that gives the count after it the group
# after "to"; "X alone accounted for 29 of them": one whose subject is the count's group.
ATTRIBUTION_VERB = re.compile(r"\b" + _words(_ENF.attribution_verbs) + r"\s+\Z", _I)
SHARE_VERB = _words(_ENF.share_verbs)
# Cue forms of arrests, for a count of arrests beside another figure.
ARREST_CUE = _words(_WORDS.cues["arrests"])
