"""Who a phrase names: the parties of a claim, read from the parse.

``Parties`` finds the people a phrase stands for: the object or subject of a verb
(``_patients``, ``_agents``), the owner of a noun ("X's conviction", ``_owners``), who made
it ("the appeal filed by X", ``_makers``), co-ordinated and apposed names ("X, Y and Z"),
and the lists an accused noun carries ("the other suspects, including X, Y"). What a single
word stands for (a mention, a pronoun, "the accused", members, a missed name) is
``Naming``'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.nlp.claims.appeared_charged import understood_subjects
from corroborate.nlp.claims.apposed_relatives import closed_apposition
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.identified import identified_as
from corroborate.nlp.claims.naming import LISTING_PREPS, Naming, common, modifies, owns
from corroborate.nlp.claims.relative_number import nearest_described
from corroborate.nlp.speakers import PERSONAL_PRONOUNS
from corroborate.records import Mention

__all__ = [
    "ACTIVE_SUBJECTS",
    "CONFESSION_OWNER_PREPS",
    "LISTING_PREPS",
    "LISTING_VERBS",
    "PASSIVE_SUBJECTS",
    "Parties",
    "apposed_nearer",
]

PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
ACTIVE_SUBJECTS = frozenset({"nsubj", "csubj"})
_OWNER_PREPS = frozenset({"of", "against", "on", "to"})
# A confession's: "to" names whom it was made to or what it owns up to ("a confession to the
# village head, X", "his confession to the murder"), never whose it is.
CONFESSION_OWNER_PREPS = _OWNER_PREPS - {"to"}
LISTING_VERBS = frozenset({"be", "include", "comprise"})
# Who a complement clause with no subject of its own is about, when its verb has one.
_CONTROLLERS = frozenset({"dobj", "nsubjpass"})
_OWN_SUBJECTS = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS | {"expl"}
# How a noun hangs below the verb whose clause it is in: its object, a preposition's object.
_NOUN_LINKS = frozenset({"dobj", "nsubjpass", "pobj", "prep", "conj"})
_WH = frozenset({"WP", "WDT"})  # "who", "which": a relative clause's subject is its antecedent
# The verbs of saying, whose clause is always finite (``_undergone``).
_SAYING = kinds_lexicon().reporting_cues
# The prepositions of where a listed person lives ("X, 24, of Blackburn", "X, from Derry").
_HOME_PREPOSITIONS = frozenset({"of", "from"})


class Parties(Naming):
    """How a phrase's words lead to the names of one document."""

    def _passive(self, verb: Token) -> bool:
        own = any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
        return own or _passive_be(verb) is not None

    @staticmethod
    def _split_passive_subjects(verb: Token) -> list[Token]:
        """The subject of a passive the parser split at an adverb ("Two men were on Thursday
        found guilty": "men" hung on "were"), the one it is done to (``_passive_be``)."""
        be = _passive_be(verb)
        return [] if be is None else [c for c in be.children if c.dep_ in ACTIVE_SUBJECTS]

    def _patients(self, verb: Token) -> list[Named]:
        """Whom the act is done to: the object of an active verb, the subject of a passive
        one, the noun a participle or passive relative clause describes."""
        passive = self._passive(verb)
        deps = PASSIVE_SUBJECTS if passive else frozenset({"dobj"})
        found = self._names_of_children(verb, deps)
        # "sentenced his accomplice, X, to three years": the name after the object's comma
        # parsed as the verb's adverb is the object's apposition
        apposed = [n for o in verb.children if o.dep_ == "dobj" and not passive
                   for c in verb.children if self._apposed_as_adverb(o, c)
                   and c.left_edge.i == o.right_edge.i + 2 for n in self._names(c)]  # fmt: skip
        found = apposed or found
        # "arrested and charged": a conjunct with no subject of its own shares its head's;
        # one with its own ("X and Y were convicted, while a third accused was acquitted")
        # is about that subject, named or not
        own = any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children)
        if not found and passive and verb.dep_ == "conj" and not own:
            found = self._names_of_children(verb.head, PASSIVE_SUBJECTS)
        be = _passive_be(verb)
        if not found and be is not None:
            found = self._names_of_children(be, ACTIVE_SUBJECTS)  # "X was on Monday acquitted"
        if not found and passive and verb.dep_ == "conj" and self._shares_subject(verb):
            # "X and Y appealed and were acquitted": the subject the conjunct shares is the
            # one it is done to, whatever voice the first conjunct is in
            found = self._names_of_children(verb.head, ACTIVE_SUBJECTS)
        if not found and not passive and self._shares_passive(verb):
            # "X was arrested in May and convicted in June": the participle borrows the
            # first conjunct's "was" as well as its subject
            found = self._names_of_children(_first_conjunct(verb), PASSIVE_SUBJECTS)
        if not found and (passive or _undergone(verb)) and verb.dep_ == "xcomp":
            # "X was ordered to be remanded"; "ordered him to be remanded"; "X was found
            # beaten to death"
            found = self._names_of_children(verb.head, PASSIVE_SUBJECTS | {"dobj"})
        if not found and _undergone(verb) and verb.dep_ == "ccomp":
            found = self._names_of_children(verb, ACTIVE_SUBJECTS)  # "found X beaten"
        # "the court, where they were remanded": a relative clause with a subject of its own
        # (no relative pronoun) is not about the noun it hangs on
        own_subject = any(c.dep_ in PASSIVE_SUBJECTS | ACTIVE_SUBJECTS
                          and c.tag_ not in ("WP", "WDT") for c in verb.children)  # fmt: skip
        if (not found and verb.dep_ in ("acl", "relcl") and (passive or verb.tag_ == "VBN")
                and not (verb.dep_ == "relcl" and own_subject)):  # fmt: skip
            # "X, who was acquitted"; "X, arrested on Monday"; "X and Y, who were arrested":
            # a plural verb's relative clause hung on the last name describes them all
            plural = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have")
                         for c in verb.children)  # fmt: skip
            described = _first_conjunct(verb.head) if plural else verb.head
            # "X, the Ghanaian national accused of ...": the noun the participle describes
            # renames X, whatever part of speech the tagger gave it
            found = self._names(described) or self._apposed_to_name(described)
        if not found and (passive or _undergone(verb)):
            found = self._reported_relative(verb)  # "X, who police said was arrested"
        group = verb.head
        among = group.head if group.dep_ == "pobj" else group
        if not found and verb.dep_ == "acl" and among.dep_ == "prep" and among.lower_ == "among":
            # "X, Y and Z were among those arrested in overnight raids", "X was among the
            # people convicted": one of the group the participle acts on is the subject of
            # the clause the "among" phrase belongs to
            found = self._names_of_children(among.head, ACTIVE_SUBJECTS)
        if not found and verb.dep_ == "nsubj" and verb.tag_ == "VBN" and verb.head.lemma_ == "be":
            # "Those charge-sheeted are X, Y and Z": the participle parsed as the subject of
            # "be" (its "those" a determiner) - whom it acts on is what "be" names (its
            # attribute, or the names the parser made a second subject)
            found = [n for c in verb.head.children if c.dep_ in ("attr", "nsubj")
                     and c.i != verb.i for n in self._names(c)]  # fmt: skip
        if not found and passive and verb.dep_ == "pcomp" and verb.head.head.pos_ == "VERB":
            # "X is serving a sentence after being convicted": the one the clause is about,
            # its passive subject if it is passive ("X was released after being acquitted")
            clause = verb.head.head
            found = self._subjects(clause) or self._agents(clause)
        if not found:  # "X appeared in court charged with murder": X charged
            found = [n for t in understood_subjects(verb) for n in self._names(t)]
        if not found and not passive:
            found = self._name_after(verb)
        # (each a name of the list itself: "them" in "among them" is the count again)
        members = [
            n for c in verb.children if passive and c.dep_ == "conj" and c.pos_ == "PROPN"
            and any(p.dep_ == "prep" and p.lower_ in LISTING_PREPS for p in c.children)
            for t in self._coordinated(c) if t.i in self.by_token
            and (n := self._name_at(t)) is not None
        ]  # fmt: skip
        if members:
            # "14 were acquitted, among them X and Y": the group's named members, which the
            # parser made conjuncts of the verb, with the listing word hung on the first;
            # the count stands for them and others unnamed, not for anyone named before
            found = members
        if found and not passive:
            # "arrested six members, including its head, X, and the girl's uncle, Y": a noun
            # the parser made a conjunct of the verb itself is one more of its objects (a verb
            # joins verbs; a noun there is the end of the object's co-ordination)
            found += [
                n for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                for n in self._names(c) if n not in found
            ]  # fmt: skip
        return found

    def _subjects(self, verb: Token) -> list[Named]:
        """The names of a passive verb's subject, or of the verb it is a conjunct of
        ("X was beaten and shot ...")."""
        found = self._names_of_children(verb, PASSIVE_SUBJECTS)
        if not found and verb.dep_ == "conj":
            found = self._names_of_children(verb.head, PASSIVE_SUBJECTS)
        return found

    def _name_after(self, verb: Token, through: frozenset[str] = frozenset()) -> list[Named]:
        """The name right after an active verb whose object the parser lost ("acquitted
        Tariq Noor alias Doctor, ..." parsed with "Doctor" as an adverb). ``through``: words
        the scan may pass ("granted bail to cricketer X"; "sentenced the prime accused, X")."""
        for t in self.doc[verb.i + 1 : min(verb.i + 9, verb.sent.end)]:
            m = self.by_token.get(t.i)
            if m is not None and (m.type == "organization" and modifies(t, m) or owns(t, m)):
                continue  # "detained MQM worker X", "X's murder": the name describes a noun
            if m is not None:
                people = m.label == "NORP" and common(t)  # "blaming Mexicans": a people
                if m.type == "place" or people:
                    return []
                # "found X and Y guilty", "the penalty for X, Y and Z": the lost object is
                # the whole co-ordination the first name heads, not its first name alone
                return [Named(m.name, m.start, m.end), *self._conjoined_names(t, m)]
            described = t.is_lower and t.i + 1 in self.by_token  # "cricketer X", "gangster X"
            lenient = bool(through) and (described or t.pos_ in ("DET", "ADJ", "NUM"))
            if t.lower_ in through or lenient:
                continue
            if t.dep_ == "dobj" and t.head.i == verb.i:
                return []  # "condemns the use of X": the verb has its object, none was lost
            if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
                return []
        return []

    def _conjoined_names(self, token: Token, mention: Mention) -> list[Named]:
        """The names co-ordinated with the name ``mention`` (``token`` one of its words)
        heads: its conjuncts and theirs ("X, Y and Z"), never an apposition (which may
        describe X: "X, a lawyer"). The name's head is its word that hangs outside it."""
        head = token
        # by index: spaCy makes a new Token at each access, so the root's "head.head is
        # not head" never fails (a name the parser made the root looped here for ever)
        while head.head.i != head.i and mention.start <= head.head.idx < mention.end:
            head = head.head
        out: list[Named] = []
        queue = [c for c in head.children if c.dep_ == "conj"]
        while queue:
            conj = queue.pop(0)
            queue += [c for c in conj.children if c.dep_ == "conj"]
            m = self.by_token.get(conj.i)
            named = self._name_at(conj) if m is not None and m.type != "place" else None
            if m is None and self._kin_or_accomplice(conj):
                named = self._name_at(conj)  # "X and his brother, Y": Y, named beside the noun
            if named is not None and named.name != mention.name and named not in out:
                out.append(named)
        return out

    def _list_hung_before(self, name: Token, child: Token) -> bool:
        """Whether a person's name the parser hung as a modifier of the last name of a list
        begins that list: "The suspects, Nadeem Akhtar and Parveen Akhtar, were booked" and
        "identified as X, Y and Z alias Kaka" are parsed with the first name an ``nmod`` of
        the last word, the others its conjuncts. A name that has conjuncts of its own is a
        list's head, never a modifier."""
        if child.dep_ != "nmod" or child.pos_ != "PROPN" or child.i > name.i:
            return False
        m = self.by_token.get(child.i)
        if m is None or m.type != "person" or m is self.by_token.get(name.i):
            return False
        return any(c.dep_ == "conj" for c in child.children)

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

    def _kin_or_accomplice(self, noun: Token) -> bool:
        """Whether a common noun joined to a name stands for a person of the same part, by the
        name apposed to it: a relative or an accused noun ("declared X and his brother, Y,
        proclaimed offenders", "convicted X and his accomplice, Y"), never an office ("X and
        his lawyer, Y": the court rules on no lawyer)."""
        lemma = noun.lemma_.lower()
        accused = lemma in self.lex.accused_nouns or noun.lower_ in self.lex.accused_nouns
        return noun.pos_ == "NOUN" and (accused or self.lex.role_nouns.get(lemma) == "relative")

    def _passable(self, token: Token) -> frozenset[str]:
        """Words a scan for a lost object may pass, besides determiners and adjectives: the
        verdict noun itself, "to", a comma, and accused nouns ("the prime accused, X")."""
        return frozenset({token.lower_, "to", ","} | self.lex.accused_nouns)

    def _unnamed_group(self, verb: Token) -> bool:
        """ "convicted 16 former policemen", "acquitted all of the accused", "sentenced
        them" with no one named before: a group the sentence speaks of but does not name."""
        passive = any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
        deps = PASSIVE_SUBJECTS if passive else frozenset({"dobj"})
        return any(self._counted(c) for c in verb.children if c.dep_ in deps)

    def _counted(self, noun: Token) -> bool:
        """ "16 former policemen", "all of the accused", "them": a group without names."""
        counted = noun.tag_ in ("NNS", "NNPS") and any(n.dep_ == "nummod" for n in noun.children)
        return counted or any(self._plural_anaphor(t) for t in self._coordinated(noun))

    def _agents(self, verb: Token) -> list[Named]:
        """Who does it: the subject of an active verb, the "by" phrase of a passive one."""
        passive = any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
        # "X was on Thursday found guilty": a passive split at the adverb, whose subject is
        # the one it is done to, never its doer (``_passive_be``)
        if passive or _undergone(verb) or _passive_be(verb) is not None:
            return [n for c in verb.children if c.dep_ == "agent" for n in self._pobj_names(c)]
        found = self._names_of_children(verb, ACTIVE_SUBJECTS)
        if not found:
            # "X had, during interrogation, admitted ...": a parenthesis between them, the
            # parser hangs the subject on the auxiliary, not on its verb
            found = [n for a in verb.children if a.dep_ == "aux"
                     for n in self._names_of_children(a, ACTIVE_SUBJECTS)]  # fmt: skip
        if not found and verb.dep_ == "conj" and not self._has_subject(verb):
            # "X was arrested and confessed": a conjunct with no subject of its own shares
            # the first one's; not "X appealed, but the court upheld ...", whose own subject
            # (a court, a judge, any noun, named or not) does it
            found = self._names_of_children(verb.head, ACTIVE_SUBJECTS)
            if found and verb.head.dep_ == "ccomp" and self._binds_own_object(verb, found):
                # "Judge Z said Y was guilty and sentenced him": parsed as a conjunct of the
                # reported clause, but "Y sentenced him" cannot mean Y sentenced Y - the
                # conjunct is the teller's, and its subject the teller's subject
                found = self._names_of_children(verb.head.head, ACTIVE_SUBJECTS)
        # "X, who confessed"; not "X's confession to the murder of Y, which the teenager
        # recanted", where the clause has a subject of its own
        own = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS and c.tag_ not in _WH]
        if not found and verb.dep_ == "relcl" and not own:
            noun = _first_conjunct(verb.head)
            # "X, a barbershop owner who pleaded guilty": the relative's noun is in
            # apposition to the name, which is who does it (not whom "the owner" may
            # stand for elsewhere in the report)
            if noun.dep_ == "appos":
                found = self._names(noun.head)
            closed = closed_apposition(verb)  # "X, a friend of the landlord, who pleaded"
            if closed is not None:
                found = self._names(closed)
            found = found or self._names(noun) or self._apposed_to_name(verb.head)
        if not found and not (passive or _undergone(verb)):
            found = self._reported_relative(verb)  # "X, who police said confessed"
        if not found and verb.dep_ == "acl" and verb.tag_ == "VBG":
            found = self._names(verb.head)  # "the report mentions X confessing to ..."
        if not found and verb.lower_.endswith("ing"):
            # the same, parsed with the subject as a modifier of the verb (or of a gerund
            # tagged as a noun)
            found = self._names_of_children(verb, frozenset({"compound"}))
        shares = verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX")
        if shares and any(c.dep_ in ACTIVE_SUBJECTS for c in verb.children):
            return found  # the clause has a subject of its own
        controllers = [c for c in verb.head.children if c.dep_ in _CONTROLLERS]
        if not found and verb.dep_ == "xcomp" and shares and controllers:
            # object control: "police forced X to confess", "X was forced to confess",
            # "helped X to kill Y" - the one made or helped to act does it, never the
            # subject of the verb that made them (who may be the police)
            return [n for c in controllers for n in self._names(c)]
        if not found and shares:
            # "He re-emerged in ...": the subject the clause shares with its head; not where
            # the clause has one of its own ("he'll promote it ..., even if it kills us")
            found = self._names_of_children(verb.head, ACTIVE_SUBJECTS)
        if not found and verb.dep_ in ("ROOT", "ccomp") and not self._has_subject(verb):
            found = self._names_right_before(verb)
        return found

    def _names_right_before(self, verb: Token) -> list[Named]:
        """The subject the parser lost: a finite verb with no subject of its own right after
        a run of names ("According to Z, spokesperson of the police, X and Y confessed ...",
        with X and Y hung on the phrase before) - the names, joined by "and" or commas,
        that end where the verb begins."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == verb.sent.start:
            return []
        out: list[Named] = []
        i = verb.i - 1
        while i >= verb.sent.start:
            m = self.by_token.get(i)
            if m is None or m.type != "person":
                break  # the run of people ends at any other word or name
            named = self._name_at(self.doc[i])
            if named is not None and named not in out:
                out.insert(0, named)
            while i >= verb.sent.start and self.by_token.get(i) is m:
                i -= 1  # to the word before the name
            if i >= verb.sent.start and self.doc[i].lower_ in ("and", ","):
                i -= 1
                continue
            break
        return out

    @staticmethod
    def _has_subject(verb: Token) -> bool:
        """Whether a clause has a subject of its own, a name or any other noun ("there"
        included): a conjunct that has one does not share its first conjunct's."""
        return any(c.dep_ in _OWN_SUBJECTS for c in verb.children)

    def _shares_subject(self, conjunct: Token) -> bool:
        """Whether a conjunct with no subject of its own shares its first conjunct's: not
        where another clause's subject comes between them ("X accused that Y had links
        with ... and have been named", a parse that lost the conjunct's own subject)."""
        between = conjunct.doc[conjunct.head.i + 1 : conjunct.i]
        return not self._has_subject(conjunct) and not any(t.dep_ in _OWN_SUBJECTS for t in between)

    def _shares_passive(self, conjunct: Token) -> bool:
        """Whether a bare participle conjunct is passive through its first conjunct's
        auxiliary ("was arrested and convicted", "was tried and acquitted"): a past
        participle with no subject, auxiliary or object of its own after a passive verb -
        not "was arrested and confessed" (a past tense) or "and has confessed"."""
        own = ("aux", "auxpass", "dobj", "neg")
        return (
            conjunct.dep_ == "conj"
            and conjunct.tag_ == "VBN"
            and self._shares_subject(conjunct)
            and not any(c.dep_ in own for c in conjunct.children)
            and self._passive(_first_conjunct(conjunct))
        )

    def _binds_own_object(self, verb: Token, subjects: list[Named]) -> bool:
        """Whether a personal pronoun that is ``verb``'s object stands for one of its
        ``subjects`` - which English says with "himself", never "him"."""
        pronouns = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in PERSONAL_PRONOUNS]
        return any(n.name in {s.name for s in subjects} for p in pronouns for n in self._names(p))

    def _recipients(self, verb: Token) -> list[Named]:
        """ "granted bail to X", "awarded X the death sentence", "imposed on X"."""
        out: list[Named] = []
        for c in verb.children:
            # "handed the death penalty to X and to Y": a preposition conjoined to the first
            also = [p for p in c.children if p.dep_ == "conj" and p.lower_ == c.lower_]
            if c.dep_ == "dative" and c.lower_ in ("to", "on"):
                out += [n for p in (c, *also) for n in self._pobj_names(p)]
            elif c.dep_ == "dative":
                out += self._names(c)
            elif c.dep_ == "prep" and c.lower_ in ("to", "on"):
                out += [n for p in (c, *also) for n in self._pobj_names(p)]
        return out

    def _recipient_tokens(self, verb: Token) -> list[Token]:
        return [
            t
            for c in verb.children
            if c.dep_ in ("dative", "prep") and c.lower_ in ("to", "on")
            for t in c.children
            if t.dep_ == "pobj"
        ]

    def _owners(self, noun: Token, preps: frozenset[str] = _OWNER_PREPS) -> list[Named]:
        """Whose it is: "X's conviction", "the sentence of X", "the case against X"; by
        ``preps``, the prepositions that name an owner after the noun."""
        out: list[Named] = []
        for c in noun.children:
            if c.dep_ == "poss" and self._plural_anaphor(c):
                out += self._subjects_before(noun) or self._names(c)
            elif c.dep_ == "poss":
                out += self._names(c)
            elif c.dep_ == "prep" and c.lower_ in preps:
                out += self._pobj_names(c) + self._titled_names(c)
            elif c.dep_ == "acl":  # "the death sentence awarded to X"
                out += self._recipients(c)
        return out

    def _subjects_before(self, noun: Token) -> list[Named]:
        """Whom "their" on a noun stands for when the sentence says it: the people named as
        the subject of the clause before - the first conjunct ("X and Y appealed, but the
        court upheld their convictions") or a fronted adverbial clause ("After X and Y
        appealed, the court upheld their convictions"). Two or more, as "their" asks;
        otherwise none, and the pronoun is the accused the report has been following."""
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in _NOUN_LINKS:
            verb = verb.head  # a noun inside a phrase: up to the verb whose clause it is in
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        before = [verb.head] if verb.dep_ == "conj" else []
        before += [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
        found = [
            n for clause in before
            for n in self._names_of_children(clause, ACTIVE_SUBJECTS | PASSIVE_SUBJECTS)
            if self._is_person(n)
        ]  # fmt: skip
        return found if len(found) >= 2 else []

    def _titled_names(self, prep: Token) -> list[Named]:
        """The name after a title that opens with a gerund: "the conviction of Making a
        Murderer subject X" is parsed as a verb "Making" whose object ends in X. A gerund
        written with a capital inside a sentence starts a title, not an act, so the noun
        it ends on is the preposition's object ("the conviction of killing X" keeps its
        lower case and names the victim, not the owner)."""
        return [
            n for g in prep.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.text[:1].isupper()
            and g.i > g.sent.start
            for o in g.children if o.dep_ == "dobj" for n in self._names(o)
        ]  # fmt: skip

    def _makers(self, noun: Token) -> list[Named]:
        """Who made it, by a participle's "by" phrase: "the appeal filed by X and Y",
        "confessions made by the suspect"."""
        return [
            n for c in noun.children if c.dep_ == "acl"
            for a in c.children if a.dep_ == "agent" for n in self._pobj_names(a)
        ]  # fmt: skip

    def _compound_names(self, noun: Token) -> list[Named]:
        """The name in front of a crime word: "the Noor murder case" (parsed either way)."""
        out: list[Named] = []
        for c in [*noun.children, *(noun.head.children if noun.dep_ == "compound" else [])]:
            if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "PROPN":
                out += self._names(c)
        return out

    def _pobj_names(self, prep: Token) -> list[Named]:
        return [n for c in prep.children if c.dep_ == "pobj" for n in self._names(c)]

    def _names_of_children(self, head: Token, deps: frozenset[str]) -> list[Named]:
        return [
            n for c in head.children if c.dep_ in deps and not _second_subject(c)
            for n in self._names(c)
        ]  # fmt: skip

    def _reported_relative(self, verb: Token) -> list[Named]:
        """Whom a relative pronoun stands for when a teller's verb stands between it and its
        clause: "X, who police said was arrested in Kano", "X, whom officials believe fled":
        the pronoun is the subject of the clause the relative clause reports (the parser
        hangs it there, as an active subject even of a passive), so it is the noun the
        relative clause describes - never the teller, whose own subject it keeps."""
        if verb.dep_ != "ccomp" or verb.head.dep_ != "relcl":
            return []
        relative = verb.head
        here = any(c.dep_ in _OWN_SUBJECTS and c.tag_ in _WH for c in verb.children)
        # "X, who police said was arrested" parsed with "who" a second subject of "said":
        # a reported clause with no subject of its own, whose teller has two
        tellers = [c for c in relative.children if c.dep_ in ACTIVE_SUBJECTS]
        hung = not any(c.dep_ in _OWN_SUBJECTS for c in verb.children) and len(tellers) == 2
        if not (here or hung and any(c.tag_ in _WH for c in tellers)):
            return []
        noun = _first_conjunct(verb.head.head)
        if noun.dep_ == "appos":  # "X, a driver who police say was arrested"
            return self._names(noun.head)
        return self._names(noun) or self._apposed_to_name(verb.head.head)

    @staticmethod
    def _relative_antecedent(pronoun: Token) -> Token | None:
        """The noun a relative "who" or "whom" stands for as its clause's subject or object
        ("X, who was granted bail", "X, whom the court acquitted"): the noun the relative
        clause describes - the name a noun in apposition renames ("X, a trader who ...");
        "X and Y, who were ...": the first of the co-ordination (a singular verb: the one
        nearest, ``nearest_described``). None for anything else."""
        if pronoun.tag_ != "WP" or pronoun.lower_ not in ("who", "whom"):
            return None
        clause = pronoun.head
        if clause.dep_ != "relcl" or pronoun.dep_ not in _OWN_SUBJECTS | {"dobj"}:
            return None
        closed = closed_apposition(clause)  # "X, a friend of the landlord, who was jailed"
        if closed is not None:
            return closed
        noun = nearest_described(pronoun) or _first_conjunct(clause.head)
        return noun.head if noun.dep_ == "appos" and noun.pos_ == "NOUN" else noun

    def _identified(self, noun: Token) -> list[Named]:
        """The people an identifying verb's "as" phrase says an unnamed noun or a pronoun is
        ("a man identified as X", "they were named as X and Y"): only a person's name after
        "as" ("named as the main accused" names no one)."""
        if noun.i in self.by_token:
            return []
        name = identified_as(noun, self.lex.identifying_verbs)
        mention = self.by_token.get(name.i) if name is not None else None
        if name is None or mention is None or mention.type != "person":
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
        people = False
        antecedent = self._relative_antecedent(head)
        if antecedent is not None:
            return self._names(antecedent)  # "X, who was granted bail": "who" is X
        for h in [*self._coordinated(head), *self._hyphened_apposition(head)]:
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
            named = self._name_at(h)
            if named is None or named in out:
                continue
            m = self.by_token.get(h.i)
            is_org = m is not None and m.type == "organization"
            if is_org and h.dep_ == "appos" and people:
                continue
            people = people or not is_org
            out.append(named)
        return [self._shared_surname(n, out) for n in out]

    def _another_person(self, name: Token, modifier: Token) -> bool:
        """Whether ``modifier`` is a word of another person's name than ``name``'s."""
        m, other = self.by_token.get(name.i), self.by_token.get(modifier.i)
        return (
            m is not None and other is not None and other is not m
            and m.type == "person" and other.type == "person"
            and (other.start, other.end) != (m.start, m.end)
        )  # fmt: skip

    def _hyphened_apposition(self, head: Token) -> list[Token]:
        """The name in apposition to an accused noun the tokenizer split at its hyphen:
        "his co-accused, X" is parsed as "co" (the party's place) then a participle
        "accused" with X hung on it - X is the party."""
        doc = head.doc
        if head.i + 2 >= len(doc) or doc[head.i + 1].text != "-":
            return []
        tail = doc[head.i + 2]
        if f"{head.lower_}-{tail.lower_}" not in self.lex.accused_nouns:
            return []
        return [c for c in tail.children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN"]

    def _apposed_as_adverb(self, noun: Token, child: Token) -> bool:
        """A name in apposition that the parser hung as an adverb ("while a third accused,
        Z, was acquitted", "Z" an npadvmod of "accused"): a name (a mention)
        right after a comma that follows its noun."""
        return (
            child.dep_ == "npadvmod"
            and child.i > noun.i
            and child.i in self.by_token
            and child.left_edge.i > 0
            and child.doc[child.left_edge.i - 1].text == ","
            and noun.pos_ in ("NOUN", "VERB")
        )

    def _coordinated(self, head: Token) -> list[Token]:
        out = [head]
        queue = [head]
        while queue:
            t = queue.pop()
            for c in t.children:
                if c.dep_ == "appos" and apposed_nearer(t, c):
                    continue
                if c.dep_ in ("conj", "appos") and c not in out and not self._counsel_of(t, c):
                    out.append(c)
                    queue.append(c)
                if c.dep_ == "nmod" and c not in out and self._another_person(t, c):
                    # "Mohan Lal and Sohan Lal" parsed with the first name as a modifier of
                    # the last word
                    out.append(c)
                    queue.append(c)
                if self._list_hung_before(t, c) and c not in out:
                    out.append(c)  # "The suspects, X and Y Z": X's list hung on Z
                    queue.append(c)
                if self._apposed_as_adverb(t, c) and c not in out:
                    out.append(c)  # "a third accused, X," parsed as npadvmod
                    queue.append(c)
                # "all of them", "three of the accused", "..., including X"
                listing = c.lower_ in LISTING_PREPS
                of_some = c.lower_ == "of" and t.pos_ in ("NUM", "PRON", "DET")
                if c.dep_ == "prep" and (listing or of_some):
                    for pobj in c.children:
                        if pobj.dep_ == "pobj" and pobj not in out:
                            out.append(pobj)
                            queue.append(pobj)
                named = self._named_after_comma(c) if of_some and c.dep_ == "prep" else None
                if named is not None and named not in out:
                    out.append(named)  # "arrested one of the suspects, X alias Y"
                    queue.append(named)
                for conj in self._listed_after_home(t, c):
                    if conj not in out:
                        out.append(conj)
                        queue.append(conj)
            counted = t.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in t.children)
            named = self._named_after_comma(t) if counted else None
            if named is not None and named not in out:
                out.append(named)  # "handed down death sentences to two militants, X and Y"
                queue.append(named)
        accused = self.lex.accused_nouns
        listers = [head] if head.lemma_.lower() in accused or head.lower_ in accused else []
        # "all 14 accused in the case, including X and Y": a count whose noun the parser
        # took for the participle hung on it
        listers += [c for c in head.children if head.pos_ == "NUM" and c.lower_ in accused
                    and c.dep_ in ("acl", "amod")]  # fmt: skip
        for lister in listers:
            for pobj in self._listed_in(lister):  # "the other suspects in the case including X"
                if pobj not in out:
                    out.append(pobj)
                    out += [t for t in self._coordinated(pobj) if t not in out]
        return out

    def _listed_after_home(self, name: Token, prep: Token) -> list[Token]:
        """The next names of a list that gives each person's home ("X, 24, of Blackburn, Y,
        31, of Preston, and Z", "X, from Derry, and Y"): the parser hangs them as conjuncts
        of the place, not of X. The place itself is where X lives, never a party; only a
        person's own "of"/"from" phrase whose proper noun has conjuncts that are names."""
        m = self.by_token.get(name.i)
        if m is None or m.type != "person" or prep.dep_ != "prep":
            return []
        if prep.lower_ not in _HOME_PREPOSITIONS:
            return []
        # "X, 45, of Y, his wife Z, and W": the next item hung on the place as its
        # apposition, a name or a relative's or accomplice's noun before one
        return [
            conj for place in prep.children if place.dep_ == "pobj" and place.pos_ == "PROPN"
            for conj in place.children
            if conj.dep_ == "conj" and conj.i in self.by_token
            or conj.dep_ == "appos" and conj.i > place.i and self._kin_or_accomplice(conj)
        ]  # fmt: skip

    def _counsel_of(self, name: Token, appos: Token) -> bool:
        """ "X, his lawyer Y", "X, whose counsel Y said": an apposition to a name that is
        someone's lawyer, prosecutor or judge names a second person, not X again (a trailing
        "..., his lawyer Y said" is parsed so)."""
        role = self.lex.role_nouns.get(appos.lemma_.lower())
        owned = any(c.dep_ == "poss" for c in appos.children)
        return (
            appos.dep_ == "appos" and name.pos_ == "PROPN" and owned
            and role in ("defence", "prosecutor", "court")
        )  # fmt: skip

    def _not_places(self, named: list[Named]) -> list[Named]:
        """The names that are no place: a country or city "faces charges" of nothing a court
        tries ("Germany faces charges of hypocrisy"), and no charge is read to one - only
        people and organisations are charged (``Facing``, ``ChargesRead``)."""
        out = []
        for n in named:
            span = self.doc.char_span(n.start, n.end, alignment_mode="expand")
            m = self.by_token.get(span.root.i) if span is not None and len(span) else None
            out += [] if m is not None and m.type == "place" else [n]
        return out


def _undergone(verb: Token) -> bool:
    """A bare past participle completing another verb: "X was found beaten to death", "they
    found X beaten" (parsed as a small clause with X its subject). Its controller or subject
    underwent the act (a passive without its "be"), never did it, as the controller of "X
    was forced to confess" does."""
    bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    # "ordered him detained" with "detained" tagged a past tense: an open complement is
    # never finite, so it is the participle
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "xcomp")
    # a clause opened by "that" or "whether" is finite, whatever the tagger made of its
    # verb ("told the court that X, a labourer, confessed": "confessed" tagged VBN after
    # the apposition), so never a small clause
    finite = any(c.dep_ == "mark" for c in verb.children)
    # so is the clause of a verb of saying: one says a finite clause, never a small clause
    # ("police said X, during interrogation, admitted ...": "admitted" tagged VBN)
    finite = finite or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SAYING)
    return verb.dep_ in ("xcomp", "ccomp") and participle and bare and not finite


