"""The one a wire lede rules on without naming: "A 22-year-old man has been refused bail ...
Liam Dwyer, a labourer from Logan, appeared in court on Monday." The first sentence tells
the act of an unnamed person, written as an indefinite singular noun ("a man", "a former
police officer"); the next names them as the subject of its main clause. Only the next
sentence, only a person who is no one else there (a judge, a victim, a lawyer: the parties
the sentence gives another part), and not the subject of a reporting verb ("Jane Doe, the
victim's sister, said ..."), who is a speaker, not the one the lede spoke of.

The plural lede is read the same way: "Three men have been jailed for ... . X, 24, Y, 31,
and Z, 19, admitted robbery", "Two brothers ... have been convicted. X and Y ran ...": a
counted plural of people (or a group noun, "a trio") the lede acts on, and the next
sentence's main subject a co-ordination of as many people, none given another part.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp.claims.among_victims import among_the_victims
from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.appeared_charged import understood_subjects
from corroborate.nlp.claims.before_bench import before_the_bench
from corroborate.nlp.claims.charged_lede import known_by_its_charge
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.identified import as_phrases
from corroborate.nlp.claims.lede_acts import closes_a_list
from corroborate.nlp.claims.lede_items import counted_item, listed_as_apposed, numeral, own_phrase
from corroborate.nlp.claims.lede_sentence import lede_sentence
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.victim_first import victim_told_first
from corroborate.nlp.grammar import indefinite, prep_objects
from corroborate.nlp.kinds import setting_in
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["LEDE_KINDS", "Ledes"]

# The claims a lede tells of someone it names only in its next sentence (and a denial, whose
# unnamed one is its subject: ``Ledes._unnamed_one``).
LEDE_KINDS = frozenset({"ruling", "charge", "arrest", "accusation"})


class Ledes(Answers):
    """Whom an unnamed lede speaks of, by the sentence after it."""

    def _unnamed_one(self, draft: Draft) -> bool:
        """Whether ``draft`` names no accused and the one it acts on is an unnamed single
        person: an indefinite singular noun with no name in its phrase ("a 34-year-old man
        was charged", "sentenced a former taxi rank marshal", "a man charged with ...")."""
        if not all(self._one_unnamed_member(n) for n in draft.accused):
            return False
        # "A worker of the UHF ... had confessed": the one who confesses is the subject too,
        # where the text read him as a body's members (a bare "a labourer confessed" is left
        # alone: bound to the next name, it listed others as accused on a blind set)
        member = bool(draft.accused)
        answering = ("denial", "retraction", "confession") if member else ("denial", "retraction")
        if draft.kind in answering or draft.taken_back is not None:
            # "A Florida man accused of arson pleaded not guilty", "A police officer accused
            # of murder has denied the charges": the one who answers is the unnamed subject;
            # "A suspect told the court his confession was coerced": the one who takes it back
            subjects = [c for c in draft.cue.children if c.dep_ in ACTIVE_SUBJECTS]
            if draft.cue.dep_ == "relcl" and any(s.tag_ in ("WP", "WDT") for s in subjects):
                subjects = [draft.cue.head]  # "A teacher who denies assaulting a pupil told ..."
            return any(self._indefinite_one(s) for s in subjects)
        if draft.kind == "confession" and not member and self._judicial_lede(draft):
            # "The agent accused of selling forged licences has recorded a confessional
            # statement before a magistrate": known only by the charge (``charged_lede``)
            verb = draft.cue if draft.cue.pos_ in ("VERB", "AUX") else draft.cue.head
            subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
            return any(known_by_its_charge(s, self.lex) for s in subjects)
        # (not where the lede told its unnamed victim first: the next name is the victim's)
        return (
            draft.kind in LEDE_KINDS
            and self._acts_on_one_unnamed(draft.cue)
            and not victim_told_first(self._acted_on(draft.cue), self.lex)
        )

    def _judicial_lede(self, draft: Draft) -> bool:
        """Whether ``draft`` is told in the article's lede (its first sentence with a verb)
        and its sentence places it before a court ("before a magistrate")."""
        sent = draft.cue.sent
        lede = lede_sentence(self.doc)
        return lede is not None and lede.start == sent.start and setting_in(sent.text) == "judicial"

    def _one_unnamed_member(self, named: Named) -> bool:
        """Whether an accused party is one unnamed member of a body ("a worker of the UHF
        arrested in Old Wharf had confessed"): a group only by the reading of members, one
        person to the reader, whom the next sentence may name."""
        if named.members is None:
            return False
        noun = next((t for t in self.doc if t.idx + len(t.text) == named.end), None)
        return noun is not None and self._indefinite_one(noun)

    def _acts_on_one_unnamed(self, verb: Token) -> bool:
        """Whether the one ``verb`` acts on is an unnamed single person (its object, its
        passive subject, the noun its participle describes)."""
        return any(self._indefinite_one(n) for n in self._acted_on(verb))

    def _indefinite_one(self, noun: Token) -> bool:
        """ "a man", "a former police officer" (a holder of an office, unlike a judge or a
        lawyer, may be the accused); or one made known only by an indefinite
        "of" phrase ("the leader of a gang that smuggled migrants", "the mother of a boy
        who ..."), as unnamed to the reader."""
        return (
            noun.tag_ == "NN"
            and (indefinite(noun) or self._known_by_an_indefinite(noun))
            and not any(self._names_someone(t) for t in own_phrase(noun))
            and not any(c.dep_ == "conj" for c in noun.children)  # "a man and his mother"
            # not "a judge", "a lawyer"; but "a police officer", "a former minister" may be
            # charged
            and self.lex.may_be_charged(noun.lemma_.lower())
        )

    def _names_someone(self, token: Token) -> bool:
        """Whether a word of a lede's phrase is a name of someone, which makes the one it
        describes known ("the brother of X"); a place or a body names no one ("the former
        treasurer of a Lindford football club", "a worker of the UHF" are still unnamed)."""
        mention = self.by_token.get(token.i)
        # nor does the body they belong to ("a worker of the UHF", "a member of the NDA")
        if mention is None or mention.type in ("place", "organization"):
            return False
        # a name that only says where a thing is from ("a Lindford football club", "a
        # Birmingham children's charity"): a modifier of an indefinite noun names no one
        head = token
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        modifier = head.i != token.i
        return not (modifier and indefinite(head))

    @staticmethod
    def _known_by_an_indefinite(noun: Token) -> bool:
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return False
        objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        # "the chief executive of a children's charity": the article may hang on the
        # object's possessor ("a children's")
        objects += [c for o in objects for c in o.children if c.dep_ == "poss"]
        return any(indefinite(o) for o in objects)

    def _named_next(self, sent: Span, others: set[str]) -> Named | None:
        """The person the sentence after an unnamed lede names as its main clause's
        subject, if they are given no other part in it (``others``: the names the
        sentence makes victim, judge, relative ...) and do not merely speak."""
        found = self._main_subjects(sent)
        if len(found) != 1 or not self._is_person(found[0]) or found[0].name in others:
            return None
        # "Additional Sessions Judge (South) X found Y guilty": one titled a judge, counsel or
        # a witness (across a bracketed seat NER loses the name at) is that, never the lede's
        span = self.doc.char_span(found[0].start, found[0].end, alignment_mode="expand")
        # (a police officer or an official may be the lede's: ``office_holding_roles``)
        role = self._described_role(span)[0] if span is not None else None
        if role not in (None, "accused") and role not in self.lex.office_holding_roles:
            return None
        # "The deceased, X, was also ...": the subject told as the dead is the victim
        # (the word the subject itself, or an adjective or noun apposed to it)
        subjects = [c for c in sent.root.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]
        told = subjects + [a for c in subjects for a in c.children if a.dep_ in ("amod", "appos")]
        if any(c.lemma_.lower() in self.lex.victim_words for c in told):
            return None
        return found[0]

    def _main_subjects(self, sent: Span) -> list[Named]:
        """The names of the subject of the sentence's main clause; where that is a teller
        or a finding with no person for subject ("..., Stafford Crown Court heard", "the
        court found"), of the clause it reports - never the teller ("Jane Doe said ...").
        None for a clause of suffering ("X and Y died at the scene": the victims)."""
        docked = before_the_bench(sent)
        if docked:
            # "Before Judge X were A, B and C": the names after the copula (however the
            # parser hung them) are its subject, not the judge the parser took for it
            named = [n for t in docked if t.pos_ == "PROPN" and (n := self._name_at(t))]
            return list(dict.fromkeys(named))
        root, deps = sent.root, ACTIVE_SUBJECTS | PASSIVE_SUBJECTS
        if among_the_victims(root, self.lex):
            return []  # "Among the dead were X and Y": the victims, not the lede's people
        clauses = [root]
        found = [n for c in root.children if c.dep_ in deps for n in self._names(c)]
        # "X, 24, also called "Spider", Y and Z were not asked to plead": the list's first
        # name split off at its alias (the declaration the root, or a clause of the root)
        for clause in [root, *(c for c in root.children if c.dep_ == "ccomp")]:
            split = self._split_by_an_alias(clause)
            if split:
                clauses = [clause]
                own = [n for c in clause.children if c.dep_ in deps for n in self._names(c)]
                found = [*split, *(n for n in own if n not in split)]
                break
        if root.lemma_.lower() in self.lex.identifying_verbs:
            # "Police identified them as X and Y", "they were named as X and Y": who the
            # sentence names is whom it identifies, not who identifies - only a pronoun or an
            # accused noun ("the suspect"), which stand for the lede's unnamed; "The woman
            # was named as X" may be the victim the lede told of beside the accused
            told = [c for c in root.children if c.dep_ in PASSIVE_SUBJECTS | {"dobj"}]
            if not all(self._stands_for_the_lede(c) for c in told):
                return []
            found = [n for c in told for n in self._identified(c)] or found
        # "Magistrate Y found that X had acted with intent": what a court finds is told of
        # the one its clause names, as what it says is - never of the judge
        finds = self._by_a_court(root) and any(c.dep_ == "ccomp" for c in root.children)
        if (
            finds
            or root.lemma_.lower() in self.kinds.reporting_cues
            or not any(self._is_person(n) for n in found)
        ):
            clauses = [c for c in root.children if c.dep_ == "ccomp"]
            found = [n for h in clauses for c in h.children if c.dep_ in deps
                     for n in self._names(c)]  # fmt: skip
        proved = [c for h in clauses if h.lemma_.lower() in self.lex.proof_verbs
                  for c in h.children if c.dep_ == "ccomp"]  # fmt: skip
        if proved and not any(self._is_person(n) for n in found):
            # "the judge said the prosecution had proved that X fired the shots, and that Y
            # rode the motorcycle": those proved to have done it, not the prover
            clauses = [*proved, *(c for p in proved for c in p.children
                                  if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]  # fmt: skip
            found = [n for h in clauses for c in h.children if c.dep_ in deps
                     for n in self._names(c)]  # fmt: skip
        if any(h.lemma_.lower() in self.lex.suffering_verbs for h in clauses):
            return []
        if any(self._undergoes_another_act(h) for h in clauses):
            return []
        # "X, 27, and Y, alias Z, 33, made the statements": the parser may make the alias a
        # subject of its own; it is Y's other name, not a third person
        aliases = {m.alias for t in sent if (m := self.by_token.get(t.i)) and m.alias}
        return [n for n in found if n.name not in aliases]

    def _stands_for_the_lede(self, noun: Token) -> bool:
        """Whether a noun an identifying verb names may be the lede's unnamed accused: an
        accused noun ("the suspects"), a plural pronoun, a singular one only where the
        sentence before spoke of one unnamed person ("A man was charged after a woman was
        found dead. She was named as X": she is the woman) - not another person ("the
        victim", "the woman", "the dead man")."""
        lex = self.lex
        if noun.lemma_.lower() in lex.accused_nouns or noun.lower_ in lex.plural_pronouns:
            return True
        if noun.lower_ not in PERSONAL_PRONOUNS or noun.sent.start == 0:
            return False
        before = self.doc[noun.sent.start - 1].sent
        people = lex.people_nouns | lex.accused_nouns
        unnamed = [
            t for t in before if t.lemma_.lower() in people
            and indefinite(t)
        ]  # fmt: skip
        return len(unnamed) == 1

    def _undergoes_another_act(self, clause: Token) -> bool:
        """Whether a passive clause tells what befell its subject as a victim or a hostage
        ("X and Y were held at gunpoint for an hour", "X, 34, was found dead in her
        kitchen", "X was stabbed"): those named are its patients, not the people a lede
        charged or convicted ("X and Y were held in a raid", "X was found guilty", "X and Y
        are alleged to have supplied heroin" stay)."""
        if not any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in clause.children):
            return False
        lex, lemma = self.lex, clause.lemma_.lower()
        words = {t.lemma_.lower() for t in clause.subtree} | {t.lower_ for t in clause.subtree}
        if lemma in lex.crime_verbs:
            return True
        if lemma in lex.finding_verbs:  # "found dead"; not "found guilty"
            return not words & set(lex.verdict_adjectives)
        if lemma in lex.holding_verbs:  # "held at gunpoint"; not "held in custody, in a raid"
            law = lex.custody_nouns | lex.raid_nouns | lex.remand_nouns | lex.bail_nouns
            return not words & (law | lex.prison_nouns)
        return False

    def _unnamed_many(self, draft: Draft) -> int | None:
        """How many people ``draft``'s unnamed plural counts, when it names no accused and
        acts on one ("Three men have been jailed", "convicted two brothers", "a trio
        accused of ..."): the count, 0 for a plural that gives none ("the brothers");
        None for anything else."""
        if any(r == "accused" for r, _ in draft.parties.values()):
            return None
        verb = draft.cue
        if draft.kind == "denial":
            # "Two men have denied murdering X", "Three officers charged in ... have pleaded
            # not guilty": the ones who answer are the unnamed plural subject
            nouns = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
        elif draft.kind in LEDE_KINDS:
            nouns = self._acted_on(verb)
        else:
            return None
        return next((n for n in map(self._people_counted, nouns) if n is not None), None)

    def _acted_on(self, verb: Token) -> list[Token]:
        """The nouns a lede's verb acts on: its object, its passive subject (or its first
        conjunct's), the noun its participle describes."""
        nouns = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS | {"dobj"}]
        nouns += self._split_passive_subjects(verb)  # "Two men were on Thursday found guilty"
        # "filed a chargesheet against a man": the one acted on is whom the charge is
        # against, never the charge paper
        charges = self.lex.charge_nouns
        nouns = [
            t for n in nouns
            for t in (prep_objects(n, ("against",)) if n.lemma_.lower() in charges else [n])
        ]  # fmt: skip
        own = any(c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS for c in verb.children)
        if verb.dep_ == "conj" and not own:  # "has been refused bail and remanded in custody"
            # (not "a man was shot dead, and police arrested the son of X": a conjunct with
            # a subject of its own acts on its own object, not on the first one's subject)
            nouns += [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECTS]
            if self._passive(verb) and self._shares_subject(verb):
                # "Three men made their first appearance in court and were remanded in
                # custody": the subject a passive conjunct shares is the one it is done to
                nouns += [c for c in verb.head.children if c.dep_ in ACTIVE_SUBJECTS]
        if verb.dep_ == "acl":  # "a man charged with manslaughter", "a man accused of"
            # (on a list's last "a NOUN", the list: "a driver and a clerk arrested over")
            nouns.append(closes_a_list(verb.head) or verb.head)
        # "Three men appeared in court charged with murder": the subject of the clause a
        # bare participle hangs on
        nouns += understood_subjects(verb)
        return nouns

    def _counts_office_holders(self, draft: Draft) -> bool:
        """Whether a plural lede's unnamed people are holders of an office ("Three police
        officers have been charged"): the names that follow may carry its rank ("Corporal X,
        Constable Y"), which is no other part in the case."""
        verb = draft.cue
        if draft.kind == "denial":
            nouns = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
        else:
            nouns = self._acted_on(verb)
        return any(
            self.lex.role_nouns.get(n.lemma_.lower()) in self.lex.office_holding_roles
            for n in nouns
        )

    def _acts_on_many_unnamed(self, verb: Token) -> bool:
        """Whether the ones ``verb`` acts on are an unnamed counted plural of people ("Two men
        have been charged with murder"), whom a next sentence may name together."""
        return any(self._people_counted(n) for n in self._acted_on(verb))

    def _people_counted(self, noun: Token) -> int | None:
        """The size of an unnamed plural of people ("three men", "five suspects", "the
        pair", "two brothers"; 0 when not counted): not a role ("two judges") - but holders
        of an office, counted, are people a lede may charge ("Three police officers have
        been charged") - not others besides the group followed, nothing named in its phrase."""
        lex, lemma = self.lex, noun.lemma_.lower()
        paired = self._unnamed_pair(noun)
        if paired:
            return paired
        # a name in a clause on the noun tells what they did, not who they are ("three
        # officers charged in the death of a Black man")
        clauses = {t.i for c in noun.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
        if any(self._identifies(c) for c in noun.children):
            return None  # "two suspects identified as X and Y": named here, however tagged
        phrase = [t for t in noun.subtree if t.i not in clauses]
        # the body they serve names none of them ("four enforcement officers of the KCCA")
        if any(self._names_someone(t) for t in phrase) or self._others(noun):
            return None
        role = lex.role_nouns.get(lemma)
        groups = lemma in lex.group_nouns or noun.lower_ in lex.group_nouns  # "brothers"
        # a role ("two judges") is no lede's group, but office holders and kin named as a
        # group ("two brothers have been jailed") are, though "brother" is a relative's role
        if role is not None and role not in lex.office_holding_roles and not groups:
            return None
        size = lex.group_sizes.get(lemma)
        if size is not None:
            return size
        if noun.tag_ not in ("NNS", "NNPS"):
            return None
        count = numeral(noun)
        # any counted plural a lede charges, arrests or rules on is of people ("three
        # traffic wardens were charged"); uncounted, only a word of people says so
        people = lex.people_nouns | lex.accused_nouns
        if not (groups or lemma in people or role or count):
            return None
        if count is None:
            return 0 if groups else None
        return count if count >= 2 else None

    def _unnamed_pair(self, noun: Token) -> int | None:
        """How many unnamed people a co-ordination of people nouns tells ("a bakery owner
        and his driver", "a teacher and a school bus driver"): each singular one unnamed
        person, the first indefinite - a lede the next sentence may name each of. A counted
        plural among them tells as many as its count ("Two guards, a baker and a foreign
        national were remanded": four, ``counted_item``), and may stand first."""
        items = [noun, *(c for c in noun.conjuncts if c.i > noun.i), *listed_as_apposed(noun)]
        first = indefinite(noun)
        if noun.dep_ == "conj" or len(items) < 2 or not (first or counted_item(noun)):
            return None
        size = 0
        for item in items:
            counted = counted_item(item)
            size += counted or 1
            if (item.tag_ != "NN" and not counted) or item.i in self.by_token:
                return None
            # not "a judge", "a lawyer"; a holder of an office, an owner, a driver may be
            # charged (as ``_indefinite_one`` reads one alone)
            if not self.lex.may_be_charged(item.lemma_.lower()):
                return None
            if any(self._names_someone(t) for t in own_phrase(item)):
                return None
        return size

    def _identifies(self, clause: Token) -> bool:
        """Whether a clause on a noun says who its people are ("identified as X and Y",
        "who were named as X and Y"): they are named in the lede's own sentence, even where
        NER missed the names, and so are no unnamed group the next sentence names."""
        return (
            clause.dep_ in ("acl", "relcl")
            and clause.lemma_.lower() in self.lex.identifying_verbs
            and bool(as_phrases(clause))
        )

    def _group_named(self, sent: Span, others: set[str], keep: bool) -> list[Named]:
        """``_named_next_many``; without ``keep``, a question only: the names it reads NER
        missed are not kept as mentions (only a lede bound to them makes them parties)."""
        extra, names = len(self.extra), set(self.names)
        found = self._named_next_many(sent, others)
        if not keep:
            del self.extra[extra:]
            self.names = names
        return found

    def _named_next_many(self, sent: Span, others: set[str]) -> list[Named]:
        """The people the sentence after a plural lede names together as its main clause's
        subject (``_main_subjects``: "X, Y and Z admitted robbery", "X and Y carried out the
        attack, the court found"), two or more, all people given no other part in it
        (``others``)."""
        found = self._main_subjects(sent)
        # the dock holds the accused, whatever NER typed their names ("Before Judge X were
        # A, B and C": an unfamiliar name is often typed an organisation); never a place
        docked = bool(before_the_bench(sent))
        # and a kin noun there tells whose son one of them is, no part in the case ("the
        # chairman's son Y")
        people = [n for n in found
                  if (n.name not in others or docked and self._apposed_kin(n))
                  and (self._is_person(n) or docked and not self._a_place(n))]  # fmt: skip
        return people if len(people) >= 2 and len(people) == len(found) else []

    def _apposed_kin(self, named: Named) -> bool:
        """Whether ``named`` is apposed to a noun of kin ("the chairman's son Y")."""
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        told = [root.head] if root.dep_ == "appos" else []
        told += [c for c in root.children if c.dep_ == "appos"]
        return any(self.lex.role_nouns.get(t.lemma_.lower()) == "relative" for t in told)

    def _a_place(self, named: Named) -> bool:
        """Whether ``named`` is a mention NER typed a place."""
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        m = self.by_token.get(span.root.i) if span is not None and len(span) else None
        return m is not None and m.type == "place"
