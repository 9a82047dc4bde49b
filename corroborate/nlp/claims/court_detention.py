"""Custody a court orders told in the words of a detention or an arrest, not of a remand.

Reports from courts that hold suspects before trial by "detention" or "arrest" (most of
Europe, Latin America, East Asia) tell the remand as the court's own detaining act:

- a request to detain granted by a court: "the court granted the prosecutor's request to
  detain X", "approved a request from prosecutors to take X into custody", "granted the
  request to arrest X" (``_detention_granted``) - the act a request noun
  (``bail_request_nouns``) asks for, granted by a verb of granting
  (``request_granting_verbs``) whose doer is a court;
- a request for custody granted by a court: "granted the prosecutor's request for nine
  months of preventive detention against X", "approved a request for pre-trial detention of
  X" (``_request_for_detention``; whom the custody is for or against must be named there);
- a court that orders someone into custody: "the judge ordered X into detention", "ordered X
  into 18 months of preventive detention" (``_ordered_into_custody``);
- a court that orders detention for or against someone: "ordered two months of detention for
  X", "ordered pre-trial detention for X", "ordered three months of preventive detention
  against X" - or an arrest as civil-law courts name custody before trial, one written as
  before trial or with its length: "ordered pre-trial arrest for X", "ordered a 30-day arrest
  for X", the length written as the custody's possessor or "of" phrase too: "ordered 30
  days' detention for X", "ordered detention of up to 30 days for X" (``_detention_for``;
  "ordered the arrest of X" is a warrant's, no custody yet); a prosecution's own order too
  ("the prosecutor's office ordered provisional detention for X", as ``detention_owned``
  reads its "ordered his detention"), and one for a counted group ("for three men"), whose
  names a later list of the group gives (``_remand_of``, ``Draft.unnamed_plural``);
- a court that orders someone's detention: "ordered his pre-trial detention", "ordered the
  detention of X" (``detention_owned``);
- one ordered held in the passive: "X was ordered held in detention for 30 days, the court
  said", "X was ordered to remain in custody" (``ordered_held_passive``);
- a court that issues a detention warrant against someone - the order that keeps a suspect
  the judge has heard in custody (a "mandat de depot", a Korean court's detention warrant):
  "the investigating judge issued a detention warrant against X" (``_detention_warrant``; an
  arrest warrant, for someone still at large, is no remand);
- a court's measure before trial ("chose detention as a measure of restraint for X",
  "released under alternative measures": ``court_measures``, a remand or bail).

Each is a remand (the common-law word for a court keeping someone before trial), read beside
the arrest the detaining verb itself tells. Not a request refused or only made ("rejected the
request to detain X", "prosecutors asked the court to detain X": the granting verb is a
court's and not negated), not a police detention ("police ordered X into custody": no court
does it), and not shelter ("ordered the boy into protective custody": ``sheltering_words``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.court_measures import CourtMeasures
from corroborate.nlp.claims.custody_warrants import FOR_OR_AGAINST, custody_warrant
from corroborate.nlp.claims.detention_owned import DetentionOwned
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.judicial_places import before_trial, custody_length, custody_noun
from corroborate.nlp.claims.ordered_held_passive import OrderedHeldPassive
from corroborate.nlp.claims.remand_granted import RemandGranted
from corroborate.nlp.grammar import negated, prep_objects, to_infinitive

__all__ = ["CourtDetention"]

# How a request's infinitive hangs on its noun: "a request to detain X" (a clause of the
# noun), or below a "from"/"by" phrase naming who asked ("a request from prosecutors to
# detain X", which the parser may hang on the asker).
_REQUEST_CLAUSES = frozenset({"acl", "relcl", "advcl"})
_ASKER_PREPOSITIONS = frozenset({"from", "by", "of"})
# How a length is written before an arrest noun: "a 30-day arrest", "a two-month arrest"
_LENGTH_DEPS = frozenset({"compound", "nummod", "amod"})


class CourtDetention(CourtMeasures, RemandGranted, DetentionOwned, OrderedHeldPassive):
    """Remands told as a court's detention: granted on request, ordered into custody, or
    ordered for someone."""

    def _court_detentions(self, verb: Token, lemma: str) -> list[Draft]:
        """Every remand ``verb`` tells as a court's detention (the three readings above)."""
        return [
            *self._detention_granted(verb, lemma),
            *self._request_for_detention(verb, lemma),
            *self._ordered_into_custody(verb, lemma),
            *self._detention_for(verb, lemma),
            *self._detention_owned(verb, lemma),  # "ordered his pre-trial detention"
            *self._ordered_held_passively(verb, lemma),  # "X was ordered held in detention"
            *self._detention_warrant(verb, lemma),
            *self._measures_imposed(verb, lemma),  # "chose detention as a measure of restraint"
        ]

    def _detains(self, verb: Token, lemma: str) -> bool:
        """Whether a verb detains its object: a holding or arrest verb ("detain", "hold",
        "arrest"), or a taking verb into custody ("take X into custody")."""
        lex = self.lex
        if lemma in lex.holding_verbs or lemma in lex.arrest_verbs:
            return True
        return lemma in lex.taking_verbs and any(
            self._held_in(o) for o in prep_objects(verb, ("into",))
        )

    def _request_of(self, verb: Token) -> Token | None:
        """The request noun whose infinitive ``verb`` is: "request to detain X", or "request
        from prosecutors to detain X" hung on the asker. None when it is no request's."""
        if verb.dep_ not in _REQUEST_CLAUSES or not to_infinitive(verb):
            return None
        requests = self.lex.bail_request_nouns
        head = verb.head
        if head.lemma_.lower() in requests:
            return head
        asked = head.dep_ == "pobj" and head.head.lower_ in _ASKER_PREPOSITIONS
        if asked and head.head.head.lemma_.lower() in requests:
            return head.head.head
        if verb.dep_ == "advcl":
            # "approved a request from prosecutors to detain X", the infinitive hung on the
            # verb of granting: the request its object, right before the infinitive
            objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
            request = next((o for o in objects if o.lemma_.lower() in requests), None)
            if request is not None and request.right_edge.i + 1 == verb.i - 1:
                return request
        return None

    def _detention_granted(self, verb: Token, lemma: str) -> list[Draft]:
        """ "The court granted the prosecutor's request to detain X": the request's detaining
        act, granted (not negated) by a court, is a remand of its object. "Allowed ... to
        hold X" is ``Custody._held_by_order``'s already."""
        lex = self.lex
        request = self._request_of(verb) if self._detains(verb, lemma) else None
        if request is None or request.dep_ != "dobj":
            return []
        granting = request.head
        glemma = granting.lemma_.lower()
        if glemma not in lex.request_granting_verbs and glemma not in lex.custody_order_verbs:
            return []
        held_by_order = lemma in lex.holding_verbs and glemma in lex.custody_order_verbs
        if held_by_order and verb.dep_ == "acl" and verb.head.i == request.i:
            return []
        if negated(granting) or not self._by_a_court(granting):
            return []
        return self._remand_of(verb, self._patients(verb))

    def _request_for_detention(self, verb: Token, lemma: str) -> list[Draft]:
        """ "The judge granted the prosecutor's request for preventive detention against X",
        "approved a request for 36 months of pre-trial detention for X": a request noun whose
        "for" phrase is custody (``custody_nouns``; or a length "of" it), granted (not
        negated) by a court, is a remand of whom the "for", "against" or "of" phrases of the
        custody, its length, the request or the verb name. Not a request refused ("rejected
        the request for preventive detention": no verb of granting), nor one naming no one."""
        lex = self.lex
        if lemma not in lex.request_granting_verbs or negated(verb):
            return []
        requests = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.lemma_.lower() in lex.bail_request_nouns
        ]
        asked = [n for r in requests for n in prep_objects(r, ("for",))]
        lengths = [n for n in asked if n.ent_type_ == "DATE"]
        asked += [d for n in lengths for d in prep_objects(n, ("of",))]
        custody = [n for n in asked if self._custody_asked(n)]
        if not custody or not self._by_a_court(verb):
            return []
        heads = [verb, *requests, *lengths, *custody]
        owners = [n for c in custody for o in prep_objects(c, ("of",)) for n in self._names(o)]
        return self._remand_of(verb, [*self._whom_held(heads), *owners])

    def _custody_asked(self, noun: Token) -> bool:
        """Whether a requested noun is custody the law holds someone in: no one's possession
        but a length's, and not shelter ("protective custody")."""
        if not self._custody_not_shelter(noun):
            return False
        return not any(c.dep_ == "poss" and not custody_length(c) for c in noun.children)

    def _custody_not_shelter(self, noun: Token) -> bool:
        """Whether a noun is custody (``custody_nouns``) and not shelter ("protective
        custody"): what ``_custody_asked`` and ``_held_for_a_time`` ask first."""
        lex = self.lex
        return noun.lemma_.lower() in lex.custody_nouns and not any(
            c.lower_ in lex.sheltering_words for c in noun.children
        )

    def _ordered_into_custody(self, verb: Token, lemma: str) -> list[Draft]:
        """ "The judge ordered X into detention": a court's order whose object goes "into"
        custody or detention (``custody_nouns``) is a remand of that object."""
        lex = self.lex
        if lemma not in lex.custody_order_verbs or not self._by_a_court(verb):
            return []
        if negated(verb):
            return []
        places = prep_objects(verb, ("into",))
        # "ordered X into 18 months of preventive detention": custody behind its length
        places += [d for p in places if p.ent_type_ == "DATE" for d in prep_objects(p, ("of",))]
        if not any(self._held_in(place) or self._held_for_a_time(place) for place in places):
            return []
        held = [n for c in verb.children if c.dep_ == "dobj" for n in self._names(c)]
        return self._remand_of(verb, held)

    def _detention_for(self, verb: Token, lemma: str) -> list[Draft]:
        """ "The court ordered two months of detention for X", "ordered pre-trial detention
        for X": a court's order of custody or detention (its object, or the "of" phrase of a
        length it orders) is a remand of whom the "for" phrase names - on the verb, the
        object or the detention noun."""
        lex = self.lex
        # "the Provincial Prosecutor's Office ordered provisional detention for X": a
        # prosecution's own order, as its "ordered his detention" is (``DetentionOwned``)
        if lemma not in lex.custody_order_verbs or not self._by_a_court_or_prosecution(verb):
            return []
        if negated(verb):
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        ordered = [*objects, *(d for o in objects for d in prep_objects(o, ("of",)))]
        detentions = [
            o
            for o in ordered
            if self._held_in(o) or self._arrest_held(o) or self._held_for_a_time(o)
        ]
        if not detentions:
            return []
        # "six months of preventive detention in the X prison for Y": the parser hangs the
        # "for" phrase on the place of the detention
        places = [p for d in detentions for p in prep_objects(d, ("in",))]
        # "ordered pre-trial arrest for three months for X": or on the length
        lengths = [n for h in (verb, *detentions) for n in prep_objects(h, ("for",))]
        lengths = [n for n in lengths if n.ent_type_ == "DATE"]
        heads = [verb, *objects, *detentions, *places, *lengths]
        held = [o for h in heads for o in prep_objects(h, FOR_OR_AGAINST)]
        return self._remand_of(verb, self._whom_held(heads), groups=held)

    def _held_for_a_time(self, noun: Token) -> bool:
        """Whether a court's ordered custody noun is custody for a length, its length written
        as its possessor or "of" phrase: "ordered 30 days' detention for X", "ordered
        detention of up to 30 days for X". ``_held_in`` refuses both (a possessor or an "of"
        phrase is whose custody it is), but a date owns nothing. Not shelter."""
        if not self._custody_not_shelter(noun):
            return False
        owners = [c for c in noun.children if c.dep_ == "poss" or c.lower_ == "of"]
        return bool(owners) and all(custody_length(c) for c in owners)

    def _arrest_held(self, noun: Token) -> bool:
        """Whether a court's ordered arrest noun is custody, as civil-law courts name the
        custody before trial: written as before trial ("pre-trial arrest") or with its length
        ("a 30-day arrest"). Not "the arrest of X" (the order to bring someone in) and not
        someone's own ("his arrest")."""
        lex = self.lex
        if noun.lemma_.lower() not in lex.arrest_nouns:
            return False
        if not custody_noun(noun, lex, arrests=True) or any(
            c.lower_ == "of" for c in noun.children
        ):
            return False
        if before_trial(noun, lex):
            return True
        modifiers = [c for c in noun.children if c.dep_ in _LENGTH_DEPS and c.i < noun.i]
        return any(c.ent_type_ == "DATE" for c in modifiers)

    def _detention_warrant(self, verb: Token, lemma: str) -> list[Draft]:
        """ "The investigating judge issued a detention warrant against X": a warrant
        (``warrant_nouns``) that names custody as what it orders ("detention warrant",
        "custody warrant"), which a court issues (``custody_finding_verbs``), is a remand of
        whom it is for or against. Not a warrant only sought or refused (the verb is no
        court's issuing), nor an arrest warrant."""
        lex = self.lex
        if lemma not in lex.custody_finding_verbs or negated(verb):
            return []
        # the warrant object first: "find", "give", "make" are common verbs, and whether a
        # court does them is the dearer test
        warrants = [c for c in verb.children if c.dep_ == "dobj" and custody_warrant(c, lex)]
        if not warrants or not self._by_a_court(verb):
            return []
        return self._remand_of(verb, self._whom_held([verb, *warrants]))

    def _whom_held(self, heads: list[Token]) -> list[Named]:
        """The names of the "for" or "against" phrases on ``heads``."""
        return [n for h in heads for o in prep_objects(h, FOR_OR_AGAINST) for n in self._names(o)]

    def _held_in(self, noun: Token) -> bool:
        """Whether a noun is custody or detention someone is held in, not shelter ("protective
        custody") and not someone's ("the custody of his aunt")."""
        lex = self.lex
        if not custody_noun(noun, lex):
            return False
        # custody one is ordered into is the law's: not shelter, and not whoever an "of"
        # phrase names (a relative's, a guardian's)
        if any(c.lower_ in lex.sheltering_words for c in noun.children):
            return False
        return not any(c.lower_ == "of" for c in noun.children)

    def _remand_of(
        self, verb: Token, held: list[Named], groups: list[Token] | None = None
    ) -> list[Draft]:
        """A remand of the persons among ``held``, where one of them is accused; or, where
        none is named, of a counted group among the nouns ``groups`` ("ordered provisional
        detention for three men"): a ruling with no one named yet, whom a later list of the
        group names ("The men are X, Y and Z": ``Draft.unnamed_plural``)."""
        draft = Draft("ruling", verb, "remanded")
        draft.add([n for n in held if self._is_person(n)], "accused")
        if self._accused_in(draft):
            return [draft]
        draft.unnamed_plural = any(self._counted_people(g) for g in groups or ())
        return [draft] if draft.unnamed_plural else []
