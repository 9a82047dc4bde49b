"""The words that tell an enforcement figure: what was counted, by whom, against whom.

Word lists only, about actions and kinds of actor, never about particular parties: the
rules must read "372 raids on X's offices" the same whatever X is (the neutrality test).
"""

from __future__ import annotations

import re

from corroborate.lexicon.measures import measure_words, pattern
from corroborate.records import Measure

_WORDS = measure_words()
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
# otherwise shows itself: see figures._force_kills).
ENCOUNTER = re.compile(r"\b" + _words(_WORDS.encounters) + r"\b", _I)
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
    r"\A\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?(?:who\s+|that\s+)?"
    # "... armed wing had been detained": a few words of the noun phrase before the verb.
    r"(?:[a-z][\w-]*\s+){0,2}?(?=(?:had|have|has|were|was|are|is|been)\b)?"
    r"(?:(?:were|was|are|is|had|has|have|been|being|got|also|later|reportedly|allegedly)\s+)*"
    # "... were among those arrested"
    r"(?:among\s+(?:those|the\s+people|the\s+suspects)\s+)?"
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
WEAPON_UNIT = re.compile(r"\b" + _words(_WORDS.units["weapons"]) + r"\b", _I)
PEOPLE_UNIT = re.compile(r"\b" + _words(_WORDS.units["people"]) + r"\b", _I)
CASE_UNIT = re.compile(r"\b" + _words(_WORDS.units["cases"]) + r"\b", _I)
KILLING_UNIT = re.compile(r"\b" + _words(_WORDS.units["killings"]) + r"\b", _I)
# The people a force acts against: killing them is an enforcement figure by itself.
ADVERSARY = re.compile(r"\b" + _words(tuple(_WORDS.adversaries)) + r"\b", _I)
# "a suspect affiliated with X": an individual report counts one.
ONE_PERSON = re.compile(
    r"\b(?:an?|one)\s+(?:(?:alleged|suspected|wanted|absconding|notorious)\s+)?"
    r"(suspect|worker|activist|member|militant|terrorist|target\s+killer|gangster|leader|"
    r"operative|criminal)\b",
    re.IGNORECASE,
)

# Who acts: security agencies by kind, never by the name of a party.
AGENCY = re.compile(
    r"(?:(?:[A-Z][\w-]*\s+){0,3})(?:Rangers|Guard|Frontier\s+Corps|FC|CTD|FIA|"
    r"Counter[- ]Terrorism\s+Department|[Pp]olice)(?:\s+[A-Z][\w-]*){0,2}"
    r"|\b(?:paramilitary\s+force|security\s+forces|law[- ]enforcement\s+agencies|LEAs)\b",
)
AGENCY_WORDS = re.compile(
    r"\b(?:Rangers|Guard|Corps|FC|CTD|FIA|police|Police|paramilitary|"
    r"forces|agencies|LEAs)\b"
)

# Words before a target group: "raids on", "against", "affiliated with", "workers of".
GROUP_TRIGGER = re.compile(
    r"\b(?:(?:raids?|raided|operations?|crackdown|action|swoops?)\s+(?:on|against|at|over)"
    r"|(?:conducted|carried\s+out|launched|mounted)\s+(?:on|against|at)"
    r"|raided|against|targeting|targeted\s+at"
    r"|(?:affiliated|associated|linked|attached|connected|affiliation)\s+(?:with|to)"
    r"|belong(?:ing|ed|s)?\s+to|(?:links?|ties)\s+(?:with|to)"
    r"|(?:offices?|hideouts?|headquarters|premises|set-ups?|centres?|centers?)\s+of"
    r"|(?:workers?|members?|activists?|militants?|cadres?|operatives?|supporters?|leaders?)"
    r"\s+of|from)\s+",
    re.IGNORECASE,
)
# Nouns that make a description a group ("other banned outfits and criminal groups").
GROUP_NOUN = re.compile(
    r"\b(?:outfits?|groups?|gangs?|gangsters|part(?:y|ies)|wings?|factions?|"
    r"organi[sz]ations?|movements?|militias?|networks?)\b",
    re.IGNORECASE,
)
# Where a group is found: "from X's offices" names X only with such a place after it.
PREMISES = re.compile(
    r"(?:['’]s)?\s+(?:\([^()]{1,12}\)\s+)?"
    r"(?:offices?|headquarters|hideouts?|set-ups?|centres?|centers?|markaz)\b",
    re.IGNORECASE,
)
# Complaints of unequal treatment (the contesting statements beside a group's row).
COMPLAINT = re.compile(
    r"\b(?:discriminat\w*|unfair\w*|unjust\w*|targeted|targeting|victimi[sz]\w*|"
    r"singled\s+out|selective\w*|politici[sz]ed|biased|one-sided|witch[- ]hunt|vendetta|"
    r"main\s+target|only\s+our|malign\w*|persecut\w*)",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:no|not|never|without|nor|n't)\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE)