def _passive_be(verb: Token) -> Token | None:
    """The "be" of a passive that the parser split at an adverbial between "be" and the
    participle ("X was on Thursday acquitted"): "be" read as the main verb with the
    participle as its complement or adverbial clause, or as the participle's auxiliary
    with the subject hung on it. Its subject is the passive's."""
    subjects = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS
    # a participle the tagger took for a past tense of the same form ("were on Thursday
    # found guilty": "found" VBD) is one still, hung on "be" with no subject of its own
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in subjects for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ in ("acomp", "advcl") and head.lemma_ == "be" and head.i < verb.i:
        return head
    return next(
        (c for c in verb.children
         if c.dep_ == "auxpass" and any(s.dep_ in ACTIVE_SUBJECTS for s in c.children)),
        None,
    )  # fmt: skip


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


def apposed_nearer(head: Token, appos: Token) -> bool:
    """Whether an apposition the parser hung on ``head`` belongs to a nearer noun: an
    apposition follows the noun it renames, so a name written right after (a comma between)
    the object of a verb or preposition inside ``head``'s own modifier renames that object
    ("X, the man sentenced for killing his former girlfriend, nurse Y": Y is the
    girlfriend, not X)."""
    before = appos.left_edge.i - 1
    if before > head.i and appos.doc[before].text == ",":
        before -= 1
    if before <= head.i:
        return False
    noun = appos.doc[before]
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in ("dobj", "pobj")
        and head in noun.ancestors
        and any(t.pos_ == "VERB" for t in noun.ancestors if head.i < t.i < noun.i)
    )


def _first_conjunct(token: Token) -> Token:
    """The head of the co-ordination ``token`` ends ("X and Y, who ...": a relative clause
    hung on the last name describes them all)."""
    while token.dep_ == "conj":
        token = token.head
    return token
