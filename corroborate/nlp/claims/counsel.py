"""Who a lawyer speaks for: the client a defence noun's owner or "for" phrase names ("X's
lawyer", "counsel for X"), one a lawyer acts for ("Advocate Z, representing X", "Appearing
for the sergeant, ..."), a lawyer named before ("Mr Y said ..." of X's lawyer Y), one a lawyer
says will appeal ("Defence counsel Y said X would appeal"), and "his client" read where the
sentence names no one. Moved out of ``claims.answers`` (branch lfI), which asks it of every
plea and denial.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.family_clients import FamilyClients
from corroborate.nlp.claims.participle_subject import (
    participle_holding_subject,
    subject_hung_on_participle,
)
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.claims.protests import Protests
from corroborate.nlp.grammar import NOUN_SUBJECTS, prep_objects
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["Counsel", "answers_a_deed"]


class Counsel(Protests, FamilyClients):
    """The clients of the lawyers a report names, and whom "his client" stands for."""

    def _spoken_for_by(self, speaker: Token) -> Token:
        """Whose word a spokesperson gives: "a spokesman for his party" speaks as the party
        ("his party said ..."), "a spokesperson for X" as X; any other speaker as itself."""
        if speaker.lemma_.lower() not in self.lex.spokesperson_nouns:
            return speaker
        return next((p for c in speaker.children if c.dep_ == "prep" and c.lower_ == "for"
                     for p in c.children if p.dep_ == "pobj"), speaker)  # fmt: skip

    def _kin_accused(self, speaker: Token) -> list[Named]:
        """ "Gondal's son, Imran Nawaz, rejected the allegations", where the report accuses
        the son himself: a relative named in apposition who is accused already answers for
        himself, as his plea is his own - not for the one his noun's possessive names. A
        relative accused of nothing answers for that one (``Answering._answerers``)."""
        if self.lex.role_nouns.get(speaker.lemma_.lower()) != "relative":
            return []
        named = [n for c in speaker.children if c.dep_ == "appos"
                 for n in self._names(c) if self._is_person(n)]  # fmt: skip
        return named if named and all(n.name in self.accused_so_far for n in named) else []

    def _clients_followed(self, subject: Token) -> list[Named]:
        """Whom "his client" or "my clients" stands for where the sentence names no one: a
        lawyer's client in a court report is the accused it follows (the one, or all of
        them for a plural). A client with a name of its own is read as that name."""
        if subject.lemma_.lower() not in self.lex.client_nouns:
            return []
        if not any(c.dep_ == "poss" for c in subject.children):
            return []
        if any(t.i in self.by_token for t in subject.subtree):
            return []
        return self._anaphor(subject, plural=subject.tag_ == "NNS")

    def remember_counsel(self, token: Token) -> None:
        """Whom a lawyer named beside a defence noun acts for: "X's counsel, Advocate Y",
        "His lawyer, Y" (his resolved), "Y, counsel for X" - kept by Y's name, so that a
        later "Mr Y said" or "he said" (resolved to Y) speaks for X (``_side_of``)."""
        if self.lex.role_nouns.get(token.lemma_.lower()) != "defence":
            return
        # "Advocate Y, who represents X": a title capitalised before the name it heads is
        # tagged a proper noun; so is "Counsel for X, Y, said ..." opening a sentence, a
        # word of no name; any other proper noun is a name, no title
        titled = token.dep_ == "compound" or token.i not in self.by_token
        if token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and titled):
            return
        beside = [c for c in token.children if c.dep_ == "appos"] or _apposed_apart(token)
        # "Defence counsel Y said ...": the title written before the name it heads
        beside += [token.head] if token.dep_ in ("appos", "compound") else []
        clients = [n for n in self._owners(token) + self._clients(token) if self._is_person(n)]
        # "The guard's lawyer, Y, said ...": an owner that is a description, the one accused
        # the report titled or described so (``_titled_owner``), as ``_side_of`` reads it
        clients = clients or self._titled_owner(token)
        # "Lawyer Y, representing X, ...", "Advocate Y, who represents X, ...": the acting
        # clause hangs on the name, not on the title before it
        clients = clients or [n for b in beside for n in self._acting_for(b) if self._is_person(n)]
        clients = clients or self._client_spoken_of(beside)
        if not clients:
            return
        lawyers = [n for b in beside for n in self._names(b) if self._is_person(n)]
        if not lawyers and token.dep_ in ACTIVE_SUBJECTS:
            # "Counsel for X said an appeal would be filed": the lawyer, named by no name,
            # may be the one a quote after it gives to "he" or to a name (``_unnamed_counsel``)
            self.unnamed_counsel = (self.sentence_number, clients)
        for lawyer in lawyers:
            if all(lawyer.name != c.name for c in clients):
                self.clients_of.setdefault(lawyer.name, clients)

    def _client_spoken_of(self, lawyers: list[Token]) -> list[Named]:
        """ "Defence counsel Y said X would appeal", "Y, the defence lawyer, said X had been
        released": a lawyer named with no client, who says what one accused the report has
        told of will do or did, speaks for that one - the subject of the reported clause,
        where it is a single person already accused (never the prosecution's witness)."""
        reporting = self.kinds.reporting_cues
        said = [
            v for lawyer in lawyers if lawyer.dep_ in ACTIVE_SUBJECTS
            and (v := lawyer.head).lemma_.lower() in reporting
        ]  # fmt: skip
        clauses = [c for v in said for c in v.children if c.dep_ == "ccomp"]
        found = {
            n.name: n for c in clauses for s in c.children if s.dep_ in NOUN_SUBJECTS
            for n in self._names(s) if self._is_person(n) and n.name in self.accused_so_far
        }  # fmt: skip
        return list(found.values()) if len(found) == 1 else []

    def _client_told_of(self, subject: Token, verb: Token) -> list[Named]:
        """ "Y, who represents X, said his client denies every charge": a client who answers in
        what a speaker says is whoever the speaker acts for (``_client_of``) - never the
        speaker, whom the resolver may take "his client" for."""
        if subject.lemma_.lower() not in self.lex.client_nouns or verb.dep_ != "ccomp":
            return []
        if verb.head.lemma_.lower() not in self.kinds.reporting_cues:
            return []
        speaker = next((c for c in verb.head.children if c.dep_ in ACTIVE_SUBJECTS), None)
        # "Z, acting for X, said his client ...": Z hung on the participle by the parser
        speaker = speaker if speaker is not None else subject_hung_on_participle(verb.head)
        return [] if speaker is None else self._client_of(subject, speaker)

    def _represented(self, speaker: Token) -> list[Named]:
        """The clients of the lawyer ``speaker`` names, remembered where the report
        introduced the lawyer (``remember_counsel``)."""
        return [n for lawyer in self._names(speaker) for n in self.clients_of.get(lawyer.name, [])]

    def _client_in_sentence(self, subject: Token) -> list[Named]:
        """Whom "his client" stands for where the sentence names one lawyer's client ("X's
        counsel filed an application stating that his client had resiled from the
        statement"): the owner of its one defence role noun ("X's counsel", "counsel for X")."""
        if subject.lemma_.lower() not in self.lex.client_nouns:
            return []
        _, client = self._sentence_client(subject)
        if client is None:
            return []
        return [Named(client.name, subject.idx, subject.idx + len(subject.text))]

    def _sentence_client(self, word: Token) -> tuple[bool, Named | None]:
        """Whether ``word``'s sentence names a lawyer besides ``word`` (a defence role noun),
        and the one client its lawyers are named for ("X's counsel", "counsel for X"); None
        where they name none or several."""
        lex = self.lex
        lawyers = [t for t in word.sent if t.i != word.i
                   and lex.role_nouns.get(t.lemma_.lower()) == "defence"]  # fmt: skip
        clients = {n.name: n for t in lawyers for n in self._lawyers_clients(t)}
        client = next(iter(clients.values())) if len(clients) == 1 else None
        return bool(lawyers), client

    def _lawyers_clients(self, lawyer: Token) -> list[Named]:
        """Whom the defence role noun ``lawyer`` is named for in its own sentence: its owner
        ("X's counsel"), a "for" phrase or a clause of acting for ("counsel for X",
        "representing X"), or the one a "whose lawyer" clause describes."""
        return self._owners(lawyer) + self._clients(lawyer) + self._whose_lawyer(lawyer)

    def _whose_lawyer(self, lawyer: Token) -> list[Named]:
        """ "X, whose lawyer had told the court that his client's statement ...": the one the
        relative clause the lawyer is the "whose" of describes."""
        if not any(c.dep_ == "poss" and c.tag_ == "WP$" for c in lawyer.children):
            return []
        clause = next((t for t in lawyer.ancestors if t.dep_ == "relcl"), None)
        return [] if clause is None else self._names(clause.head)

    def _clients_own(self, noun: Token) -> list[Named]:
        """ "X's attorney told the court that his client's confession to the magistrate had
        been extracted": a confession owned by "his client" is the client's of the one
        lawyer its sentence names for someone (``Counsel._client_in_sentence``) - not the
        name nearest the noun, nor whom the resolver guesses "client" is."""
        return [n for c in noun.children if c.dep_ == "poss"
                for n in self._client_in_sentence(c)]  # fmt: skip

    def _clients(self, speaker: Token) -> list[Named]:
        """Whom a lawyer or family speaks for, named after "for" ("counsel for X", "the lawyer
        for X") or as the one a lawyer represents ("Advocate Z, representing X")."""
        # "Lawyer for the constable": a definite title, no name, stands for the one so titled
        named = [n for c in speaker.children if c.dep_ == "prep" and c.lower_ == "for"
                 for n in self._for_names(speaker, c) or self._titled_for(c)]  # fmt: skip
        # "counsel for the Negis": the family's name stands for its accused
        return self._families_told(named) + self._acting_for(speaker)

    def _for_names(self, speaker: Token, prep: Token) -> list[Named]:
        """The names of a "for" phrase's object - less the speaker's own name, and less a name
        the parser hung on that object as its apposition where the speaking noun has none of
        its own: in "Counsel for X, Y, said ..." Y is the lawyer named, not a second client."""
        # the speaker's own name is never their client: "Lawyer for the constable, Y" where
        # the report's resolver took "the constable" for Y, the name beside it
        own = {n.name for a in speaker.children if a.dep_ == "appos" for n in self._names(a)}
        names = [n for n in self._pobj_names(prep) if n.name not in own]
        if own:
            return names
        hung = [a for o in prep.children if o.dep_ == "pobj"
                for a in o.children if a.dep_ == "appos" and a.i > o.i]  # fmt: skip
        spans = [(a.left_edge.idx, a.right_edge.idx + len(a.right_edge.text)) for a in hung]
        return [n for n in names if not any(s <= n.start < e for s, e in spans)]

    def _acting_for(self, speaker: Token) -> list[Named]:
        """Whom a lawyer represents by a clause of acting for them: "Advocate Z, representing
        X, said ...", "Advocate Z, who represents X, said ...", or fronted, "Appearing for X,
        advocate Z argued ..." (the clause hangs on the verb Z speaks by)."""
        representing = self.lex.representing_verbs
        acting = [c for c in speaker.children if c.dep_ == "acl"]
        # "Advocate Z, who represents X, said ...": a relative clause whose "who" is the lawyer
        acting += [c for c in speaker.children if c.dep_ == "relcl"
                   and any(s.dep_ == "nsubj" and s.tag_ == "WP" for s in c.children)]  # fmt: skip
        fronted: list[Token] = []
        aside = participle_holding_subject(speaker.head.head) if speaker.dep_ == "nsubj" else None
        if aside is not None and aside.i == speaker.head.i:
            acting.append(aside)  # "Z, acting for X, said": Z parsed the participle's subject
        if speaker.dep_ in ACTIVE_SUBJECTS:
            # "Y, appearing for X, said ...": the participle set off between the one who
            # speaks and his verb, which the parser hangs on the verb as it does a fronted one
            acting += [c for c in speaker.head.children if c.dep_ == "advcl"
                       and (c.i < speaker.i or speaker.i < c.i < speaker.head.i)]  # fmt: skip
            # "For X, lawyer Z told the court ...": a "for" phrase fronted before the one who
            # speaks names whom Z speaks for, as "Appearing for X" does with its verb left out
            fronted = [c for c in speaker.head.children
                       if c.dep_ == "prep" and c.lower_ == "for" and c.i < speaker.i]  # fmt: skip
        return self._families_told([
            n for c in acting if c.lemma_.lower() in representing
            for n in self._names_of_children(c, frozenset({"dobj"}))
            + [m for p in c.children if p.dep_ == "prep" and p.lower_ == "for"
               for m in self._pobj_names(p) or self._titled_for(p)]
        ] + [n for p in fronted for n in self._pobj_names(p) or self._titled_for(p)])  # fmt: skip

    def _titled_for(self, prep: Token) -> list[Named]:
        """ "Appearing for the sergeant, ...": one a definite title stands for, written before
        right in front of their name ("Sergeant X", ``_titled_one``) - and each title joined
        to it ("Speaking for the butcher and the driver": both so titled)."""
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        objects += [c for o in objects for c in o.conjuncts if c.i > o.i]
        return [n for o in objects for n in self._accused_described(o)]

    def _client_of(self, subject: Token, speaker: Token) -> list[Named]:
        """ "X's lawyer said his client was innocent": a client is whoever the speaking lawyer
        acts for - the lawyer's owner (the clause's "client" names no one itself)."""
        if subject.lemma_.lower() not in self.lex.client_nouns:
            return []
        # "insisting that his client Abro was innocent": a name apposed to the client noun
        # says which client, over whomever the speaker was last read to act for
        apposed = [n for c in subject.children if c.dep_ == "appos"
                   for n in self._names(c) if self._is_person(n)]  # fmt: skip
        return (
            apposed
            or self._speakers_clients(speaker)
            or self._client_of_no_ones_lawyer(subject, speaker)
        )

    def _client_of_no_ones_lawyer(self, subject: Token, speaker: Token) -> list[Named]:
        """'"My client is innocent," the lawyer said', "Defence lawyer Y said her client was
        at home", '"My client never touched a phone," Advocate Y argued': a defence lawyer
        whom nothing in the report gives a client - no owner, no "for" phrase, no clause of
        acting for someone, no client remembered for the name - speaks for the accused the
        report follows, as "his client" in a court report stands for that one
        (``_clients_followed``). A lawyer told as anyone's ("the complainant's lawyer",
        "counsel for the family") is given to that one by ``_speakers_clients``, never here."""
        titles = [speaker, *(c for c in speaker.children if c.dep_ in ("compound", "appos"))]
        if not any(self.lex.role_nouns.get(t.lemma_.lower()) == "defence" for t in titles):
            return []
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "for")
               for t in titles for c in t.children):  # fmt: skip
            return []
        if self._acting_for(speaker) or self._represented(speaker):
            return []
        # "Lawyer Y, who represents the bank, said ...", "Appearing for the complainant, Y
        # said ...": a clause of acting for anyone, named or not, tells whose lawyer Y is
        representing = self.lex.representing_verbs
        acting = [c for t in titles for c in t.children if c.dep_ in ("acl", "relcl")]
        if speaker.dep_ in ACTIVE_SUBJECTS:
            acting += [c for c in speaker.head.children if c.dep_ == "advcl"]
            acting += [c for c in speaker.head.children
                       if c.dep_ == "prep" and c.lower_ == "for" and c.i < speaker.i]  # fmt: skip
        if any(c.lemma_.lower() in representing or c.lower_ == "for" for c in acting):
            return []
        if self._counsel_of_someone_before(speaker):
            return []  # "The farmer's lawyer, Y, ... 'My client ...,' the lawyer said": Y
        return [n for n in self._clients_followed(subject) if n.name in self.accused_so_far]

    def _speakers_clients(self, speaker: Token) -> list[Named]:
        """Whom ``speaker``, speaking of a client or of his client's part ("the applicant",
        ``ProceduralRoles``), acts for: the one place that reads a speaking lawyer's client."""
        lex = self.lex
        if self._through_counsel(speaker):
            # "X, through his lawyer Y, opposed the application, saying his client ...": X
            return [n for n in self._names(speaker) if self._is_person(n)]
        # the lawyer's title may be the name's own ("advocate Z", "Z, the defence lawyer")
        titles = [speaker, *(c for c in speaker.children if c.dep_ in ("compound", "appos"))]
        if not any(lex.role_nouns.get(t.lemma_.lower()) == "defence" for t in titles):
            # "..., Mr Y told reporters" of X's lawyer Y; "Appearing for X, Attorney-at-Law
            # Z told the magistrate ...": one who acts for X speaks of X, whatever the title
            return (
                self._represented(speaker)
                or self._unnamed_counsel(speaker)
                or self._last_counsel_for(speaker)
                or self._acting_for(speaker)
            )
        # "X's lawyer", and "the lawyer for X" / "Lawyer for the constable": the "for" phrase
        # names the client as the owner does (``_clients`` reads it) - one the report accuses
        # already: "the lawyer for the shopkeeper said her client was innocent" of a victim's
        # counsel clears no one
        acting = self._acting_for(speaker)
        # "Y, counsel for the engineer, said ...", "Y, the cashier's lawyer, said ...": a
        # defence title in apposition to the name names the client as the title would that
        # spoke by itself ("Counsel for the engineer said ...")
        holders = [speaker, *(t for t in titles[1:] if t.dep_ == "appos"
                              and lex.role_nouns.get(t.lemma_.lower()) == "defence")]  # fmt: skip
        named_for = [n for h in holders for n in self._clients(h)
                     if n not in acting and n.name in self.accused_so_far]  # fmt: skip
        # "The patwari's counsel said his client ...": an owner that is a description
        owners = [n for h in holders for n in self._owners(h) or self._titled_owner(h)]
        # '"My client never touched it," the lawyer argued': a bare "the lawyer" is the one
        # the report named last, as a he or she would be
        return owners + named_for + acting or self._last_counsel_for(speaker)

    def _titled_counsel(self, subject: Token) -> bool:
        """A name written under a defence title: "Defence counsel Y", "Advocate Y", "Y, the
        defence lawyer" (the title a compound or apposition of the name)."""
        if subject.pos_ != "PROPN":
            return False
        roles = self.lex.role_nouns
        return any(
            c.dep_ in ("compound", "appos") and roles.get(c.lemma_.lower()) == "defence"
            for c in subject.children
        )

    def _through_counsel(self, speaker: Token) -> bool:
        """Whether the speaker speaks through a lawyer: "X, through his lawyer Y, opposed the
        application" - the verb X is the subject of takes a "through" phrase whose object is
        a defence role noun; X's lawyer's client is X."""
        if speaker.dep_ not in ACTIVE_SUBJECTS:
            return False
        return any(
            self.lex.role_nouns.get(o.lemma_.lower()) == "defence"
            for o in prep_objects(speaker.head, ("through",))
        )

    def _unnamed_counsel(self, speaker: Token) -> list[Named]:
        """'Counsel for X said an appeal would be filed. "... my client ...," Y said': one who
        speaks of a client right after a lawyer told by no name is that lawyer - a he or she,
        or a name the report gives no other part (no one accused, no victim, no judge and no
        lawyer of another), speaking in the same sentence or the next."""
        told, clients = self.unnamed_counsel
        # "Counsel for the complainant said ...": a lawyer for no one accused clears no one
        clients = [c for c in clients if c.name in self.accused_so_far]
        if not clients or not 0 <= self.sentence_number - told <= 1:
            return []
        if speaker.lower_ not in PERSONAL_PRONOUNS and speaker.pos_ != "PROPN":
            return []
        taken = {n.name for n in self._names(speaker)}
        if speaker.lower_ in PERSONAL_PRONOUNS:
            # the resolver may take "he" for the client the lawyer spoke of, for another
            # accused (who has no client), or for no one
            return clients if taken - self.accused_so_far <= {c.name for c in clients} else []
        others = self.accused_so_far | self.described | set(self.clients_of)
        if not taken or taken & others or taken & {c.name for c in clients}:
            return []
        return clients

    def _last_counsel_for(self, speaker: Token) -> list[Named]:
        """'X's lawyer, Y, said ... "My client is innocent," she said': one who speaks of a
        client is counsel, so a he or she saying it stands for the lawyer the report named
        last - where the resolver took the pronoun for that lawyer's client (the accused the
        report follows) or for no one: no one is their own client."""
        if not self.clients_of:
            return []
        if speaker.lower_ not in PERSONAL_PRONOUNS:
            return list(self.clients_of.values())[-1] if self._bare_counsel(speaker) else []
        clients = list(self.clients_of.values())[-1]
        # the resolver may take the he for the accused the report follows, who has no
        # client of his own ("X's son, Z, was acquitted. ... '... my client ...,' he said")
        taken = {n.name for n in self._names(speaker)} - self.accused_so_far
        if taken and not taken <= {c.name for c in clients}:
            return []
        return clients

    def _counsel_of_someone_before(self, speaker: Token) -> bool:
        """Whether the report told a lawyer as someone's before the speaker's sentence - a
        defence noun with an owner, a "for" phrase or a clause of acting ("The farmer's
        lawyer, Y, said ...", "counsel for the family", "Y, who represents the bank"): a
        lawyer told later by title or name alone may be that one, so is no one's but his."""
        representing = self.lex.representing_verbs
        for token in speaker.doc[: speaker.sent.start]:
            if self.lex.role_nouns.get(token.lemma_.lower()) != "defence":
                continue
            holders = [token, *(c for c in token.children if c.dep_ == "appos")]
            if token.dep_ in ("compound", "appos"):
                holders.append(token.head)
            for holder in holders:
                for c in holder.children:
                    if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "for"):
                        return True
                    if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in representing:
                        return True
        return False

    def _bare_counsel(self, speaker: Token) -> bool:
        """A lawyer told by the title alone, "the lawyer", "the attorney": definite and
        single, with no owner, no "for" phrase, no name and no word before the title
        ("the prosecution lawyer", "the other lawyer" tell another) - one named before."""
        if self.lex.role_nouns.get(speaker.lemma_.lower()) != "defence" or speaker.tag_ != "NN":
            return False
        if speaker.i in self.by_token or any(t.i in self.by_token for t in speaker.subtree):
            return False
        before = [c for c in speaker.children if c.i < speaker.i]
        after = [c for c in speaker.children if c.i > speaker.i and c.dep_ != "punct"]
        return [c.lower_ for c in before] == ["the"] and not after


def answers_a_deed(verb: Token) -> bool:
    """Whether a verb of answering takes a clause or gerund of a deed ("denied killing him",
    "said he never touched him"): a relative who answers so answers for himself, not as kin."""
    deeds = ("ccomp", "xcomp", "pcomp", "advcl")
    return any(c.dep_ in deeds or c.tag_ == "VBG" for c in verb.children)


def _apposed_apart(noun: Token) -> list[Token]:
    """The name set off by commas right after a defence noun that the parser hung apart from
    it as a verb's subject ("At the hearing his counsel, Y, filed an application": "counsel"
    the object of "at", Y the subject of "filed") - the noun's apposition all the same."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    name = doc[noun.i + 2]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    if name.pos_ != "PROPN" or name.dep_ not in ACTIVE_SUBJECTS or name.head.i == noun.head.i:
        return []
    # the name closed by its own comma (which the parser may hang on the name)
    return [name] if name.i + 1 < len(doc) and doc[name.i + 1].text == "," else []
