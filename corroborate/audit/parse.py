"""The verbs a count hangs from, read from the parse: what the count says was done.

"26 criminals involved in kidnapping were also apprehended": the number's noun is the
subject of "apprehended", however many words lie between. Lists ("10 launchers, 50 rifles
and 910 pistols were seized"), totals with their parts ("1,845 arms, including rifles, were
confiscated"; "a total of 1,200 smugglers") and "were among those arrested" or "the
arrested men include 35 workers" lead to the same verb. Only the parse's structure is read:
which lemmas make which measure is the lexicon's (``lexicon.measures``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = [
    "acts_itself",
    "governing_lemmas",
    "number_token",
    "sentence_given",
    "verb_through_preposition",
    "verdict_complement",
]

_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "attr", "pobj", "appos"})
_LIST = frozenset({"conj", "appos"})
# "a total of 1,200 smugglers", "2,935 criminals, including 152 target killers".
_PART_OF = frozenset({"of", "including", "among"})
_LINKING = frozenset({"be", "include"})
_MODIFIER = frozenset({"amod", "acl", "relcl"})
_MAX_STEPS = 8


def governing_lemmas(number: Token) -> list[str]:
    """Lemmas of the verbs (nearest first) that take the noun ``number`` counts as an
    argument, with the participles that describe it ("those arrested", "arrested men")."""
    noun = number.head if number.dep_ in ("nummod", "quantmod") else number
    for _ in range(_MAX_STEPS):
        if noun.dep_ in _LIST and noun.head.i != noun.i:
            noun = noun.head
        elif (
            noun.dep_ == "pobj"
            and noun.head.lower_ in _PART_OF
            and noun.head.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
        ):
            noun = noun.head.head
        else:
            break
    out = [m.lemma_.lower() for m in noun.children if m.dep_ in _MODIFIER]
    if noun.dep_ not in _ARGUMENT and noun.dep_ != "ROOT":
        return out
    verb = noun.head
    if noun.dep_ == "pobj":  # "arrested in 3 raids" is the raid's noun, not a verb's object
        return out
    if verb.pos_ not in ("VERB", "AUX"):
        return out
    if _to_come(verb):
        return out  # "will be sentenced", "to be arrested": an act to come, not one done
    if noun.dep_ == "nsubj" and verb.lemma_.lower() not in _LINKING:
        return out  # "two suspects killed a policeman": what they did, not what was done
    out.append(verb.lemma_.lower())
    if verb.lemma_.lower() in _LINKING:
        # "... were among those arrested"; "the arrested men also include 35 workers",
        # "the arrested included 37 members of X".
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i != noun.i:
                out += [m.lemma_.lower() for m in child.children if m.dep_ in _MODIFIER]
                if child.pos_ == "VERB" and any(m.dep_ == "det" for m in child.children):
                    # "The arrested included 37 members of X": a participle with its
                    # article is the people it was done to, its verb what was done
                    out.append(child.lemma_.lower())
            if child.dep_ == "prep" and child.lower_ == "among":
                for obj in child.children:
                    out += [m.lemma_.lower() for m in obj.children if m.dep_ in _MODIFIER]
    return out


def verb_through_preposition(number: Token, prepositions: frozenset[str]) -> str | None:
    """The lemma of the verb whose preposition (one of ``prepositions``) takes the noun
    ``number`` counts: "acquitted X in two cases" gives "acquit", "booked by the police in
    two separate cases" gives "book"; None when the noun is no such object or the verb is an
    act to come ("will be tried in two cases")."""
    noun = number.head if number.dep_ in ("nummod", "quantmod") else number
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in prepositions:
        return None
    verb = preposition.head
    if verb.pos_ not in ("VERB", "AUX") or _to_come(verb):
        return None
    return str(verb.lemma_.lower())


def _to_come(verb: Token) -> bool:
    """A modal or "to" on the verb: "will be sentenced", "to be arrested"."""
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


_COMPLEMENT = frozenset({"oprd", "acomp", "ccomp", "xcomp"})


def verdict_complement(number: Token) -> tuple[str, str] | None:
    """(verb lemma, adjective) when the noun ``number`` counts is found or held to be
    something: "found two men guilty", "five men were found guilty", "held four suspects
    guilty" give ("find", "guilty") or ("hold", "guilty"); None otherwise. Which verbs and
    adjectives make a verdict is the legal lexicon's."""
    noun = number.head if number.dep_ in ("nummod", "quantmod") else number
    if noun.dep_ in ("nsubjpass", "dobj"):
        verb = noun.head
        adjectives = [c for c in verb.children if c.dep_ in _COMPLEMENT and c.pos_ == "ADJ"]
        # "held four suspects guilty": the parser may hang the adjective on the noun
        adjectives += [c for c in noun.children if c.dep_ == "amod" and c.i > noun.i]
    elif noun.dep_ == "nsubj" and noun.head.pos_ == "ADJ" and noun.head.dep_ in _COMPLEMENT:
        verb = noun.head.head  # "found two men guilty": the men are the adjective's subject
        adjectives = [noun.head]
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or _to_come(verb) or not adjectives:
        return None
    if any(c.dep_ == "neg" for t in (verb, adjectives[0]) for c in t.children):
        return None  # "found the two suspects not guilty": no conviction (nor one counted)
    return str(verb.lemma_.lower()), str(adjectives[0].lower_)


def number_token(doc: Doc, start: int, end: int) -> Token | None:
    """The number's token among the tokens of ``doc`` from ``start`` to ``end`` (a count)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return next((t for t in span if t.like_num), None) if span is not None else None


def acts_itself(number: Token) -> bool:
    """Whether the noun ``number`` counts is the subject of its own active verb ("... while
    four others managed to escape", "and two suspects fled"): a clause of its own, which
    shares no verb with a list before it."""
    noun = number.head if number.dep_ in ("nummod", "quantmod") else number
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() not in _LINKING


def sentence_given(number: Token) -> tuple[str, str] | None:
    """(verb lemma, object lemma) when the people ``number`` counts receive the verb's object:
    "five accused were given life imprisonment" gives ("give", "imprisonment"), "awarded life
    imprisonment on two counts to four accused" ("award", "imprisonment"); None otherwise.
    Which verbs and nouns make a sentence is the legal lexicon's."""
    noun = number.head if number.dep_ in ("nummod", "quantmod") else number
    if noun.dep_ == "nsubjpass":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.dep_ in ("dative", "prep"):
        verb = noun.head.head
    else:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.pos_ != "VERB" or _to_come(verb) or not objects:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    return str(verb.lemma_.lower()), str(objects[0].lemma_.lower())
