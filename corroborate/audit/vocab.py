"""The words that tell an enforcement figure: what was counted, by whom, against whom.

Word lists only, about actions and kinds of actor, never about particular parties: the
rules must read "372 raids on X's offices" the same whatever X is (the neutrality test).
"""

from __future__ import annotations

import re

from corroborate.records import Measure

# Verbs and nouns of each action; a count is read as that measure when one of them stands
# right before it ("arrested 560", "the arrest of 40") or right after it ("539 people were
# arrested").
CUES: dict[Measure, re.Pattern[str]] = {
    "arrests": re.compile(
        r"\b(?:arrest(?:ed|ing|s)?|apprehend(?:ed|ing)?|detain(?:ed|ing)?|held|nabbed|"
        r"picked\s+up|rounded\s+up|taken\s+into\s+custody|captured|netted)\Z",
        re.IGNORECASE,
    ),
    "killings": re.compile(
        r"\b(?:killed|gunned\s+down|shot\s+dead|eliminated|neutrali[sz]ed)\Z",
        re.IGNORECASE,
    ),
    "convictions": re.compile(r"\b(?:convicted|convicting|sentenced)\Z", re.IGNORECASE),
    "acquittals": re.compile(r"\b(?:acquitted|acquitting|exonerated)\Z", re.IGNORECASE),
    "cases": re.compile(
        r"\b(?:registered|booked|lodged|filed|nominated|registering)\Z", re.IGNORECASE
    ),
    "weapons_seized": re.compile(
        r"\b(?:seiz(?:ed|ing|ure\s+of)|recover(?:ed|ing|y\s+of|ies\s+of)|"
        r"confiscat(?:ed|ing|ion\s+of)|impounded|found)\Z",
        re.IGNORECASE,
    ),
    "attributed_killings": re.compile(
        r"\b(?:involved\s+in|involvement\s+in|responsible\s+for|confessed\s+to|behind|"
        r"committed|carried\s+out)\Z",
        re.IGNORECASE,
    ),
}
# Killings count as enforcement only where the sentence tells an armed clash.
ENCOUNTER = re.compile(
    r"\b(?:encounters?|shoot-?outs?|exchange\s+of\s+fire|cross-?fire|gunfights?|gun\s+battles?)\b",
    re.IGNORECASE,
)
# Any cue, for the words that may follow a count ("539 people were arrested").
CUE_WORD = re.compile(
    r"arrest(?:ed|ing)?|apprehended|detained|held|nabbed|picked\s+up|rounded\s+up|captured|"
    r"killed|gunned\s+down|shot\s+dead|convicted|sentenced|acquitted|registered|booked|"
    r"lodged|seized|recovered|confiscated|impounded|found",
    re.IGNORECASE,
)
AFTER_CUE = re.compile(
    r"\A\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?(?:who\s+|that\s+)?"
    # "... armed wing had been detained": a few words of the noun phrase before the verb.
    r"(?:[a-z][\w-]*\s+){0,2}?(?=(?:had|have|has|were|was|are|is|been)\b)?"
    r"(?:(?:were|was|are|is|had|has|have|been|being|got)\s+)*"
    r"(?:also\s+|reportedly\s+|later\s+|allegedly\s+)?(" + CUE_WORD.pattern + r")\b",
    re.IGNORECASE,
)
# What may stand between a cue and its count: "arrested a total of 560", "acquitted in 3 cases".
BEFORE_GAP = re.compile(
    r"\s*(?:a\s+total\s+of\s+|in\s+|of\s+|to\s+being\s+)?(?:(?:a|an|some)\s+)?\Z",
    re.IGNORECASE,
)

RAID_UNIT = re.compile(r"\A(?:[\w-]+\s+){0,2}?raids?\b", re.IGNORECASE)
WEAPON_UNIT = re.compile(
    r"\b(?:weapons?|arms|rifles?|pistols?|guns?|firearms?|grenades?|kalashnikovs?|"
    r"revolvers?|launchers?)\b",
    re.IGNORECASE,
)
PEOPLE_UNIT = re.compile(
    r"\b(?:workers?|suspects?|terrorists?|people|persons?|militants?|members?|activists?|"
    r"criminals?|killers?|gangsters?|men|accused|operatives?|cadres?|extortionists?|"
    r"kidnappers?|outlaws?|culprits?|individuals?|leaders?|supporters?|miscreants?|"
    r"insurgents?|fighters?|robbers?|facilitators?|hitmen|hitman)\b",
    re.IGNORECASE,
)
CASE_UNIT = re.compile(r"\b(?:cases?|FIRs?|first\s+information\s+reports?)\b", re.IGNORECASE)
KILLING_UNIT = re.compile(
    r"\b(?:killings?|murders?|incidents\s+of\s+(?:target(?:ed)?\s+)?killings?)\b", re.IGNORECASE
)
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
    r"\b(?:(?:raids?|raided|operations?|crackdown|action|swoops?)\s+(?:on|against|at)"
    r"|(?:conducted|carried\s+out|launched|mounted)\s+(?:on|against|at)"
    r"|raided|against|targeting|targeted\s+at"
    r"|(?:affiliated|associated|linked|attached|connected|affiliation)\s+(?:with|to)"
    r"|belong(?:ing|ed|s)?\s+to"
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
