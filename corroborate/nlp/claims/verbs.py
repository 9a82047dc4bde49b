"""What a verb of the lexicon and its clause tell ``Reader._read`` before it makes a claim.

Whether the verb acts on someone ("charged X with murder", not "charged a fee":
``_acts_on_someone``), names an offence in its own phrase ("tried for murder":
``_names_offence``), gives a name or title rather than an accusation ("was named chairman":
``_calls``), is a holding that is an arrest ("held for the murder of ...", "held in a dawn
raid"), a term still to serve ("will serve 15 years"), an admission of a charge, a word of a
name NER found ("Killer Mike"), a complaint of coercion; and the people only the clause
gives: the clause's doers ("police suspect that Y killed Z"), its subject that an object
pronoun cannot stand for, names typed as places a court rules on, the one who "appeared
before a magistrate charged with robbery", the accomplice who "turned approver".
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.ledes import Ledes
from corroborate.nlp.claims.not_done import NotDone
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.grammar import prep_objects
from corroborate.nlp.speakers import PERSONAL_PRONOUNS
from corroborate.records import HELD_WITHOUT_CHARGE

__all__ = ["Verbs"]

# A clause with no subject of its own shares its head's, up through these links: "Trump
# responded by calling X a fool and accusing him of ...": the subject of "accusing" is Trump.
_SHARES_SUBJECT = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})


class Verbs(NotDone, Ledes):
    """The tests ``Reader._read`` makes of a verb and its clause, and the parties only the
    clause gives."""

    def _admits_charge(self, verb: Token) -> bool:
        """ "X admitted two counts of fraud", "admitted the charge", "admitted to one count
        of conspiracy": what is admitted is a count or charge (``pleaded_nouns``), which one
        admits only by a plea in court."""
        nouns = self.lex.pleaded_nouns
        admitted = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("to",))
        return any(c.lemma_.lower() in nouns for c in admitted)

    def _hyphened_lemma(self, token: Token) -> str:
        """The token's lemma, joined to the word before a hyphen when the two make a charge
        verb the tokenizer split ("charge-sheeted": "charge", "-", "sheeted")."""
        lemma = token.lemma_.lower()
        if token.i >= 2 and self.doc[token.i - 1].text == "-":
            joined = f"{self.doc[token.i - 2].lower_}-{lemma}"
            if joined in self.lex.charge_verbs:
                return joined
        return lemma

    def _abuse_claimed(self, verb: Token) -> bool:
        """ "X submitted a petition stating that he had been tortured during remand": a
        word of coercion (``kinds.coercion``) in a clause someone reports is the accused's
        complaint of how a confession was taken - it makes no one the case's victim (who
        would never be its accused)."""
        if not self.kinds.coercion.search(verb.text):
            return False
        cues = self.kinds.reporting_cues
        return any(a.dep_ in ("ccomp", "conj") and a.head.lemma_.lower() in cues
                   for a in [verb, *verb.ancestors])  # fmt: skip

    def _turned_approver(self, noun: Token) -> list[Draft]:
        """ "X turned approver", "X became an approver": an accomplice who confesses for a
        pardon; his confession, whatever the tagger makes of the word (a noun, an adverb),
        where it completes a verb of becoming (``becoming_verbs``) whose subject is X."""
        verb = noun.head
        if noun.dep_ not in ("attr", "acomp", "oprd", "advmod", "dobj", "xcomp"):
            return []
        if verb.lemma_.lower() not in self.lex.becoming_verbs or self._not_done(verb):
            return []
        draft = Draft("confession", noun)
        turned = [n for n in self._agents(verb) if self._is_person(n)]
        if not turned and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "..., with one of the arrested men, X, turning approver": the absolute "with"
            # names who does it (the parser hangs the participle on the main verb)
            turned = [n for p in prep_objects(verb.head, ("with",)) if p.i < verb.i
                      for n in self._names(p) if self._is_person(n)]  # fmt: skip
        draft.add(turned, "accused")
        return [draft]

    def _not_its_subject(self, verb: Token, patients: list[Named]) -> list[Named]:
        """A personal pronoun that is the object of a verb never stands for the subject of
        its own clause - that would be "himself": in "Mrs. X accused him of sexism" and "Y
        responded by accusing him of ...", "him" is not Mrs. X nor Y. A pronoun resolved to
        that subject was resolved wrongly and names no one the sentence accuses."""
        text = self.doc.text
        pronouns = [n for n in patients if text[n.start : n.end].lower() in PERSONAL_PRONOUNS]
        if not pronouns:
            return patients
        subjects = {n.name for n in self._clause_subjects(verb)}
        return [n for n in patients if n not in pronouns or n.name not in subjects]

    def _doers_in_clause(self, verb: Token) -> list[Named]:
        """Who does what an accusing verb's clause tells: "X accused that Y had close links
        with ...", "police suspect that Y killed Z" (the clause's subject), "X accused
        that he was tortured by Y" (a passive clause's "by" agent, never its subject, who
        is what was done to). The accusation is put as a clause where South Asian English
        puts it as an object ("accused Y of ...")."""
        return [
            n for c in verb.children if c.dep_ == "ccomp" and self._tells_offence(c)
            for n in self._agents(c)
        ]  # fmt: skip

    def _tells_offence(self, clause: Token) -> bool:
        """Whether a clause tells an offence: a crime verb, or an offence or act named in it.
        "I suspect that X is going to have something to say" is an everyday sense."""
        return clause.lemma_.lower() in self.lex.crime_verbs or self._names_offence(clause)

    def _clause_subjects(self, verb: Token) -> list[Named]:
        """The names of the subject of ``verb``'s clause: its own, else the one it shares
        with the clause it hangs from (``_SHARES_SUBJECT``) - never past a clause with a
        subject of its own that names no one ("X was not at home, and police were
        conducting raids to arrest him": the police conduct them, not X)."""
        token = verb
        while True:
            found = self._names_of_children(token, ACTIVE_SUBJECTS)
            if found or token.dep_ not in _SHARES_SUBJECT or token.head.i == token.i:
                return found
            if any(c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS for c in token.children):
                return []  # "... and raids are being conducted to arrest him": nor the raids
            token = token.head

    def _word_of_a_name(self, token: Token, lemma: str) -> bool:
        """Whether an accused noun or a verb is a word of the name NER found around it: the
        rapper "Killer Mike", a headline NER took whole ("FDIC Accused Of Covering Up ...").
        It names; it accuses no one. (A description NER kept beside a name, "accused Imran",
        is no word of the name "Imran"; titles such as "Justice X" are not asked.)"""
        m = self.by_token.get(token.i)
        if m is None or token.text not in m.name.split():
            return False
        accused = lemma in self.lex.accused_nouns or token.lower_ in self.lex.accused_nouns
        return accused or token.pos_ in ("VERB", "AUX")

    def _places_ruled_on(self, verb: Token) -> list[Named]:
        """The names typed as places that a ruling verb has as its object (or passive
        subject) and their conjuncts: a court rules on people, never on a place. Not a
        country or city (NER's GPE) unless beside a person: "condemned North Korea" is
        censure, not a sentence."""
        deps = PASSIVE_SUBJECTS if self._passive(verb) else frozenset({"dobj"})
        # only a person is acquitted or convicted ("His co-accused, X, was acquitted" with X
        # typed a country); a country may be condemned
        of_people = self.lex.ruling_verbs.get(verb.lemma_.lower()) in ("acquitted", "convicted")
        out: list[Named] = []
        for head in (c for c in verb.children if c.dep_ in deps):
            items = self._coordinated(head)
            people = of_people or any(
                (m := self.by_token.get(t.i)) is not None and m.type == "person" for t in items
            )
            for t in items:
                place = self.places.get(t.i)
                if place is None or (place.label == "GPE" and not people):
                    continue
                named = self._place_as_person(t)
                out += [named] if named is not None else []
        return out

    def _held_in_a_raid(self, verb: Token) -> bool:
        """ "Five people were held in a dawn raid", "police held X during a raid on ...": a
        holding verb whose "in" or "during" phrase is a police swoop (``raid_nouns``)."""
        places = prep_objects(verb, ("in", "during"))
        return any(o.lemma_.lower() in self.lex.raid_nouns for o in places)

    def _held_at_the_scene(self, verb: Token) -> bool:
        """ "X and Y were held on the spot", "police held X at the scene": a holding verb
        whose "on" or "at" phrase is where the crime was caught (``scene_nouns``)."""
        places = prep_objects(verb, ("on", "at"))
        return any(o.lemma_.lower() in self.lex.scene_nouns for o in places)

    def _held_for(self, verb: Token) -> bool:
        """ "Police held X and Y for the murder of a shopkeeper", "Two youths held for
        killing a shopkeeper": a holding verb whose "for" phrase names an offence (a crime
        noun, a crime verb's gerund, an act) is an arrest, as South Asian English writes
        it; not "held X responsible for" (a predicate), nor "held for two days"."""
        lex = self.lex
        if any(c.dep_ in ("acomp", "oprd", "xcomp") for c in verb.children):
            return False
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
            for o in prep.children:
                if o.dep_ == "pobj" and self._an_offence(o):
                    return True
                if o.dep_ == "pcomp" and o.lemma_.lower() in lex.crime_verbs:
                    return True
        return self._held_on_grounds(verb)

    def _an_offence(self, noun: Token) -> bool:
        """Whether a noun's phrase names an offence: a crime noun or an act."""
        text = " ".join(t.text for t in noun.subtree)
        return noun.lemma_.lower() in self.lex.crime_nouns or act_of(text) is not None

    def _held_on_grounds(self, verb: Token) -> bool:
        """ "X was held on charges of trafficking", "held on suspicion of murder", "held
        over the killing of Y", "held in connection with the robbery": the grounds a holding
        is on, as the arrest verbs' phrases tell them - of a person held (its passive
        subject, or an object that is no thing: not "held a meeting over the killing")."""
        lex = self.lex
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(o.i not in self.by_token and o.lower_ not in PERSONAL_PRONOUNS
               and o.lemma_.lower() not in lex.people_nouns | lex.accused_nouns
               and o.lower_ not in lex.plural_pronouns for o in objects):  # fmt: skip
            return False
        if not objects and not self._passive(verb):
            return False
        grounds = prep_objects(verb, ("on",))
        if any(g.lemma_.lower() in lex.grounds_nouns for g in grounds):
            return True  # "on charges of", "on suspicion of"
        if any(self._an_offence(o) for o in prep_objects(verb, ("over",))):
            return True
        links = prep_objects(verb, ("in",))
        links = [o for o in links if o.lemma_.lower() in lex.association_nouns]
        return any(self._an_offence(o) for link in links for o in prep_objects(link, ("with",)))

    def _appeared_charged(self, verb: Token) -> list[Named] | None:
        """ "X appeared before a Nairobi magistrate charged with robbery": a charging
        participle the parser hung on the court before which someone appears describes the
        one who appears (a court is never charged) - the subject of the verb the court's
        phrase hangs on. None when the participle describes no court."""
        head = verb.head
        if verb.dep_ != "acl" or self.lex.role_nouns.get(head.lemma_.lower()) != "court":
            return None
        if head.dep_ != "pobj":
            return []
        clause = head.head.head
        return [n for n in self._names_of_children(clause, ACTIVE_SUBJECTS) if self._is_person(n)]

    def _term_to_serve(self, verb: Token, lemma: str) -> bool:
        """ "X will serve at least 15 years", "will spend the rest of his life behind bars":
        a term to come, certain (``obligation_auxiliaries``), tells a sentence already
        passed - not a term one "could" serve, nor one one "will not". So too a stay to
        come ("X will remain in the district jail on judicial remand", ``remaining_verbs``):
        one who certainly stays somewhere is there now - where, and whether that is a
        remand, is the staying readers' to say."""
        lex = self.lex
        serving = lemma in lex.serving_verbs or lemma in lex.spending_verbs
        serving = serving or lemma in lex.remaining_verbs
        certain = any(c.dep_ == "aux" and c.lower_ in lex.obligation_auxiliaries
                      for c in verb.children)  # fmt: skip
        return serving and certain and not any(c.dep_ == "neg" for c in verb.children)

    def _names_offence(self, verb: Token, besides: bool = False) -> bool:
        """Whether the verb's own phrase names an offence or a case: a verb that also has an
        everyday sense ("try", "nominate", "name", "capture") charges, arrests or accuses only
        there ("tried for murder", "nominated in 60 cases", "named in the FIR"). Not elsewhere
        in the sentence: "Gruenberg, who was nominated for his post" beside "the perpetrator
        of the attacks", "hoping to capture the Senate" in a sentence about a jobs report."""
        lex = self.lex
        # an accused noun names one too: "named X as the main accused"
        nouns = lex.charge_nouns | lex.crime_nouns | lex.accusation_nouns | lex.accused_nouns
        phrase = self.doc[verb.left_edge.i : verb.right_edge.i + 1]
        # ``besides``: words other than the verb itself ("charged" is a charge noun's lemma)
        words = [t for t in phrase if not besides or t.i != verb.i]
        text = " ".join(t.text for t in words)
        return any(t.lemma_.lower() in nouns for t in words) or act_of(text) is not None

    def _calls(self, verb: Token) -> bool:
        """ "a firm named X", "was named chairman": the verb gives a name or a title (an
        object predicate), which accuses no one - unless it is an accused noun ("was named
        the prime suspect")."""
        lex = self.lex
        return any(
            c.dep_ == "oprd" and c.lemma_.lower() not in lex.accused_nouns
            and c.lower_ not in lex.accused_nouns
            for c in verb.children
        )  # fmt: skip

    def _arrest_outcome(self, verb: Token, outcome: str) -> str:
        """An arrest's outcome; "detained without charge", "held without trial": the charge
        negated, custody with no charge (``HELD_WITHOUT_CHARGE``)."""
        negated = prep_objects(verb, ("without",))
        if any(o.lemma_.lower() in self.lex.bare_charge_nouns for o in negated):
            return HELD_WITHOUT_CHARGE
        return outcome

    def _acts_on_someone(self, verb: Token) -> bool:
        """ "charged X with murder" / "X was charged"; not "charged a fee", "tried to flee"."""
        if verb.dep_ == "xcomp" or any(c.dep_ == "xcomp" for c in verb.children):
            return False
        # or "A man has been charged with murder", named in the next sentence (``Ledes``),
        # where the verb's phrase names the offence ("charged a fee" acts on no one)
        unnamed = self._acts_on_one_unnamed(verb) or self._acts_on_many_unnamed(verb)
        unnamed = unnamed and self._names_offence(verb, besides=True)
        return bool(self._patients(verb) or self._appeared_charged(verb)) or unnamed
