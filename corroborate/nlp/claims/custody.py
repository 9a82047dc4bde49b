"""Custody, remand and bail told by a ruling: who is held, by whose order, for how long.

Remand told as days granted ("granted the police three days to interrogate X", "the
magistrate granted five days", "granted seven days for X and three for Y":
``_custody_granted``, ``_days_granted``, ``_held_for_days``), a verb that keeps
its object in custody ("hold X in custody": ``_held_in_custody``), an "on remand" phrase the
parser hung deep in the object (``_remand_hung_below``), custody as the law's, not a
person's ("extended the custody of three persons": ``_custody_of_the_law``,
``judicial_places.custody_owner``), bail cancelled again or asked for (``_bail_again``,
``_asks_bail``),
"held without bail" (``_held_without_bail``), held on a court's order or still held
(``_held_by_order``, ``_small_clause``: "ordered X detained"; ``order_clauses``:
"ordered the three held in detention", the participle parsed as the object's reduced
relative, and "ordered the owner and the inspector detained"; a counted group so held,
"the prosecution ordered two men held for 30 days", is named by a later list of the group,
``Draft.unnamed_plural``; ``_remains_held``, "remains
in jail on judicial remand": ``_on_remand``; "has been in judicial custody since":
``judicial_place``), a court that itself keeps someone in custody ("the judge kept X in
detention": ``_kept_by_a_court``; or decides to, or finds grounds to: ``custody_decided``),
"remanded both to five days' custody" with "both" parsed as a quantifier of the days
(``_count_hung_on_length``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.custody_decided import CustodyDecided
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.jail_untried import held_in_jail_untried, in_jail_untried
from corroborate.nlp.claims.judicial_places import custody_owner, judicial_place
from corroborate.nlp.claims.lede_sentence import lede_sentence
from corroborate.nlp.claims.lengths import a_length
from corroborate.nlp.claims.order_clauses import (
    hung_small_clause,
    object_of_order,
    subjectless_small_clause,
)
from corroborate.nlp.claims.ordered_arrest import held_for_a_term, ordered_small_clause
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.pending import surety_object
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import NOUN_SUBJECTS, indefinite, prep_objects

__all__ = ["Custody"]


def _before_semicolon(verb: Token) -> bool:
    """Whether a complement clause is a sentence of its own the parser hung on the next one:
    "X remains on judicial remand; his brother said ..." - a clause before its head with a
    semicolon between them is nothing the head's subject says or orders."""
    head = verb.head
    return verb.i < head.i and any(t.text == ";" for t in verb.doc[verb.right_edge.i + 1 : head.i])


