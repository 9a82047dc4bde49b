"""Who did an act where the parse hides the doer, and whom a phrase accuses in passing.

``Doers`` adds to ``OwnAdmissions`` (whether an admission confesses) the readings the small
parser's trees do not give directly: "helped X murder Y" (a bare infinitive the parser takes
for a noun: X did it), "X was lynched after accusing him of ..." (a pronoun in the grounds of
an act told as a clause is whom it was done to), "the alleged role of X" (a part the report
calls alleged accuses whose it is), "gunmen led by X" (the leader of the doers), "the murder
of Y by X" and "X's killing of Y" (the doer of an act told as a noun), "X was responsible for
the murder", "X was taken into custody", "X surrendered to police" and "X is wanted in
connection with the murder", "X ordered the killing of Y", "X hired Y to kill Z", "X was
arrested along with Y".
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.alongside import Alongside
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.own_admissions import OwnAdmissions
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import passive_agents, prep_objects, subjects_through_conjuncts
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

# The preposition of a crime noun that names whom the act was done to ("the killing of Y").
_PATIENT_PREP = "of"
# The preposition that names whom an act, a leading or a responsibility is by or for.
_AGENT_PREP = "by"
_FOR_PREP = "for"
# The prepositions of a place or thing an act was done in or to, on whose object the parser
# may hang the order it was done on ("poured it into the tank on Y's orders").
_OBJECT_PREPS = frozenset({"into", "in", "at", "from", "to", "on"})
# The prepositions that put someone into custody ("taken into custody", "in police custody").
_INTO_PREPS = frozenset({"into", "in"})

__all__ = ["Doers"]


class Doers(OwnAdmissions, Alongside):
    """Doers the parse hides: of a helped act, of a part alleged, of an act told as a noun,
    the leader of unnamed doers; and whom a pronoun in an act's grounds stands for."""

    def _leaders(self, verb: Token) -> list[Named]:
        """ "Gunmen led by X attacked the station", "Y was abducted by a gang headed by X":
        the doers are a group the sentence does not name, and a participle of leading
        (``leading_verbs``) on them names the person leading them, who does the act with
        them. The doers are the active subject or the passive's "by" phrase."""
        if self._passive(verb):
            doers = passive_agents(verb)
        else:
            doers = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
        return [
            n for d in doers for acl in d.children
            if acl.dep_ == "acl" and acl.lemma_.lower() in self.lex.leading_verbs
            for a in acl.children if a.dep_ == "agent"
            for n in self._pobj_names(a) if self._is_person(n)
        ]  # fmt: skip

    def _instigators(self, verb: Token) -> list[Named]:
        """Who had a crime verb done: "Y was killed on the orders of X", "at the behest of
        X" (an ``order_nouns`` phrase's "of"), "on X's instructions" (its possessor), "X
        hired Y to kill Z", "X paid Y to shoot Z" (the subject of a ``hiring_verbs`` verb
        whose object does it - object control gives Y already). People only."""
        lex = self.lex
        # the phrase on the verb, or where the parser hung it on the verb's object or the
        # object of its own preposition ("mixed kerosene into the diesel on Y's orders")
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj"),
                 *prep_objects(verb, _OBJECT_PREPS)]  # fmt: skip
        orders = [o for h in heads for o in prep_objects(h, ("on", "at", "under"))
                  if o.lemma_.lower() in lex.order_nouns]  # fmt: skip
        out = [n for o in orders for of in prep_objects(o, (_PATIENT_PREP,))
               for n in self._names(of)]  # fmt: skip
        # "on Y's instructions", "at Y's behest": the possessor gave the order
        out += [n for o in orders for c in o.children if c.dep_ == "poss"
                for n in self._names(c)]  # fmt: skip
        head = verb.head
        hired = verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in lex.hiring_verbs
        if hired and any(c.dep_ == "dobj" for c in head.children) and verb.dep_ == "xcomp":
            out += self._agents(head)
        elif hired and self._passive(head):
            out += self._hirers(head)  # "Y was hired by X to kill Z": the "by" phrase
        return [n for n in out if self._is_person(n)]

    def _hirers(self, verb: Token) -> list[Named]:
        """The "by" phrase of a passive hiring verb, wherever the parser hung it in the
        verb's own clause ("were hired for Rs 3 lakh by X": on the sum)."""
        bys = [
            t for t in verb.subtree
            if t.lower_ == "by" and t.dep_ in ("agent", "prep")
            and next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb
        ]  # fmt: skip
        return [n for b in bys for n in self._pobj_names(b) if self._is_person(n)]

    def _hired_doers(self, verb: Token) -> list[Draft]:
        """ "The shooters were hired by X", "the hitmen were paid by X": whoever hires or
        pays the doers of a crime (``hired_nouns``) stands accused with them - a passive
        hiring verb's "by" phrase, people only."""
        lex = self.lex
        if verb.lemma_.lower() not in lex.hiring_verbs or not self._passive(verb):
            return []
        subjects = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
        if not any(s.lemma_.lower() in lex.hired_nouns for s in subjects):
            return []
        draft = Draft("accusation", verb)
        draft.add(self._hirers(verb), "accused")
        return [draft]

    @staticmethod
    def _governing_verb(noun: Token) -> Token | None:
        """The verb whose clause a noun is in, up through prepositions and objects ("called
        for the arrest of X": "called"); None for a noun that hangs on none."""
        token = noun
        while token.dep_ in ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "conj"):
            if token.head.i == token.i:
                return None
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                return token
        return None

    def _noun_doers(self, noun: Token) -> list[Named]:
        """Who did an act told as a crime noun: "the murder of Y by X" (its "by" phrase),
        "X's killing of Y" (the possessor, when an "of" phrase names whom it was done to;
        without one, "X's murder", the possessor is whom it was done to). People only:
        "death by hanging", "the killing of X by police" name no doer here."""
        by = [
            n for c in noun.children if c.dep_ == "prep" and c.lower_ == _AGENT_PREP
            for n in self._pobj_names(c) if self._is_person(n)
        ]  # fmt: skip
        done_to = [
            n for c in noun.children if c.dep_ == "prep" and c.lower_ == _PATIENT_PREP
            for n in self._pobj_names(c) if self._is_person(n)
        ]  # fmt: skip
        head = noun.head
        if noun.dep_ == "dobj" and head.lemma_.lower() in self.lex.ordering_verbs:
            # "X ordered the killing of Y", "X masterminded the attack"
            by += [n for n in self._agents(head) if self._is_person(n)]
        if not done_to:
            return by
        owners = [n for c in noun.children if c.dep_ == "poss" for n in self._names(c)]
        return by + [n for n in owners if self._is_person(n) and n not in done_to]

    def _held_responsible(self, adjective: Token) -> tuple[Token, list[Named]] | None:
        """ "X was responsible for the murder of Y", "police held X responsible for the
        attack": an adjective of responsibility (``responsibility_adjectives``) whose "for"
        phrase names a crime or a charge accuses whom it is said of - the copula's subject,
        the object it is predicated of, or a passive's subject ("X was held responsible").
        Returns the verb it hangs on, which the reader asks whether it is negated or only
        possible ("was not responsible", "may be responsible"), and the people; None when
        the adjective accuses no one ("responsible for security", "not responsible")."""
        lex = self.lex
        crimes = lex.crime_nouns | lex.charge_nouns
        grounds = [o for o in prep_objects(adjective, (_FOR_PREP,)) if o.lemma_.lower() in crimes]
        if not grounds or any(c.dep_ == "neg" for c in adjective.children):
            return None
        own = self._names_of_children(adjective, ACTIVE_SUBJECTS)  # "held X responsible"
        head = adjective.head
        verb = head.head if adjective.dep_ == "amod" else head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if own:
            said_of = own
        elif adjective.dep_ == "amod":  # "held X responsible", parsed as a modifier of X
            said_of = self._names(head)
        elif adjective.dep_ == "acomp":  # "X was responsible"
            said_of = self._names_of_children(head, ACTIVE_SUBJECTS)
        elif adjective.dep_ in ("oprd", "xcomp", "ccomp"):  # "held X / X was held responsible"
            said_of = self._patients(head)
        else:
            return None
        people = [n for n in said_of if self._is_person(n)]
        return (verb, people) if people else None

    def _wanted(self, verb: Token) -> bool:
        """ "X is wanted in connection with the murder", "X, wanted for the killing of Y": a
        participle of wanting (``wanting_verbs``), passive or describing a noun; it accuses
        where its own phrase names an offence (the reader asks: "X was wanted by the club"
        names none)."""
        describes = verb.dep_ in ("acl", "relcl")
        return verb.tag_ == "VBN" and (self._passive(verb) or describes)

    def _surrenders_to_law(self, verb: Token) -> bool:
        """ "X surrendered to police", "X surrendered before the court": a surrender verb
        (``surrender_verbs``) whose phrase (``surrender_to``) names the police or a court -
        a role noun of court or investigator; "surrendered her seat to a passenger" or
        "surrendered to the army" give no one up to the law."""
        lex = self.lex
        return any(
            c.dep_ == "prep" and c.lower_ in lex.surrender_to
            and any(o.dep_ == "pobj" and lex.role_nouns.get(o.lemma_.lower())
                    in ("court", "investigator") for o in c.children)
            for c in verb.children
        )  # fmt: skip

    def _surrendered(self, verb: Token) -> list[Named]:
        """Whom a surrender verb hands over when it is not its subject: the object that is
        no reflexive pronoun ("X turned Y in to police"; "X turned himself in" hands X)."""
        return [
            n for c in verb.children
            if c.dep_ == "dobj" and not c.lower_.endswith(("self", "selves"))
            for n in self._names(c)
        ]  # fmt: skip

    def _into_custody(self, verb: Token) -> bool:
        """ "X was taken into custody", "police took X into police custody": a taking verb
        (``taking_verbs``) whose own phrase puts someone into custody (``custody_nouns``)
        or under control (``control_nouns``: "police took X under control"); "took X to
        hospital" does not."""
        lex = self.lex
        return any(
            c.dep_ == "prep" and (
                c.lower_ in _INTO_PREPS and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in lex.custody_nouns for o in c.children)
                # "police took X under control", as Nepali reports write an arrest
                or c.lower_ == "under" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in lex.control_nouns for o in c.children)
            )
            for c in verb.children
        )  # fmt: skip

    def _taken_by_the_law(self, verb: Token) -> bool:
        """Whether the law does what a phrasal verb of taking does (``custody_phrasal_verbs``):
        passive with no "by" phrase or one naming police or investigators ("X was picked up
        from his hostel"), or active with them as its subject ("police picked up X"), its
        own or the one an earlier verb it is joined to has ("police raided the house and
        picked up X"); not "his father picked him up from school", nor "the driver stopped
        and picked up X"."""
        passive = any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
        if passive:
            doers = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
            return not doers or any(is_custodian(t) for d in doers for t in d.subtree)
        subjects = subjects_through_conjuncts(verb, ACTIVE_SUBJECTS)
        return any(is_custodian(t) for s in subjects for t in s.subtree)

    @staticmethod
    def _subject_tokens(verb: Token) -> list[Token]:
        return [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]

    def _done_to(self, verb: Token, patients: list[Named]) -> list[Named]:
        """A personal pronoun object of an accusing clause that has no subject of its own,
        hung on a passive act, stands for whom the act was done to: in "X was lynched by a
        mob after accusing him of blasphemy" "him" is X, whoever the report follows and
        though X is the act's victim. The grounds of an act told as a clause, as
        ``_grounds_of`` reads them told as a noun ("lynched on allegations of ...")."""
        text = self.doc.text
        pronouns = [n for n in patients if text[n.start : n.end].lower() in PERSONAL_PRONOUNS]
        if len(pronouns) != 1 or self._subject_tokens(verb):
            return patients
        act = {"pcomp": verb.head.head, "advcl": verb.head}.get(verb.dep_)
        if act is None or act.pos_ not in ("VERB", "AUX") or not self._passive(act):
            return patients
        done_to = [n for n in self._subjects(act) if self._is_person(n)]
        if not done_to:
            return patients
        pronoun = pronouns[0]
        rest = [n for n in patients if n is not pronoun]
        return rest + [Named(n.name, pronoun.start, pronoun.end, n.members) for n in done_to]

    def _helped_to(self, verb: Token) -> list[Draft]:
        """ "helped his uncle X murder Y", "helping his uncle, X, rape and murder a woman": a
        bare infinitive after the one helped, which the small parser takes for a noun ("X
        murder" as a compound) or hangs on the name. Read along the tokens: the people named
        right after the helping verb (passing determiners, possessives, describing nouns
        and commas), then a crime word in its bare form - they did it. With "to" the parse
        holds ("helped X to kill Y", ``_agents``' object control)."""
        lex = self.lex
        names: list[Named] = []
        for t in self.doc[verb.i + 1 : verb.sent.end]:
            m = self.by_token.get(t.i)
            if m is not None:
                full = self._full_name(m.name, m.start) if m.type == "person" else m.name
                named = Named(full, m.start, m.end)
                names += [] if named in names else [named]
                continue
            if names and t.lower_ in lex.crime_verbs:
                if t.dep_ == "compound" and t.head.pos_ == "NOUN":
                    return []  # "helped X, a murder suspect": a noun the word describes
                draft = Draft("crime", t)
                draft.add(names, "accused")
                draft.add(self._victim_after(t), "victim")
                return [draft]
            passable = t.text == "," or t.pos_ in ("DET", "ADJ") or t.tag_ == "PRP$"
            if not (passable or (t.pos_ == "NOUN" and t.is_lower)):
                return []
        return []

    def _victim_after(self, crime: Token) -> list[Named]:
        """The person named right after a crime word read along the tokens ("murder Laura
        X"): its victim, so that no pronoun later stands for them as the accused."""
        for t in self.doc[crime.i + 1 : min(crime.i + 4, crime.sent.end)]:
            m = self.by_token.get(t.i)
            if m is not None and m.type == "person":
                return [Named(self._full_name(m.name, m.start), m.start, m.end)]
            if m is not None or t.pos_ not in ("DET", "ADJ"):
                return []
        return []

    def _hedged(self, noun: Token) -> bool:
        """ "the alleged role", "his suspected involvement": a hedging word describes it."""
        return any(c.dep_ == "amod" and c.lower_ in self.lex.hedging_words for c in noun.children)

    def _hedged_owners(self, noun: Token) -> list[Named]:
        """Whose alleged part it is: "his alleged involvement", "X's alleged role", "the
        alleged role of X"; for an office named after "of" ("of then Minister of State for
        Home P Chidambaram", the name NER missed at the end of the title), the last proper
        noun of the phrase read as a name - never the office's first word."""
        out: list[Named] = []
        for owner in (c for c in noun.children if c.dep_ == "poss"):
            if owner.lower_ not in PERSONAL_PRONOUNS:
                out += self._names(owner)
                continue
            # "X had been manipulated into confessing his alleged role": the person its
            # own sentence named before it, never the one the report follows elsewhere
            name = self._named_before(owner)
            end = owner.idx + len(owner.text)
            out += [Named(name, owner.idx, end, resolved=True)] if name in self.names else []
        for pobj in (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"):  # fmt: skip
            if pobj.i in self.by_token or pobj.pos_ == "PRON":
                out += self._names(pobj)
                continue
            last = max((t for t in pobj.subtree if t.pos_ == "PROPN"), key=lambda t: t.i,
                       default=None)  # fmt: skip
            if last is not None and last.i not in self.places and last.dep_ == "pobj":
                named = self._name_at(last)
                out += [named] if named is not None and self._is_person(named) else []
        return out
