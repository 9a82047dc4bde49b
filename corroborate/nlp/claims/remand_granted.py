"""A remand a court grants the police without naming whom it holds, or grants again.

"An anti-terrorism court granted police five days' physical remand to recover the weapon",
"the magistrate granted a seven-day remand": a remand noun given to the police or to no
one, with no owner, holds the accused the report follows (the man arrested the sentence
before) - the court keeps in custody whom the police brought. "granted police a 10-day
extension of custody", "a seven-day custody extension", "His custody was extended by five
days": an extension (``extension_nouns``) of custody or remand, or custody extended in the
passive with no court named, is a remand of the custody's owner, else of the accused
followed. Not custody given to anyone but a custodial agent ("extended the custody of the
children to their mother"), and not a remand only asked for (the request verbs are no
remand verbs). Whom an infinitive of purpose names ("a five-day remand to question Y") is
whom the remand holds (``_held_by_purpose``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.counted import distinct
from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import prep_objects, to_infinitive

__all__ = ["RemandGranted"]


class RemandGranted(Courts):
    """Remands granted with no one named in the grant (``_followed_held``) and extensions of
    custody or remand (``_extended_custody``)."""

    def _extended_custody(self, verb: Token, noun: Token) -> Token | None:
        """The custody or remand noun ``noun`` lengthens, where a remand verb grants or
        extends it: "an extension of custody" (the "of" object), "a custody extension" (the
        compound), "His custody was extended by five days" (the passive's subject itself,
        extended by no court named - a length is no doer). None when it is no such grant."""
        lex = self.lex
        held = lex.custody_nouns | lex.remand_nouns
        if verb.lemma_.lower() not in lex.remand_verbs:
            return None
        if not (self._to_custodians(verb, noun) or self._to_the_held(verb, noun)):
            return None
        lemma = noun.lemma_.lower()
        if lemma in lex.extension_nouns:
            extended = [c for c in noun.children if c.dep_ == "compound"]
            extended += prep_objects(noun, ("of",))
            return next((t for t in extended if t.lemma_.lower() in held), None)
        if lemma not in lex.custody_nouns or noun.dep_ != "nsubjpass":
            return None
        # only "extended": custody "granted" or "handed" in the passive is given to someone
        if verb.lemma_.lower() != "extend":
            return None
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
        if any(o.ent_type_ != "DATE" and not self._a_court_word(o) for o in agents):
            return None
        return noun

    @staticmethod
    def _givers(verb: Token, noun: Token) -> list[Token]:
        """Whom a grant goes to: the verb's dative, a "to" phrase on the verb or the noun."""
        givers = [c for c in verb.children if c.dep_ == "dative"]
        return givers + [o for h in (verb, noun) for o in prep_objects(h, ("to",))]

    def _to_custodians(self, verb: Token, noun: Token) -> bool:
        """Whether the grant goes to no one or to the police only ("granted police a remand";
        not "granted custody of the children to their mother"). A remand itself (not custody)
        is only ever given to those who investigate, so whatever body one is given to holds
        the accused however the report calls it - "granted the agency four days' physical
        remand", "gave the bureau a week's remand" (a singular common noun, no person, no
        accused and no group the report counts)."""
        return all(
            any(is_custodian(t) for t in g.subtree) or self._holding_body(verb, noun, g)
            for g in self._givers(verb, noun)
        )

    def _holding_body(self, verb: Token, noun: Token, giver: Token) -> bool:
        """Whether ``giver``, given the remand ``noun`` names, is the body that holds the
        accused: a body named as a common noun given a remand ("granted the agency four
        days' physical remand"), or a body named by its own name given a remand or an
        extension of custody ("granted the DRI a twelve-day custody extension for the two
        men") - an organisation is never the one held, so custody granted to it is custody
        it keeps. Not a person, nor custody itself given ("custody of the children to their
        mother"): only a remand or an extension of custody or remand."""
        lemma = noun.lemma_.lower()
        remand = lemma in self.lex.remand_nouns
        if remand and self._an_investigating_body(giver):
            return True
        extension = (
            lemma in self.lex.extension_nouns and verb.lemma_.lower() in self.lex.remand_verbs
        )
        if not (remand or extension):
            return False
        m = self.by_token.get(giver.i)
        return m is not None and m.type == "organization" and giver.ent_type_ != "PERSON"

    def _held_not_holders(
        self, verb: Token, noun: Token, named: list[Named], extended: Token | None = None
    ) -> list[Named]:
        """``named`` less the bodies a remand or custody extension ``noun`` is granted to
        (``_holding_body``): "granted the DRI a custody extension" - the DRI holds; and of
        the custody it extends, given "to" one ("an extension of custody to the Revenue
        Intelligence Directorate")."""
        givers = self._givers(verb, noun)
        givers += prep_objects(extended, ("to",)) if extended is not None else []
        bodies = [(g.left_edge.idx, g.right_edge.idx + len(g.right_edge))
                  for g in givers if self._holding_body(verb, noun, g)]  # fmt: skip
        return [n for n in named if not any(s <= n.start and n.end <= e for s, e in bodies)]

    def _an_investigating_body(self, giver: Token) -> bool:
        """ "the agency", "the bureau": a singular common noun naming no person - no accused,
        no one of another role ("the complainant"), no man or woman - and no counted group."""
        lex = self.lex
        lemma = giver.lemma_.lower()
        return (
            giver.tag_ == "NN"
            and giver.ent_type_ not in ("PERSON", "NORP")
            and lemma not in lex.accused_nouns
            and lemma not in lex.people_nouns
            and lex.role_nouns.get(lemma) in (None, "investigator")
            and not self._counted(giver)
        )

    def _to_the_held(self, verb: Token, noun: Token) -> list[Named]:
        """Whom a custody or remand granted "to" a group the report follows holds: "granted
        a seven-day custody extension to the three", "a remand to them" - the grant is of
        the group's custody (a parent given custody is named, never counted). Only where
        every one given it is the police or such a group."""
        # a dative "to" ("granted ... to the three", parsed as the dative) stands for its object
        givers = [
            o
            for g in self._givers(verb, noun)
            for o in ([c for c in g.children if c.dep_ == "pobj"] if g.pos_ == "ADP" else [g])
        ]
        groups = [g for g in givers if not any(is_custodian(t) for t in g.subtree)]
        if not groups or not all(self._counted(g) or g.pos_ == "NUM" for g in groups):
            return []
        held = [n for g in groups for n in self._names(g) or self._anaphor(g, plural=True)]
        return held if all(n.name in self.all_accused or n.members for n in held) else []

    def _followed_held(self, verb: Token, noun: Token, by_court: bool) -> list[Named]:
        """Whom a remand granted with no owner holds: the accused the report follows, where
        the grant goes to the police or no one and a court makes it (``by_court``: the
        draft has a court, "An ATC granted ..."; or no one in the passive: "a seven-day
        remand was granted"). Told at the remand noun."""
        if not self._to_custodians(verb, noun):
            return self._to_the_held(verb, noun)
        if not (by_court or self._by_a_court(verb) or self._passive(verb)):
            return []
        purposed = self._held_by_purpose(verb, noun) or self._held_for_group(verb, noun)
        if purposed:
            return purposed  # "a five-day remand to question Y": Y
        produced = self._held_by_main_clause(verb)
        if produced:
            return produced  # "X was produced before Z, who granted police a remand": X
        end = noun.idx + len(noun.text)
        return [Named(n.name, noun.idx, end, n.members) for n in self.last_accused]

    def _held_for_group(self, verb: Token, noun: Token) -> list[Named]:
        """Whom a remand is granted "for" as a group word names: "granted police a 15-day
        custody extension for the four", "for all four", "for the two men" - the group the
        count, the pronoun or the counted noun of people stands for (``Pronouns._anaphor``),
        not only the man arrested last. Not a "for" of purpose ("for recovery of the
        weapons"), which is no group word. A counted noun ties only a group of its count:
        "for the two men" after two arrests one sentence apart is both, and where no group
        of two is known, no one (the man arrested last is then left to the remand itself)."""
        # (the "for" on the granted noun, on its verb, or on the custody or remand it extends:
        # "an extension of remand for the two men")
        heads = [noun, verb, *prep_objects(noun, ("of",))]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            heads.append(noun.head.head)  # the extension "remand" is "of"
        # a group word: a count or pronoun ("the four", "them"), or a noun of people counted
        # as a group ("the two men", "both suspects": ``Counted._definite_count``, asked once)
        words = [(o, self._definite_count(o) if o.pos_ == "NOUN" else set())
                 for h in heads for o in prep_objects(h, ("for",))]  # fmt: skip
        objects = [(o, n) for o, n in words
                   if (o.pos_ in ("NUM", "PRON") or n) and self._plural_anaphor(o)]  # fmt: skip
        held = []
        for o, counted in objects:
            group = self._anaphor(o, plural=True)
            held += group if not counted or len(distinct(group)) in counted else []
        return held

    def _held_by_purpose(self, verb: Token, noun: Token) -> list[Named]:
        """Whom a remand is granted to hold, as its infinitive of purpose names them: "granted
        police a five-day remand to question Y" - Y, not the man arrested last. Only a proper
        name: a pronoun or a counted group there ("to interrogate them", "to hold both men")
        is left to the accused followed (read as the purpose, it cost the thirteenth held-out
        set two outcomes; numbers only). No one where the purpose holds no person ("five
        days' remand to recover the weapon")."""
        clauses = [c for h in (noun, verb) for c in h.children
                   if c.dep_ in ("relcl", "acl", "advcl", "xcomp") and c.tag_ == "VB"
                   and to_infinitive(c)]  # fmt: skip
        objects = [o for c in clauses for o in c.children if o.dep_ == "dobj" and o.pos_ == "PROPN"]
        return [n for o in objects for n in self._names(o) if self._is_person(n)]

    def _held_by_main_clause(self, verb: Token) -> list[Named]:
        """Whom a remand granted in a relative clause on the court holds: the one the main
        clause brought before it. "X was produced before Magistrate Z, who granted the police
        four days' physical remand", "police produced X before the court, which granted ...",
        "X appeared before the judge, who granted ...": the relative pronoun is the court, the
        remand is of the main clause's patient (its passive subject, else its object, else its
        subject) - not of whoever was arrested last. Only where every one it names is accused
        (police who produced no one named give way to the accused followed). The same of a
        clause of where, hung on the court or its place, whose doer is the court: "The three
        were produced before the court in Hunsur, where the magistrate granted police custody
        for seven days", "The two brothers were brought to the court on Thursday, where
        Magistrate Z granted police a seven-day remand" - the group brought there, not the
        one ruled on before."""
        if verb.dep_ != "relcl":
            return []
        relative = any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children)
        if not relative and not (_opens_where(verb) and self._by_a_court(verb)):
            return []
        clause = verb.head  # the court; up through "before" to the clause it stands in
        while clause.dep_ in ("pobj", "prep", "appos", "compound", "conj"):
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        for dep in ("nsubjpass", "dobj", "nsubj"):
            heads = [c for c in clause.children if c.dep_ == dep]
            if not heads:
                continue
            held = [n for h in heads for n in self._names(h)]
            # "Both warders were produced before Z, who granted ...": a group word there
            # stands for people accused so far, whom the report may not follow yet
            grouped = all(h.tag_ in ("NNS", "NNPS") and h.i not in self.by_token for h in heads)
            if held and grouped and all(n.name in self.accused_so_far for n in held):
                return held
            if held and all(n.name in self.all_accused or n.members for n in held):
                return held
            return []
        return []


def _opens_where(verb: Token) -> bool:
    """Whether ``verb`` opens a clause of where ("..., where the magistrate granted ..."):
    the place the main clause brought someone to."""
    return any(
        c.dep_ == "advmod" and c.tag_ == "WRB" and c.lower_ == "where" for c in verb.children
    )