class Custody(CustodyDecided):
    """Rulings of custody, remand and bail, and whom they hold."""

    def _remand_hung_below(self, verb: Token) -> list[Token]:
        """An "on remand" phrase the parser hung deep in the verb's object phrase: "handed
        over three suspects allegedly involved in the kidnapping of a schoolboy from X to
        the police on physical remand for 14 days" (hung on "police", itself on
        "schoolboy"). Only a remand verb's, and only through nouns, prepositions and
        participles - never through a clause with a subject or a clause of its own (the
        man "who is on remand in another case" is not sent on it here)."""
        lex = self.lex
        if verb.lemma_.lower() not in lex.remand_verbs:
            return []
        clauses = ("relcl", "ccomp", "advcl", "xcomp", "csubj", "parataxis", "conj")
        found = []
        for prep in verb.subtree:
            if prep.dep_ != "prep" or prep.lower_ != "on" or prep.head.i == verb.i:
                continue
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            if not any(o.lemma_.lower() in lex.remand_nouns for o in objects):
                continue
            path, head = [], prep.head
            while head.i != verb.i:
                path.append(head)
                head = head.head
            if any(t.dep_ in clauses or any(c.dep_ in NOUN_SUBJECTS for c in t.children)
                   for t in path):  # fmt: skip
                continue
            found.append(prep)
        return found

    def _custody_of_the_law(self, verb: Token, noun: Token) -> bool:
        """Whether a court's remand verb acts on someone's custody as the law's: "the court
        extended by 12 days the custody of three persons", "the magistrate extended the
        police custody of X" - custody (``custody_nouns``) of someone ("of" or a
        possessor) that a court (``_by_a_court``) grants, extends or hands over, to no one
        or to the police. Not custody a court gives to a parent ("granted custody of the
        children to their mother"): one handed to anyone but a custodial agent."""
        lex = self.lex
        if noun.lemma_.lower() not in lex.custody_nouns:
            return False
        if verb.lemma_.lower() not in lex.remand_verbs or not self._by_a_court(verb):
            return False
        if not any(c.lower_ == "of" or c.dep_ == "poss" for c in noun.children):
            return False
        return all(any(is_custodian(t) for t in g.subtree) for g in _givers(verb, noun))

    def _custody_to_custodians(self, verb: Token, noun: Token) -> bool:
        """Whether a court grants custody that the custodians keep, naming no one held: "the
        magistrate granted police custody for seven days", "granted the police custody for
        five days" - custody (``custody_nouns``) told as the police's, by a custodial
        compound ("police custody") or by the police given it, is a remand of whom the
        police brought (``RemandGranted._followed_held``). Not custody of someone ("granted
        police custody of X": ``_custody_of_the_law``), nor custody given to anyone but a
        custodial agent ("granted custody to their mother"), nor custody with no custodian
        told ("granted custody for a week": whose is not said)."""
        lex = self.lex
        if noun.lemma_.lower() not in lex.custody_nouns or noun.dep_ != "dobj":
            return False
        if verb.lemma_.lower() not in lex.remand_verbs or not self._by_a_court(verb):
            return False
        if any(c.lower_ == "of" or c.dep_ == "poss" for c in noun.children):
            return False  # custody of someone: the law's (``_custody_of_the_law``)
        givers = _givers(verb, noun)
        kept = [c for c in noun.children if c.dep_ in ("compound", "amod") and is_custodian(c)]
        if not givers and not kept:
            return False
        return all(any(is_custodian(t) for t in g.subtree) for g in givers)

    def _bail_again(self, verb: Token, noun: Token) -> bool:
        """ "granted bail to X, but cancelled it a week later": "it" the object of a
        conjunct whose first verb granted bail - that bail."""
        head = verb.head
        return (
            noun.lower_ == "it"
            and noun.dep_ == "dobj"
            and verb.dep_ == "conj"
            and any(c.dep_ == "dobj" and self._asks_bail(c) for c in head.children)
        )

    def _asks_bail(self, noun: Token) -> bool:
        """Whether a noun is bail or a request for it: "bail", "a surety"; "his bail plea",
        "the application for bail" (a request noun with bail as its compound or "for")."""
        lex = self.lex
        if noun.lemma_.lower() in lex.bail_nouns:
            return True
        if noun.lemma_.lower() not in lex.bail_request_nouns:
            return False
        asked = [c for c in noun.children if c.dep_ == "compound"] + prep_objects(noun, ("for",))
        return any(t.lemma_.lower() in lex.bail_nouns for t in asked)

    def _held_without_bail(self, verb: Token, lemma: str) -> list[Draft]:
        """ "X is being held without bail", "the judge ordered him held without bond": kept
        in custody with no release on surety is a remand. The one held is the passive's
        subject, or the subject of a bare participle clause ("ordered him held")."""
        lex = self.lex
        if lemma not in lex.holding_verbs:
            return []
        withouts = [surety_object(o, lex) for o in prep_objects(verb, ("without",))]
        if not any(o.lemma_.lower() in lex.bail_nouns for o in withouts):  # "bail pending trial"
            return []
        held = self._patients(verb)
        bare = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        if not held and bare:
            held = self._names_of_children(verb, ACTIVE_SUBJECTS)
        draft = Draft("ruling", verb, "remanded")
        draft.add(held, "accused")
        return [draft]

    def _held_by_order(self, verb: Token, lemma: str) -> list[Draft]:
        """ "The magistrate allowed police to detain X for ten more days", "the judge
        ordered that both defendants be kept at the correctional centre", "ordered that X
        remain in judicial custody": a holding verb, or a verb of staying in custody
        (``remaining_verbs``), in the clause a court orders or allows
        (``custody_order_verbs``) - a remand. Not one a court only asks for or that police
        order themselves."""
        lex = self.lex
        head = verb.head
        # "ordered that X remain in judicial custody", "X will remain in custody till
        # March 12, the court ordered": staying in custody, as a court orders it
        remaining = lemma in lex.remaining_verbs and (
            self._held_in_custody(verb) or self._on_remand(verb)
        )
        # "X is in Adiala jail on judicial remand", "X is on remand": being on remand is
        # staying there (not being in custody, which may be the police's after an arrest)
        remaining = remaining or lemma == "be" and self._on_remand(verb)
        # "X has been in judicial custody since May", "X remains in the judicial lock-up": a
        # court's place of holding (custody alone may be the police's after an arrest)
        staying = lemma == "be" or lemma in lex.remaining_verbs
        judicial = any(judicial_place(o, lex) for o in prep_objects(verb, ("in",)))
        remaining = remaining or staying and judicial
        # "X and Y remain at the provincial prison" in a report that judges no one
        remaining = remaining or in_jail_untried(verb, lex, self._a_prison)
        # "X, who is held in the district jail on judicial remand", "X is being held in
        # judicial custody": held where a court holds people - not "held in police custody"
        held_there = lemma in lex.holding_verbs and self._passive(verb)
        # "the brothers were held at the district prison", "X and Y are being held at the
        # central prison, prosecutors said": a jail in a report that judges no one - also in
        # a clause someone tells, never in one a court or the police order (read below)
        # (the order asked first: where a jail is named, its test reads every word of the report)
        ordered = head.lemma_.lower() in lex.custody_order_verbs
        jailed = held_there and not ordered and held_in_jail_untried(verb, lex, self._a_prison)
        held_there = held_there and (self._on_remand(verb) or judicial)
        if (held_there and verb.dep_ not in ("ccomp", "xcomp")) or jailed:
            draft = Draft("ruling", verb, "remanded")
            draft.add([n for n in self._patients(verb) if self._is_person(n)], "accused")
            return [draft] if self._accused_in(draft) else []
        request = head.lemma_.lower() in lex.bail_request_nouns and head.dep_ == "dobj"
        if verb.dep_ == "acl" and request and lemma in lex.holding_verbs:
            # "allowed an application by police to hold X": the court allows the request,
            # and what is requested is the holding
            head = head.head
        elif remaining and (verb.dep_ not in ("ccomp", "xcomp") or _before_semicolon(verb)):
            return self._remains_held(verb)
        elif lemma in lex.holding_verbs and hung_small_clause(verb):
            # "ordered the three held in detention": the parser hangs the small clause's
            # participle on its subject, the order's object, as a reduced relative
            # ("ordered both men held without bail" is read once, as held without bail)
            if self._held_without_bail(verb, lemma):
                return []
            head = object_of_order(head).head
        elif (
            lemma not in lex.holding_verbs
            and lemma in lex.arrest_verbs
            and ordered_small_clause(verb, lex)
        ):
            # "the judge ordered X arrested pending trial": a court's arrest for a term is its
            # custody before trial (without one, perhaps a warrant: an arrest only)
            if not held_for_a_term(verb):
                return []
        elif not (lemma in lex.holding_verbs or remaining) or verb.dep_ not in ("ccomp", "xcomp"):
            return []
        # "the Public Prosecution ordered X held for 21 days": where prosecutors hold suspects,
        # their own detention order is the custody before trial a court's remand is elsewhere
        order = head.lemma_.lower() in lex.custody_order_verbs
        if not order or not self._by_a_court_or_prosecution(head):
            return []
        draft = Draft("ruling", verb, "remanded")
        held = self._patients(verb) if not remaining else self._agents(verb)
        if remaining and not held and verb.dep_ == "xcomp":
            held = self._names_of_children(head, frozenset({"dobj"}))  # "ordered X to remain"
        if not held and verb.dep_ == "acl":
            held = self._names(verb.head)  # the order's object: the participle's subject
        if not held and not remaining and self._small_clause(verb):
            # "the judge ordered X detained pending trial": the participle's subject is held
            subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
            held = [n for c in subjects if not is_custodian(c) for n in self._names(c)]
        if not held and not remaining and subjectless_small_clause(verb):
            # "ordered the owner and the inspector detained": the parser takes the order's
            # co-ordinated objects for its own and leaves the participle no subject
            objects = [o for o in head.children if o.dep_ == "dobj" and o.i < verb.i]
            held = [n for o in objects if not is_custodian(o) for n in self._names(o)]
        draft.add([n for n in held if self._is_person(n)], "accused")
        # "allowed detectives to hold three suspects for 14 days": a group a later sentence
        # names ("The suspects, X, Y and Z, ...")
        kept = [c for c in verb.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
        # "A court ordered a lorry driver held in pre-trial detention": one unnamed, whom the
        # next sentence may name (``Ledes``); the draft names no one, so makes no claim itself.
        # "The prosecution ordered two men held for 30 days": the participle hung on the
        # order's object, that counted group is the one held, named later as a group is
        draft.unnamed_plural = not self._accused_in(draft) and (
            any(self._counted(c) for c in kept)
            or (verb.dep_ == "acl" and self._counted_people(verb.head))
        )
        if verb.dep_ == "acl":
            kept.append(verb.head)
        # (the lede only: further on, "a" one ordered held is one more of those already told.
        # After a dateline the parser cut off, the lede is the first sentence with a verb, but
        # only where a later sentence introduces the one by the lede's own noun ("The
        # contractor, X"): the next sentence's subject may be the victim the lede spoke of)
        unnamed_kept = [] if self._accused_in(draft) else [k for k in kept if _indefinite_noun(k)]
        if unnamed_kept and verb.sent.start != next(iter(verb.doc.sents)).start:
            lede = lede_sentence(verb.doc)
            after_dateline = lede is not None and lede.start == verb.sent.start
            told_later = after_dateline and any(self._named_later(k) for k in unnamed_kept)
            unnamed_kept = unnamed_kept if told_later else []
        unnamed = bool(unnamed_kept)
        return [draft] if self._accused_in(draft) or draft.unnamed_plural or unnamed else []

    def _kept_by_a_court(self, verb: Token, lemma: str) -> list[Draft]:
        """ "The judge kept X in detention", "the magistrate kept him in custody for the
        trial": a court that itself keeps someone in custody (a holding verb whose subject,
        or passive's agent, is a court, with custody or detention as its "in" phrase) has
        him held on remand. Police keeping someone is their custody after an arrest, no
        court's ruling."""
        lex = self.lex
        # "the court decided to keep X in custody", "found sufficient grounds to keep X in
        # custody": the keeping a court decides on (``CustodyDecided``)
        if decided := self._custody_decided(verb, lemma):
            return decided
        if lemma not in lex.holding_verbs or not self._by_a_court(verb):
            return []
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        places = [o for h in heads for o in prep_objects(h, ("in",))]
        detained = any(o.lemma_.lower() in lex.arrest_nouns for o in places)
        if not (self._held_in_custody(verb) or detained):
            return []
        draft = Draft("ruling", verb, "remanded")
        draft.add([n for n in self._patients(verb) if self._is_person(n)], "accused")
        return [draft] if self._accused_in(draft) else []

    @staticmethod
    def _small_clause(verb: Token) -> bool:
        """Whether a verb is a bare participle with a subject of its own and no auxiliary,
        an order's small clause ("ordered X detained", parsed as a past tense)."""
        if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "ccomp":
            return False
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
            return False
        return any(c.dep_ in ACTIVE_SUBJECTS for c in verb.children)

    def _remains_held(self, verb: Token) -> list[Draft]:
        """ "X, who remains in custody at the county jail, is scheduled for trial", "X remains
        in custody": a person said to stay in custody is held on remand (pending trial, or a
        retrial), whoever ordered it; not one who no longer does ("X does not remain in
        custody", "X no longer remains in custody"), nor one in someone's custody ("X
        remains in the custody of her kidnappers")."""
        negations = [t for c in verb.children if c.dep_ in ("neg", "advmod") for t in c.subtree]
        if any(t.dep_ == "neg" or t.lower_ == "no" for t in negations):
            return []
        places = [o for h in (verb, *verb.children) for o in prep_objects(h, ("in",))]
        custody = [o for o in places if o.lemma_.lower() in self.lex.custody_nouns]
        if any(custody_owner(c) for o in custody for c in o.children):
            return []
        # "remains in protective custody": a witness kept safe, not an accused held
        if any(c.lower_ in self.lex.sheltering_words for o in custody for c in o.children):
            return []
        held = [n for n in self._agents(verb) if self._is_person(n)]
        head = verb.head
        if not held and verb.dep_ == "conj" and head.dep_ == "advcl":
            # "All four pleaded not guilty when the trial opened and remain in custody":
            # the parser joins the staying verb to the time clause, whose subject (a trial)
            # is no one held - those held are the main clause's
            held = [n for n in self._agents(head.head) if self._is_person(n)]
        if not held and verb.dep_ == "conj" and self._passive(head):
            # "X was committed for trial and remains on remand", "X was tendered a pardon
            # and remains in judicial custody": a staying verb with no subject of its own,
            # joined to a passive, stays where the passive's subject is
            held = [n for n in self._shared_subject(verb) if self._is_person(n)]
        draft = Draft("ruling", verb, "remanded")
        draft.add(held, "accused")
        return [draft] if self._accused_in(draft) else []

    def _shared_subject(self, verb: Token) -> list[Named]:
        """The subject of the passive a conjunct with no subject of its own is joined to
        (none where the conjunct has one: "X was charged and his brother remains ...")."""
        if any(c.dep_ in (*ACTIVE_SUBJECTS, *PASSIVE_SUBJECTS) for c in verb.children):
            return []
        return self._names_of_children(verb.head, PASSIVE_SUBJECTS)

    def _custody_granted(self, verb: Token) -> list[Draft]:
        """Remand in other words: "police were given five days to grill X", "granted the
        police three days to interrogate X" - days granted to question someone."""
        lex, grant = self.lex, verb.head
        if verb.dep_ not in ("xcomp", "acl", "advcl", "relcl") or verb.tag_ != "VB":
            return []
        if verb.dep_ in ("acl", "relcl"):  # "five days to grill X" hung on "days"
            grant = grant.head
        if grant.lemma_.lower() not in lex.remand_verbs:
            return []
        days = [t for c in grant.children if c.dep_ in ("dobj", "nsubjpass", "dative")
                for t in c.subtree if a_length(t)]  # fmt: skip
        if self._held_in_custody(verb):  # "permission to hold X in custody for 12 days"
            days += [t for t in prep_objects(verb, ("for",)) if a_length(t)]
        if not days:
            return []
        draft = Draft("ruling", verb, "remanded")
        draft.add(self._names_of_children(verb, frozenset({"dobj"})), "accused")
        # "to hold the suspects in custody": a group the next sentence may name
        held = [c for c in verb.children if c.dep_ == "dobj"]
        draft.unnamed_plural = not self._accused_in(draft) and any(self._counted(c) for c in held)
        return [draft]

    def _days_granted(self, verb: Token, lemma: str) -> list[Draft]:
        """A remand told as the days a court grants: "Police produced X before the court with
        a plea for a seven-day remand, and the magistrate granted five days", "the magistrate
        granted the detectives the 14 days they sought" - a length (a date phrase) a court
        gives to no one or to the police, for no purpose of another kind ("granted him two
        weeks to file a reply" is none), where the custody is the police's or a remand is
        asked. The one held is whom the clause it is conjoined to produces or sends, else
        the accused the report follows."""
        lex = self.lex
        if lemma not in lex.remand_verbs or not self._by_a_court(verb):
            return []
        if any(c.dep_ in ("xcomp", "advcl") for c in verb.children):
            return []
        lengths = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "DATE"]
        if not lengths or any(c.tag_ == "VB" for t in lengths for c in t.children):
            return []
        held = self._held_for_days(verb, lengths)
        given = [c for c in verb.children if c.dep_ == "dative"]
        given = [g for g in given if not (held and g.lower_ == "for")]  # "for X": the held
        if any(not any(is_custodian(t) for t in g.subtree) for g in given):
            return []
        remand = lex.remand_nouns | lex.custody_nouns
        asked = any(t.lemma_.lower() in remand for t in verb.sent)
        if held and not asked and verb.sent.start > 0:
            # "... produced with a ten-day remand prayer. The magistrate granted seven days
            # for X": the days answer the prayer of the sentence before
            asked = any(t.lemma_.lower() in remand for t in self.doc[verb.sent.start - 1].sent)
        if not given and not asked:
            return []
        if held:
            draft = Draft("ruling", verb, "remanded")
            draft.add(held, "accused")
            return [draft]
        if verb.dep_ == "conj":
            held = [n for n in self._patients(verb.head) if self._is_person(n)]
        if not held:
            end = verb.idx + len(verb.text)
            held = [Named(n.name, verb.idx, end, n.members) for n in self.last_accused]
        draft = Draft("ruling", verb, "remanded")
        draft.add(held, "accused")
        return [draft] if self._accused_in(draft) else []

    def _held_for_days(self, verb: Token, lengths: list[Token]) -> list[Named]:
        """Whom granted days are for: "granted seven days for X and three for Y" - the
        people of a "for" phrase on the verb (the parser makes it a dative) or on a length
        or its conjunct ("three for Y")."""
        heads = [verb, *lengths]
        found: list[Named] = []
        while heads:
            head = heads.pop(0)
            # the gapped "and three for Y" is a conjunct of the length, of the name or of
            # the "for" itself, as the parser has it
            heads += [c for c in head.children if c.dep_ == "conj" and c.like_num]
            for prep in head.children:
                if prep.lower_ != "for" or prep.dep_ not in ("dative", "prep"):
                    continue
                heads += [c for c in prep.children if c.dep_ == "conj" and c.like_num]
                for o in (c for c in prep.children if c.dep_ == "pobj"):
                    heads += [c for c in o.children if c.dep_ == "conj" and c.like_num]
                    # (a surname the tagger typed a place is still the accused it names)
                    found += [n for n in self._names(o)
                              if self._is_person(n) or n.name in self.all_accused]  # fmt: skip
        return found

    def _count_hung_on_length(self, verb: Token) -> list[Named]:
        """ "A magistrate remanded both to five days' police custody", "handed both over to
        police on physical remand": the parser makes the
        lone "both" a quantifier of the number of days (with "to" as another), so the
        remand verb seems to hold no one. A counting quantifier (``counting_quantifiers``)
        hung as a number's quantifier inside a remand verb's object is its object, and
        stands for the group of that size the report follows (``_group_of_size``)."""
        lex = self.lex
        if verb.lemma_.lower() not in lex.remand_verbs:
            return []
        counting = lex.counting_quantifiers
        # "handed both over to police on physical remand": the parser hangs the lone "both"
        # on the particle as its adverb; a word between verb and particle is the object
        for particle in (c for c in verb.children if c.dep_ == "prt" and c.i > verb.i):
            for t in particle.children:
                if t.lower_ in counting and t.i < particle.i:
                    end = t.idx + len(t.text)
                    group = self._group_of_size({counting[t.lower_]})
                    return [Named(n.name, t.idx, end, n.members) for n in group]
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for t in obj.subtree:
                if t.lower_ in counting and t.dep_ == "quantmod" and t.head.pos_ == "NUM":
                    end = t.idx + len(t.text)
                    group = self._group_of_size({counting[t.lower_]})
                    return [Named(n.name, t.idx, end, n.members) for n in group]
        return []

    def _on_remand(self, verb: Token) -> bool:
        """Whether a verb of staying is "on remand": "X remains on judicial remand", "X
        remains in Adiala jail on remand" (the phrase hung on the verb or on its place) -
        a jail alone is no remand ("X, sentenced in 2019, remains in jail"). "X remains in
        remand at the district jail" says the same with "in" (a remand as a place)."""
        heads = [verb, *prep_objects(verb, ("in", "at"))]
        remand = self.lex.remand_nouns
        if any(o.lemma_.lower() in remand for o in prep_objects(verb, ("in",))):
            return True
        return any(o.lemma_.lower() in remand for h in heads for o in prep_objects(h, ("on",)))

    def _held_in_custody(self, verb: Token) -> bool:
        """Whether a verb keeps its object in custody: "hold X in custody", "keep X in
        custody" - custody (``custody_nouns``) as its "in" phrase."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # or on its object
        custody = self.lex.custody_nouns
        # the "in" phrase may be parsed as the verb's predicate ("keep him in custody", oprd)
        ins = [c for h in heads for c in h.children if c.lower_ == "in" and c.dep_ == "oprd"]
        places = [o for p in ins for o in p.children if o.dep_ == "pobj"]
        places += [o for h in heads for o in prep_objects(h, ("in",))]
        return any(o.lemma_.lower() in custody for o in places)


def _indefinite_noun(noun: Token) -> bool:
    """Whether a noun is one unnamed, written with an indefinite article ("a lorry driver");
    whether it is a person the lede names next is ``Ledes``' to decide."""
    return noun.tag_ == "NN" and indefinite(noun)


def _givers(verb: Token, noun: Token) -> list[Token]:
    """Those a custody verb gives the custody to: its dative ("granted police custody") and
    the "to" objects of the verb or the custody noun ("handed custody to the police")."""
    givers = [c for c in verb.children if c.dep_ == "dative"]
    return givers + [o for h in (verb, noun) for o in prep_objects(h, ("to",))]
