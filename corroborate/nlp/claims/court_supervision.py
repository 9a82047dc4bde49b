"""A step before trial told with "under": a release under a court's watch, or custody at home.

Courts of civil-law systems (France and the Maghreb, Turkey, much of Latin America and
Europe) release a suspect pending trial not "on bail" but "under judicial control" or
"under judicial supervision", and keep one in custody at home by "house arrest":

- "X was placed under judicial control", "the judge released X under judicial supervision":
  a release on conditions a court sets - bail, as "released on conditions" is. The judicial
  adjective (``judicial_adjectives``) before the noun of watching (``supervision_nouns``)
  makes the watch a court's, as it makes custody a court's (``judicial_place``); "placed
  under police supervision" or "under the control of his family" is none.
- "X was released under conditions", "freed under electronic monitoring", "released under a
  written undertaking not to leave": a release on its terms (``release_terms``) told with
  "under" as civil-law wire copy (Belgium, Central Asia, Latin America) writes it - bail, as
  "released on conditions" is; only with a verb of releasing (placing someone "under
  monitoring" is surveillance), and not a release from prison (parole after a sentence).
- "the court placed X under house arrest", "the judge ordered X placed under house arrest":
  custody a court orders pending trial at home (``home_custody_words`` before an arrest or
  custody noun) - a remand. Only where a court places him (the verb's doer, or the doer of
  the ordering verb whose small clause it is): police or a government keeping a politician
  at home is no court's step.
- "X was placed under a committal warrant", "both officers were placed under a provisional
  arrest warrant": francophone wire copy (West Africa, the Congo) tells the investigating
  judge's or prosecutor's order that sends a suspect to prison pending trial (a "mandat de
  depot", a "mandat d'arret provisoire") as a warrant one is placed under - a remand. A
  warrant only issued "for" or "against" someone may be for one still at large (an
  accusation, ``claims.warrants``); one a person is placed or put under is executed on him,
  whoever signed it. Not a warrant for a thing ("a search warrant": a compound noun).

The verb is one of placing (``placing_verbs``) or releasing (``bail_verbs``), or one whose
object predicate is a liberty adjective ("X was charged and left free under judicial
supervision", as West African and francophone wire copy writes the release), told as done or
ordered; a step only asked for or refused ("the prosecutor asked for house arrest", "the
judge rejected a request to release X under judicial supervision": a noun, or an infinitive
no order governs) is not read here.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.judicial_places import custody_noun
from corroborate.nlp.grammar import to_infinitive

__all__ = ["left_at_liberty", "placed_under"]


def placed_under(
    verb: Token, prep: Token, pobj: Token, lex: LegalLexicon, by_a_court: Callable[[Token], bool]
) -> str | None:
    """The outcome ``verb`` tells by its "under" phrase (``prep``, with object ``pobj``):
    "bail" for a court's supervision, "remanded" for house arrest a court orders, else None."""
    if prep.lower_ != "under":
        return None
    lemma = verb.lemma_.lower()
    placing = lemma in lex.placing_verbs
    if not placing and lemma not in lex.bail_verbs and not left_at_liberty(verb, lex):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "dobj":
        # "ordered X placed under house arrest": the parser hangs the small clause's
        # participle on its subject, the order's object
        head = head.head
    ordering = head.lemma_.lower() in lex.ordering_verbs
    infinitive = to_infinitive(verb)
    if infinitive and not ordering:
        return None  # "rejected a request to release X under judicial supervision"
    if not placing and pobj.lower_ in lex.release_terms:
        return None if _from_prison(verb, lex) else "bail"
    modifiers = {c.lower_ for c in pobj.children if c.dep_ in ("amod", "compound")}
    if placing and _warrant_executed(pobj, lex):
        return "remanded"  # "placed under a committal warrant"
    if pobj.lemma_.lower() in lex.supervision_nouns:
        watched = modifiers & lex.judicial_adjectives
        owned = any(c.dep_ == "poss" or c.lower_ == "of" for c in pobj.children)
        return "bail" if watched and not owned else None
    if not (placing and modifiers & lex.home_custody_words):
        return None
    if not custody_noun(pobj, lex, arrests=True):
        return None
    ordered = ordering and verb.dep_ in ("xcomp", "ccomp", "acl")
    return "remanded" if by_a_court(verb) or (ordered and by_a_court(head)) else None


def left_at_liberty(verb: Token, lex: LegalLexicon) -> bool:
    """Whether a verb leaves or sets its object at liberty by its predicate ("X was charged
    and left free under judicial supervision", "the judge left him free under judicial
    control"): the liberty adjective (``liberty_adjectives``) that the parser makes the
    verb's object predicate is the release, as a verb of releasing is; the "under" phrase
    still decides whether it is a court's release on conditions."""
    return any(c.dep_ == "oprd" and c.lower_ in lex.liberty_adjectives for c in verb.children)


def _warrant_executed(pobj: Token, lex: LegalLexicon) -> bool:
    """Whether the object of a placing verb's "under" is a warrant one is held on (a
    "committal warrant", a "provisional arrest warrant"): a warrant noun no compound or "for"
    phrase makes a warrant for a thing ("a search warrant", ``searching_verbs``; "a warrant
    for the house")."""
    if pobj.lemma_.lower() not in lex.warrant_nouns:
        return False
    searched = any(c.lemma_.lower() in lex.searching_verbs for c in pobj.children)
    return not searched and not any(c.lower_ == "for" for c in pobj.children)


def _from_prison(verb: Token, lex: LegalLexicon) -> bool:
    """Whether the release is from prison ("released from prison under conditions"): parole
    after a sentence, no release pending trial."""
    places = [o for p in verb.children if p.lower_ == "from" for o in p.children]
    return any(o.lemma_.lower() in lex.prison_nouns or o.lower_ in lex.prison_nouns for o in places)
