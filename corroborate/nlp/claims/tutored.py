"""A statement told as another's words, with no word of coercion: the giver said, signed or
told what others told him to say, wanted to hear or put before him ("I signed what they put
before me", "he signed a paper the police wrote", "he told agents what they wanted to
hear", "said what the guard said had happened", "the police told me what to say"). Said by
the accused's side it disowns the statement as "it was dictated" does: the confession taken
back (``claims.coerced``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import NOUN_SUBJECTS, to_infinitive

__all__ = ["FIRST_PERSON", "tutored_giver", "tutored_what"]

# The free relative pronouns that stand for what was said or signed ("what", "whatever"),
# or where on the paper ("he only signed where the sergeant pointed").
_FREE_RELATIVES = frozenset({"what", "whatever", "where"})
# What may stand between the verb of saying and its free relative: an object ("told them
# what"), an adverb, a particle ("read out what"), a phrase ("read to me what").
_BETWEEN = frozenset({"dobj", "dative", "advmod", "prt", "prep", "pobj"})
# The first-person pronouns: a giver who speaks of himself ("I signed what ...").
FIRST_PERSON = frozenset({"i", "me", "we", "us"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# The relative pronouns that stand for a noun's thing as its clause's object ("a statement
# that the inspector had prepared").
_RELATIVE_PRONOUNS = frozenset({"that", "which"})


def tutored_what(
    token: Token,
    repeating: frozenset[str],
    dictating: frozenset[str],
    papers: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``token`` is the free relative of a statement given as others dictated it: a
    verb of saying or signing (``repeating``) right before it ("signed what", "told them
    what", "told agents what") and the relative's verb one of dictating or wanting
    (``dictating``: "put", "told", "wanted") done by someone else - a subject that is not
    the giver, or the relative itself passive ("whatever was put before him") - or an
    infinitive of saying that another told him ("the police told me what to say")."""
    if token.lemma_.lower() in papers and _paper_another_wrote(token, repeating, dictating):
        return True
    if token.lower_ not in _FREE_RELATIVES or token.tag_ not in ("WP", "WDT", "WRB"):
        return False
    giver = _giving_verb(token, repeating)
    if giver is None:
        # "his statement was 'what the SHO told me to say'": the statement called tutored
        copula = _statement_called(token, papers)
        return copula is not None and _told_to_say(token, copula, repeating, dictating)
    if token.lower_ == "where" and giver.lemma_.lower() in dictating:
        # "he told police where the inspector pointed": a verb that tells takes "where" for
        # a place it tells of; only one that does not ("signed where ...") signs on a spot
        return False
    if token.lower_ == "where" and any(_a_paper_named(c) for c in token.head.children):
        # "signed where the clerk pointed on the bail bond": the paper is named, and it is
        # not the statement
        return False
    verb = token.head
    if token.dep_ == "nsubjpass":
        return verb.lemma_.lower() in dictating  # "whatever was put before him"
    if verb.i == giver.i:
        return False  # "he said what happened": his own account
    if _infinitive(verb) and verb.lemma_.lower() in repeating:
        if _bidden(verb) and verb.head.lemma_.lower() in dictating:
            return True  # "he signed whatever he was asked to sign": another bade him
        # "the police told me what to say": the telling is the dictating, by its subject
        return giver.lemma_.lower() in dictating and _by_another(giver, giver, told=True)
    chain = [verb]
    while not _has_subject(verb) and verb.dep_ in ("xcomp", "ccomp") and verb.head.i != giver.i:
        verb = verb.head  # "what they wanted to hear": the wanting holds the subject
        chain.append(verb)
    if verb.lemma_.lower() not in dictating and any(
        v.lemma_.lower() in dictating for v in chain[:-1]
    ):
        # "what the detectives seemed to want": the wanting dictates, its subject raised to
        # the verb above it
        return _by_another(verb, giver)
    if verb.lemma_.lower() not in dictating:
        # "what the guard said had happened": the relative's verb under the dictating one
        verb = verb.head if verb.head.lemma_.lower() in dictating else verb
    return verb.lemma_.lower() in dictating and _by_another(verb, giver)


def tutored_giver(
    token: Token, repeating: frozenset[str], papers: frozenset[str] = frozenset()
) -> Token | None:
    """Who gave the statement a tutored free relative (``tutored_what``) stands for: the
    subject of the verb of saying or signing ("he signed what ..."), or the one told what
    to say ("the constable told him what to say"), or for a statement called tutored ("his
    statement was what the SHO told me to say") the statement, its owner his; none where
    the verb has neither."""
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        # "he signed a paper the police wrote": the signer (``_paper_another_wrote``)
        return next((c for c in token.head.children if c.dep_ in NOUN_SUBJECTS), None)
    giver = _giving_verb(token, repeating)
    if giver is None:
        copula = _statement_called(token, papers)
        return None if copula is None else _statement_of(copula, papers)
    verb = token.head
    # "he signed whatever he was asked to sign": the signer is the giver, not one told
    bidden = _bidden(verb)
    if _infinitive(verb) and verb.lemma_.lower() in repeating and verb.i != giver.i and not bidden:
        told = [c for c in giver.children if c.dep_ in ("dobj", "dative") and c.i < token.i]
        return told[0] if told else None
    subject = next((c for c in giver.children if c.dep_ in _SUBJECTS), None)
    if subject is None and giver.dep_ == "conj":
        # "he was beaten and signed where they told him to sign": a conjunct shares the
        # subject of the verb it is joined to
        subject = next((c for c in giver.head.children if c.dep_ in _SUBJECTS), None)
    return subject


