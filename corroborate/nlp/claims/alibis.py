"""An alibi: a clause that places its subject somewhere at the time of the crime ("her client
had been in Lyon on the day of the killing", "he had gone to Lyon before the murder", "he was
on duty at the time of the shooting"). Told by the accused or by their lawyer or family, it
says the accused was not where the crime was done - a denial of the act the report tells,
though no word of it denies (``claims.answers`` asks it of a reported clause, and only for
the accused's side: the police placing X somewhere is no denial).

Read from the parse: the clause's verb is no crime and takes no object (so "he fired at the
guards during the robbery" or "he drove the car on the day of the killing" is no alibi), it
has a phrase of its own that places its subject (one that names no crime: "at the scene of
the killing" places them at the crime), and a phrase that tells the crime's time - a noun of
a moment of the crime ("on the day of the killing", "at the time of the shooting", "on the
night of the murder") or the crime itself after a preposition of time ("before the murder").
A crime someone owns ("on the day of his death") may be the speaker's kin's, a victim's: none.
The time may also be told by a clause of the crime ("when the shooting took place", "when the
shots were fired": the act its words name) or by a
moment pointed back to ("that night", "that afternoon", "on all three nights", "on the night in
question", "on the day of the incident"): the report told the crime before.

Its negation says the same (``denies_presence``): "he had not been on the river that night",
"her son was nowhere near the market at the time of the murder" - the accused was not where
the crime was done. So does "I was not there": "there" points back to the scene the report
told, and with no time of its own the time is the crime's; and so "he was nowhere near the
storeroom", with no time of its own, and "I was not on that trail", a place a demonstrative
points back at (a noun the report told before).

A clause that tells no time at all may still be an alibi (``places_at_home``): "her husband
had been at home with their sick child", "Y said X had been at home throughout", "his client
was abroad" - said for the accused in answer to the accusation, a place with no time is where
they were when the crime was done. Only a place that is no scene (home, abroad, away: the
``place_adverbs``, as an adverb or after "at"), and only with no time of any kind: "he was at
home when police came" tells where he was arrested, not where he was at the crime.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.alibi_moments import (
    MOMENT_NOUNS,
    activity_placed,
    moment_told_before,
    participle_misread,
)
from corroborate.nlp.claims.asleep_alibis import asleep_with_no_time
from corroborate.nlp.claims.own_word import a_mark_misread
from corroborate.nlp.claims.town_alibis import away_in_a_town
from corroborate.nlp.grammar import NOUN_SUBJECTS, negated

__all__ = ["denies_presence", "places_at_home", "places_elsewhere", "with_the_speaker"]

_LEGAL = legal()
# The verbs of harm or shooting a participle of the placed subject's doing must not be
# (``_a_harmful_deed``), joined once: it is asked of every participle an alibi's time hangs on
_HARM_OR_SHOOTING = _LEGAL.harm_verbs | _LEGAL.shooting_verbs


def places_elsewhere(act: Token) -> bool:
    """Whether a clause's verb places its subject somewhere at the time of a crime (above)."""
    if any(c.dep_ == "neg" for c in act.children) or _nowhere(act) is not None:
        return False
    return _placed_at_crime_time(act, [c for c in act.children if c.dep_ == "prep"])


def denies_presence(act: Token) -> bool:
    """Whether a negated clause says its subject was not somewhere at the time of a crime:
    "he had not been on the river that night", "he was never in Lahore when the shooting
    took place", "was nowhere near the market at the time of the murder" (the place phrase
    then hangs on "nowhere")."""
    phrases = [c for c in act.children if c.dep_ == "prep"]
    nowhere = _nowhere(act)
    if nowhere is not None:
        phrases += [c for c in nowhere.children if c.dep_ == "prep"]
    elif not any(c.dep_ == "neg" for c in act.children):
        return False
    return (
        _placed_at_crime_time(act, phrases)
        or _not_there(act)
        or _nowhere_near(act)
        or _not_at_that_place(act)
    )


