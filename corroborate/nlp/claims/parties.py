"""Who a phrase names: the parties of a claim, read from the parse.

``Parties`` finds the people a phrase stands for: the object or subject of a verb
(``_patients``, ``_agents``), co-ordinated and apposed names ("X, Y and Z"),
and the lists an accused noun carries ("the other suspects, including X, Y"). What a single
word stands for (a mention, a pronoun, "the accused", members, a missed name) is
``Naming``'s; a phrase's listed names, ``claims.listed_names``; one noun phrase's names
(``_names``), ``claims.phrase_names``; an object relative's, ``claims.object_relative``; the
owner of a noun ("X's conviction"), who made it ("the appeal filed by X") and whom a verb gives
to ("granted bail to X"), ``claims.owners``."""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.nlp.claims.alias_split import subjects_split_by_an_alias
from corroborate.nlp.claims.appeared_charged import understood_subjects
from corroborate.nlp.claims.apposed_relatives import closed_apposition
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.given_to import given_to_custodians
from corroborate.nlp.claims.hung_subject import (
    acts_after_passive,
    subject_hung_on_mark,
    subject_hung_on_time,
)
from corroborate.nlp.claims.listed_names import apposed_nearer
from corroborate.nlp.claims.members_named import common, modifies, owns
from corroborate.nlp.claims.object_relative import misread_relative_antecedent
from corroborate.nlp.claims.one_member import modifies_an_unnamed
from corroborate.nlp.claims.owners import CONFESSION_OWNER_PREPS, Owners
from corroborate.nlp.claims.passive_forms import passive_be, undergone
from corroborate.nlp.claims.perfect_relative import done_by_its_relative
from corroborate.nlp.claims.phrase_names import (
    _OWN_SUBJECTS,
    ACTIVE_SUBJECTS,
    PASSIVE_SUBJECTS,
    _first_conjunct,
)
from corroborate.nlp.claims.sibling_conjunct import conjunct_subjects, first_predicate
from corroborate.nlp.claims.source_apposition import subject_hung_on_source
from corroborate.nlp.claims.stranded_subject import stranded_subject, subject_taken_for_object
from corroborate.nlp.claims.stray_quantifier import stray_quantifier
from corroborate.nlp.speakers import PERSONAL_PRONOUNS
from corroborate.records import Mention

__all__ = [
    "ACTIVE_SUBJECTS",
    "CONFESSION_OWNER_PREPS",
    "PASSIVE_SUBJECTS",
    "Parties",
    "apposed_nearer",
]

# Who a complement clause with no subject of its own is about, when its verb has one.
_CONTROLLERS = frozenset({"dobj", "nsubjpass"})
_WH = frozenset({"WP", "WDT"})  # "who", "which": a relative clause's subject is its antecedent
# The verbs of saying, whose clause is always finite (``subject_taken_for_object``).
_SAYING = kinds_lexicon().reporting_cues