def _a_paper_named(word: Token) -> bool:
    """Whether a word hung on the verb of a "where" names the paper signed on ("pointed on
    the bail bond", "showed him the register"): a phrase or an object, but not the one told
    where to sign - a personal pronoun ("they told him to sign", "told me")."""
    if word.dep_ == "prep":
        return True
    return word.dep_ == "dobj" and word.tag_ != "PRP"


def _paper_another_wrote(
    token: Token, repeating: frozenset[str], dictating: frozenset[str]
) -> bool:
    """Whether ``token`` (a paper or a statement, the caller's ``papers``) is the object of a
    verb of saying or signing that a relative clause says someone else wrote or set ("he had
    signed a paper the police wrote", "signed a statement that the inspector had prepared"):
    the noun phrase twin of "signed what the police wrote" - a relative with no object of its
    own but the relative pronoun, its subject not the signer ("signed a paper he wrote
    himself" is his own)."""
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or token.head.lemma_.lower() not in repeating:
        return False
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        objects = [c for c in clause.children
                   if c.dep_ == "dobj" and c.lower_ not in _RELATIVE_PRONOUNS]  # fmt: skip
        if clause.lemma_.lower() in dictating and not objects and _by_another(clause, token.head):
            return True
    return False


def _statement_called(token: Token, papers: frozenset[str]) -> Token | None:
    """The verb of being whose complement the free relative's clause is, its subject a
    statement (``papers``): "his statement was what the SHO told me to say" - the relative
    itself the complement, or (as the parser often hangs it) its clause a complement of
    "be" through the verbs above the relative ("what"/dobj -> "say"/xcomp -> "told"/ccomp
    -> "was"); none for any other place."""
    if token.lower_ not in ("what", "whatever"):
        return None
    word = token
    for _ in range(4):
        head = word.head
        if head.i == word.i:
            return None
        if head.lemma_.lower() == "be" and word.dep_ in ("attr", "ccomp"):
            return head if _statement_of(head, papers) is not None else None
        if word.i != token.i and word.dep_ not in ("xcomp", "ccomp", "relcl"):
            return None
        word = head
    return None


def _statement_of(copula: Token, papers: frozenset[str]) -> Token | None:
    """The statement a verb of being has for its subject, if any."""
    return next((c for c in copula.children
                 if c.dep_ == "nsubj" and c.lemma_.lower() in papers), None)  # fmt: skip


def _told_to_say(
    token: Token, copula: Token, repeating: frozenset[str], dictating: frozenset[str]
) -> bool:
    """Whether a free relative called a statement is what another told its giver to say or
    sign: a verb of dictating between the relative and the verb of being, with an
    infinitive of saying or signing ("what the SHO told me to say", "what they asked him to
    sign") and a subject that is not the giver ("I" or the statement) - not "his statement
    was what he had told the magistrate", his own account."""
    verbs = [a for a in token.ancestors if a.i != copula.i and copula in a.ancestors]
    for verb in verbs:
        if verb.lemma_.lower() not in dictating:
            continue
        infinitive = any(c.dep_ == "xcomp" and _infinitive(c) and c.lemma_.lower() in repeating
                         for c in verb.children)  # fmt: skip
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        # another: a name or a noun ("the SHO"), or "they"; never "I", nor "he" (the giver)
        others = bool(subjects) and all(s.pos_ != "PRON" or s.lower_ == "they" for s in subjects)
        if infinitive and others:
            return True
    return False


def _giving_verb(token: Token, repeating: frozenset[str]) -> Token | None:
    """The verb of saying or signing the free relative follows ("signed what", "said what"),
    past an object, a particle or a short phrase between them ("told them what", "told
    agents what", "read out what", "read to me what")."""
    doc = token.doc
    for back in (1, 2, 3):
        if token.i - back < 0:
            return None
        before = doc[token.i - back]
        if before.pos_ in ("VERB", "AUX") and before.lemma_.lower() in repeating:
            return before
        if before.dep_ not in _BETWEEN:
            return None
    return None


def _has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own."""
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _bidden(verb: Token) -> bool:
    """Whether the infinitive ``verb`` ("to sign") hangs on a verb in the passive ("whatever
    he was asked to sign", "what he was told to sign"): the one who asked or told is someone
    else, whoever the report names (the caller asks that the verb is one of dictating); the
    one bidden is the passive's subject, never a teller."""
    return verb.dep_ == "xcomp" and any(c.dep_ == "nsubjpass" for c in verb.head.children)


def _infinitive(verb: Token) -> bool:
    """ "to say": a bare verb with its "to"."""
    return verb.tag_ == "VB" and to_infinitive(verb)


def _by_another(verb: Token, giver: Token, told: bool = False) -> bool:
    """Whether ``verb``'s subject is someone other than the giver of the statement: not a
    first-person pronoun and not the giver's own subject ("they", "the police", "the
    guard"; never "I said what I wanted"). ``told``: the giver is the one told, its verb
    the telling ("the police told me what to say")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects:
        return False
    own = {c.lower_ for c in giver.children if c.dep_ in _SUBJECTS}
    if told:
        # "the police told me what to say": the giver is the one told, not the teller. Only
        # there (the old identity test held only for that call): a chain that climbs to the
        # giver's own verb ("he had said what he saw") is his own account, judged below
        return all(s.lower_ not in FIRST_PERSON for s in subjects)
    return all(s.lower_ not in FIRST_PERSON and s.lower_ not in own for s in subjects)
