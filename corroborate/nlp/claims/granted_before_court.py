"""A verb of granting (``custody_admission_verbs``: "accepted", "acknowledged") said before a
court, and the facts of the charge granted: where an accused's concession is his confession.

Where no plea is taken, the court records the accused's own answer to the charge: Nepal's
courts take each accused's statement accepting or denying it ("X accepted before the court
that he had forged the slips"), and the civil-law abbreviated procedures of Latin America and
Europe rest on the accused accepting the facts before a judge ("X accepted before Judge Y that
he had handed over the syringes", "X was sentenced after he accepted the facts in an
abbreviated procedure"). A granting or admitting verb confesses there, as one does in
custody, whoever the report has called accused so far: these reports name each accused first
at his own statement ("Broker X accepted before the court that ...", "scrap dealer X admitted
before the magistrate that he bought ..."), and a witness testifies ("told the court"), he
does not stand "before the court" to grant his own deed.

Only a "before" phrase naming a court or a judge (``kinds.setting_in``: judicial), on the verb
or inside one of its phrases ("at a hearing before Judge Y"): "accepted in court that ..." or
"under cross-examination" is as often a concession at trial of a fact the defence then
answers, and "before the trial" names a time.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from corroborate.lexicon.legal import UNACCUSED_PARTS, LegalLexicon
from corroborate.nlp.kinds import setting_in

__all__ = ["before_court", "grants_own_facts", "own_facts"]


def before_court(phrases: Iterable[Token], verb: Token, lex: LegalLexicon) -> bool:
    """Whether one of ``phrases`` (the phrases of ``verb``, a verb of admitting or granting)
    is, or holds, a "before" phrase that names a court or a judge - "before the court",
    "before Judge Y", "at a hearing before Judge Y" - and the one who speaks is no other
    party to the case by his own words (``role_nouns``: "The complainant, X, accepted
    before the court that he had pardoned the accused" is the complainant's compromise).
    Not "before the investigation team" (custodial), "before the trial" (a time)."""
    if _another_party(verb, lex):
        return False
    for phrase in phrases:
        for prep in phrase.subtree:
            if prep.dep_ != "prep" or prep.lower_ != "before":
                continue
            text = prep.doc.text
            said = text[prep.left_edge.idx : prep.right_edge.idx + len(prep.right_edge)]
            if setting_in(said) == "judicial":
                return True
    return False


def _another_party(verb: Token, lex: LegalLexicon) -> bool:
    """Whether the subject of ``verb``, an apposition to it or a word before its name
    ("The complainant, X", "witness X", "X, the victim's father") names a party who is not
    the accused: a witness, a victim, the court, the prosecution or the defence
    (``role_nouns``). A relative, an official or an officer may be the accused."""
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):  # "The complainant, X, accepted": parsed as its modifier
        nouns.append(verb.head)
    nouns += [a for n in nouns for a in n.children if a.dep_ == "appos"]
    nouns += [n.head for n in nouns if n.dep_ == "appos"]
    words = [*nouns, *(c for n in nouns for c in n.children if c.dep_ in ("amod", "compound"))]
    return any(lex.role_nouns.get(w.lemma_.lower()) in UNACCUSED_PARTS for w in words)


def grants_own_facts(verb: Token, lex: LegalLexicon) -> bool:
    """ "X accepted the facts in an abbreviated procedure", "X conceded the facts": a verb
    that grants the charge (``charge_accepting_verbs``) with the charge's facts told bare as
    its object (``admitted_fact_forms``, as written) - the civil-law wording of accepting
    the charge, a confession wherever it is said. Not another's facts ("the victim's
    facts"), nor facts a clause spells out ("accepted the facts that he was at the farm")."""
    if verb.lemma_.lower() not in lex.charge_accepting_verbs:
        return False
    return any(
        o.dep_ == "dobj" and o.lower_ in lex.admitted_fact_forms and own_facts(o)
        for o in verb.children
    )


def own_facts(facts: Token) -> bool:
    """Whether "the facts" an admitting or granting verb takes are the charge's, told bare:
    "the facts", "his facts", "the facts as charged" - not another's ("the victim's facts"),
    nor facts a clause spells out ("the facts that he was at the farm", which admits only
    those)."""
    return not any(
        (c.dep_ == "poss" and c.pos_ != "PRON") or c.dep_ in ("acl", "ccomp", "relcl")
        for c in facts.children
    )
