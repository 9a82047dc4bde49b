"""A denying verb whose subject speaks for the accused and whose clause tells the accused's
own part: "X's lawyer, Y, denied that his client had any link with the franchise", "Counsel
for X denied that X had taken the money", "X's brother denied that X had anything to do with
it". The denied clause's subject is then the one the speaker acts for - "his client", or that
one by name - so the clause is the accused's own deed denied, as "X denied that he had any
link" is (``Answering._own_deed_denied``). Counted on the Pakistan and elsewhere open sets'
missed denials (den87), where the denier's subject is the accused's counsel or kin.

A victim's brother or a complainant's lawyer acts for no one accused: ``_answerers`` then
names the victim or the complainant, whom the caller's "answered by the accused" refuses.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.claims.spoken_for import SPEAKING_FOR
from corroborate.nlp.speakers import PERSONAL_PRONOUNS
from corroborate.records.entities import Mention

__all__ = ["clause_of_the_one_spoken_for"]

_LEX = legal()


def clause_of_the_one_spoken_for(
    verb: Token, subjects: list[Token], answerers: Collection[str], by_token: Mapping[int, Mention]
) -> bool:
    """Whether ``verb`` (a verb of denying) has for subject a lawyer or relative (a
    ``SPEAKING_FOR`` role noun) and every subject of its denied clause (``subjects``) is the
    one that speaker answers for (``answerers``, the names ``_answerers`` gives): a client
    noun with a third-person owner ("his client": a lawyer's only), or a name among the
    answerers. "My client" is the lawyer's own words, told with "my client" as the denier
    ("my client denies ...") - ``Answering._client_of_the_speaker`` reads that one. A kin
    noun ("his father") is not taken: which kin the speaker means is not told by the grammar
    alone."""
    subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
    if subject is None or not subjects or not answerers:
        return False
    role = _LEX.role_nouns.get(subject.lemma_.lower())
    if role not in SPEAKING_FOR:
        return False
    for s in subjects:
        mention = by_token.get(s.i)
        if mention is not None:
            if mention.name not in answerers:
                return False
            continue
        client = role == "defence" and s.lemma_.lower() in _LEX.client_nouns
        owned = any(c.dep_ == "poss" and c.lower_ in PERSONAL_PRONOUNS for c in s.children)
        if not (client and owned):
            return False
    return True