def places_at_home(act: Token) -> bool:
    """Whether a clause places its subject at home or away and tells no time at all ("had
    been at home with their sick child", "was at home throughout", "was abroad", "was at a
    wedding in Multan": a gathering elsewhere, ``_a_gathering``; "was in Dhaka for
    treatment": a town the report named nowhere before, ``town_alibis``): a verb of
    being, not negated, with no object or predicate noun, a place that is no scene, and
    nothing but "with" phrases besides (no phrase, clause or adverb of time)."""
    if asleep_with_no_time(act):
        return True  # "he had been asleep in the servants' quarter" (``asleep_alibis``)
    if act.lemma_.lower() != "be" or any(c.dep_ in ("neg", "attr", "dobj") for c in act.children):
        return False
    if away_in_a_town(act):
        return True  # "he had been in Hyderabad": a town the report named nowhere before
    placing = _LEGAL.place_adverbs
    homes = [c for c in act.children if c.dep_ in ("advmod", "acomp") and c.lower_ in placing]
    homes += [c for c in act.children if c.dep_ == "prep" and c.lower_ == "at"
              and any(o.lower_ in placing or _a_gathering(o) for o in _objects(c))]  # fmt: skip
    if not homes:
        return False
    # "with their sick child", "with fever"; "throughout" (the whole time) tells no other time
    # "I said from the first day that I was at home": a "that" read as the clause's adverb
    # is its mark, no time
    others = [c for c in act.children if c not in homes and c.dep_ in _TIME_DEPS
              and c.lower_ != "throughout" and not _with_or_where(c)
              and not a_mark_misread(c)]  # fmt: skip
    return not others


def _a_gathering(noun: Token) -> bool:
    """ "a wedding", "a cousin's engagement": a gathering one attends away from any scene
    (``gathering_nouns``), told for the first time - not "the wedding", "that funeral",
    which point back at one the report told, often the scene itself (a shooting at a
    wedding), nor one a clause describes ("a wedding where the firing took place")."""
    if noun.lemma_.lower() not in _LEGAL.gathering_nouns:
        return False
    if any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children):
        return False
    return not any(c.dep_ in ("relcl", "acl") for c in noun.children)


def with_the_speaker(act: Token) -> bool:
    """Whether a clause places its subject with the one who speaks ("My sons were with me",
    "he was with us all night"): a verb of being, not negated, with no object or predicate,
    a "with" phrase whose object is the speaker in the first person, and no time but the
    crime's - the speaker vouches for where they were, an alibi as "at home" is. Not "he was
    with me when police came" (a time not the crime's: where he was arrested)."""
    if act.lemma_.lower() != "be" or any(c.dep_ in ("neg", "attr", "dobj") for c in act.children):
        return False
    withs = [c for c in act.children if c.dep_ == "prep" and c.lower_ == "with"
             and any(o.morph.get("Person", []) == ["1"] for o in _objects(c))]  # fmt: skip
    if not withs:
        return False
    others = [c for c in act.children if c not in withs and c.dep_ in _TIME_DEPS
              and c.lower_ not in ("throughout", "all") and not _with_or_where(c)
              and not _the_crimes_moment(c) and not a_mark_misread(c)]  # fmt: skip
    return not others


def _with_or_where(prep: Token) -> bool:
    """ "with their sick child"; "in Tikapur" (a place named, no date): a phrase that tells
    no time."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "with":
        return True
    objects = _objects(prep)
    return (
        prep.lower_ == "in"
        and bool(objects)
        and all(o.pos_ == "PROPN" and o.ent_type_ not in ("DATE", "TIME") for o in objects)
    )


# What may tell a clause's time: a phrase, a clause, an adverb, a bare noun ("that night").
_TIME_DEPS = frozenset({"prep", "advcl", "advmod", "npadvmod", "tmod", "acomp", "pcomp"})


def _not_there(act: Token) -> bool:
    """ "I was not there", "my client wasn't there": a negated verb of being whose place is
    "there" - the scene the report told - and which tells no time of its own (a time not the
    crime's, "when police came", would make it some other moment)."""
    if act.lemma_.lower() != "be" or not any(c.dep_ == "neg" for c in act.children):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "there" for c in act.children):
        return False
    # ("that" misread as an adverb of the clause is its mark: "said that we were not there")
    return not any(
        c.dep_ in _TIME_DEPS
        and c.lower_ != "there"
        and c.dep_ != "neg"
        and not a_mark_misread(c)
        and not _the_crimes_moment(c)
        for c in act.children
    )


def _not_at_that_place(act: Token) -> bool:
    """ "I was not on that trail", "he was never in this house": a negated verb of being whose
    place a demonstrative points back at - the scene the report told, as "there" does - and
    which tells no time but the crime's (a time not the crime's, "when police came", would
    make it some other moment). Not "the house" (any house) nor "a house" (a new one)."""
    if act.lemma_.lower() != "be" or not negated(act):
        return False
    if any(c.dep_ in ("attr", "acomp", "dobj") for c in act.children):
        return False
    places = [c for c in act.children if c.dep_ == "prep" and _pointed_place(c)]
    if not places:
        return False
    place_ids = {c.i for c in places}
    return not any(
        c.dep_ in _TIME_DEPS
        and c.i not in place_ids
        and not a_mark_misread(c)
        and not _the_crimes_moment(c)
        for c in act.children
    )


