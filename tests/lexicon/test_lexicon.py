"""The lexicon: data files load into typed objects, and domain words live there."""

from __future__ import annotations

from corroborate.lexicon.legal import ROLES, legal


def test_legal_lexicon_loads_typed_lists() -> None:
    lex = legal()
    assert lex.ruling_verbs["acquit"] == "acquitted"
    assert "suspect" in lex.accused_nouns
    assert set(lex.role_nouns.values()) <= set(ROLES)
    assert all(isinstance(words, frozenset) for words in (lex.crime_verbs, lex.victim_words))


def test_claim_reader_holds_no_word_lists_of_its_own() -> None:
    """The claim reader asks the lexicon: its only sets are grammar (pronouns, modals,
    dependency labels), none of the lexicon's words."""
    from corroborate.nlp.claims import descriptions, parties, reader

    lex = legal()
    lexicon_words = (
        set(lex.ruling_verbs) | set(lex.charge_verbs) | set(lex.arrest_verbs)
        | lex.accused_nouns | lex.crime_verbs | lex.crime_nouns | set(lex.role_nouns)
        | lex.request_verbs
    )  # fmt: skip
    for module in (descriptions, parties, reader):
        for name, value in vars(module).items():
            if isinstance(value, frozenset):
                assert not value & lexicon_words, (name, sorted(value & lexicon_words))


def test_kinds_and_acts_come_from_the_lexicon() -> None:
    from corroborate.ledger.acts import GENERIC, act_of
    from corroborate.lexicon.acts import acts_lexicon
    from corroborate.lexicon.kinds import kinds_lexicon
    from corroborate.nlp.kinds import JUDICIAL, RULING_CUES

    assert RULING_CUES is kinds_lexicon().ruling_cues and JUDICIAL is kinds_lexicon().judicial
    assert kinds_lexicon().custodial.search("during interrogation by the JIT")
    assert GENERIC == acts_lexicon().generic
    assert act_of("passed on secret information") == "espionage"


_DEPENDENCY_LABELS = frozenset(
    "acomp oprd xcomp ccomp dobj advmod attr agent dative npadvmod prep advcl compound amod "
    "nmod appos poss flat nsubj nsubjpass csubj csubjpass conj pobj relcl acl".split()
)


def test_modules_that_read_the_lexicon_define_no_word_lists() -> None:
    """No string set, list or pattern literal of six words or more in these modules: their
    domain words are data in ``lexicon/data``."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "corroborate"
    modules = ("nlp/kinds.py", "ledger/acts.py", "ledger/claims.py", "nlp/claims/parties.py",
               "nlp/claims/descriptions.py", "nlp/claims/reader.py")  # fmt: skip
    for module in modules:
        tree = ast.parse((package / module).read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Set | ast.List | ast.Tuple):
                words = [e.value for e in node.elts if isinstance(e, ast.Constant)
                         and isinstance(e.value, str)]  # fmt: skip
                # part-of-speech tags and dependency labels are grammar, not domain words
                tags = all(w.isupper() or w in _DEPENDENCY_LABELS for w in words)
                assert len(words) < 6 or tags, (module, node.lineno)
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "compile":
                literal = any(isinstance(a, ast.Constant) for a in node.args)
                assert not literal, (module, node.lineno)


# Function words a pattern may spell out: the grammar around a domain word, not the word
# ("one" too, a determiner beside "a" and "an": "a suspect", "one suspect").
_GRAMMAR = frozenset(
    "of to at on in for up out down into them those these among including against some many "
    "various only our main the a an one with from over by as".split()
)


def _audit_patterns(module: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal inside an ``re.compile`` call of an audit module,
    less measure names (``cues["killings"]``, ``m != "attributed_killings"``)."""
    import ast
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "corroborate" / "audit" / module
    out = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "compile":
            keys = {id(s.slice) for s in ast.walk(node) if isinstance(s, ast.Subscript)}
            keys |= {id(c) for s in ast.walk(node) if isinstance(s, ast.Compare)
                     for c in s.comparators}  # fmt: skip
            for sub in ast.walk(node):
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                    if id(sub) not in keys:
                        out.append((sub.lineno, sub.value))
    return out


def test_the_audit_reads_its_words_from_the_lexicon() -> None:
    """No pattern of the audit spells out a word of the enforcement or measures lexicon
    (agencies, raid nouns, affiliation words, group nouns, complaints, measure cues): each
    list lives once, in ``lexicon/data``, and the audit compiles it. Nor a number word."""
    import re
    from dataclasses import fields

    from corroborate.lexicon.enforcement import enforcement_words
    from corroborate.lexicon.measures import measure_words
    from corroborate.lexicon.numbers import number_words

    enforcement, measures = enforcement_words(), measure_words()
    forms = [f for field in fields(enforcement) for f in getattr(enforcement, field.name)]
    forms += [f for cues in measures.cues.values() for f in cues]
    forms += [f for units in measures.units.values() for f in units]
    forms += [*number_words().words, *number_words().scales]
    lexicon_words = {w for f in forms for w in f.lower().split()} - _GRAMMAR
    assert {"raids", "affiliated", "arrested", "discriminat", "rangers"} <= lexicon_words
    modules = ("figures.py", "phrases.py", "vocab.py", "contest.py", "compare.py", "parse.py",
               "when.py", "named_later.py", "complaints.py")  # fmt: skip
    for module in modules:
        for line, text in _audit_patterns(module):
            spelled = set(re.findall(r"[a-z][a-z'-]+", re.sub(r"\\[a-zA-Z]", " ", text.lower())))
            assert not spelled & lexicon_words, (module, line, sorted(spelled & lexicon_words))


def test_the_audit_vocabulary_loads_typed_lists() -> None:
    from corroborate.audit import vocab
    from corroborate.lexicon.enforcement import enforcement_words

    words = enforcement_words()
    assert "affiliated" in words.affiliation_words and "offices" in words.premises
    assert set(words.kinds_after_name) <= set(words.group_nouns)
    assert vocab.GROUP_TRIGGER.search("raids on the offices of the Harbour Front")
    assert vocab.COMPLAINT.search("the party said it was being victimised")
    assert not vocab.COMPLAINT.search("the party said it welcomed the raids")
