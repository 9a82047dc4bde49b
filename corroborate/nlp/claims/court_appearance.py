"""A first appearance before a court: "X, 29, appeared before Magistrate M in the Nuku'alofa
Magistrate's Court on Monday", "X, Y and Z appeared before Resident Magistrate M",
"X appeared in the Tembisa Magistrate's Court" - whoever a criminal report stands before a
magistrate, a judge or a court is there as the one charged, named or not by the charge.

Only the subject of "appear" itself (``appearing_verbs``), with a court for the object of
its "before" or "in" (a court noun, ``role_nouns`` "court", heading the phrase or naming it:
"Magistrate M", "a special sitting of Monaghan District Court"). Not who appears for
another ("appeared for the accused", "on behalf of the State": counsel) or as something ("as
a witness"), not a subject the sentence gives another part ("The complainant, X, who
appeared in court, said ..."; a lawyer, a judge, an investigator, a relative:
``role_nouns``), nor what only is to come or did not happen ("to appear before the court
next week", "has not appeared before the court despite warrants"): those tell no
appearance made. Nor an appearance that is only the scene of a statement (a participle
with no subject of its own, a conjunct verb of saying, a purpose "to record his
statement"): a witness records one before a magistrate as an accused does, and the
statement's own reading tells them apart.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import prep_objects, to_infinitive

__all__ = ["appears_before_a_court", "names_a_court"]

# The prepositions whose object is where one appears ("before the magistrate", "in court").
_WHERE = ("before", "in")
# The prepositions of appearing for someone or as something else: counsel, a witness.
_FOR_ANOTHER = frozenset({"for", "as"})
# The parts that give one who appears in court another place than the dock.
_OTHER_PARTS = frozenset(
    {"court", "defence", "prosecutor", "witness", "victim", "relative", "investigator", "official"}
)
_SUBJECTS = frozenset({"nsubj"})


def appears_before_a_court(verb: Token) -> bool:
    """Whether ``verb`` ("appeared") tells its subject standing before a court, made and
    made by one in the dock (see the module's docstring)."""
    if verb.lemma_.lower() not in legal().appearing_verbs or verb.pos_ != "VERB":
        return False
    if verb.dep_ in ("xcomp", "ccomp") or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("to", "will", "would", "may"))
        for c in verb.children
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _FOR_ANOTHER for c in verb.children):
        return False  # "appeared for the accused", "as a witness"
    if any(o.lower_ == "behalf" for o in prep_objects(verb, ("on",))):
        return False  # "appeared on behalf of the State"
    if not any(_a_court(o) for o in prep_objects(verb, _WHERE)):
        return False
    if _scene_of_a_statement(verb):
        return False
    # a clause of its own: "Appearing before Judge J, X said he had never killed anyone" is
    # the scene of X's statement, which its own reading tells, not a step taken against him
    subjects = _subject_tokens(verb)
    return bool(subjects) and not any(_of_another_part(s) for s in subjects)


def _scene_of_a_statement(verb: Token) -> bool:
    """Whether the appearance is where its subject made a statement: a conjunct verb of
    saying ("X had appeared before a judicial magistrate and, in a statement ..., said that
    he had seen Y" - a witness's statement as well as an accused's, which the statement's
    own reading tells apart), or a purpose ("appeared before the magistrate to record his
    statement")."""
    saying = kinds_lexicon().reporting_cues
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if verb.dep_ == "conj":
        joined.append(verb.head)
    if any(v.lemma_.lower() in saying for v in joined):
        return True
    return any(c.dep_ in ("xcomp", "advcl") and to_infinitive(c) for c in verb.children)


def _a_court(obj: Token) -> bool:
    """A court, a judge or a magistrate: the phrase's noun, a word of its name ("Magistrate
    Losaline Vea", "Stafford magistrates"), or the body its "of" names ("a special sitting
    of Monaghan District Court")."""
    roles = legal().role_nouns
    words = [obj, *prep_objects(obj, ("of",))]
    for word in words[:]:
        words += _name_words(word)
    return any(roles.get(w.lemma_.lower()) == "court" or roles.get(w.lower_) == "court"
               for w in words)  # fmt: skip


def _name_words(word: Token) -> list[Token]:
    """The words a noun's name or title hang on it by, however deep: "Magistrate" of
    "Magistrate Losaline Vea", parsed a compound of "Losaline"."""
    out = [c for c in word.children if c.dep_ in ("compound", "poss")]
    for c in out[:]:
        out += _name_words(c)
    return out


def _subject_tokens(verb: Token) -> list[Token]:
    """The subject of the appearance: its own subject, or the noun a "who" clause hangs on."""
    own = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if verb.dep_ == "relcl":
        own.append(verb.head)
    return own


def _of_another_part(subject: Token) -> bool:
    """Whether the subject's phrase gives it another part in the case: its noun, a noun it
    is apposed to or that is apposed to it ("The complainant, X"), or a word before its
    name ("Inspector X", "his lawyer X")."""
    roles = legal().role_nouns
    words = [subject, *(c for c in subject.children if c.dep_ in ("appos", "compound"))]
    if subject.dep_ == "appos":
        words.append(subject.head)
    return any(
        roles.get(w.lemma_.lower()) in _OTHER_PARTS or roles.get(w.lower_) in _OTHER_PARTS
        for w in words
    )


def names_a_court(obj: Token) -> bool:
    """Whether a noun is a court, a judge or a magistrate (``_a_court``): "never faced a
    court", read by the facing verbs' negated trial too."""
    return _a_court(obj)