def _pointed_place(prep: Token) -> bool:
    """ "on that trail", "in this house": a phrase of place whose object a demonstrative
    points back at a noun the report told before ("robbed on the river trail ... I was not on
    that trail"), and which names no crime. Not "in that mood": nothing told before."""
    if prep.lower_ not in _PLACING_PREPOSITIONS or not _a_place(prep):
        return False
    return any(
        any(c.dep_ == "det" and c.lower_ in ("that", "this", "those") for c in o.children)
        and _told_before(o)
        for o in _objects(prep)
    )


def _told_before(noun: Token) -> bool:
    """Whether a common noun of the same lemma comes earlier in the document."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and any(
        t.pos_ == "NOUN" and t.lemma_.lower() == lemma for t in noun.doc[: noun.i]
    )


# Prepositions that place one somewhere ("on that trail", "in this house", "at that marina").
_PLACING_PREPOSITIONS = frozenset({"at", "in", "on", "inside", "near"})


def _the_crimes_moment(word: Token) -> bool:
    """A time that is the crime's: "when the boy died", "on the night of the robbery", "that
    night" - which leaves "I was not there" about the crime, as no time at all does."""
    if word.dep_ == "prep":
        return _crime_time(word)
    return _crime_clause(word) or _time_pointed_to(word)


def _nowhere_near(act: Token) -> bool:
    """ "her client was nowhere near the storeroom", "he was nowhere near it": a verb of being
    placed nowhere near a place, with no time of its own - as "there" does, the place is the
    scene the report told, and the time the crime's (a time not the crime's, "when police
    came", would make it some other moment)."""
    nowhere = _nowhere(act)
    if act.lemma_.lower() != "be" or nowhere is None:
        return False
    # the parse hangs "near" on "nowhere" or on the verb
    near = [c for c in [*nowhere.children, *act.children]
            if c.dep_ in ("prep", "advmod") and c.lower_ == "near"]  # fmt: skip
    if not near:
        return False
    # (tokens compared by index: spaCy makes a new Token object at each access)
    placed = {nowhere.i, *(c.i for c in near)}
    return not any(c.dep_ in _TIME_DEPS and c.i not in placed and not _the_crimes_moment(c)
                   for c in act.children)  # fmt: skip


def _nowhere(act: Token) -> Token | None:
    """The adverb of no place a clause is negated by ("nowhere near the scene")."""
    return next((c for c in act.children if c.dep_ == "advmod" and c.lower_ == "nowhere"), None)


def _placed_at_crime_time(act: Token, phrases: list[Token]) -> bool:
    """Whether a verb that acts on nothing (no object, no predicate, no crime) has a phrase
    that places its subject and a phrase or clause that tells the crime's time. An activity
    going on then may act on a thing ("her son was washing cars at his workplace at the time
    of the shooting"): a progressive whose object is no person."""
    # "he was asleep in the office": a state in which one does nothing places as "was" does
    placing = _LEGAL.place_adverbs | _LEGAL.absent_states
    if any(c.dep_ == "attr" or (c.dep_ == "acomp" and c.lower_ not in placing)
           for c in act.children):  # fmt: skip
        return False
    objects = [c for c in act.children if c.dep_ == "dobj"]
    if objects and not (_ongoing(act) and all(_a_thing(o) for o in objects)):
        return False
    if _a_crime_verb(act):
        return False
    # the time may hang on the place ("in Lyon on the day of ..."): one level down too
    times = [p for p in phrases if _crime_time(p)]
    times += [q for p in phrases for o in _objects(p) for q in o.children
              if q.dep_ == "prep" and _crime_time(q)]  # fmt: skip
    # "in Pune on a business trip that week": the moment may hang on a phrase's object
    below = [q for p in phrases for o in _objects(p) for q in o.children]
    # "was in Quetta attending a course that entire week": the moment may hang on what the
    # subject was doing there (a participle with no subject of its own)
    doing = [c for c in act.children if _doing_there(c)]
    below += [q for c in doing for q in c.children]
    # "was in Pokhara looking for work at the time", "had been in Multan working at a tyre
    # shop on the day of the murder": the crime's moment the parser hung on that participle
    # is the placed subject's (den99) - unless the participle is the crime itself ("was in
    # the house firing at the police at the time")
    times += [q for c in doing if not _a_harmful_deed(c) for q in c.children
              if q.dep_ == "prep" and _crime_time(q)]  # fmt: skip
    misread = any(_stretch_misread_as_object(t) for p in phrases for t in p.subtree)
    if not times and not misread and not any(_time_pointed_to(c) or _crime_clause(c)
                                             for c in [*act.children, *below]):  # fmt: skip
        return False
    # "underground", "abroad": an adverb that places
    adverbs = [c for c in act.children if c.dep_ in ("advmod", "npadvmod", "acomp")
               and c.lower_ in placing]  # fmt: skip
    if bool(adverbs) or any(p not in times and _a_place(p) for p in phrases):
        return True
    # "was attending a conference in Peshawar on the night": the activity's place
    return activity_placed(act, objects)


