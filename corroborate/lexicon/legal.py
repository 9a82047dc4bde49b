"""The words of legal and criminal acts (``data/legal.json``), as one typed object.

``legal()`` is what the claim reader (``nlp/claims/``) asks: which verbs rule on people and
with what outcome, which nouns name an accused or a role, which acts make a victim. Keys are
spaCy lemmas, lower case; a two-word verb is written with an underscore ("set_aside").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import cast

from corroborate.lexicon import load_data
from corroborate.records import PARTICIPANT_ROLES, STATUSES, ParticipantRole, Status

__all__ = ["OFFICES", "ROLES", "UNACCUSED_PARTS", "LegalLexicon", "Role", "legal"]

# The parts a party plays are the records' (one definition): re-exported under short names.
Role = ParticipantRole
ROLES = PARTICIPANT_ROLES
# Parts a person holds by office in a case: named as such, they are never its accused.
OFFICES: frozenset[Role] = frozenset({"court", "prosecutor", "defence"})
# Parts that stand before a court and are never its accused: its offices, its witnesses and
# the victims ("a witness identified as X" names no accused item of a list).
UNACCUSED_PARTS: frozenset[Role] = OFFICES | {"witness", "victim"}


@dataclass(frozen=True)
class LegalLexicon:
    ruling_verbs: Mapping[str, str]  # lemma -> outcome: "acquit" -> "acquitted"
    verdict_verbs: Mapping[str, str]  # verb + a verdict noun: "upheld the sentence of X"
    verdict_nouns: frozenset[str]
    ruling_nouns: frozenset[str]  # a decision a higher court can uphold or reverse
    bail_verbs: frozenset[str]
    bail_nouns: frozenset[str]  # "released on bail", "held without bond", "a surety"
    bail_setting_verbs: frozenset[str]  # "set bail at $25,000 for X": bail
    holding_verbs: frozenset[str]  # "held without bail": remanded
    arrested_people_nouns: frozenset[str]  # "The arrestees are X, Y": those arrested
    custody_order_verbs: frozenset[str]  # "allowed police to detain X": remanded
    raid_nouns: frozenset[str]  # "held in a dawn raid": arrested
    scene_nouns: frozenset[str]  # "held on the spot": arrested
    encounter_nouns: frozenset[str]  # "killed in an exchange of fire": an armed clash
    remand_nouns: frozenset[str]
    remand_verbs: frozenset[str]
    charge_verbs: Mapping[str, str]
    charge_nouns: frozenset[str]
    offence_verbs: frozenset[str]  # "try", "nominate": a charge only beside an offence or case
    censure_verbs: frozenset[str]  # "condemn": a sentence only with a punishment or a court
    frame_verbs: frozenset[str]
    arrest_verbs: Mapping[str, str]
    # outcome -> the status it implies ("sentenced" -> "convicted"); None: it implies none
    # ("held without charge": custody, no charge)
    outcome_statuses: Mapping[str, Status | None]
    accuse_verbs: frozenset[str]
    confess_verbs: frozenset[str]
    approver_nouns: frozenset[str]  # "X turned approver": X confessed
    becoming_verbs: frozenset[str]  # "turned", "became" (an approver)
    making_verbs: frozenset[str]  # "X has been made an accused": made one of the accused
    caption_separators: frozenset[str]  # "X v. State of Kerala": a case's title
    caption_fellows: frozenset[str]  # "X and Another v. State": the parties not named
    confession_nouns: frozenset[str]
    guilty_pleas: frozenset[str]
    plea_nouns: frozenset[str]  # "entered a plea of not guilty"
    plea_changing_verbs: frozenset[str]  # "changed his plea to guilty"
    declare_verbs: frozenset[str]
    absconder_nouns: frozenset[str]
    accused_nouns: frozenset[str]
    standing_nouns: frozenset[str]  # "not a suspect": a standing, no deed refused
    party_probing_verbs: frozenset[str]  # "X Ltd is being investigated": a suspect
    plan_nouns: frozenset[str]  # "mastermind": accused only of a plan that is a crime
    feeling_words: frozenset[str]  # "confessed to being nervous": no crime confessed
    linking_verbs: frozenset[str]  # "being", "feeling" nervous: the state is confessed
    crime_verbs: frozenset[str]
    leading_verbs: frozenset[str]  # "gunmen led by X": X leads the doers
    taking_verbs: frozenset[str]  # "taken into custody": an arrest
    custody_phrasal_verbs: frozenset[str]  # "X was picked up": an arrest when the law does it
    custody_nouns: frozenset[str]
    responsibility_adjectives: frozenset[str]  # "X was responsible for the murder"
    flight_verbs: frozenset[str]  # "X has been absconding": accused
    scheduling_verbs: frozenset[str]  # "X is scheduled for trial": charged
    flight_states: frozenset[str]  # "X, who is still at large": accused
    going_verbs: frozenset[str]  # "X went into hiding": into a flight state, accused
    owned_charge_nouns: frozenset[str]  # "X's murder charge was stayed": X was charged
    seeking_verbs: frozenset[str]  # "X is being sought": accused, not yet caught
    probing_verbs: frozenset[str]  # "police are probing the role of X": X a suspect
    evading_verbs: frozenset[str]  # "X has evaded arrest": accused
    evaded_nouns: frozenset[str]  # what one evades that is the law's reach
    fleeing_verbs: frozenset[str]  # "police said X had fled": accused, where tied to the case
    surrender_verbs: frozenset[str]  # "X surrendered to police": an arrest
    surrender_to: frozenset[str]  # the prepositions that name whom one surrenders to
    admission_verbs: frozenset[str]  # "X admitted killing Y": a confession
    custody_admission_verbs: frozenset[str]  # "during interrogation X disclosed that he ..."
    telling_all_verbs: frozenset[str]  # "during interrogation X spilled the beans"
    telling_all_objects: frozenset[str]  # what one spills that is everything one knows
    charge_accepting_verbs: frozenset[str]  # "in his statement, X accepted the charge"
    part_nouns: frozenset[str]  # "admitted his role in the murder"
    guilt_nouns: frozenset[str]  # "admitted his guilt": a confession by itself
    own_guilt_nouns: frozenset[str]  # "X denies guilt": a denial with no plea entered
    guilt_owning_verbs: frozenset[str]  # "X does not feel guilty": negated, a denial
    admitted_fact_forms: frozenset[str]  # "admitted the facts": the charge's facts, confessed
    wanting_verbs: frozenset[str]  # "X is wanted in connection with the murder"
    ordering_verbs: frozenset[str]  # "X ordered the killing of Y"
    order_nouns: frozenset[str]  # "killed on the orders of X"
    hiring_verbs: frozenset[str]  # "X hired Y to kill Z"
    accompanying_words: frozenset[str]  # "arrested along with Y"
    accompanying_prepositions: frozenset[str]  # "pleaded not guilty alongside Y"
    joint_adverbs: frozenset[str]  # "X is jointly charged with Y": Y charged too
    arrest_nouns: frozenset[str]  # "the arrest of X", "X's arrest"
    warrant_nouns: frozenset[str]  # "issued a warrant against X": X accused
    dock_nouns: frozenset[str]  # "X stood in the dock": X on trial, charged
    complicity_verbs: frozenset[str]  # "helped X murder Y": X is the one who murdered
    facing_verbs: frozenset[str]  # "X faces charges", "stands trial": X is charged
    bare_charge_nouns: frozenset[str]  # "faces charges" alone; "faces a case" with an offence
    commission_verbs: frozenset[str]  # "allegations that he had committed X": an offence
    responsibility_verbs: frozenset[str]  # "X claimed responsibility for it": X did it
    responsibility_nouns: frozenset[str]  # "responsibility", "credit"
    laying_verbs: frozenset[str]  # "blamed the bombing on X": X is accused of it
    instigation_prepositions: frozenset[str]  # "X was behind the attacks": X did them
    reflexive_pronouns: frozenset[str]  # "X killed himself": no one is accused
    body_nouns: frozenset[str]  # "X, a militant group": the organisation is accused
    wrongdoing_nouns: frozenset[str]  # "the misconduct by X": X did it
    crime_nouns: frozenset[str]
    victim_words: frozenset[str]
    role_nouns: Mapping[str, Role]
    office_holding_roles: frozenset[Role]  # an office outside a court's: "investigator"
    complaint_nouns: frozenset[str]  # "on the complaint of X": X the complainant
    complainant_nouns: frozenset[str]  # "the complainant nominated X": a case's accused
    plural_pronouns: frozenset[str]
    disowning_verbs: frozenset[str]
    request_verbs: frozenset[str]
    retraction_attempt_verbs: frozenset[str]  # "tried to retract it": taken back
    confession_givers: frozenset[str]
    statement_obtainers: frozenset[str]  # "his confession was obtained after ...": got from him
    informing_verbs: frozenset[str]  # "X told investigators that ...": custodial
    disclosing_verbs: frozenset[str]  # "X said / admitted / disclosed that ...", with informing
    handing_verbs: frozenset[str]  # "the pistol was handed to him by Y": the giver
    footage_nouns: frozenset[str]  # "a video in which X says ...": public
    question_verbs: frozenset[str]  # "Asked by journalists whether he ..., X said: 'Yes'"
    affirmative_answers: frozenset[str]  # "'Yes, I did it'": the answer admits the question
    footage_verbs: frozenset[str]  # "a video in which X is seen admitting ..."
    person_object_verbs: frozenset[str]  # "sentenced X", "X was arrested": X is a person
    person_subject_verbs: frozenset[str]  # "X confessed": X is a person
    group_nouns: frozenset[str]
    finding_verbs: frozenset[str]
    verdict_adjectives: Mapping[str, str]
    modal_auxiliaries: frozenset[str]
    quantifiers: frozenset[str]
    group_quantifiers: frozenset[str]  # "Both pleaded not guilty", "granted both men bail"
    others_words: frozenset[str]  # "the other suspects": a group besides the one followed
    # "another guard, X", "a fellow clerk, X": with ``others_words`` and the ordinals, a word
    # before a description noun saying there is another of that kind (``set_apart``)
    another_words: frozenset[str]
    negative_objects: frozenset[str]  # "had nothing to do with the murder"
    any_objects: frozenset[str]  # "never confessed to anything": none of it
    harm_nouns: frozenset[str]  # "had nothing to do with her death": a denial
    own_statement_disowners: frozenset[str]  # "disowned the statement he had given"
    ignorance_nouns: frozenset[str]  # "had no idea where the money came from"
    innocence_nouns: frozenset[str]  # "X has always maintained his innocence": a denial
    innocence_claims: frozenset[str]  # "X's claim of innocence": X's denial, whoever tells it
    side_plea_nouns: frozenset[str]  # "the defence's argument that he was framed": a denial
    offence_nouns: frozenset[str]  # "X denied the offence": a deed, as a crime noun is
    association_nouns: frozenset[str]  # "the party denied any link with X": a denial
    kinship_words: frozenset[str]  # "X, who is not related to the laborer": told apart
    tying_verbs: frozenset[str]  # "no evidence linking his client to it": a denial
    recovery_verbs: frozenset[str]  # "nothing was recovered from him": a denial
    holding_nouns: frozenset[str]  # "from the possession of the applicant": its owner
    naming_verbs: frozenset[str]  # "he was not named in the FIR": a denial
    wrong_adjectives: frozenset[str]  # "I have done nothing wrong": a denial
    denial_nouns: frozenset[str]  # "X's denial", "X issued a denial": X denies
    contesting_verbs: frozenset[str]  # "his client would fight the charge": a denial
    cause_nouns: frozenset[str]  # "he was picked up without any reason": a denial
    anyone_pronouns: frozenset[str]  # "he did not touch anyone": a denial
    restrictive_adverbs: frozenset[str]  # "he had merely processed a file": a denial
    place_adverbs: frozenset[str]  # "he was abroad at the time of the killing": an alibi
    representing_verbs: frozenset[str]  # "Advocate Z, representing X, said ...": X's lawyer
    prosecuting_sides: frozenset[str]  # "Y, who represents the state, said ...": no defence
    speaking_phrasal_verbs: frozenset[str]  # "X called out: ...": a verb of saying
    alibi_nouns: frozenset[str]  # "the jury accepted his alibi": his denial
    bare_retraction_verbs: frozenset[str]  # "X later recanted": a retraction with no object
    statement_nouns: frozenset[str]  # "retracted his statement", "his statement was extracted"
    admission_nouns: frozenset[str]  # "the court took his admission into account": his confession
    caution_words: frozenset[str]  # "X's warn and caution statement": his confession
    attribution_verbs: frozenset[str]  # "the admission attributed to X": X's statement
    announcing_verbs: frozenset[str]  # "the confession the SSP announced": custodial
    client_nouns: frozenset[str]  # "his lawyer said his client was innocent": the lawyer's
    spokesperson_nouns: frozenset[str]  # "a spokesman for X said ...": X's answer
    framed_verbs: frozenset[str]  # "X says he was framed": a denial
    deceived_verbs: frozenset[str]  # "he was duped by the agent": a denial
    exploited_verbs: frozenset[str]  # "he had been used by the men": one, with its agent
    false_case_adjectives: frozenset[str]  # "implicated him in a fake case": a denial
    justification_phrases: frozenset[str]  # "he fired in self-defence": a denial
    false_adverbs: frozenset[str]  # "he was falsely implicated": a denial
    rival_nouns: frozenset[str]  # "he was implicated by his rivals": a denial
    enmity_nouns: frozenset[str]  # "he was implicated out of rivalry": a denial
    exploiting_verbs: frozenset[str]  # "my rivals are using this to finish me": a denial
    name_nouns: frozenset[str]  # "my enemies have written my name": a denial
    plot_nouns: frozenset[str]  # "the case was a conspiracy by his rivals": a denial
    charge_naming_adjectives: frozenset[str]  # "criminal conspiracy": a charge, not a plot
    scheme_target_nouns: frozenset[str]  # "he is the victim of a conspiracy": a denial
    occasion_nouns: frozenset[str]  # "at the time of the shooting": when a crime was done
    alibi_prepositions: frozenset[str]  # "he had gone to X before the murder": an alibi
    calling_verbs: frozenset[str]  # "X termed the allegations baseless": a denial
    recording_verbs: frozenset[str]  # "the magistrate recorded X's confession": judicial
    # the verbs a statement is made, given or recorded by (``confession_givers`` and
    # ``recording_verbs`` whole): "the confession he made", "the statement the magistrate recorded"
    statement_givers: frozenset[str]
    # the verbs of confessing and of admitting, for the readers that ask for either of a
    # token: derived once at load, so that none builds the union per call
    confessing_verbs: frozenset[str]
    repeating_verbs: frozenset[str]  # "signed what they put before me": a tutored statement
    dictating_verbs: frozenset[str]  # "what they told me to say": another's words
    writing_verbs: frozenset[str]  # "the admission attributed to him was typed": another's
    reading_verbs: frozenset[str]  # "he signed it and had not read it": signed unread
    negative_words: frozenset[str]  # "Neither X nor Y", "No one", "Nobody" was charged
    conditional_marks: frozenset[str]  # "If convicted, X faces death": not yet done
    contrasting_conjunctions: frozenset[str]  # "not charged but arrested": the arrest stands
    attempt_nouns: frozenset[str]  # "a bid to overturn": tried, not done
    interrogation_verbs: frozenset[str]  # "given five days to grill X": remanded
    identifying_verbs: frozenset[str]  # "a man identified as X": the man is X
    hearing_verbs: frozenset[str]  # "will not hear the case of X": upheld
    refusal_verbs: frozenset[str]  # "declined to hear"
    deferring_words: frozenset[str]  # "will not hear the case until May": only put off
    clearing_verbs: frozenset[str]  # "cleared of all charges", "the court discharged X": acquitted
    involved_words: frozenset[str]  # "X was involved in the attack": accused
    producing_verbs: frozenset[str]  # "police produced X before the court": arrested
    held_party_verbs: frozenset[str]  # "Both were produced ...": held, so none at large
    hired_nouns: frozenset[str]  # "the shooters were hired by X": X accused
    people_nouns: frozenset[str]  # "the three men": the three the report follows
    source_words: frozenset[str]  # "according to the report ...": a source, not a setting
    benefit_verbs: frozenset[str]  # "gave X the benefit of the doubt": acquitted
    benefit_nouns: frozenset[str]
    doubt_nouns: frozenset[str]
    clearing_grounds: frozenset[str]  # "cleared for insufficient evidence": acquitted
    confinement_verbs: frozenset[str]  # "jailed for life": sentenced, with a term
    receiving_verbs: frozenset[str]  # "X received a three-year sentence": sentenced
    prison_nouns: frozenset[str]  # "sent to prison for ten years": sentenced, with a term
    term_words: frozenset[str]  # a term that is no date: "jailed for life"
    failure_verbs: frozenset[str]  # "lost her last chance to overturn": the decision stands
    reason_marks: frozenset[str]  # "freed as the charges were not proved": why it was done
    remaining_verbs: frozenset[str]  # "ordered that X remain in judicial custody": remanded
    extension_nouns: frozenset[str]  # "granted a 10-day extension of custody": remanded
    accusation_nouns: frozenset[str]
    hedging_words: frozenset[str]  # "the alleged role of X": an accusation of X, hedged
    alleging_adverbs: frozenset[str]  # "X, who allegedly organised it": X accused
    reported_nouns: frozenset[str]  # "denied the report": an accusation only beside an offence
    grounds_nouns: frozenset[str]  # "killed on allegations of blasphemy": the act's grounds
    acquittal_nouns: frozenset[str]
    appeal_nouns: frozenset[str]
    appeal_verbs: Mapping[str, str]  # what an appeal dismissed or allowed leaves
    member_nouns: frozenset[str]
    companion_nouns: frozenset[str]  # "his friend Siraj", "household employees X, Y": people
    collective_role_nouns: frozenset[str]  # a part in a case a body takes ("police")
    court_bodies: frozenset[str]  # "Outside court X": a body, never a title of a name
    inclusion_prepositions: frozenset[str]  # "the accused, including X": X one of them
    listing_prepositions: frozenset[str]  # "including X", "among those held": members
    listing_verbs: frozenset[str]  # "the suspects include X": X one of them
    asking_verbs: frozenset[str]  # "asked the judge to exclude it": request and bail-seeking verbs
    statement_or_confession_nouns: frozenset[str]  # "his statement", "his confession": both lists
    custodial_agents: frozenset[str]  # who takes a confession in custody ("police extracted")
    plain_custodial_nouns: frozenset[str]  # "told officers": police, unless a modifier says else
    plain_custodial_modifiers: frozenset[str]  # "the arresting officers": still the police's
    police_rank_abbreviations: frozenset[str]  # "the DCP said": one who speaks for the police
    bail_refusal_verbs: frozenset[str]  # "X was refused bail": a remand
    retained_object_verbs: frozenset[str]  # "X was arrested and granted bail": X got it
    bail_request_nouns: frozenset[str]  # "his bail plea was rejected": bail asked for
    bail_seeking_verbs: frozenset[str]  # "X did not apply for bail": held
    behalf_nouns: frozenset[str]  # "on X's behalf", "in respect of X": whom it is for
    release_terms: frozenset[str]  # "released on conditions": bail on its terms
    stated_condition_nouns: frozenset[str]  # "released on condition that he report": bail
    surety_prepositions: frozenset[str]  # "released against surety bonds": bail
    record_naming_nouns: frozenset[str]  # "the clerk whose name surfaced in ..., X,"
    liberty_adjectives: frozenset[str]  # "remains free on bail": bail
    bail_obtaining_verbs: frozenset[str]  # "X obtained anticipatory bail": bail
    sheltering_words: frozenset[str]  # "in protective custody": kept safe, not held
    pre_arrest_words: frozenset[str]  # "anticipatory bail" refused: no remand
    mitigating_verbs: frozenset[str]  # "reduced the sentence but maintained the conviction"
    charging_stage_nouns: frozenset[str]  # "discharged at the framing of charges"
    plea_bargain_nouns: frozenset[str]  # "a plea bargain": a guilty plea traded
    bargain_making_verbs: frozenset[str]  # "X entered into a plea bargain": convicted
    bargain_approving_verbs: frozenset[str]  # "the court approved X's plea bargain"
    settlement_agreeing_verbs: frozenset[str]  # "agreed to a settlement in which he admitted"
    served_sentence_nouns: frozenset[str]  # "X is serving a life sentence": sentenced
    proof_verbs: frozenset[str]  # "failed to prove the charges against X": X accused
    control_nouns: frozenset[str]  # "police took X under control": arrested
    awarded_terms: frozenset[str]  # "gave X 14 years", "awarded X death": sentenced
    counted_terms: frozenset[str]  # the awarded terms that need a number ("14 years")
    appellant_verbs: Mapping[str, str]  # "X lost his appeal": upheld
    procedural_role_nouns: Mapping[str, str]  # "the applicant": the one a bail ruling is on
    case_ending_verbs: Mapping[str, str]  # "dismissed the charges against X": acquitted
    conviction_pleas: frozenset[str]  # "a plea of no contest": convicted, no confession
    pleaded_nouns: frozenset[str]  # "admitted two counts of fraud": a guilty plea
    serving_verbs: frozenset[str]  # "ordered to serve a minimum of 18 years": sentenced
    obligation_auxiliaries: frozenset[str]  # "must serve", "will serve at least 20 years"
    group_sizes: Mapping[str, int]  # "the pair": 2, "a trio": 3
    counting_quantifiers: Mapping[str, int]  # "both men": the group of two followed
    suffering_verbs: frozenset[str]  # "X and Y died": victims, never a lede's group
    death_verbs: frozenset[str]  # "a driver detained ... died": the dead, not the accused
    death_states: frozenset[str]  # "was found dead", "beaten to death"
    charge_reading_verbs: frozenset[str]  # "read out the charges to X": X charged
    charge_read_nouns: frozenset[str]  # what is read to the accused: "the charge"
    searching_verbs: frozenset[str]  # "police were searching for X": X accused
    tracing_verbs: frozenset[str]  # "X has not been traced": X accused
    locating_verbs: frozenset[str]  # "X could not be found at his house": X accused
    unseen_verbs: frozenset[str]  # "X has not been seen since the raid": X accused
    aftermath_states: frozenset[str]  # "X is behind bars": X accused
    awaiting_verbs: frozenset[str]  # "X is awaiting trial": X accused
    awaited_steps: frozenset[str]  # what only an accused awaits: trial, sentencing
    suspect_standings: frozenset[str]  # "X was released under investigation": X accused
    spending_verbs: frozenset[str]  # "will spend 20 years behind bars": sentenced
    paying_verbs: frozenset[str]  # "ordered to pay a fine": sentenced
    fine_nouns: frozenset[str]  # what a court orders paid as a penalty
    probation_nouns: frozenset[str]  # "placed on probation": sentenced
    sentence_order_words: frozenset[str]  # "a community corrections order": a sentence
    risk_nouns: frozenset[str]  # "a flight risk", found by a court: held
    flight_words: frozenset[str]  # "a risk of flight"
    posing_verbs: frozenset[str]  # "X posed a serious risk of flight"
    sentencing_verbs: Mapping[str, str]  # "X was fined", "X was bailed": the disposal itself
    bail_admitting_verbs: frozenset[str]  # "admitted X to bail": bail
    freeing_verbs: frozenset[str]  # "released him after questioning": no longer held
    letting_verbs: frozenset[str]  # "allowed to go", "let go"
    leaving_verbs: frozenset[str]
    additive_adverbs: frozenset[str]  # "also arrested Y": Y joins the people followed
    knowing_verbs: frozenset[str]  # "his client never knew ...": knowledge denied
    looking_verbs: frozenset[str]  # "never looked at what was in the sacks": not known
    place_looking_verbs: frozenset[str]  # "did not look in the back": into a place
    load_place_prepositions: frozenset[str]  # "what was in the sacks", "under the tarpaulin"
    testimony_nouns: frozenset[str]  # "X gave evidence that he was at home": said
    version_nouns: frozenset[str]  # "X rejected the prosecution's version": a denial
    harm_verbs: frozenset[str]  # "his client never hit the boy": harm denied
    # "beat", "torture": harm (joined into ``harm_verbs``) and abuse (``kinds.abuse_verbs``)
    beating_verbs: frozenset[str]
    hand_nouns: frozenset[str]  # "never laid a hand on him"
    thing_pronouns: frozenset[str]  # "did not touch it": no person
    hand_laying_verbs: frozenset[str]  # "never laid a hand on him"
    company_nouns: frozenset[str]  # "the company was fined": the business the report named
    # "his agency broke no law": a business its owner runs (with ``company_nouns``)
    workplace_nouns: frozenset[str]
    ownership_verbs: frozenset[str]  # "X, who runs a shop": "the shop owner" is X
    owner_nouns: frozenset[str]  # "the shop owner", "the proprietor"
    firm_head_nouns: frozenset[str]  # "managing director of Y Ltd": who heads a business
    spouse_nouns: frozenset[str]  # "her husband, X": a married pair
    married_pair_nouns: frozenset[str]  # "the couple": the married pair named
    byname_verbs: frozenset[str]  # "X, who is known as Y, and Z": Z listed with X
    request_granting_verbs: frozenset[str]  # "asked to remand X, which the judge granted"
    appealing_verbs: frozenset[str]  # "X is appealing against his conviction"
    conviction_nouns: frozenset[str]  # a finding of guilt, not its sentence
    appealed_sentence_nouns: frozenset[str]  # "the sentence of X was not appealed"
    blow_nouns: frozenset[str]  # "he never threw a punch": harm denied
    shooting_verbs: frozenset[str]  # "X fired the shots", "fired at the guard": a shooting
    shot_nouns: frozenset[str]  # "fired three rounds"
    blade_nouns: frozenset[str]  # "he never held a knife": the deed denied
    tried_nouns: frozenset[str]  # "ordered a fresh trial of X": X is the one tried
    interview_nouns: frozenset[str]  # "X's caution interview": his statement to police
    interview_record_marks: frozenset[str]  # "his recorded interview": the police's record
    interview_verbs: frozenset[str]  # "the interview was conducted without a solicitor"
    weighing_nouns: frozenset[str]  # "challenge the admissibility of his statement"
    attending_verbs: frozenset[str]  # "X appeared on bail": bail
    appearing_verbs: frozenset[str]  # "X appeared before Magistrate M": charged
    count_nouns: frozenset[str]  # "X faces two counts of theft": charged
    judicial_adjectives: frozenset[str]  # "X is in judicial custody": remanded
    lockup_nouns: frozenset[str]  # "sent back to the judicial lock-up": remanded
    pretrial_words: frozenset[str]  # "placed in pre-trial detention": remanded
    placing_verbs: frozenset[str]  # "placed X in judicial custody": remanded
    supervision_nouns: frozenset[str]  # "placed under judicial control": bail
    bail_sum_nouns: frozenset[str]  # "released on a bail amount of Rs 500,000": bail
    home_custody_words: frozenset[str]  # "the court placed X under house arrest": remanded
    restraint_measure_nouns: frozenset[str]  # "chose detention as a measure of restraint"
    restraint_measure_words: frozenset[str]  # "a measure of restraint", "precautionary measures"
    measure_form_nouns: frozenset[str]  # "a measure of restraint in the form of arrest"
    release_measure_words: frozenset[str]  # "released under alternative measures": bail
    release_condition_nouns: frozenset[str]  # "released under a ban on leaving": bail
    measure_imposing_verbs: frozenset[str]  # "imposed the measure of house arrest on X"
    custody_deciding_verbs: frozenset[str]  # "the court decided to keep X in custody"
    custody_ground_nouns: frozenset[str]  # "found sufficient grounds to keep X in custody"
    custody_finding_verbs: frozenset[str]  # "issued an order to keep X in custody"
    wanting_adjectives: frozenset[str]  # "found insufficient grounds to keep X": none
    returning_verbs: frozenset[str]  # "was unable to post bail and was returned to jail"
    speaking_verbs: frozenset[str]  # "the video in which he speaks of orders": his statement
    existence_verbs: frozenset[str]  # "no such admission exists": the confession taken back
    contact_verbs: frozenset[str]  # "his client had never met the trader": contact denied
    contact_prepositions: frozenset[str]  # "never dealt with any inspector"
    offence_prepositions: frozenset[str]  # "charged with murder": the charge's offence
    contact_adverbs: frozenset[str]  # "had never even seen the shop": no time of its own
    lifetime_nouns: frozenset[str]  # "never been inside that shop in his life": all time
    presence_adjectives: frozenset[str]  # "was not present at the station": not there
    absent_states: frozenset[str]  # "he was asleep in the office at the time": an alibi
    driving_posts: frozenset[str]  # "asleep at the wheel": driving, no alibi
    moment_pointers: frozenset[str]  # "on all three nights": the crime's moments
    blank_marks: frozenset[str]  # "he signed blank papers": the statement not his
    blank_documents: frozenset[str]  # "blank pages signed in custody"
    signed_papers: frozenset[str]  # "put his thumb on a paper": statement nouns and papers
    thumb_nouns: frozenset[str]  # "put his thumb on a paper": a signing
    thumb_mark_heads: frozenset[str]  # "his thumb impression": a thumb's mark
    causing_verbs: frozenset[str]  # "made him put his thumb on it": not his own doing
    disputed_name_marks: frozenset[str]  # "the so-called confession": a name disputed
    dragging_verbs: frozenset[str]  # "dragged into the case": put into a case not one's own
    evidence_ruling_verbs: frozenset[str]  # "his statement was admitted": not where made
    everything_pronouns: frozenset[str]  # "cleared of everything": acquitted
    span_nouns: frozenset[str]  # "that weekend": a stretch of time, an alibi's
    whole_modifiers: frozenset[str]  # "for the whole week", "that entire week"
    span_prepositions: frozenset[str]  # "for the whole week", "throughout the evening"
    inner_trial_phrases: frozenset[str]  # "admitted after a trial within a trial"
    questioning_nouns: frozenset[str]  # "X is wanted for questioning"
    testifying_verbs: frozenset[str]  # "discharged X so that he may testify": an approver
    gathering_nouns: frozenset[str]  # "he was at a wedding in Multan": an alibi
    matter_nouns: frozenset[str]  # "on the night in question": the crime's moment
    event_nouns: frozenset[str]  # "on the day of the incident": the crime's moment
    referred_matter_nouns: frozenset[str]  # "nothing to do with the matter": a denial
    intent_verbs: frozenset[str]  # "never set out to cheat anyone": intent refused
    reply_nouns: frozenset[str]  # "made no reply", "gave no reason": words not given, no deed
    sighting_verbs: frozenset[str]  # "no witness saw him take it": none ties him to the deed
    handling_verbs: frozenset[str]  # "never touched the money": a thing handled, not harmed
    fabricating_verbs: frozenset[str]  # "the police made up the case": a denial
    planting_verbs: frozenset[str]  # "the notes were planted on him": a denial
    identity_marks: frozenset[str]  # "his signature had been copied": a mark of his own
    mark_misusing_verbs: frozenset[str]  # "... had been copied / forged / misused": a denial
    court_sitting_nouns: frozenset[str]  # "a panel of the court ordered ...": the court
    # "X's brother" speaking of "my nephews": X's sons (kin of X's kin, by the kin nouns)
    composed_kin: Mapping[str, Mapping[str, frozenset[str]]]

    def names_a_court(self, words: Sequence[str]) -> bool:
        """Whether a name or an office, as its lower-case words, ends in a court's role noun:
        "the Supreme Court", "Sindh High Court", "chief justice", "the tribunal"."""
        return bool(words) and self.role_nouns.get(words[-1]) == "court"

    def may_be_charged(self, lemma: str) -> bool:
        """Whether a noun names no role in a case or an office outside a court's, whose
        holder a lede may charge ("a police officer", "a former minister"), unlike "a judge",
        "a lawyer", "a witness" or "a victim"."""
        role = self.role_nouns.get(lemma)  # (no set built per call: asked per lede noun)
        return role is None or role in self.office_holding_roles


@cache
def legal() -> LegalLexicon:
    """The lexicon, read once per process."""
    data = load_data("legal")
    roles = {word: cast(Role, role) for word, role in data["role_nouns"].items()}
    office_holders = frozenset(cast(Role, role) for role in data["office_holding_roles"])
    unknown = sorted((set(roles.values()) | office_holders) - set(ROLES))
    if unknown:
        raise ValueError(f"legal.json: unknown roles {unknown}")
    statuses = {o: cast(Status | None, s) for o, s in data["outcome_statuses"].items()}
    strange = sorted(str(s) for s in set(statuses.values()) - {*STATUSES, None})
    if strange:
        raise ValueError(f"legal.json: unknown statuses {strange}")
    sets = {name: frozenset(value) for name, value in data.items() if isinstance(value, list)}
    del sets["office_holding_roles"]  # typed by role above
    # one produced before a court or confined is held as surely as one sent to jail: the
    # verbs of the held take those lists whole rather than copy their words
    sets["held_party_verbs"] |= sets["producing_verbs"] | sets["confinement_verbs"]
    # every preposition that opens an inclusion ("including X") opens a group's members too
    sets["listing_prepositions"] |= sets["inclusion_prepositions"]
    # a measure that is a release on conditions ("precautionary measures") is a court's
    # measure before trial as surely as a measure of restraint: one list holds those words
    sets["restraint_measure_words"] |= sets["release_measure_words"]
    # beating a person is harm done to him: the beating verbs are listed once, and
    # ``kinds.abuse_verbs`` takes them whole too
    sets["harm_verbs"] |= sets["beating_verbs"]
    # asking a court to act, or asking for bail: one list of asking for those who ask either
    sets["asking_verbs"] |= sets["request_verbs"] | sets["bail_seeking_verbs"]
    # being another's tool is being fooled (``claims.deceived``), said with who used him
    sets["deceived_verbs"] |= sets["exploited_verbs"]
    # an admission is a statement on record too: its nouns are statement nouns, listed once
    sets["statement_nouns"] |= sets["admission_nouns"]
    # a statement on record or a confession: the nouns a statement is told by, listed once
    sets["statement_or_confession_nouns"] |= sets["statement_nouns"] | sets["confession_nouns"]
    # a statement signed is told as a statement, a confession or a paper: one list of the
    # three for the readers that ask for any of them of every token
    sets["signed_papers"] |= sets["statement_or_confession_nouns"] | sets["blank_documents"]
    # a claim, plea or contention of innocence is a plea of the side too: listed once
    sets["side_plea_nouns"] |= sets["innocence_claims"]
    # telling the police is disclosing to them: the disclosing verbs take the informing
    # verbs whole rather than copy their words
    sets["disclosing_verbs"] |= sets["informing_verbs"]
    # a company is a business one runs too: "his firm" is read as "his agency" is
    sets["workplace_nouns"] |= sets["company_nouns"]
    sets["statement_givers"] = sets["confession_givers"] | sets["recording_verbs"]
    sets["confessing_verbs"] = sets["confess_verbs"] | sets["admission_verbs"]
    return LegalLexicon(
        ruling_verbs=dict(data["ruling_verbs"]),
        sentencing_verbs=dict(data["sentencing_verbs"]),
        verdict_verbs=dict(data["verdict_verbs"]),
        charge_verbs=dict(data["charge_verbs"]),
        arrest_verbs=dict(data["arrest_verbs"]),
        verdict_adjectives=dict(data["verdict_adjectives"]),
        appeal_verbs=dict(data["appeal_verbs"]),
        appellant_verbs=dict(data["appellant_verbs"]),
        procedural_role_nouns=dict(data["procedural_role_nouns"]),
        case_ending_verbs=dict(data["case_ending_verbs"]),
        group_sizes=dict(data["group_sizes"]),
        counting_quantifiers=dict(data["counting_quantifiers"]),
        role_nouns=roles,
        office_holding_roles=office_holders,
        outcome_statuses=statuses,
        composed_kin={
            kin: {spoken: frozenset(told) for spoken, told in turns.items()}
            for kin, turns in data["composed_kin"].items()
        },
        **sets,
    )
