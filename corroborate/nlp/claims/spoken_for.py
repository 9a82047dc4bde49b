"""For whom a speaker answers: the client or kin a lawyer or relative speaks for, the
speaker themselves ("I", "they"), the one accused the report follows ("the accused") - whom
a clearing told in someone's words is about. Split out of ``claims.answers``.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from corroborate.lexicon.legal import OFFICES, legal
from corroborate.nlp.antecedents import full_name_gender, pronoun_gender
from corroborate.nlp.claims.client_speaker import quoted_client
from corroborate.nlp.claims.counsel import Counsel
from corroborate.nlp.claims.counsel_speaking_on import counsel_speaking_on
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.fronted_place import fronted_speaker
from corroborate.nlp.claims.kin_composed import KinComposed
from corroborate.nlp.claims.kin_named import last_speaker_before, relatives_introducing
from corroborate.nlp.claims.kin_turn import kin_turns_back
from corroborate.nlp.claims.own_kin import OwnKin
from corroborate.nlp.claims.participle_subject import subject_hung_on_participle
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.fronted_subject import place_read_as_subject
from corroborate.nlp.grammar import prep_objects
from corroborate.nlp.quotes import quotation_of
from corroborate.nlp.speakers import ONE_PERSON_PRONOUNS, PERSONAL_PRONOUNS

__all__ = ["SPEAKING_FOR", "SpokenFor", "first_person", "may_speak_for_the_accused"]

# Who speaks for the accused: their lawyer, their family.
SPEAKING_FOR = frozenset({"defence", "relative"})
_ROLES = legal().role_nouns
# Determiners of one the report introduces by description only: "a shopkeeper", "another".
_INDEFINITE = ("a", "an", "another", "one")
# the third person singular subjects one speaker may say of himself or herself
_HE_OR_SHE = frozenset({"he", "she"})


def may_speak_for_the_accused(speaker: Token, role_nouns: Mapping[str, str]) -> bool:
    """Whether ``speaker`` may be the accused's side: a word with no role (a name, a
    pronoun, "the accused") or a role that speaks for him (``SPEAKING_FOR``: his lawyer, his
    kin) - never the police, a prosecutor, a court or a victim."""
    role = role_nouns.get(speaker.lemma_.lower())
    return role is None or role in SPEAKING_FOR


class SpokenFor(Counsel, OwnKin, KinComposed):
    """Whom a speaker's words are about: the one they speak for, or themselves."""

    def _the_accused(self, subject: Token) -> bool:
        """ "the accused": the participle used as a noun, definite, naming no one itself."""
        lex = self.lex
        accused = subject.lower_ in lex.accused_nouns or subject.lemma_.lower() in lex.accused_nouns
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        named = any(t.i in self.by_token for t in subject.subtree)
        return accused and definite and not named and subject.tag_ in ("VBN", "JJ")

    def _bound_by_the_speaker(self, subject: Token, speaker: Token) -> list[Named]:
        """ "X said he had nothing to do with the death": a he or she that clears, told by a
        named speaker the report follows as accused, is the speaker - whoever the resolver
        took it for (a co-accused named in the sentence before), as "X, who has always
        proclaimed his innocence" binds its pronoun (``_innocence_claimed``). Not a lawyer
        named before ("Mr Y said he ...": Y's client, ``_represented``)."""
        if subject.lower_ not in PERSONAL_PRONOUNS or first_person(subject):
            return []
        own = self._accused_speaking_of_self(subject, speaker)
        if own:
            return own
        if speaker.pos_ == "NOUN" and subject.lower_ not in self.lex.plural_pronouns:
            # "The councillor testified that he had been at a meeting": the title the report
            # gave one accused ("former councillor X") binds the pronoun as the name would -
            # not to the co-accused the resolver followed last. So too a description the
            # report introduced one accused with ("X, the owner of the restaurant", "Its
            # chief executive, X", "radiologist X"): "The owner told the court he had been
            # at home" is the owner's own word (``DescribedPeople._description_told``)
            return [n for n in self._accused_described(speaker) if n.name in self.accused_so_far]
        if speaker.pos_ != "PROPN":
            return []
        if self._represented(speaker):
            return []
        return [n for n in self._names(speaker)
                if self._is_person(n) and n.name in self.accused_so_far]  # fmt: skip

    def _accused_speaking_of_self(self, subject: Token, speaker: Token) -> list[Named]:
        """ "He has said he did not know the account was used", "X's lawyer said his client
        had told prosecutors he did not know where the money came from": a he or she said by
        a speaker who is himself one the report accuses - a he or she of the same word the
        resolver ties to an accused, or a lawyer's "his client" (whom the sentence's lawyer
        acts for, else the accused the report follows) - is that speaker, whoever the outer
        speaker is: one tells of his own knowing or doing. Never a name the report describes
        otherwise (a victim, a judge), never a plural ("he said they ...": not he alone)."""
        if subject.lower_ not in _HE_OR_SHE:  # (so never a plural: "he said they ...")
            return []
        if quotation_of(subject, self.quotations) != quotation_of(speaker, self.quotations):
            # '"He never opened the gate," he said': the quoted he is not the one who says
            # it (one quoted of himself says "I"); only words told together bind
            return []
        if speaker.lower_ == subject.lower_:
            # the resolver's pick for the speaking he or she, of the pronoun's sex where the
            # name tells one ("Sohel's wife ... She said she ...": never Sohel)
            wanted = pronoun_gender(speaker)
            named = [n for n in self._names(speaker)
                     if wanted is None or full_name_gender(n.name) in (wanted, None)]  # fmt: skip
        elif speaker.lemma_.lower() in self.lex.client_nouns and speaker.tag_ == "NN":
            named = self._client_in_sentence(speaker) or self._clients_followed(speaker)
        else:
            return []
        elsewhere = (self.described | self.described_here) - self.accused_so_far
        return [n for n in named if self._is_person(n) and n.name in self.accused_so_far
                and n.name not in elsewhere]  # fmt: skip

    def _clients_he(self, subject: Token, speaker: Token) -> list[Named]:
        """'Lawyer Y, representing X, opposed bail. "My client has served this village for
        twelve years. He has nothing to do with the killing," she said': a he or she that
        clears, told by a lawyer the report gave one client (``remember_counsel``), is that
        client - whoever the resolver took the pronoun for (the co-accused named last, or
        the lawyer herself). A lawyer speaks for the client, not of another's innocence."""
        if subject.lower_ not in PERSONAL_PRONOUNS or first_person(subject):
            return []
        # '... said he would appeal. "He never opened the gate," he said': the lawyer who
        # spoke last speaking on, for the client named with him (``counsel_speaking_on``)
        told = self._represented(speaker) or counsel_speaking_on(self, speaker)
        if not told and (self._my_client_before(subject) or self._bare_counsel(speaker)):
            # the resolver left the "she" who says it to no one: one who has just spoken of
            # "my client" is counsel, the lawyer the report named last; so is a bare "the
            # lawyer" ('"He never fired at anyone," the lawyer said'), before the resolver's
            # pick for the "he" (the co-accused named last) is asked
            told = self._last_counsel_for(speaker)
        clients = {n.name: n for n in told}
        if len(clients) != 1:
            return []
        [client] = clients.values()
        return [Named(client.name, subject.idx, subject.idx + len(subject.text))]

    def _my_client_before(self, subject: Token) -> bool:
        """Whether "my client" is said in the words before a pronoun, in its sentence or the
        one before ("My client is a teacher. He has nothing to do with it")."""
        sent = subject.sent
        start = sent.start
        if start > 0:
            start = subject.doc[start - 1].sent.start
        return any(
            t.lemma_.lower() in self.lex.client_nouns
            and any(c.dep_ == "poss" and c.lower_ == "my" for c in t.children)
            for t in subject.doc[start : subject.i]
        )

    def _the_accused_followed(self, subject: Token) -> list[Named]:
        """ "His lawyer said the accused stands by his innocence": "the accused", naming no
        one, is the one accused the report follows (``_anaphor``)."""
        return self._anaphor(subject, plural=False) if self._the_accused(subject) else []

    def _side_of(self, speaker: Token) -> list[Named]:
        """For whom a speaker answers: a lawyer's or relative's client or kin ("X's lawyer",
        "counsel for X", "Advocate Z, representing X"), else the speaker, named."""
        role = self.lex.role_nouns.get(speaker.lemma_.lower())
        if role in SPEAKING_FOR:
            # "The patwari's counsel said ...": an owner that is a description
            # "X, whose lawyer told the court ...", "X, whose mother said ...": the one the
            # "whose" clause describes (``_whose_lawyer``), never whom the resolver takes
            # the relative pronoun for
            owners = self._whose_lawyer(speaker)
            owners = owners or self._owners(speaker) or self._titled_owner(speaker)
            return owners + self._clients(speaker)
        if role is None and self._owner_spoken_for(speaker):
            return self._owner_spoken_for(speaker)  # "his party said the case was fabricated"
        # "Kimani said" of the lawyer the report introduced as "X's advocate, Brian Kimani"
        found = self._clients(speaker) or self._represented(speaker)
        if not found and role is None and speaker.pos_ == "PROPN":
            # '"My client never made any confession ...," Y told the court': Y is counsel,
            # speaking for the client the report follows, never for himself
            client = quoted_client(speaker, self.quotations, self.lex.client_nouns)
            if client is not None:
                return self._clients_followed(client)
        return found or self._names(speaker)

    def _for_another_side(self, speaker: Token) -> bool:
        """Whether a named speaker is given a part that speaks for no accused: a title of
        the prosecution, the court or the police on the name ("Prosecutor Y", "Y, the
        public prosecutor"), or a clause of acting for the prosecuting side ("Y, who
        represents the state", "appearing for the Crown") - what such a speaker says of
        where the accused was is evidence, not the accused's denial. Never one the report
        accuses ("Inspector Y said he had nothing to do with it", of an accused officer)."""
        if any(n.name in self.accused_so_far for n in self._names(speaker)):
            return False
        roles = self.lex.role_nouns
        titles = [c for c in speaker.children if c.dep_ in ("compound", "appos")]
        if any(roles.get(t.lemma_.lower()) not in (None, *SPEAKING_FOR) for t in titles):
            return True
        acting = [c for c in speaker.children if c.dep_ in ("acl", "relcl")]
        if speaker.dep_ in ACTIVE_SUBJECTS:
            # "Appearing for the state, Y said ...", "Y, appearing for the Crown, told ..."
            acting += [c for c in speaker.head.children if c.dep_ == "advcl"]
        sides = self.lex.prosecuting_sides
        return any(
            o.lemma_.lower() in sides or roles.get(o.lemma_.lower()) == "prosecutor"
            for c in acting if c.lemma_.lower() in self.lex.representing_verbs
            for o in [*(d for d in c.children if d.dep_ == "dobj"),
                      *prep_objects(c, ("for",))]
        )  # fmt: skip

    def _kin_of(self, subject: Token, speaker: Token) -> list[Named]:
        """ "X's mother said her son was innocent", '"My son is innocent," said Z, the mother of
        X': a relative the speaker owns ("her son", "my son") is whom the speaking relative is
        kin to - the speaker's owner, or the owner of the relative noun in apposition to the
        speaker. A relative named by the clause itself is read as that name."""
        roles = self.lex.role_nouns
        if roles.get(subject.lemma_.lower()) != "relative":
            return []
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "PRON":
            return []
        if any(t.i in self.by_token for t in subject.subtree):
            return []  # "her son, Y, was innocent": Y
        kin = [k for k in [speaker, *speaker.children] if k.i == speaker.i or k.dep_ == "appos"]
        relatives = [k for k in kin if roles.get(k.lemma_.lower()) == "relative"]
        if not relatives and speaker.pos_ in ("PRON", "PROPN"):
            # '"My brother has never met him," he said': kin where the report named them
            names = {n.name for n in self._names(speaker)}
            relatives = relatives_introducing(speaker, names, self.by_token)
        if not relatives and speaker.pos_ == "PRON":
            # a he or she the resolver left to no one, or took for one no kin of anyone: the
            # kin who spoke last ("X's brother, Y, said ... '...,' he said"), by saying or
            # by denying ("X's brother, Y, rejected the allegations. '...,' he said")
            saying = self.kinds.reporting_cues | self.kinds.denial_cues
            before = last_speaker_before(speaker, saying)
            if before is not None and roles.get(before.lemma_.lower()) == "relative":
                relatives = [before]
        # "X's brother ... my nephews": X's sons, never X (``composed_kin``)
        composed = self._kin_composed(relatives, subject)
        if composed is not None:
            return composed
        # "The trader's son, Y, said ...": an owner told by the title given before
        # ... but only where the kin spoken of can be that owner: "the trader's wife said her
        # son ..." speaks of the trader's son, not of the trader (``kin_turn``)
        spoken = subject.lemma_.lower()
        relatives = [k for k in relatives if kin_turns_back(k.lemma_.lower(), spoken)]
        told = [n for k in relatives for n in self._owners(k) or self._titled_owner(k)]
        # '"My sons were at a wedding," X said': the kin the report named as X's own
        own = [] if told else self._speakers_own_kin(subject, speaker)
        # "my sons and I had nothing to do with it": the speaker's conjunct is cleared too
        mine = [c for c in subject.conjuncts if own and c.morph.get("Person", []) == ["1"]]
        return told or own + [n for c in mine for n in self._names(speaker) if self._is_person(n)]

    def _kin_of_no_accused(self, speaker: Token) -> bool:
        """ "The baker's wife, Y, said she was asleep at home at the time of the murder": a
        relative owned by a noun ("the baker's") that stands for no one the report accuses -
        the victim's or a witness's kin - speaks for no accused, whoever the resolver took
        the "she" of her words for. Not "his wife" (a pronoun the resolver names), "X's wife"
        (a name), nor "the trader's son" of an accused so titled."""
        if self.lex.role_nouns.get(speaker.lemma_.lower()) != "relative":
            return False
        owners = [c for c in speaker.children if c.dep_ == "poss"]
        if not owners or any(o.pos_ != "NOUN" for o in owners):
            return False  # "his wife", "X's mother": whom the resolver or the name tells
        kin_of = self._owners(speaker) + self._titled_owner(speaker)
        return not any(n.name in self.accused_so_far for n in kin_of)

    def _a_strangers_own(self, subject: Token, speaker: Token) -> bool:
        """ "A shopkeeper who knows him said he was at a meeting that night": a he or she told
        by one the report names only by an indefinite description ("a shopkeeper", "another
        trader") is that speaker's word of themselves - a stranger to the report is no one it
        accuses, and speaks neither as the accused's counsel nor as their kin. So what the
        pronoun's clause clears is no denial of the accused, whoever the resolver took it
        for. Not "the councillor said he ...", a definite title the report may give its
        accused (``_titled_one``), nor "a relative of X", who speaks for X."""
        if subject.lower_ not in PERSONAL_PRONOUNS or first_person(subject):
            return False
        if subject.lower_ in self.lex.plural_pronouns or speaker.pos_ != "NOUN":
            return False
        if self.lex.role_nouns.get(speaker.lemma_.lower()) in SPEAKING_FOR:
            return False
        if speaker.lemma_.lower() in self.lex.accused_nouns:
            return False  # "a suspect said he ...": one the report accuses
        indefinite = any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in speaker.children)
        named = [c for c in speaker.children if c.dep_ in ("appos", "compound", "poss")]
        return indefinite and not any(t.i in self.by_token for c in named for t in c.subtree)

    def _spoken_for(self, subject: Token, speaker: Token) -> list[Named]:
        """ "X's brother said he had been framed", "the lawyer for X said he was innocent": a
        he or she the resolver left to no one (he may be the brother or X, ``nlp.antecedents``)
        is, in a clearing told by someone who speaks for another (counsel, kin), that other -
        the speaker's owner. Only in such a denial: an accusation keeps no name. So too a
        description with no name of its own ("Their lawyers said the officers had acted in
        self-defence", "X's lawyer said the officer had fired in self-defence")."""
        described = (
            subject.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            and not any(t.i in self.by_token for t in subject.subtree)
            # "X's lawyer said the prosecution had not produced a single witness": an office
            # of the case (court, prosecution, counsel) is never the one spoken for
            and self.lex.role_nouns.get(subject.lemma_.lower()) not in OFFICES
        ) or self._the_accused(subject)  # "his lawyer said the accused stands by ..."
        if subject.lower_ not in PERSONAL_PRONOUNS and not described:
            return []
        if self.lex.role_nouns.get(speaker.lemma_.lower()) not in SPEAKING_FOR:
            return self._kin_who_spoke(subject, speaker)
        # "The driver never told any loader to open the crates, the lawyer said": a bare
        # "the lawyer" is the one the report named last, and speaks for that one's client
        owners = self._owners(speaker) or self._last_counsel_for(speaker)
        return [n for n in owners if self._is_person(n)]

    def _kin_who_spoke(self, subject: Token, speaker: Token) -> list[Named]:
        """'The chairman's brother, Y, said ... "He has not taken one rupee home," he said':
        a he or she in the words of one the report named as someone's kin, said by a pronoun
        or the kin's name, is the one they are kin to - the relative noun's owner, as for
        "X's brother said he ..." - never the kin himself, whom the resolver may take it for
        (the last one named). Only a third person singular: the kin's "I" is his own."""
        if subject.lower_ not in ONE_PERSON_PRONOUNS or speaker.pos_ not in ("PRON", "PROPN"):
            return []
        names = {n.name for n in self._names(speaker)}
        if speaker.pos_ == "PROPN":
            relatives = relatives_introducing(speaker, names, self.by_token)
        else:
            # "he said" after the kin spoke last: the subject of that saying ("The chairman's
            # brother said ...", or his name in apposition to it) - never the name the
            # resolver gave the pronoun, which may be anyone named last (a judge's "she" taken
            # for the son the sentence before named)
            saying = self.kinds.reporting_cues | self.kinds.denial_cues
            before = last_speaker_before(speaker, saying)
            relatives = []
            names = {n.name for n in self._names(before)} if before is not None else set()
            if before is not None and self.lex.role_nouns.get(before.lemma_.lower()) == "relative":
                relatives = [before]
            elif before is not None and before.i in self.by_token:
                relatives = relatives_introducing(before, names, self.by_token)
        owners = [n for k in relatives for n in self._owners(k) or self._titled_owner(k)]
        # the he or she must agree with the one it stands for: "Yadav's son said ... 'he had
        # no way to know,' he said" is never a woman of that surname the owner was taken for
        wanted = pronoun_gender(subject)
        return [
            n for n in owners if self._is_person(n) and n.name not in names
            and (wanted is None or full_name_gender(n.name) in (wanted, None))
        ]  # fmt: skip

    def _speakers_themselves(self, subject: Token, speaker: Token) -> list[Named]:
        """ "The suspects, X, Y and Z, told the court they were innocent", "X and Y said they
        had been framed": a plural pronoun that clears, told by speakers the sentence names
        (two or more people), is those speakers - not whoever the report followed before.
        And "The Y Front, of which X is a member, said he had been framed": a he or she told
        by a body that names its one member is that member (``_member_told``)."""
        if subject.lower_ in PERSONAL_PRONOUNS:
            members = self._member_told(speaker)
            return members if len(members) == 1 else []
        if subject.lower_ not in self.lex.plural_pronouns:
            return []
        named = [n for n in self._names(speaker) if self._is_person(n)]
        return named if len(named) >= 2 else []

    def _speaking_of_self(self, subject: Token, speaker: Token) -> list[Named]:
        """'"I am being punished for something I did not do," X told reporters': a first
        person singular the resolver left to no one is the one who speaks (read from the parse's
        person feature, not a word list); a first person plural holds him, if accused."""
        # '"I said on the first day that we were not there," X told reporters': a "we" in
        # the clause of the accused's own earlier word holds the one who speaks (not a "we"
        # told straight, which may be the shared deed of a confession: "We went to scare him.
        # We did not know he would die")
        we = _we(subject) and self._in_own_earlier_word(subject)
        if not (we or first_person(subject)):
            return []
        if first_person(speaker):
            # '"I have always said I am innocent," X told reporters': the "I" who says it
            # is the one the quote is told by
            outer = next((v for v in speaker.head.ancestors
                          if v.lemma_.lower() in self.kinds.reporting_cues), None)  # fmt: skip
            told_by = self._speaker_of(outer) if outer is not None else None
            if told_by is None or first_person(told_by):
                return []
            speaker = told_by
        named = [n for n in self._names(speaker) if self._is_person(n)]
        if we:
            # one the report accuses already, alone: a "we" of the police or of a family
            # clears no one
            return named if len(named) == 1 and named[0].name in self.accused_so_far else []
        return named

    def _in_own_earlier_word(self, subject: Token) -> bool:
        """Whether a subject's clause is what an "I" says ("I said on the first day that we
        ...", "I told them we ..."): the nearest verb of saying above it has a first person
        singular for subject."""
        outer = next((v for v in subject.head.ancestors
                      if v.lemma_.lower() in self.kinds.reporting_cues), None)  # fmt: skip
        if outer is None:
            return False
        return any(c.dep_ in ACTIVE_SUBJECTS and first_person(c) for c in outer.children)

    @staticmethod
    def _speaker_of(verb: Token) -> Token | None:
        """Who says it: the verb's subject, or for a conjunct with none the first verb's ("X
        denied the charges and told the court that ...")."""
        subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "X said he would appeal, insisting he was innocent": the participle's speaker
            # is the subject of the verb it hangs on
            subject = next((c for c in verb.head.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
            # "X's counsel filed an application stating that ...": the paper says what the
            # one who files it says - the subject of the verb whose object it is
            paper = verb.head
            if paper.dep_ == "dobj":
                subject = next((c for c in paper.head.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is None and verb.dep_ == "dep" and _title_read_as_verb(verb.head):
            # "His lawyer, advocate Y, later told the Post that ...": the parser took the
            # title before the name for the sentence's verb, its subject the defence noun
            # and the verb of saying hung on it - the noun speaks
            subject = next((c for c in verb.head.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is None:
            # "His counsel, advocate Y, told the court that ...": the parser may instead set
            # the title read as a verb beside the verb of saying, before it, with the
            # defence noun its subject - the noun speaks all the same
            title = next((c for c in verb.children if c.dep_ in ("parataxis", "dep")
                          and c.i < verb.i and _title_read_as_verb(c)), None)  # fmt: skip
            if title is not None:
                subject = next((c for c in title.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is None:
            # "Z, acting for X, said ...": the name parsed the set-off participle's subject
            subject = subject_hung_on_participle(verb)
        if subject is None:
            # "Outside court, X said ...": the name read as the fronted place's apposition
            subject = fronted_speaker(verb)
        elif (hidden := place_read_as_subject(subject, subject.head)) is not None:
            subject = hidden  # "Outside court, X's mother, Y, said ...": "court" read as subject
        else:
            # "The other accused in jail, X, who confessed ..., has since said ...": the
            # parser may split a description from its name into two subjects of the verb -
            # the name says it
            subject = _name_split_off(subject) or subject
        return subject


def _name_split_off(subject: Token) -> Token | None:
    """The name a description's subject was split from: a second subject of the same verb,
    a proper noun after the common noun with no "and" or "or" between ("The driver, X, said"
    parsed as two subjects of "said"); None where the subject is itself a name or pronoun."""
    if subject.pos_ in ("PROPN", "PRON"):
        return None
    verb = subject.head
    later = [c for c in verb.children
             if c.dep_ == subject.dep_ and c.i > subject.i and c.pos_ == "PROPN"]  # fmt: skip
    if not later:
        return None
    name = later[0]
    between = subject.doc[subject.i + 1 : name.i]
    return None if any(t.dep_ == "cc" for t in between) else name


def _title_read_as_verb(word: Token) -> bool:
    """A role noun the parser read as a verb ("advocate" in "His lawyer, advocate Y, told"):
    a verb whose lemma is a role noun, with a name for its object."""
    return (
        word.pos_ == "VERB"
        and word.lemma_.lower() in _ROLES
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in word.children)
    )


def _we(token: Token) -> bool:
    """A first person plural pronoun ("we"), read from the parse's person feature."""
    morph = token.morph
    plural = morph.get("Person", []) == ["1"] and morph.get("Number", []) == ["Plur"]
    return token.pos_ == "PRON" and plural


def first_person(token: Token) -> bool:
    """A first person singular pronoun ("I", "me"), read from the parse's person feature."""
    morph = token.morph
    first = morph.get("Person", []) == ["1"] and morph.get("Number", []) == ["Sing"]
    return token.pos_ == "PRON" and first
