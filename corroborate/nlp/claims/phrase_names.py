"""The named parties of one noun phrase (``_names``): its own name, its listed names, a
pronoun, a relative "who" or "the accused" resolved, a noun identified or apposed to a name.
Split out of ``claims.parties``; what a verb's or a noun's parties are stays there.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.alias_relative import named_by_alias
from corroborate.nlp.claims.apposed_relatives import closed_apposition
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.hung_subject import passive_beyond_agent, passive_beyond_gerund
from corroborate.nlp.claims.identified import identified_as
from corroborate.nlp.claims.listed_firm import firm_named_after
from corroborate.nlp.claims.listed_names import ListedNames
from corroborate.nlp.claims.phrase_apposition import renames_a_phrase_noun
from corroborate.nlp.claims.relative_number import nearest_described
from corroborate.nlp.claims.renaming_noun import renames_a_named_person
from corroborate.nlp.claims.stray_apposition import stray_apposed_name

__all__ = ["ACTIVE_SUBJECTS", "PASSIVE_SUBJECTS", "PhraseNames"]

PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
ACTIVE_SUBJECTS = frozenset({"nsubj", "csubj"})
_OWN_SUBJECTS = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS | {"expl"}


class PhraseNames(ListedNames):
    """The names a noun phrase stands for."""

    def _group_above(self, pronoun: Token) -> list[Named]:
        """The people a plural pronoun stands for in its own sentence: the named group (two
        or more) that is the subject of the nearest clause above the pronoun's own, where
        its own clause has a subject of its own ("X and Y were produced before a magistrate
        who sent them on remand", "X and Y said police had tortured them"). A pronoun is
        free in its own clause ("X and Y attacked the guards and robbed them": the guards).
        Asked before ``Naming._clause_group``, which reads otherwise (not one reader: how
        they differ is tests/nlp/test_them_readers.py)."""
        own = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if own is None or not self._has_subject(own) or pronoun.dep_ in _OWN_SUBJECTS:
            return []
        for verb in (a for a in own.ancestors if a.pos_ in ("VERB", "AUX")):
            subjects = self._names_of_children(verb, ACTIVE_SUBJECTS | PASSIVE_SUBJECTS)
            if not subjects:
                # "The tribunal acquitted X, Y and Z as the charges against them could not
                # be proved": a subject that names no one leaves the group the verb acts on
                subjects = self._names_of_children(verb, frozenset({"dobj"}))
            people = [n for n in subjects if self._is_person(n) and n.start < pronoun.idx]
            if subjects:
                end = pronoun.idx + len(pronoun.text)
                group = people if len(people) >= 2 and len(people) == len(subjects) else []
                return [Named(n.name, pronoun.idx, end, n.members) for n in group]
        return []

    @staticmethod
    def _has_subject(verb: Token) -> bool:
        """Whether a clause has a subject of its own, a name or any other noun ("there"
        included): a conjunct that has one does not share its first conjunct's."""
        return any(c.dep_ in _OWN_SUBJECTS for c in verb.children)

    def _pobj_names(self, prep: Token) -> list[Named]:
        return [n for c in prep.children if c.dep_ == "pobj" for n in self._names(c)]

    def _names_of_children(self, head: Token, deps: frozenset[str]) -> list[Named]:
        return [
            n for c in head.children if c.dep_ in deps and not _second_subject(c)
            and not renames_a_phrase_noun(c) for n in self._names(c)
        ]  # fmt: skip

    def _relative_antecedent(self, pronoun: Token) -> Token | None:
        """The noun a relative "who" or "whom" stands for as its clause's subject or object
        ("X, who was granted bail", "X, whom the court acquitted"): the noun the relative
        clause describes - the name a noun in apposition renames ("X, a trader who ...");
        "X and Y, who were ...": the first of the co-ordination (a singular verb: the one
        nearest, ``nearest_described``). None for anything else."""
        if pronoun.tag_ != "WP" or pronoun.lower_ not in ("who", "whom"):
            return None
        clause = pronoun.head
        while clause.dep_ == "xcomp" and pronoun.dep_ == "dobj" and clause.head.i != clause.i:
            # "X, whom police are trying to trace": the object of the infinitive a relative
            # clause's verb completes is still the clause's relative pronoun
            clause = clause.head
        if clause.dep_ != "relcl" or pronoun.dep_ not in _OWN_SUBJECTS | {"dobj"}:
            return None
        closed = closed_apposition(clause)  # "X, a friend of the landlord, who was jailed"
        if closed is not None:
            return closed
        noun = nearest_described(pronoun) or _first_conjunct(clause.head)
        noun = noun.head if noun.dep_ == "appos" and noun.pos_ == "NOUN" else noun
        noun = named_by_alias(noun, self.by_token) or noun  # "X, known as Y, who ..."
        # "Constable X of the Elite Force, who was picked up", "X of Lahore, who": "who" is
        # a person, never the body or place the parser hung it on; it is the name whose
        # "of" or "from" phrase ends with it
        return self._person_above_place(noun) or noun

    def _person_above_place(self, noun: Token) -> Token | None:
        """The person's name whose "of" or "from" phrase ``noun`` (an organisation or a
        place, not a person) is the object of; None for anything else."""
        m = self.by_token.get(noun.i)
        if noun.dep_ != "pobj":
            return None
        above = noun.head.head
        if above.dep_ == "acl" and above.tag_ == "VBN":
            # "X, a businessman based in Dubai, whom police are trying to trace": a
            # participle that places the person hangs the place on the person's noun
            above = above.head
        # ("a garage owned by X at Y Bazar, who was arrested": "at" places the person too)
        elif noun.head.lower_ not in ("of", "from", "at"):
            return None
        lex = self.lex
        people = lex.people_nouns | lex.accused_nouns | set(lex.role_nouns)
        if m is not None and m.type == "person":
            return None
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in people:
            return None  # "X, son of the landlord, who": the landlord may well be "who"
        owner = self.by_token.get(above.i)
        if owner is None and above.dep_ == "appos" and above.pos_ == "NOUN":
            # "X, a trader from Multan, whom police named": the noun that describes a name
            # by apposition is that name
            above = above.head
            owner = self.by_token.get(above.i)
        return above if owner is not None and owner.type == "person" else None

    def _identified(self, noun: Token) -> list[Named]:
        """The people an identifying verb's "as" phrase says an unnamed noun or a pronoun is
        ("a man identified as X", "they were named as X and Y"): only a person's name after
        "as" ("named as the main accused" names no one)."""
        if noun.i in self.by_token:
            return []
        name = identified_as(noun, self.lex.identifying_verbs)
        if name is None:
            return []
        mention = self.by_token.get(name.i)
        # "a man identified as X alias Y": the parser heads the name on its alias
        owner = self._alias_owner(name) if mention is None else None
        if owner is not None:
            return [Named(owner.name, owner.start, owner.end)]
        if mention is None or mention.type != "person":
            return []
        return self._names(name)

    def _apposed_to_name(self, noun: Token) -> list[Named]:
        """The names a noun without a name of its own renames by apposition: "X, a
        barbershop owner" is X."""
        if noun.dep_ != "appos" or noun.i in self.by_token:
            return []
        return self._names(noun.head)

    def _names(self, head: Token) -> list[Named]:
        """The named parties of the noun phrase headed by ``head``: its own name, its
        co-ordinated names and appositions; a pronoun or "the accused" resolved. An
        organisation in apposition to a person names their affiliation, not a party."""
        out: list[Named] = []
        people: set[int] = set()  # the words that named a person
        antecedent = self._relative_antecedent(head)
        if antecedent is not None:
            return self._names(antecedent)  # "X, who was granted bail": "who" is X
        listed = [*self._coordinated(head), *self._hyphened_apposition(head)]
        # the names of the list's company nouns ("X and the company, Z Ltd"), however the
        # parser hung them: a party, not the affiliation of the person they hang on
        firms = {f.i for t in listed
                 if (f := firm_named_after(t, self.by_token, self.lex.company_nouns))}  # fmt: skip
        for h in listed:
            identified = self._identified(h)  # "the suspect, identified as X"
            if identified:
                out += [n for n in identified if n not in out]
                continue
            others = self._the_others(h)  # "sent the other two to judicial custody"
            if others:
                out += [n for n in others if n not in out]
                continue
            if self._plural_anaphor(h):
                above = self._group_above(h) if h.lower_ in self.lex.plural_pronouns else []
                out += [n for n in above or self._anaphor(h, plural=True) if n not in out]
                continue
            # "granted bail to the salesman, X, against bonds": X, hung away by the parser
            h = stray_apposed_name(h, self.by_token) or h
            if h.i not in self.by_token and renames_a_named_person(h, people):
                continue  # "X, the younger brother who ...": X, not another brother
            named = self._name_at(h)
            # (by name: "Both ...: X ... and Y ..." names again those "Both" stood for)
            if named is None or any(n.name == named.name for n in out):
                continue
            m = self.by_token.get(h.i)
            is_org = m is not None and m.type == "organization"
            # "X, PTI": the person's affiliation; "the driver, the owner company, Y Ltd":
            # the company the parse co-ordinates with a person, named by its apposition
            if is_org and h.dep_ == "appos" and h.head.i in people and h.i not in firms:
                continue
            if not is_org:
                people.add(h.i)
            out.append(named)
        return [self._shared_surname(n, out) for n in out]


def _second_subject(token: Token) -> bool:
    """Whether a name the parser made a verb's subject is the object of another verb written
    right before it: a name that follows an object noun with nothing between renames it
    ("A man accused of killing apprentice electrician X has been found not guilty", parsed
    with X as the subject of "found", and the man hung elsewhere)."""
    if token.dep_ not in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS or token.pos_ != "PROPN":
        return False  # "the firearm he used": a pronoun after a noun begins its clause
    start = token.i
    while (
        start > 0
        and token.doc[start - 1].dep_ in ("compound", "flat")
        and (token.doc[start - 1].head.i in range(start, token.i + 1))
    ):
        start -= 1  # the name's own words ("Callum Reece"), not a dateline hung on it
    if start == 0:
        return False
    noun = token.doc[start - 1]
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj"):
        return False
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.i > token.i or verb == token.head:
        return False
    # "recovered the gun X used to kill him": X's clause hangs inside the object's, so X is
    # its subject; "accused of killing electrician X has been found": X's verb is not
    # inside the clause of "killing"
    return verb not in token.head.ancestors


def _first_conjunct(token: Token) -> Token:
    """The head of the co-ordination ``token`` ends ("X and Y, who ...": a relative clause
    hung on the last name describes them all); for a past participle the parser joined to
    a participle of a passive's agent, that passive ("taken into custody by police waiting
    outside and later sent to jail": "taken", ``hung_subject.passive_beyond_agent``)."""
    # (or on a gerund of its charge: "charged with receiving and placed under judicial
    # control", ``hung_subject.passive_beyond_gerund``)
    passive = passive_beyond_agent(token) or passive_beyond_gerund(token)
    if passive is not None:
        return passive
    while token.dep_ == "conj":
        token = token.head
    return token
