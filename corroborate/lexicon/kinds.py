"""The words that decide an attribution's kind and a statement's setting (``data/kinds.json``).

``kinds_lexicon()`` gives cue lemmas by kind (denial, retraction, confession, admission,
allegation, ruling), the court and security cues the rules decide over the tagger, the words
that mark a court, its staff and evidence, and compiled patterns for crime words, negation,
dismissal, enforcement reports, things seized, demands, and the custodial, judicial and public
settings. ``nlp/kinds.py`` applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from corroborate.lexicon import load_data
from corroborate.lexicon.acts import acts_lexicon
from corroborate.lexicon.legal import legal

__all__ = ["KindsLexicon", "kinds_lexicon"]


@dataclass(frozen=True)
class KindsLexicon:
    denial_cues: frozenset[str]
    retraction_cues: frozenset[str]
    confession_cues: frozenset[str]
    admission_cues: frozenset[str]
    allegation_cues: frozenset[str]
    ruling_cues: frozenset[str]
    court_words: frozenset[str]
    court_staff: frozenset[str]
    evidence_words: frozenset[str]
    reporting_cues: frozenset[str]
    # What a verb of denying answers beyond the legal lexicon's accusations (``nlp.denials``).
    answered_nouns: frozenset[str]
    # The accused's side: rejecting what it argues is no denial of one's own (``nlp.denials``).
    answering_sides: frozenset[str]
    # Verbs of believing: a belief the source states of itself is about its clause's doer.
    belief_cues: frozenset[str]
    # Court and security cues the rules decide over the tagger (``nlp.tagger.apply``).
    rule_cues: frozenset[str]
    # Words that make a content accusing: the lexicon's own (``crime_words``: "crime",
    # "involvement", "orders") with the words of the acts it names (``crime_acts``), each
    # act's words kept once, in ``acts.json``.
    crime_words: re.Pattern[str]
    negation: re.Pattern[str]
    dismissal: re.Pattern[str]
    # Persecution named: "described the charges as a vendetta" (``nlp.claims.answers``).
    persecution: re.Pattern[str]
    # Coercion named: a confession said to be coerced is taken back (``nlp.claims.answers``).
    coercion: re.Pattern[str]
    # Harm done to a held person: a statement given after it is coerced (``nlp.claims.abuse_told``);
    # its own words and every beating verb (``legal.beating_verbs``), joined once by the loader.
    abuse_verbs: frozenset[str]
    # What a held person goes without, how long and where he is held: a statement given after
    # it is coerced (``nlp.claims.deprived_told``).
    held_wants: frozenset[str]
    held_spans: frozenset[str]
    held_places: frozenset[str]
    enforcement: re.Pattern[str]
    seized_things: re.Pattern[str]
    demand_modals: re.Pattern[str]
    custodial: re.Pattern[str]
    judicial: re.Pattern[str]
    # A court named in a phrase attached to the confession only (``nlp.kinds.setting_in``).
    judicial_attached: re.Pattern[str]
    public: re.Pattern[str]
    # Where the law records an accused's statement as a confession (``nlp.claims.settings``).
    confession_records: re.Pattern[str]
    # The sections under which the police or the trial court examine an accused: a statement
    # framed by them that admits is a confession there (``nlp.claims.examination_sections``).
    police_examination_records: re.Pattern[str]
    trial_examination_records: re.Pattern[str]
    # Verbs whose object is an act looked on or told of, not done (``nlp.own_deed``).
    onlooking_verbs: frozenset[str]
    # Acts whose words name no deed of the speaker's own clause (``nlp.own_deed``).
    deedless_acts: frozenset[str]
    # The press as the audience of a verb of telling (``nlp.audience``).
    public_audiences: frozenset[str]
    # Verbs that tell what a statement holds besides saying ("described how"):
    # ``claims.statement_said``.
    recounting_verbs: frozenset[str]
    # Verbs of fighting a statement in court: the accused's side takes it back
    # (``claims.challenged``).
    challenge_verbs: frozenset[str]
    # Keeping a statement out of evidence ("set aside"), and its being unusable ("inadmissible"):
    # asked or argued by the accused's side, a retraction (``claims.exclusion_sought``).
    exclusion_verbs: frozenset[str]
    inadmissible_words: frozenset[str]
    # One's own words: a statement said to be "not my words" is disowned (``claims.not_his_words``).
    own_word_nouns: frozenset[str]
    # A statement given of free will: one the accused's side says was "not voluntary" is
    # disowned (``claims.not_his_words.not_given_freely``).
    free_will_words: frozenset[str]

    @cached_property
    def said_cues(self) -> frozenset[str]:
        """The verbs whose passive tells what is said or alleged of one, its deed their
        infinitive ("he is said to have made", "the confession X is alleged to have given"):
        the reporting and the allegation cues, joined once here for every reader that asks."""
        return self.reporting_cues | self.allegation_cues


@cache
def kinds_lexicon() -> KindsLexicon:
    """The lexicon, read once per process."""
    data = load_data("kinds")
    fields = KindsLexicon.__dataclass_fields__
    values: dict[str, object] = {}
    for name in fields:
        value = data[name]
        values[name] = frozenset(value) if isinstance(value, list) else re.compile(value, re.I)
    values["crime_words"] = _crime_words(data["crime_words"], frozenset(data["crime_acts"]))
    # beating a held person is abuse as surely as whipping him: the beating verbs are listed
    # once, in ``legal.json``, and taken whole here
    values["abuse_verbs"] = frozenset(data["abuse_verbs"]) | legal().beating_verbs
    return KindsLexicon(**values)  # type: ignore[arg-type]


def _crime_words(own: str, act_labels: frozenset[str]) -> re.Pattern[str]:
    """One pattern: the lexicon's own accusing words or the words of any of ``act_labels``."""
    acts = {label: pattern for label, pattern in acts_lexicon().acts}
    unknown = act_labels - acts.keys()
    if unknown:
        raise ValueError(f"kinds.json crime_acts names acts acts.json lacks: {sorted(unknown)}")
    patterns = [own, *(acts[label].pattern for label in sorted(act_labels))]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
