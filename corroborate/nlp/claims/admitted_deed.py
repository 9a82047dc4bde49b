"""Whether an admitting verb confesses a deed told bare: a gerund the admitter does, or his part.

The held-out style's short reports tell a plea or a confession in the words of the deed alone,
with no crime word and no setting: "X admitted fishing in a protected area", "Nurse X admitted
receiving the money", "his cousin X, who admitted his part at trial", "was jailed after
admitting his part in loading the boat". The admitter is the gerund's doer (it has no subject
of its own), so what is admitted is his own deed: a confession, and its maker an accused.

Not a confession: a gerund of a state, of knowing or of meeting ("admitted knowing the buyer",
``admitted_deeds.json`` ``no_deed_gerunds``) or of a sighting ("admitted seeing him":
``sighting_verbs``); a gerund with a doer of its own ("admitted his brother firing"); an
admitter whom a role noun names other than as one who may confess - police, an officer, a
judge, counsel, a witness, a victim, an official ("the SHO admitted failing to register the
FIR", "the witness admitted meeting him": ``role_nouns``, ``confessing_roles``); a negated or
refused admission ("did not admit", "refused to admit": ``negated_or_refused``). Another's deed
told in a clause ("admitted that his brother had fired") is no gerund and stays unread.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from corroborate.lexicon.admitted_deeds import admitted_deed_words
from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.accusable_roles import admitter_unaccusable
from corroborate.nlp.claims.everyday import names_crime
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.claims.punished_admission import punishing_head
from corroborate.nlp.claims.refused import negated_or_refused
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import prep_objects
from corroborate.records import Claim, ClaimKind, Setting

__all__ = ["admitted_bare_deeds", "bare_deed_in_crime_context", "kept_in_crime_context"]

_WORDS = admitted_deed_words()
# What gives a gerund a doer of its own: "admitted his brother firing", "admitted him driving"
_OWN_DOERS = frozenset({"nsubj", "poss", "nsubjpass"})
# The claims that put a person in a crime's context: arrested, charged, before a court
# (remanded, bailed, tried, convicted, sentenced, acquitted), or confessing by another
# reading. Not an accusation or a crime told of him (a rival's charge against a politician,
# "X accused the senator of lying"), nor a denial (any public figure denies things)
_CRIME_CONTEXT: frozenset[ClaimKind] = frozenset(
    {"arrest", "charge", "ruling", "confession", "retraction"}
)
# The words beside a subject noun that may describe it: "Nurse X", "the driver, X", "the
# cousin, X, who admitted"
_DESCRIBING = frozenset({"compound", "amod", "appos"})


def admitted_bare_deeds(
    verb: Token, lex: LegalLexicon, settings: Collection[Setting | None] = ()
) -> list[Token]:
    """The deeds told bare that ``verb`` (an admitting verb, ``admission_verbs``) confesses,
    or none: its object, or its "to" phrase, a gerund of the admitter's doing ("admitted fishing",
    "admitted to reprogramming the fobs"), or the admitter's own part ("admitted his part",
    "admitted his part in loading the boat"); by an admitter no role noun names as one who
    does not confess, and not negated or refused. ``settings``: where the verb's phrases say
    it was said (``OwnAdmissions._where_admitted``). A relative clause tells a confession so
    only with a setting of its own ("X, who admitted his part at trial"): "X, who admitted
    forging the signature, was arrested" describes X by what he granted somewhere, no
    confession (conf39's near miss; punished, it is a plea: ``_admitted_before_sentence``).
    One told as said in custody is left to the custody reading (its suspect guard).
    See the module's docstring."""
    if negated_or_refused(verb, lex) or any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if _in_relative_clause(verb) and not any(s not in (None, "unknown") for s in settings):
        return []
    if "custodial" in settings or _told_by_police(verb, lex):
        # told as said in custody ("Police said X had admitted leaving the gate open"): the
        # custody reading decides, and it takes only the police's suspect's word
        # (``OwnAdmissions._admits_own_deed_told_there``) - a guard or a landlord questioned
        # admits his own doings too
        return []
    deeds = _deeds(verb, lex)
    return deeds if deeds and not admitter_unaccusable(_admitters(verb), lex) else []


def bare_deed_in_crime_context(
    verb: Token,
    deeds: list[Token],
    lex: LegalLexicon,
    settings: Collection[Setting | None] = (),
) -> bool:
    """Whether the sentence itself makes the ``deeds`` ``verb`` admits bare
    (``admitted_bare_deeds``, found once and passed on) a wrong: admitted before a court
    ("admitted his part at trial", "before the magistrate") or a crime word in the deed
    ("admitted receiving the bribe"). A lawful deed is admitted in the same words ("Senator
    X has admitted using the tax code", "the minister admitted meeting the contractor"), and
    no list of lawful gerunds can be whole: without such a context, the confession stands
    only where another claim of the report accuses its maker (arrested, charged, tried,
    remanded, punished: ``Reader.run``)."""
    if "judicial" in settings:
        return True
    if _admitter_held_here(verb, lex):
        return True
    return any(names_crime(d.subtree, lex) for d in deeds)


def _admitter_held_here(verb: Token, lex: LegalLexicon) -> bool:
    """Whether the verb the admission hangs on as its admitter's arrests, charges, confines
    or rules on him ("was jailed this year after admitting his part", "X, who admitted
    forging the will, was charged"): a step the reader may not make a claim of by itself
    ("jailed" with no term), yet one that puts the admitter in a crime's context."""
    head = punishing_head(verb)
    if head is None:
        return False
    lemma = head.lemma_.lower()
    return (
        lemma in lex.arrest_verbs
        or lemma in lex.confinement_verbs
        or lemma in lex.charge_verbs
        or lemma in lex.ruling_verbs
        or lemma in lex.sentencing_verbs
    )


def _deeds(verb: Token, lex: LegalLexicon) -> list[Token]:
    """The deeds of the admitter's own that ``verb`` admits: a gerund or his own part."""
    told = _gerunds(verb) + _own_parts(verb, lex)
    return [g for g in told if _a_deed(g, lex)]


def _in_relative_clause(verb: Token) -> bool:
    """Whether ``verb`` is a relative clause's verb, or a verb joined to one ("who drove the
    car and admitted his part")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "relcl"


def _gerunds(verb: Token) -> list[Token]:
    """The gerunds ``verb`` admits: its object or complement ("admitted fishing"), or its
    "to" phrase's ("admitted to reprogramming")."""
    objects = [c for c in verb.children if c.dep_ in ("xcomp", "dobj")]
    objects += prep_objects(verb, frozenset({"to"}), ("pcomp",))
    return [o for o in objects if o.tag_ == "VBG"]


def _own_parts(verb: Token, lex: LegalLexicon) -> list[Token]:
    """What the admitter's own part is told as: "admitted his part" (the part noun itself,
    told bare) or "his part in loading the boat" (the gerund of its "in" phrase). A part of
    another ("admitted the driver's part") or in a thing told by a noun ("his part in the
    rescue": a crime noun there is ``_admits_crime``'s) is not."""
    out: list[Token] = []
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        if noun.lemma_.lower() not in lex.part_nouns:
            continue
        if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
            continue
        ins = prep_objects(noun, frozenset({"in"}), ("pobj", "pcomp"))
        if not ins:
            out.append(noun)
        out += [o for o in ins if o.tag_ == "VBG"]
    return out


def _a_deed(told: Token, lex: LegalLexicon) -> bool:
    """Whether what is admitted tells a deed of the admitter's: a part noun, or a gerund with
    no doer of its own that tells neither a state, a knowing or meeting, nor a sighting."""
    if told.tag_ != "VBG":
        return True  # "his part", bare
    if any(c.dep_ in _OWN_DOERS for c in told.children):
        return False
    lemma = told.lemma_.lower()
    return lemma not in _WORDS.no_deed_gerunds and lemma not in lex.sighting_verbs


def _told_by_police(verb: Token, lex: LegalLexicon) -> bool:
    """Whether the police or an investigator tell the admission: the subject of the verb whose
    clause it is ("Police said X had admitted ...", "Detectives say X has admitted ..."), or
    of a verb set beside it ("X admitted forcing the door, investigators said")."""
    tellers: list[Token] = []
    clause = verb
    while clause.dep_ in ("ccomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
        tellers += [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS]
    beside = [c for c in verb.children if c.dep_ == "parataxis"]
    tellers += [s for b in beside for s in b.children if s.dep_ in ACTIVE_SUBJECTS]
    words = [*tellers, *(c for t in tellers for c in t.children if c.dep_ in _DESCRIBING)]
    return any(
        is_custodian(w) or lex.role_nouns.get(w.lemma_.lower()) == "investigator" for w in words
    )


def _admitters(verb: Token) -> list[Token]:
    """The nouns that name who admits: the verb's subject, the noun its relative clause hangs
    on ("X, who admitted"), or, for a subjectless gerund phrase ("was jailed after admitting
    ..."), the subject of the clause it modifies."""
    nouns = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
    if verb.dep_ == "relcl":
        nouns.append(verb.head)
    if not nouns and verb.dep_ == "pcomp":
        clause = verb.head.head
        nouns = [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS or c.dep_ == "nsubjpass"]
    return nouns


def kept_in_crime_context(claims: list[Claim], waiting: list[Claim]) -> list[Claim]:
    """``claims`` less each of ``waiting`` (confessions read only from a deed admitted bare,
    their sentence giving it no crime context: ``Draft.wants_context``) whose maker no other
    claim of the report puts in a crime's context (``_CRIME_CONTEXT``): "X admitted fishing
    in a protected area. He was fined 500 dollars" keeps it, "Senator X has admitted using
    the tax code to his advantage" alone does not."""
    waiting_ids = {id(c) for c in waiting}
    in_context = {
        p.name
        for c in claims
        if id(c) not in waiting_ids and c.kind in _CRIME_CONTEXT
        for p in c.participants
        if p.role == "accused"
    }
    return [
        c
        for c in claims
        if id(c) not in waiting_ids
        or any(p.role == "accused" and p.name in in_context for p in c.participants)
    ]
