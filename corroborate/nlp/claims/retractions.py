"""Retractions: who takes a confession back - the subject of a verb of taking back, whose
confession it was, one who confessed before in the sentence or the report, a pleader of not
guilty who confessed. What is taken back is ``claims.taking_back``, a confession said to be
coerced ``claims.coerced``, where it was made ``claims.taken_back_settings``.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.antecedents import full_name_gender, pronoun_gender
from corroborate.nlp.claims.coerced import is_it
from corroborate.nlp.claims.coerced_owners import sole_confessor
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.paper_participles import paper_of_participle
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.passive_givers import giver_words, taken_back_unsaid
from corroborate.nlp.claims.taken_back_settings import TakenBackSettings

__all__ = ["Retractions"]


class Retractions(TakenBackSettings):
    """A confession taken back, and by whom."""

    def _own_disowners(self, verb: Token, confession: Token) -> list[Named]:
        """Who takes back their own confession by a verb of denying: the verb's named subject,
        where the confession is no one else's ("X rejected Y's confession" is no retraction
        of X's), never a court, a prosecutor or anyone the report names in another part."""
        found = [n for n in self._agents(verb) if not self._a_court(n)]
        # "X's counsel filed an application stating that his client disowns the confession",
        # "his lawyer said his client had denied making it": the client of the one lawyer the
        # sentence names - whose confession it is, as the lawyer speaks for no one else
        found = found or self._clients_taking(verb)
        # "X's lawyer disputed the admission the inspector said his client made": the lawyer
        # disowns it for X (``_counsels_clients``)
        found = found or self._counsels_clients(verb) or self._paper_filers(verb)
        # "X changed his plea after months of disputing the statement police took from him"
        found = found or [n for n in self._gerund_doers(verb) if not self._a_court(n)]
        # "the confessional statement X gave before a magistrate was later disowned"
        found = found or self._passive_takers(verb, confession)
        pronoun = any(c.dep_ in ACTIVE_SUBJECTS and c.pos_ == "PRON" for c in verb.children)
        if not found and pronoun and self._relative_taken_back(verb) == confession:
            # "X's confession, which he repudiated at the trial": the pronoun of a relative
            # clause on X's confession is X, however many others the report follows
            found = [n for n in self._owners(confession) if self._is_person(n)]
        owners = {n.name for n in self._owners(confession)}
        if owners - {n.name for n in found}:
            return []
        elsewhere = self.described | self.described_here
        return [n for n in found if n.name not in elsewhere and self._is_person(n)]

    def _retractors(self, verb: Token, confession: Token) -> list[Named]:
        """Who takes the confession back: the verb's named subject, else whose confession
        it was ("X's confession", "the confession of X"), else a person parsed as what was
        retracted (a statement is retracted, never a person: "the confession he [X] made
        was retracted" hangs X on the verb)."""
        found = self._agents(verb) or self._owners(confession)
        # "X's counsel filed an application stating that his client had resiled from that
        # statement": the client of the lawyer the sentence names
        found = found or self._clients_taking(verb)
        # "her lawyer filed a petition withdrawing it": the paper's filer takes it back
        found = found or self._paper_filers(verb)
        # "X changed his plea after months of disputing the statement": the clause's subject
        found = found or self._gerund_doers(verb)
        # "the confession made by X was withdrawn", "his client's statement had been retracted"
        found = found or self._passive_takers(verb, confession)
        if not found:
            people = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS | {"dobj"}]
            found = [n for c in people for n in self._names(c) if self._is_person(n)]
        return found

    def _passive_takers(self, verb: Token, statement: Token) -> list[Named]:
        """Who takes back a statement that a passive verb takes back with no one named ("the
        confessional statement X gave before a magistrate was later disowned", "the confession
        he is said to have made has been withdrawn", "his client's Section 164 statement had
        been retracted"): the one the statement's own clause of giving names
        (``passive_givers``), or the client of the one lawyer its sentence names - only one
        takes a statement back, the one who gave it. Each of them one the report accuses: a
        witness whose statement "was retracted" has turned hostile, and confessed to nothing."""
        if not taken_back_unsaid(verb, statement):
            return []
        words = giver_words(statement, self.lex.statement_givers, self.kinds.said_cues)
        found = [n for w in words for n in self._names(w) if self._is_person(n)]
        found = found or self._clients_own(statement)
        # "X confessed before a magistrate ... The confession was later retracted": "the"
        # confession, of no one told, is the one the report says someone confessed in (not
        # "the statement": a witness's, as well)
        bare = _told_bare(statement) and self._a_confession(statement)
        found = found or (sole_confessor(self.confessors, statement) if bare else [])
        full = {self._full_name(n.name, n.start) for n in found}
        return found if found and full <= self.accused_so_far else []

    def _own_taken_back(self, verb: Token, statement: Token, takers: list[Named]) -> bool:
        """Whether accused people take their own statement back by a verb that only ever
        takes one's own back ("retracted", "resiled from", "repudiated", "disowned"; not
        "denied" or "rejected", said of anyone's): each taker one the report accuses, the
        statement no one else's."""
        lemma = verb.lemma_.lower()
        if not (self._retracting(verb) or lemma in self.lex.own_statement_disowners):
            return False
        if any(c.dep_ == "neg" for c in verb.children):
            return False  # "he has not retracted his statement"
        if statement.tag_ == "PRP" and (
            lemma not in self.lex.bare_retraction_verbs or self._thing_before(verb)
        ):
            # "he filed a petition but later withdrew it": "it" is anything; what one
            # resiles from or recants is one's word ("At trial X resiled from it") - unless
            # the sentence gave "it" a thing of its own ("filed a bail plea, then retracted it")
            return False
        if not self._footage_taken_back(verb, statement):
            return False  # "X disowned the CCTV footage": not his words
        full = {self._full_name(n.name, n.start) for n in takers}
        return bool(takers) and full <= self.accused_so_far and self._owned_by(statement, takers)

    def _thing_before(self, verb: Token) -> bool:
        """Whether the sentence of ``verb`` has, before it, an object noun that is no
        statement or confession: what a pronoun object of the verb may stand for."""
        words = self.lex.statement_or_confession_nouns
        return any(t.dep_ == "dobj" and t.pos_ == "NOUN" and t.lemma_.lower() not in words
                   for t in verb.sent if t.i < verb.i)  # fmt: skip

    def _confessed_before(self, verb: Token) -> set[str]:
        """Who confessed earlier in the sentence of a verb of taking back ("X had confessed
        before a magistrate, but at the trial he disowned it"): the subjects of its verbs of
        confessing before it, and of its verbs of giving a confession ("X, who gave a
        confessional statement before a magistrate, has since filed a petition withdrawing
        it") where the confession is what the verb takes back (the report's earlier sentences
        are ``confessors``)."""
        lex = self.lex
        confessing = {
            t for t in verb.sent if t.i < verb.i and t.lemma_.lower() in lex.confess_verbs
        }
        # ("X, who recorded a confessional statement under Section 164": his own giving)
        givers = lex.statement_givers
        if self._takes_back_given(verb):
            confessing |= {
                t.head for t in verb.sent if t.i < verb.i and t.dep_ == "dobj"
                and t.head.lemma_.lower() in givers and self._a_confession(t)
            }  # fmt: skip
        return {n.name for t in confessing for n in self._agents(t)}

    def _takes_back_given(self, verb: Token) -> bool:
        """Whether what a verb of taking back takes back is the confession given before it
        in its sentence: "it", with no other thing before the verb that "it" could stand for
        ("X, who made a confession, filed a bail plea and later withdrew it": the plea) - the
        paper the verb is the purpose of ("a petition withdrawing it", "applied to withdraw
        it") carries the taking back and is none."""
        taken = [c for c in verb.children if c.dep_ == "dobj"]
        if not (len(taken) == 1 and is_it(taken[0])):
            return False
        carriers = {a.i for a in verb.ancestors}
        # "X, who gave a confessional statement, filed a petition in June withdrawing it": the
        # paper the parser did not hang the participle on carries it all the same
        paper = paper_of_participle(verb, self.lex.bail_request_nouns)
        carriers |= {paper.i} if paper is not None else set()
        words = self.lex.statement_or_confession_nouns
        return not any(
            t.i < verb.i and t.i not in carriers and t.dep_ in ("dobj", "nsubjpass")
            and t.pos_ == "NOUN" and t.lemma_.lower() not in words and not self._a_confession(t)
            for t in verb.sent
        )  # fmt: skip

    def _owned_by(self, statement: Token, takers: list[Named]) -> bool:
        """Whether a statement taken back is the takers' own: no owner, or a pronoun, or
        named as theirs, or owned by a noun for the accused its relative of taking back
        restates by a pronoun (``_told_by_relative``) - never one owned by a description the
        report leaves a guess ("the uncle's statement": who "he" is, the owner says)."""
        # ("his client's statement": the client of the one lawyer the sentence names, whom
        # ``_passive_takers`` took him for, is no description left a guess)
        clients = self.lex.client_nouns
        described = [
            c for c in statement.children if c.dep_ == "poss" and c.pos_ == "NOUN"
            and not (c.lemma_.lower() in clients and self._takers_word(c, takers))
        ]  # fmt: skip
        if described and not self._told_by_relative(statement, described, takers):
            return False  # "the uncle's statement": whom the noun stands for is a guess
        for clause in (c for c in statement.children if c.dep_ in ("relcl", "acl")):
            if self._takes_back_relative(clause, statement):
                continue  # "the video, which X had disowned": the taking back itself
            # (a subject that names the takers is theirs: "the statement X made to police,
            # which was later disowned", ``_passive_takers``)
            subjects = [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS
                        and c.pos_ != "PRON" and not self._takers_word(c, takers)]  # fmt: skip
            if subjects and not self._taken_from(clause, takers):
                return False  # "the statement the police had issued": not the taker's
        if described:
            return True  # the description is the taker, told by the relative's pronoun
        # "his" may come back as the lone surname ("Jatav") of the taker's full name
        owners = {self._full_name(n.name, n.start) for n in self._owners(statement)}
        return owners <= {self._full_name(n.name, n.start) for n in takers}

    def _told_by_relative(
        self, statement: Token, described: list[Token], takers: list[Named]
    ) -> bool:
        """Whether a statement owned by a noun for the accused ("the convict's statement")
        is the takers' because the statement's own relative clause of taking back restates
        its owner by a pronoun ("the convict's statement, which he had resiled from": the
        relative's "he" is the convict, whoever of several convicts the bare noun alone
        would leave a guess): one taker, one the report accused."""
        if not all(c.lemma_.lower() in self.lex.accused_nouns for c in described):
            return self._description_taker(statement, described, takers)
        # (the parser may hang the relative on the noun's last phrase: "the convict's
        # statement before the magistrate, which he had resiled from")
        relatives = [c for c in statement.subtree if c.dep_ == "relcl"
                     and self._takes_back_relative(c, statement)]  # fmt: skip
        pronoun = any(s.dep_ in ACTIVE_SUBJECTS and s.pos_ == "PRON"
                      for r in relatives for s in r.children)  # fmt: skip
        full = {self._full_name(n.name, n.start) for n in takers}
        if not (pronoun and len(full) == 1 and full <= self.accused_so_far):
            return False
        # the one accused the sentence before (and this one, up to the noun) names: of
        # several convicts named together, which "the convict" is stays a guess
        sent = statement.sent
        start = statement.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        # (an alias, "Kaka", named as whose alias it is)
        named = {
            self._full_name(n.name, n.start) for i in range(start, statement.i)
            if i in self.by_token and (n := self._name_at(statement.doc[i])) is not None
        }  # fmt: skip
        return named & self.accused_so_far == full

    def _description_taker(
        self, statement: Token, described: list[Token], takers: list[Named]
    ) -> bool:
        """Whether a statement owned by a description ("the driver's interview") is the
        takers' because the report introduced that description as the one taker ("the driver
        X", ``_description_told``) and the statement's own relative of taking back names him
        ("the driver's police interview, which X had disowned"): one taker, one the report
        accused. A description that stands for someone else ("the guard's statement, which X
        disowned", the guard another) stays another's."""
        full = {self._full_name(n.name, n.start) for n in takers}
        if len(described) != 1 or len(full) != 1 or not full <= self.accused_so_far:
            return False
        relatives = [c for c in statement.subtree if c.dep_ == "relcl"
                     and self._takes_back_relative(c, statement)]  # fmt: skip
        if not relatives:
            return False
        told = self._description_told(described[0])
        return told is not None and {self._full_name(told.name, told.start)} == full

    def _owner_of_it(self, verb: Token, taken: Token) -> list[Named]:
        """Who takes back "it" where "it" stands for a confession the sentence before names
        as someone's ("The verdict turned on X's confession before a magistrate. At trial he
        had withdrawn it"): only one's own confession is withdrawn, so the pronoun subject is
        the confession's one owner - one the report accuses and told confessing, of the
        pronoun's sex where both are told - whoever else the pronoun might stand for."""
        subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
        if not (is_it(taken) and len(subjects) == 1 and subjects[0].tag_ == "PRP"):
            return []
        sent = verb.sent
        if sent.start == 0:
            return []
        before = verb.doc[sent.start - 1].sent
        nouns = [t for t in before if t.lemma_.lower() in self.lex.confession_nouns
                 and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.children)]  # fmt: skip
        owners = {self._full_name(n.name, n.start): n for t in nouns for n in self._owners(t)}
        if len(owners) != 1:
            return []
        full, named = next(iter(owners.items()))
        if full not in self.accused_so_far or full not in self.confessors:
            return []
        wanted, found = pronoun_gender(subjects[0]), full_name_gender(full)
        if wanted is not None and found is not None and wanted != found:
            return []
        return [named._replace(name=full)]

    def _as_confessor(self, named: Named, before: set[str]) -> Named | None:
        """The one of ``before`` (who confessed) a name stands for: the name itself, or the
        one full name a lone surname ends ("Dinesh Yadav confessed ... Yadav later resiled"),
        whatever type the entity recogniser gave the lone word; else none."""
        if named.name in before:
            return named
        full = self._full_name(named.name, named.start)
        if full in before:
            return named._replace(name=full)
        ending = [b for b in before if " " not in named.name and b.endswith(f" {named.name}")]
        return named._replace(name=ending[0]) if len(ending) == 1 else None

    def _abused_taking_back(self, draft: Draft, drafts: list[Draft]) -> set[str]:
        """Who a sentence names a victim only of the abuse its retraction tells ("he denied
        the charge, saying he had signed the statement after being beaten", "X's statement,
        which he had repudiated, claiming he was beaten into signing it"): victims of the
        drafts inside the retraction's clause - its verb's words but its subject's ("A suspect
        in the kidnapping of Y told the court ...": Y is the case's victim) - and of no other
        draft, nor described as anyone else."""
        cue = draft.cue
        top = cue.head if cue.dep_ == "relcl" else cue
        subjects = {t.i for c in top.children if c.dep_ in ACTIVE_SUBJECTS for t in c.subtree}
        region = {t.i for t in top.subtree} - subjects
        inside: set[str] = set()
        outside = self.described | self.described_here
        # one the report already accuses or says confessed: "his" resolved in an unnamed lede
        # to a name the entity recogniser mistyped ("in Kano ... beat him") is no one (the
        # lede's speaker is named in the next sentence, ``Ledes``)
        known = self.accused_so_far | self.confessors | {
            n.name for d in drafts if d.kind == "confession" and d.taken_back is None
            for n in d.accused
        }  # fmt: skip
        for d in drafts:
            names = {n.name for role, n in d.parties.values() if role != "accused"}
            if d.cue.i in region and d.kind == "crime":
                inside |= names & known
            elif d is not draft:
                outside |= names
        return inside - outside

    @staticmethod
    def _takes_back(draft: Draft) -> bool:
        """Whether a draft is a retraction, or the confession a retraction tells."""
        return draft.kind == "retraction" or draft.taken_back is not None

    def _pronoun_after_confessing(self, verb: Token) -> bool:
        """Whether a verb of taking back is a conjunct, with a pronoun for its subject, of a
        verb of confessing ("X had confessed ..., but he disowned it")."""
        head = verb.head
        return (
            verb.dep_ == "conj"
            and head.lemma_.lower() in self.lex.confess_verbs
            and any(c.dep_ in ACTIVE_SUBJECTS and c.pos_ == "PRON" for c in verb.children)
        )

    def _pleas_after_confessing(self, drafts: list[Draft]) -> list[Draft]:
        """A plea of not guilty by one the report says confessed (before, or in the same
        sentence: "Despite his earlier confession to police, X pleaded not guilty") takes the
        confession back: a retraction by the pleader, besides the plea's denial."""
        confessed = self.confessors | {
            n.name for d in drafts if d.kind == "confession" for n in d.accused
        }  # fmt: skip
        out: list[Draft] = []
        for d in drafts:
            if d.kind != "denial" or d.cue.lemma_.lower() not in self.lex.guilty_pleas:
                continue
            if self._plea(d.cue) != "not guilty" or self._plea_to_come(d.cue):
                continue
            pleaders = [n for role, n in d.parties.values()
                        if role == "accused" and n.name in confessed]  # fmt: skip
            if pleaders:
                retraction = Draft("retraction", d.cue)
                retraction.add(pleaders, "accused")
                out.append(retraction)
        return out

    def _plea_to_come(self, verb: Token) -> bool:
        """A plea only intended or to come ("intends to plead not guilty", "will plead not
        guilty"): no confession is taken back yet."""
        modals = self.lex.modal_auxiliaries
        return verb.dep_ == "xcomp" or any(
            c.dep_ == "aux" and c.lower_ in modals for c in verb.children
        )

    def _whose(self, noun: Token) -> list[Named]:
        """Whom a relative "whose" on the noun stands for: "X, whose confession was broadcast
        on state television, ..." - the noun the relative clause hangs on, named."""
        if not any(c.dep_ == "poss" and c.tag_ == "WP$" for c in noun.children):
            return []
        clause = next((t for t in noun.ancestors if t.dep_ == "relcl"), None)
        return [] if clause is None else [n for n in self._names(clause.head) if self._is_person(n)]


def _told_bare(statement: Token) -> bool:
    """Whether a statement noun is told with "the" and nothing else that says whose or which
    it is ("the confession", "the statement"; not "the confession of X", "the statement the
    guard gave", "the police statement")."""
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in statement.children)
    told = ("poss", "compound", "relcl", "acl", "appos", "nmod")
    return the and not any(
        c.dep_ in told or (c.dep_ == "prep" and c.lower_ == "of") for c in statement.children
    )