def _a_crime_verb(verb: Token) -> bool:
    """A verb the lexicon or the act reader takes for a crime ("killing", "smuggling")."""
    return verb.lemma_.lower() in _LEGAL.crime_verbs or act_of(verb.text) is not None


def _a_harmful_deed(verb: Token) -> bool:
    """A crime verb, or one of harm or shooting ("firing at the police", "beating him"): what
    a participle of the placed subject's doing must not be for its time to be an alibi's."""
    return _a_crime_verb(verb) or verb.lemma_.lower() in _HARM_OR_SHOOTING


def _stretch_misread_as_object(word: Token) -> bool:
    """ "at the gate for the visitors' count the whole evening": the tagger may take the noun
    a phrase ends with for a verb ("count") and the stretch after it for its object - a verb
    that is a preposition's object is a noun misread, so the stretch is the clause's time."""
    head = word.head
    return (
        word.dep_ == "dobj"
        and head.pos_ == "VERB"
        and head.dep_ == "pobj"
        and word.i > head.i
        and _a_stretch(word)
    )


def _doing_there(clause: Token) -> bool:
    """ "attending a course": a participle hung on the placing verb, with no subject of its
    own - what the placed subject was doing there (or one the tagger took for a noun,
    ``alibi_moments.participle_misread``)."""
    if participle_misread(clause):
        return True
    return (
        clause.dep_ in ("advcl", "xcomp")
        and clause.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "advmod") for c in clause.children)
    )


def _ongoing(act: Token) -> bool:
    """A progressive: "was washing", "had been working"."""
    return act.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in act.children)


def _a_thing(noun: Token) -> bool:
    """An object that is no person: a common noun no name's and no pronoun ("cars")."""
    return noun.pos_ == "NOUN" and noun.ent_type_ not in ("PERSON", "NORP")


def _time_pointed_to(word: Token) -> bool:
    """ "that night", "that afternoon": a moment the report told before - the crime's, in a
    clause that places the accused. So is a whole stretch of one ("that weekend", "that
    entire week", "all evening", "the whole evening": ``_a_stretch``)."""
    return word.dep_ == "npadvmod" and _a_stretch(word)


def _a_stretch(noun: Token) -> bool:
    """A moment pointed back at ("that night", "that weekend") or taken whole ("all evening",
    "the whole week", "that entire week"): the report's crime fell in it, so a clause of the
    accused's side that places them elsewhere through it tells an alibi. Not a moment of
    something else it names ("the whole evening of the hearing") nor a bare "the evening"."""
    if noun.lemma_.lower() not in MOMENT_NOUNS or any(c.dep_ == "prep" for c in noun.children):
        return False
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet")}
    if "that" in dets:
        return True
    whole = any(c.dep_ == "amod" and c.lower_ in _LEGAL.whole_modifiers for c in noun.children)
    # "all evening" (one moment; "all three nights" is ``_moments_pointed_to``)
    return whole or (noun.tag_ == "NN" and bool(dets & _LEGAL.moment_pointers))


def _crime_clause(clause: Token) -> bool:
    """ "when the shooting took place", "when the guard was killed": a clause of time whose
    words name a crime no one owns - or tell the act itself in words no crime noun or verb
    holds ("when the shots were fired", "when the shots rang out", "when the fire broke
    out"): the act its words name (``acts.act_of``, the reading every quote's act gets); or
    whose subject is the bare event the report told ("when the incident happened", "when the
    fight took place": ``_the_event``, lfd38), as "on the day of the incident" is."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children
    ):
        return False
    if clause.lemma_.lower() in _LEGAL.crime_verbs or any(_crime(t) for t in clause.subtree):
        return True
    if any(c.dep_ in NOUN_SUBJECTS and _the_event(c) for c in clause.children):
        return True  # "when the incident happened": the one the report told, as "of the incident"
    if clause.lemma_.lower() in _LEGAL.death_verbs and not _owned_death(clause):
        return True  # "when the boy died": the death the report tells is the crime's moment
    return act_of(" ".join(t.text for t in clause.subtree)) is not None


def _owned_death(clause: Token) -> bool:
    """A death someone owns ("when his father died", "when my mother passed"): the speaker's
    kin's, no moment of the crime - as "on the day of his death" (``_crime``)."""
    subjects = [c for c in clause.children if c.dep_ in NOUN_SUBJECTS]
    return not subjects or any(c.dep_ == "poss" for s in subjects for c in s.children)


