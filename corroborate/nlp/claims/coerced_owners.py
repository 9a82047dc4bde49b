"""Whose a confession said coerced or never made is (``CoercedStatements``): the one who
tells the reported clause (``_teller``), the confession's owner ("his statement", resolved;
"the admission attributed to his client", a lawyer's client), the one the clause names as
coerced, the signer of "he signed it", else the side that speaks. And whether those it is
told of are the accused's side at all: a witness who says his own statement was coerced or
signed unread disowns his evidence, no confession of his (``_signer_another_part``,
``_signer_accused``, ``_signer_unaccused``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, CONFESSION_OWNER_PREPS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.plea_owners import plea_owner
from corroborate.nlp.claims.told_theirs import clients_told
from corroborate.nlp.claims.tutored import FIRST_PERSON

__all__ = ["CoercedOwners", "sole_confessor"]

# the parts of the case's other side: one given such a part who says his own statement was
# coerced disowns his evidence, no confession of his (a victim's part is left out: a suspect
# told hurt in a raid may be the one who confessed)
_OTHER_SIDE = frozenset({"witness"})


class CoercedOwners(Answers):
    """Whose a coerced or disowned confession is, and whether they are the accused's side;
    ``CoercedStatements`` builds on it."""

    _tutored_givers: Callable[[Token], list[Named]]  # ``CoercedStatements``'

    def _signer_another_part(self, verb: Token, statement: Token) -> bool:
        """Whether everyone a coerced statement is told of is given a part of the other side
        in this sentence (``_OTHER_SIDE``: a witness) and is never accused nor told confessed
        in the report. The reverse of ``_signer_accused``: a confession told before anyone is
        accused ("his confession was extracted under torture", of a worker the report gives
        no part) stays one."""
        known = self.accused_so_far | self.confessors | set(self.all_accused)
        signers = self._coerced_by(verb, statement)
        return bool(signers) and all(
            n.name not in known
            and self._full_name(n.name, n.start) not in known
            and bool(self._parts_given(n.name, verb.sent, statement) & _OTHER_SIDE)
            for n in signers
        )

    def _parts_given(self, name: str, sent: Span, statement: Token | None = None) -> set[str]:
        """The parts other than accused this sentence gives ``name`` by a role noun that
        describes him - an apposition or its relative ("X, a prosecution witness", "X, a
        shopkeeper who was a prosecution witness", "X, a witness in the case", "the statement
        of the eyewitness, X"). A part told in a sentence before is not asked: one a report
        first tells hurt ("injured in the raid") may be the one it later tells confessed."""
        parts: set[str] = set()
        for noun in sent:
            role = self.lex.role_nouns.get(noun.lemma_.lower())
            if role in _OTHER_SIDE and (
                any(n.name == name for n in self._described(noun))
                or self._named_past_the_statement(noun, statement, name)
            ):
                parts.add(role)
        return parts

    def _named_past_the_statement(self, noun: Token, statement: Token | None, name: str) -> bool:
        """Whether ``name`` is apposed to the statement whose "of" object ``noun`` is: in "the
        statement of the eyewitness, X, had been extracted" the parser hangs X on the
        statement, which no name renames - X is the eyewitness whose statement it is."""
        if statement is None or noun.dep_ != "pobj" or noun.head.head != statement:
            return False
        if noun.head.lower_ != "of":
            return False
        return any(
            c.dep_ == "appos" and any(n.name == name for n in self._names(c))
            for c in statement.children
        )

    def _signer_accused(self, verb: Token, statement: Token) -> bool:
        """Whether the one a statement signed unread is told of (``unread_statement``) is
        one the report has accused or told confessed: a witness who says he signed a
        statement he never read disowns his own evidence, no confession of his."""
        return self._any_accused(self._coerced_by(verb, statement))

    def _signer_unaccused(self, verb: Token, statement: Token) -> bool:
        """Whether the statement's signers are told by name and none of them is one the
        report has accused or told confessed (a witness made to sign disowns his evidence);
        signers told by no name leave it to the owner the claim finds."""
        signers = self._coerced_by(verb, statement)
        return bool(signers) and not self._any_accused(signers)

    def _any_accused(self, signers: list[Named]) -> bool:
        """Whether one of ``signers`` is one the report has accused or told confessed."""
        known = self.accused_so_far | self.confessors | set(self.all_accused)
        return any(n.name in known for n in signers)

    def _teller(self, verb: Token) -> Token | None:
        """Who says a reported clause: the verb's speaker, or for a relative "who" the noun
        its clause hangs on ("X, who had told the court that he gave the statement after
        being beaten, ...": X; "The inspector, who told the court ...": the inspector)."""
        speaker = self._speaker_of(verb)
        if speaker is not None and speaker.tag_ == "WP" and verb.dep_ == "relcl":
            return verb.head
        # "the court rejected the defence claim that ...", "the argument of his lawyer that
        # ...": a plea noun's owner of the accused's side says what it holds (``plea_owners``)
        return speaker or plea_owner(verb, self.lex.side_plea_nouns)

    def _coerced_by(self, verb: Token, confession: Token) -> list[Named]:
        """Whose coerced confession (``_coerced_confession`` of ``verb``) a reported clause
        tells: the confession's owner ("his statement", resolved), else the side that speaks
        (the speaker, or a lawyer's or relative's client or kin)."""
        speaker = self._teller(verb)
        if speaker is not None and speaker.pos_ == "PROPN" and _owned_by_a_pronoun(confession):
            # "Z said the admission attributed to him was written by the police": "him" is
            # bound by the speaker - whom no name may stand for here (a given name the
            # entity recogniser missed), never another the resolver reaches back to. A body
            # that speaks ("The Front said his confession was extracted") binds no "his".
            persons = [n for n in self._names(speaker) if self._is_person(n)]
            if persons:
                return persons
        # "his confession to NAB": whom it was made to is its hearer, never its owner
        owners = self._clients_own(confession) or self._owners(confession, CONFESSION_OWNER_PREPS)
        owners = owners or self._coerced_named(confession)
        if speaker is None:
            return owners or self._unparsed_speakers(verb)
        if not owners:
            # "Advocate Z told the court that the admission the police had attributed to his
            # client was never made": the client the statement's relative names is whose it
            # is - never Z, whom the resolver may take "his client" for
            clients = self._relative_clients(confession, speaker)
            if clients is not None:
                return clients
        # a body that speaks of the confession ("The Commission said the confession was
        # extracted under torture") speaks for no confessor: a speaker with an article ("the
        # Commission", a name takes none) is one only where it names a person
        bodily = any(c.dep_ == "det" for c in speaker.children)
        side = [n for n in self._side_of(speaker) if not bodily or self._is_person(n)]
        known = self.accused_so_far | self.confessors
        if not owners and not any(n.name in known for n in side):
            # '"He signed what they put before him," Z told the court': a speaker the report
            # has not accused quotes the giver - the one the quote's "he" stands for
            owners = self._tutored_givers(confession)
        # '"He signed it at four in the morning to go home," she said': a speaker the report
        # cannot place (a pronoun the resolver leaves) quotes the signer - the one the
        # quote's "he" stands for
        # "the judge rejected the defence claim that the statement had been extracted": the
        # defence's plea, naming no one, speaks for the one person the report says confessed
        # ("the witness's statement", "the statement of the guard" are another's). Only a
        # plea noun (``plea_owners``): "the defence argued that ..." is left as it was read,
        # where the confession a verb tells with its taking back may move where it was made
        the_defence = verb.pos_ == "NOUN" and speaker.lemma_.lower() in self.kinds.answering_sides
        unowned = not any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ == "of")
                          for c in confession.children)  # fmt: skip
        side = side or (sole_confessor(self.confessors, confession) if the_defence and unowned
                        else [])  # fmt: skip
        return owners or side or self._signers(confession)

    def _relative_clients(self, confession: Token, speaker: Token) -> list[Named] | None:
        """Whom "his client" in a statement's relative clause stands for ("the admission the
        police had attributed to his client", "the confession police say his client made",
        ``givers_told``): the client of the lawyer who speaks, else of the one lawyer the
        sentence names, else the accused the report follows - less the speaker himself.
        None where the relative names no client."""
        words = clients_told(confession, self.lex)
        if not words:
            return None
        own = {n.name for n in self._names(speaker)}
        found = [n for w in words for n in self._client_of(w, speaker)
                 or self._client_in_sentence(w) or self._clients_followed(w)]  # fmt: skip
        return [n for n in found if n.name not in own and self._is_person(n)]

    def _signers(self, confession: Token) -> list[Named]:
        """Who gave a confession by the verb of giving it is the object of ("he signed it"):
        its subject, a third-person pronoun resolved or a name; "I" leaves it to the
        speaker."""
        verb = confession.head
        if confession.dep_ != "dobj" or verb.lemma_.lower() not in self.lex.confession_givers:
            return []
        return [n for s in verb.children if s.dep_ in ACTIVE_SUBJECTS
                and s.lower_ not in FIRST_PERSON
                for n in self._names(s) if self._is_person(n)]  # fmt: skip

    def _coerced_named(self, confession: Token) -> list[Named]:
        """The one named as coerced in the clause that holds the confession ("the lawyer said
        X had been beaten into signing it"): the named, not pronoun, subject of the reported
        clause, a person. The clause is the nearest reported one: a second "that" clause
        conjoined with a subject of its own ("X testified that Sergeant Y wrote it and that
        he only signed where the sergeant pointed") holds the signing, whose subject is "he",
        not the first clause's Y, who wrote it."""
        clause = next((v for v in confession.ancestors if v.dep_ == "ccomp"
                       or (v.dep_ == "conj" and _own_subject(v))), None)  # fmt: skip
        if clause is None:
            return []
        return [n for s in clause.children if s.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS
                and s.pos_ == "PROPN" for n in self._names(s) if self._is_person(n)]  # fmt: skip

    def _unparsed_speakers(self, verb: Token) -> list[Named]:
        """Who says it where the parser gave the verb no subject ("During the hearing, X and
        Y denied the charges and told the court ...", the names hung on "the hearing"): the
        doers read for it, or for the verb it is a conjunct of - never a court."""
        found = self._agents(verb)
        if not found and verb.dep_ == "conj":
            found = self._agents(verb.head)
        return [n for n in found if not self._a_court(n)]


def sole_confessor(confessors: set[str], word: Token) -> list[Named]:
    """The one person the report has said confessed (``confessors``), told at ``word``, where
    there is exactly one; else no one (a guess between two)."""
    if len(confessors) != 1:
        return []
    (name,) = confessors
    return [Named(name, word.idx, word.idx + len(word.text), resolved=True)]


def _own_subject(verb: Token) -> bool:
    """Whether a conjoined verb has a subject of its own ("... and that he only signed"),
    and so a clause of its own rather than a share of its first conjunct's."""
    return any(c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS for c in verb.children)


def _owned_by_a_pronoun(statement: Token) -> bool:
    """Whether a statement's owner is told by a personal pronoun: "his statement", "the
    admission attributed to him"."""
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in statement.children):
        return True
    return any(
        o.tag_ == "PRP"
        for a in statement.children if a.dep_ == "acl"
        for p in a.children if p.dep_ in ("prep", "dative")
        for o in p.children if o.dep_ == "pobj"
    )  # fmt: skip
