"""A he or she inside one speaker's quotation goes on standing for the one an earlier he or
she of the same quotation stood for.

'"He was kept at the station for two days. They wrote what they wanted and called it his
confession. He only carried files," the lawyer said': the speaker talks of one man all
through; once the first "He" is read (by whatever rule reads it: the lawyer's client, the
accused followed), every later he, him or his of that sex in the same quotation is that
man, while no person is named between them. Without this, each later pronoun was read
again on its own, and the rules that read a pronoun outside quotations (the accused the
report followed last, the last name before it) gave it to whoever the report had ruled on
before the quotation opened - another man.

``Naming._name_at`` asks ``_name_at`` here first; ``_name_read`` is its own reading.

``_tie_read`` carries a tie across sentences the same way, for ``_subject_just_before``: a
he that continues a sentence whose main subject is a he of its own stands for whom that
one was read as, where the sentence before names someone ahead of its he and so cannot be
read through again ('X took a different line. Telling the court the statement recorded at
the CIB was not his, he said .... "I never ...," he said').
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.antecedents import agrees, bound_subject, pronoun_gender
from corroborate.nlp.claims.draft import Named, untied_noun
from corroborate.nlp.claims.relative_object import patient_beyond_relative
from corroborate.nlp.speakers import ONE_PERSON_PRONOUNS
from corroborate.records import Mention, Range

__all__ = ["PronounChain"]


class PronounChain:
    """The ties of the singular personal pronouns read so far, and the chain that carries
    one through its quotation; the state is ``Naming``'s."""

    doc: Doc
    lex: LegalLexicon
    by_token: dict[int, Mention]
    described: set[str]
    described_here: set[str]
    quotations: list[Range]
    accused_so_far: set[str]
    _name_read: Callable[[Token], Named | None]
    _parts_described: Callable[[str, Span], set[str]]  # ``PartsTold``'s
    _told_in_ruled_parts: Callable[[str, set[str]], bool]  # ``PartsTold``'s

    def _name_at(self, token: Token) -> Named | None:
        """The name ``token`` stands for: a pronoun's chain first (``_chained``), then the
        reading of ``Naming``; a singular pronoun's tie is kept for the pronouns after it."""
        if token.lower_ not in ONE_PERSON_PRONOUNS:
            return self._name_read(token)
        ties = self._pronoun_ties()
        # a pronoun never stands for an untied description (``untied``): it is read as before
        found = _named_only(self._bound_beyond_relative(token))
        found = found or _named_only(self._chained(token, ties))
        if found is None:
            found = _named_only(self._name_read(token))
        if found is not None and self._bound_away(token, found):
            found = None
        if token.i not in ties:
            ties[token.i] = found
        return found

    def _bound_beyond_relative(self, pronoun: Token) -> Named | None:
        """ "The owner, 62, was produced before a court, which handed him to police": the
        pronoun is whoever the subject the grammar binds it to is read as
        (``patient_beyond_relative``) - a description, a rank or a pronoun told before - where
        that subject is one person. A person's name there is the pronoun too, accused before
        or not yet ("X was arrested ... and produced before a court the following day, which
        sent him to jail", a lede's first sentence, before the report accuses anyone), never
        one told as another party."""
        subject = patient_beyond_relative(pronoun)
        if subject is None or subject.tag_ == "NNS":
            return None
        named = self.by_token.get(subject.i)
        if named is not None and named.type != "person":
            return None
        found = self._name_at(subject)
        if found is None or found.members is not None:
            return None
        # one the report gives only another part a court may still rule on (a police
        # officer's, a relative's), whom it accuses or whose clause tells the law holds them
        # ("X, the trader police had sought since April, was arrested and produced before a
        # magistrate, who sent him to jail"): the grammar's, which ``Naming`` never reads, as
        # it keeps a pronoun off one told apart. The sentence's descriptions, a pass over all
        # its words, are read last: only for one so accused or held.
        ruled = (
            found.name in self.accused_so_far or self._held_by_the_law(subject)
        ) and self._told_in_ruled_parts(found.name, self._parts_described(found.name, pronoun.sent))
        # a name is left to ``Naming`` once the report follows an accused (it binds the
        # pronoun there by the same grammar, ``Pronouns._nearer_subject``)
        if named is not None and self.accused_so_far and not ruled:
            return None
        if found.name in self.described | self.described_here and not ruled:
            return None  # "The prosecutor appeared before the court, which remanded him"
        span = self.doc.char_span(found.start, found.end, alignment_mode="expand")
        m = self.by_token.get(span.root.i) if span is not None and len(span) else None
        told = [t for t in (span, self.doc[subject.i : subject.i + 1]) if t is not None]
        if m is not None and m.type != "person" or not all(agrees(t, pronoun) for t in told):
            return None
        # bound by the grammar, not guessed: the reader keeps it whatever other part it has
        return Named(found.name, pronoun.idx, pronoun.idx + len(pronoun.text), resolved=not ruled)

    def _held_by_the_law(self, subject: Token) -> bool:
        """Whether the clause ``subject`` is the subject of tells the law holds it: a verb of
        arrest or of being produced, remanded or sent (``arrest_verbs``,
        ``held_party_verbs``), its own or one it is co-ordinated with ("X was arrested on
        Saturday and produced before a magistrate")."""
        lex = self.lex
        verbs = [subject.head]
        while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i:
            verbs.append(verbs[-1].head)
        verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        return any(
            v.lemma_.lower() in lex.held_party_verbs or v.lemma_.lower() in lex.arrest_verbs
            for v in verbs
        )

    def _tie_read(self, subject: Token, pronoun: Token) -> Named | None:
        """Whom ``pronoun`` stands for as the continuation of ``subject``, the he or she of
        the same sex that is the main subject of the sentence before (or of the sentence
        before a quotation ``pronoun`` speaks): the one ``subject`` was read as, where that
        is one person the report already accuses. Asked only where reading ``subject``'s own
        sentence before again finds no one."""
        ties = self._pronoun_ties()
        tie = ties[subject.i] if subject.i in ties else self._name_at(subject)
        if tie is None or tie.members is not None or tie.name not in self.accused_so_far:
            return None
        return Named(tie.name, pronoun.idx, pronoun.idx + len(pronoun.text), None, tie.resolved)

    def _bound_away(self, pronoun: Token, found: Named) -> bool:
        """Whether ``found`` is the subject of the very verb whose object ``pronoun`` is
        ("The guard X shouted at him", "X had paid him"): an object pronoun is never its own
        clause's subject (a reflexive would be), whichever rule gave it - the accused the
        report followed may be that subject."""
        named = [m.name for i in self._binders(pronoun) if (m := self.by_token.get(i)) is not None]
        return any(
            n == found.name or (len(n.split()) == 1 and n in found.name.split()) for n in named
        )

    def _binders(self, pronoun: Token) -> list[int]:
        """The words of the subject of the verb whose object ``pronoun`` is: who it is not.
        Not a teller's the climb to a shared subject reaches (``bound_subject``'s
        ``past_tellers``): "X testified that officers slapped him ..., and told him what to
        say" - the parser hangs "told" on "testified", and X may well be "him"."""
        subject = bound_subject(pronoun, past_tellers=False)
        if subject is None:
            return []
        # every subject the parser gave the verb, and the names apposed to it ("The guard
        # Ivo Marek shouted at him": "guard" and "Marek" both subjects)
        todo = [c for c in subject.head.children if c.dep_ == subject.dep_] or [subject]
        todo += [a for t in todo for a in t.children if a.dep_ == "appos"]
        words: list[int] = []
        while todo:
            word = todo.pop()
            words.append(word.i)
            todo += [c for c in word.children if c.dep_ in ("compound", "flat")]
        return words

    def _pronoun_ties(self) -> dict[int, Named | None]:
        ties: dict[int, Named | None] | None = getattr(self, "_ties", None)
        if ties is None:
            ties = {}
            self._ties = ties
        return ties

    def _chained(self, pronoun: Token, ties: dict[int, Named | None]) -> Named | None:
        """The person the nearest earlier he or she of ``pronoun``'s sex in the same
        quotation stood for, where a person was read for it and no person is named between
        them."""
        quotation = self._quotation_of(pronoun)
        if quotation is None:
            return None
        gender = pronoun_gender(pronoun)
        if gender is None:
            return None
        start, _ = quotation
        binders = self._binders(pronoun)  # "X shouted at him": X named between is not him
        for i in range(pronoun.i - 1, -1, -1):
            word = self.doc[i]
            if word.idx < start:
                return None
            if i in self.by_token and self.by_token[i].type == "person" and i not in binders:
                return None  # a person named in between: the pronoun may be that one
            if word.lower_ not in ONE_PERSON_PRONOUNS or pronoun_gender(word) != gender:
                continue
            # a pronoun no claim asked of yet ("kept him awake"): read it now, as it would be
            tie = ties[i] if i in ties else self._name_at(word)
            if tie is None or tie.members is not None:
                return None
            return Named(tie.name, pronoun.idx, pronoun.idx + len(pronoun.text), None, tie.resolved)
        return None

    def _quotation_of(self, token: Token) -> Range | None:
        """The quotation ``token`` stands inside, if any."""
        for s, e in self.quotations:
            if s < token.idx < e:
                return (s, e)
        return None


def _named_only(found: Named | None) -> Named | None:
    """``found``, or None where it is an untied description's mark."""
    return None if found is None or untied_noun(found.name) is not None else found