class Parties(Owners):
    """How a phrase's words lead to the names of one document."""

    def _passive(self, verb: Token) -> bool:
        own = any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
        return own or passive_be(verb) is not None

    @staticmethod
    def _split_passive_subjects(verb: Token) -> list[Token]:
        """The subject of a passive the parser split at an adverb ("Two men were on Thursday
        found guilty": "men" hung on "were"), the one it is done to (``passive_be``)."""
        be = passive_be(verb)
        return [] if be is None else [c for c in be.children if c.dep_ in ACTIVE_SUBJECTS]

    def _split_by_an_alias(self, verb: Token) -> list[Named]:
        """The first name of ``verb``'s subject list that the parser split off at its alias
        ("X, 24, also called "Spider", Y and Z were charged": ``alias_split``)."""
        return [n for t in subjects_split_by_an_alias(verb, self._has_alias_word)
                for n in self._names(t) if self._is_person(n)]  # fmt: skip

    def _has_alias_word(self, name: Token, alias: Token) -> bool:
        """Whether the person named at ``name`` was given the alias ``alias`` is a word of
        (the mention finder reads "X, 45, also called "La Rossa"" as X's alias)."""
        m = self.by_token.get(name.i)
        return (m is not None and m.type == "person" and m.alias is not None
                and alias.text in m.alias.split())  # fmt: skip

    def _ordered_objects(self, noun: Token) -> bool:
        """Whether ``noun`` is the last of co-ordinated objects of an ordering verb ("ordered
        the guard and the driver held"), so that a participle hung on it is their small
        clause's predicate, not a word on the last alone."""
        first = _first_conjunct(noun)
        if noun.dep_ != "conj" or first.i == noun.i or first.dep_ != "dobj":
            return False
        return first.head.lemma_.lower() in self.lex.ordering_verbs

    def _patients(self, verb: Token) -> list[Named]:
        """Whom the act is done to: the object of an active verb, the subject of a passive
        one, the noun a participle or passive relative clause describes."""
        passive = self._passive(verb)
        deps = PASSIVE_SUBJECTS if passive else frozenset({"dobj"})
        # "According to Z, the suspect, X, was arrested": X, whom the parser hung on the source
        on_source = self._hung_on_source(verb) if passive else []
        found = on_source or self._names_of_children(verb, deps)
        if passive:
            # "X, 24, also called "Spider", Y and Z were charged": X split off at the alias
            found += [n for n in self._split_by_an_alias(verb) if n not in found]
        # "sentenced his accomplice, X, to three years": the name after the object's comma
        # parsed as the verb's adverb is the object's apposition - or as the adverb of the
        # verb a conjunct hangs on ("while acquitting and discharging the elder, X")
        hosts = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
        apposed = [n for o in verb.children if o.dep_ == "dobj" and not passive
                   for h in hosts for c in h.children
                   if self._apposed_after_object(o, c) for n in self._names(c)]  # fmt: skip
        found = apposed or found
        stray = None if passive or found else stray_quantifier(verb, self.lex.group_quantifiers)
        found = self._names(stray) if stray is not None else found  # "convicted both on ..."
        # "arrested and charged": a conjunct with no subject of its own shares its head's;
        # one with its own ("X and Y were convicted, while a third accused was acquitted")
        # is about that subject, named or not
        own = any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children)
        if not found and passive and verb.dep_ == "conj" and not own:
            found = self._names_of_children(verb.head, PASSIVE_SUBJECTS)
        be = passive_be(verb)
        if not found and be is not None:
            found = self._names_of_children(be, ACTIVE_SUBJECTS)  # "X was on Monday acquitted"
        if not found and passive and not own and (hung := stranded_subject(verb)):
            found = self._names(hung)  # "and their father, W, was"; "X, the man seen ..., was"
        if not found and passive and verb.dep_ == "conj" and self._shares_subject(verb):
            # "X and Y appealed and were acquitted": the subject the conjunct shares is the
            # one it is done to, whatever voice the first conjunct is in
            found = self._names_of_children(verb.head, ACTIVE_SUBJECTS)
        if not found and passive and verb.dep_ == "conj" and not own and verb.head.dep_ == "advcl":
            # "They were not allowed to plead because the offence is triable only by the
            # High Court, and were remanded": the parse hangs the conjunct on the clause of
            # reason, whose subject names no one; it shares the main clause's subject
            main = verb.head.head
            found = self._names_of_children(main, PASSIVE_SUBJECTS | ACTIVE_SUBJECTS)
        if not found and not passive and self._shares_passive(verb):
            # "X was arrested in May and convicted in June": the participle borrows the
            # first conjunct's "was" as well as its subject
            found = self._names_of_children(_first_conjunct(verb), PASSIVE_SUBJECTS)
        if not found and (passive or undergone(verb)) and verb.dep_ == "xcomp":
            # "X was ordered to be remanded", "ordered him to be remanded", "found beaten"
            found = self._names_of_children(verb.head, PASSIVE_SUBJECTS | {"dobj"})
        if not found and undergone(verb) and verb.dep_ == "ccomp":
            found = self._names_of_children(verb, ACTIVE_SUBJECTS)  # "found X beaten"
        # "the court, where they were remanded": a relative clause with a subject of its own
        # (no relative pronoun) is not about the noun it hangs on
        own_subject = any(c.dep_ in PASSIVE_SUBJECTS | ACTIVE_SUBJECTS
                          and c.tag_ not in ("WP", "WDT") for c in verb.children)  # fmt: skip
        if (not found and verb.dep_ in ("acl", "relcl") and (passive or verb.tag_ == "VBN")
                and not (verb.dep_ == "relcl" and own_subject)
                and not _where_or_when(verb)
                and not done_by_its_relative(verb)):  # fmt: skip
            # "X, who was acquitted"; "X, arrested on Monday"; "X and Y, who were arrested":
            # a plural verb's relative clause hung on the last name describes them all
            plural = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have")
                         for c in verb.children)  # fmt: skip
            # "the judge ordered the guard and the driver held in detention": the small
            # clause's participle, hung on the last object, is said of every object
            plural = plural or self._ordered_objects(verb.head)
            described = _first_conjunct(verb.head) if plural else verb.head
            described = misread_relative_antecedent(verb) or described  # "whom X named, Y"
            # "X, the Ghanaian national accused of ...": the noun the participle describes
            # renames X, whatever part of speech the tagger gave it
            found = self._names(described) or self._apposed_to_name(described)
        if not found and (passive or undergone(verb)):
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
        listing = self.lex.listing_prepositions
        members = [
            n for c in verb.children if passive and c.dep_ == "conj" and c.pos_ == "PROPN"
            and any(p.dep_ == "prep" and p.lower_ in listing for p in c.children)
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
            describes = m is not None and (modifies_an_unnamed(t, m) or owns(t, m))
            if describes or m is not None and m.type == "organization" and modifies(t, m):
                continue  # "detained MQM worker X", "X's murder", "a Douglas man": of a noun
            if m is not None and given_to_custodians(t):
                return []  # "granted the CIB a custody extension": they hold, not are held
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

    def _counted_people(self, noun: Token) -> bool:
        """A group without names (``_counted``) that is people: "two men", "three suspects",
        "both officers", "them" - not "two trucks". Asked where a custody order holds a
        counted noun the parser did not make its object ("ordered two men held", "ordered
        detention for three men"): there things are held too ("ordered two trucks held")."""
        if not self._counted(noun):
            return False
        if noun.pos_ == "PRON" or any(self._plural_anaphor(t) for t in self._coordinated(noun)):
            return True
        lex = self.lex
        people = lex.people_nouns | lex.accused_nouns | lex.arrested_people_nouns
        return noun.lemma_.lower() in people or noun.lemma_.lower() in lex.role_nouns

    def _agents(self, verb: Token) -> list[Named]:
        """Who does it: the subject of an active verb, the "by" phrase of a passive one."""
        passive = any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
        # "X was on Thursday found guilty": a passive split at the adverb, whose subject is
        # the one it is done to, never its doer (``passive_be``)
        if passive or undergone(verb) or passive_be(verb) is not None:
            return [n for c in verb.children if c.dep_ == "agent" for n in self._pobj_names(c)]
        # "According to Z, the driver, X, confessed": X, whom the parser hung on the source
        found = self._hung_on_source(verb) or self._names_of_children(verb, ACTIVE_SUBJECTS)
        if not found:
            # "X had, during interrogation, admitted ...": a parenthesis between them, the
            # parser hangs the subject on the auxiliary, not on its verb
            found = [n for a in verb.children if a.dep_ == "aux"
                     for n in self._names_of_children(a, ACTIVE_SUBJECTS)]  # fmt: skip
        hung = (subject_hung_on_time(verb) or subject_hung_on_mark(verb)) if not found else None
        first = first_predicate(verb) if not found else None
        if first is not None:  # "X had appeared before Y and, in a statement, said ..."
            found = self._names_of_children(first, conjunct_subjects(first, verb))
        if hung is not None:  # "... weeks after a third member, X, pleaded guilty"
            found = self._names(hung)
        if not found and verb.dep_ == "conj" and not self._has_subject(verb):
            # "X was arrested and confessed": a subjectless conjunct shares the first one's
            # subject; not "X appealed, but the court upheld ..." (its own subject does it)
            subjects = PASSIVE_SUBJECTS if acts_after_passive(verb) else ACTIVE_SUBJECTS
            found = self._names_of_children(verb.head, subjects)  # "X was arraigned and pleaded"
            if found and verb.head.dep_ == "ccomp" and self._binds_own_object(verb, found):
                # "Judge Z said Y was guilty and sentenced him": parsed as a conjunct of the
                # reported clause, but Y cannot sentence Y - the conjunct is the teller's
                found = self._names_of_children(verb.head.head, ACTIVE_SUBJECTS)
        # "X, who confessed"; not "X's confession to the murder of Y, which the teenager
        # recanted", where the clause has a subject of its own
        own = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS and c.tag_ not in _WH]
        if not found and verb.dep_ == "relcl" and not own and not _where_or_when(verb):
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
        if not found and not (passive or undergone(verb)):
            found = self._reported_relative(verb)  # "X, who police said confessed"
        if not found and verb.dep_ == "acl" and verb.tag_ == "VBG":
            found = self._names(verb.head)  # "the report mentions X confessing to ..."
        if not found and verb.lower_.endswith("ing"):
            # the same, parsed with the subject as a modifier of the verb (or of a gerund
            # tagged as a noun)
            found = self._names_of_children(verb, frozenset({"compound"}))
        if not found and (taken := subject_taken_for_object(verb, _SAYING)) is not None:
            found = self._names(taken)  # "said X, in a police interview, admitted ..."
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

    def _hung_on_source(self, verb: Token) -> list[Named]:
        """The subject the parser hung on the source of "according to" as its apposition
        (``source_apposition``): never the source itself."""
        hung = subject_hung_on_source(verb, self.lex.source_words, self.by_token)
        named = self._name_at(hung) if hung is not None else None
        return [named] if named is not None else []

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

    def _shares_subject(self, conjunct: Token) -> bool:
        """Whether a conjunct with no subject of its own shares its first conjunct's: not
        where another clause's subject comes between them ("X accused that Y had links
        with ... and have been named", a parse that lost the conjunct's own subject)."""
        between = conjunct.doc[conjunct.head.i + 1 : conjunct.i]
        return not self._has_subject(conjunct) and not any(t.dep_ in _OWN_SUBJECTS for t in between)

    def _shares_passive(self, conjunct: Token) -> bool:
        """Whether a bare participle conjunct is passive through its first conjunct's
        auxiliary ("was arrested and convicted", "was tried and acquitted"): a past
        participle (or a ruling verb the tagger took for a past tense) with no subject,
        auxiliary or object of its own after a passive verb - not "was arrested and
        confessed" (a past tense) or "and has confessed"."""
        own = ("aux", "auxpass", "dobj", "neg")
        # "was placed under investigation and remanded in custody" with "remanded" tagged a
        # past tense: a court's verb with no object cannot be its subject's own act
        ruled = conjunct.tag_ == "VBD" and conjunct.lemma_.lower() in self.lex.ruling_verbs
        return (
            conjunct.dep_ == "conj"
            and (conjunct.tag_ == "VBN" or ruled)
            and self._shares_subject(conjunct)
            and not any(c.dep_ in own for c in conjunct.children)
            and self._passive(_first_conjunct(conjunct))
        )

    def _binds_own_object(self, verb: Token, subjects: list[Named]) -> bool:
        """Whether a personal pronoun that is ``verb``'s object stands for one of its
        ``subjects`` - which English says with "himself", never "him"."""
        pronouns = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in PERSONAL_PRONOUNS]
        return any(n.name in {s.name for s in subjects} for p in pronouns for n in self._names(p))

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


def _where_or_when(verb: Token) -> bool:
    """Whether a relative clause opens with a wh-adverb ("the court, where all three accused
    are to appear", "the day when ..."): it tells of a place or a time, and the noun it hangs
    on is no party of its verb, whatever the parse makes its subject."""
    return any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in verb.children)