def _objects(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def _crime(noun: Token, *, acts: bool = False) -> bool:
    """A crime noun that no one owns ("the killing", not "his death"). With ``acts``, also a
    noun that names an act by itself - the moment "of" it ("on the night of the robbery", "at
    the time of the theft": the reading every quote's act gets, ``acts.act_of``), as a clause
    of time is read (``_crime_clause``); "the night of the hearing" names none. Not after a
    bare preposition of time: "he had fired at the guards during the robbery" tells a deed
    done in it, not where one was."""
    lemma = noun.lemma_.lower()
    if lemma not in _LEGAL.crime_nouns and noun.lower_ not in _LEGAL.crime_nouns:
        if not acts or noun.pos_ != "NOUN" or act_of(noun.text) is None:
            return False
    return not any(c.dep_ == "poss" for c in noun.children)


def _crime_time(prep: Token) -> bool:
    """ "on the day of the killing", "at the time of the shooting", "before the murder"."""
    if _matter_phrase(prep) and prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() in MOMENT_NOUNS:
        return True  # "on the night in question", the parser hanging "in question" on the verb
    for obj in _objects(prep):
        if prep.lower_ in _LEGAL.alibi_prepositions and _crime(obj):
            return True
        if obj.lemma_.lower() not in MOMENT_NOUNS:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of"
               and any(_crime(o, acts=True) or _the_event(o) for o in _objects(c))
               for c in obj.children):  # fmt: skip
            return True
        if _in_question(obj):
            return True  # "on the night in question": the one the report told
        if any(c.dep_ == "relcl" and c.lemma_.lower() in _LEGAL.crime_verbs
               for c in obj.children):  # fmt: skip
            return True  # "on the day the officers were killed"
        if _moments_pointed_to(obj):
            return True  # "on all three nights", "on both days": the crime's, told before
        if prep.lower_ in _LEGAL.span_prepositions and _a_stretch(obj):
            return True  # "on leave in Lahore for the whole week"
    # "at the time", "on the night": a bare moment, the one the report told
    return moment_told_before(prep)


def _the_event(noun: Token) -> bool:
    """ "the incident", "the occurrence": a bare event that names no act, told with "the" and
    owned by no one - the one the report told, so "on the day of the incident" is the crime's
    moment as "on the day of the killing" is. Not "his accident", "an incident" (some other
    event), nor one a phrase or clause of its own tells apart ("the incident at the school")."""
    if noun.lemma_.lower() not in _LEGAL.event_nouns:
        return False
    if any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in noun.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _in_question(noun: Token) -> bool:
    """ "the night in question", "the days at issue": a moment whose own phrase names it the
    matter of the report (``matter_nouns``) - the crime's, told before."""
    return any(_matter_phrase(c) for c in noun.children)


def _matter_phrase(prep: Token) -> bool:
    """ "in question", "at issue": a bare phrase naming the matter of the report."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "at")
        and any(o.lower_ in _LEGAL.matter_nouns and not list(o.children) for o in _objects(prep))
    )


def _moments_pointed_to(noun: Token) -> bool:
    """ "all three nights", "both days", "those nights": moments the report told before - the
    crime's, when a clause of the accused's side places them then. Not "both days of the
    hearing": moments of something else, named."""
    pointers = _LEGAL.moment_pointers
    if not any(c.dep_ in ("det", "predet") and c.lower_ in pointers for c in noun.children):
        return False
    return noun.tag_ == "NNS" and not any(c.dep_ == "prep" for c in noun.children)


def _a_place(prep: Token) -> bool:
    """A phrase with an object that names no crime: "in Lyon", "at his bakery", "on duty"."""
    objects = _objects(prep)
    return bool(objects) and not any(
        _LEGAL.crime_nouns & {t.lemma_.lower(), t.lower_} for o in objects for t in o.subtree
    )
