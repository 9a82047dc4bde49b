"""Affiliations and roles: the organisation a person belongs to and their role in it, read
from the words around the name ("MQM worker X", "X, a worker of the MQM", "Senator X of
the ANP", "X, ... the PAC's chief", "A worker of the MQM, X"), from a lead verb ("He also
headed the PAC"), and the leader role with no name ("the chief of the PAC": the person the
document is about).
"""

from __future__ import annotations

import re
from collections import Counter

from corroborate.nlp import names
from corroborate.nlp.mentions.aliases import _ALIAS
from corroborate.nlp.mentions.roles import _LEADER_RE, _ROLE_RE, LEAD_VERBS, _modifier, _role
from corroborate.nlp.mentions.state import _FinderState, _with
from corroborate.nlp.speakers import ONE_PERSON_PRONOUNS
from corroborate.records import Mention

__all__ = ["_BEFORE", "_Affiliations"]

# "MQM worker X", "MQM's Deputy Convener X": organisation, up to two modifiers, role.
_BEFORE = re.compile(rf"(?:['’]s)?\s+((?:[A-Z][\w-]*\s+){{0,2}}?(?i:{_ROLE_RE}))\s+")
# "X, a worker of the MQM", "X, the chief of the PAC".
_AFTER_ROLE = re.compile(
    rf"\A\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?({_ROLE_RE})\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
_AFTER_OF = re.compile(r"\A\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
# "X, a former MQM worker", "X, the PAC commander who ...": an appositive naming the
# organisation before the role (up to two words before it: "a former", "the then").
_AFTER_ORG = re.compile(r"\A\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?\Z", re.IGNORECASE)
_ROLE_AFTER_ORG = re.compile(rf"\A\s+({_ROLE_RE})\b", re.IGNORECASE)
# "A worker of the MQM, X, ...": the role and its organisation before the name, an acronym
# in brackets between them allowed ("A worker of the People's Reform Party (PRP), X").
_ROLE_OF_BEFORE = re.compile(
    rf"(?:\A|\b(?:an?|the)\s+)(?:[\w-]+\s+)?({_ROLE_RE})\s+of\s+(?:the\s+)?\Z", re.IGNORECASE
)
_BRACKETS_COMMA = re.compile(r"\A(?:\s*\([^()]{1,20}\))?\s*,\s*\Z")


class _Affiliations(_FinderState):
    def _affiliations(self) -> None:
        # Only names that are surely organisations: NER's ORG for "Lyari" is a place.
        orgs = [
            m
            for m in self.out
            if m.type == "organization"
            and (
                m.alias
                or names.is_acronym(m.name.split("-")[0])
                or set(names.words(m.name)) & names.ORG_HEADS
            )
        ]
        for i, m in enumerate(self.out):
            if m.type != "person" or m.organization:
                continue
            found = (
                self._before(m, orgs)
                or self._after(m, orgs)
                or self._apposition(m, orgs)
                or self._role_of_before(m, orgs)
            )
            if found:
                self.out[i] = _with(m, organization=found[0], role=found[1])
        self._lead_verbs(orgs)

    def _before(self, m: Mention, orgs: list[Mention]) -> tuple[str, str | None] | None:
        for org in orgs:
            if not 0 < m.start - org.end <= 40:
                continue
            match = _BEFORE.fullmatch(self.text[org.end : m.start])
            if match:
                return org.name, _role(match.group(1))
        return None

    def _after(self, m: Mention, orgs: list[Mention]) -> tuple[str, str | None] | None:
        end = m.end
        alias = _ALIAS.match(self.text[end : end + 60])
        if alias:  # "X alias Jailer, a worker of the MQM"
            end += alias.end()
        tail = self.text[end : end + 80]
        match = _AFTER_ROLE.match(tail)
        for org in orgs:
            gap = self.text[m.end : org.start]
            if match and org.start == end + match.end() and not _modifier(self.text, org):
                return org.name, _role(match.group(1))
            if org.start > m.end and _AFTER_OF.match(gap):
                title = _title_of(self.text, m)
                return org.name, _role(title) if title else None
            if org.start > end and _AFTER_ORG.match(self.text[end : org.start]):
                role = _ROLE_AFTER_ORG.match(self.text[org.end : org.end + 30])
                if role and not _modifier(self.text, org):
                    return org.name, _role(role.group(1))
        return None

    def _role_of_before(self, m: Mention, orgs: list[Mention]) -> tuple[str, str | None] | None:
        """ "A worker of the MQM, X, confessed": the role of an organisation, then the name."""
        for org in orgs:
            if org.end <= m.start and _BRACKETS_COMMA.match(self.text[org.end : m.start]):
                role = _ROLE_OF_BEFORE.search(self.text[max(0, org.start - 40) : org.start])
                if role:
                    return org.name, _role(role.group(1))
        return None

    def _apposition(self, m: Mention, orgs: list[Mention]) -> tuple[str, str | None] | None:
        """ "X, one of ..., and the now-defunct PAC's chief": the appositive after a comma."""
        if not self.text[m.end : m.end + 2].startswith(","):
            return None
        stop = _clause_end(self.text, m.end + 1)
        for org in orgs:
            if m.end < org.start < stop:
                after = self.text[org.end : org.end + 30]
                role = re.match(rf"['’]s\s+({_ROLE_RE})\b", after, re.IGNORECASE)
                if role:
                    return org.name, _role(role.group(1))
        return None

    def _lead_verbs(self, orgs: list[Mention]) -> None:
        """ "He also headed the Peoples Aman Committee": the subject leads the object."""
        for org in orgs:
            span = self.doc.char_span(org.start, org.end, alignment_mode="expand")
            if span is None:
                continue
            verb = span.root.head
            if span.root.dep_ != "dobj" or verb.lemma_.lower() not in LEAD_VERBS:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects:
                continue
            subj = subjects[0]
            name = self.resolver.resolve([subj])
            if not name or name.lower() == subj.lower_:
                continue
            self.out.append(
                Mention(
                    start=subj.idx,
                    end=subj.idx + len(subj.text),
                    text=subj.text,
                    type="person",
                    name=name,
                    label="role",
                    organization=org.name,
                    role=LEAD_VERBS[verb.lemma_.lower()],
                )
            )

    def _role_mentions(self) -> None:
        """ "The chief of the proscribed PAC", "the PAC chief": the person the text is about."""
        orgs = [m for m in self.out if m.type == "organization"]
        people = Counter(m.name for m in self.out if m.type == "person" and " " in m.name)
        if not people:
            return
        focus = people.most_common(1)[0][0]
        for org in orgs:
            before = self.text[max(0, org.start - 60) : org.start]
            after = self.text[org.end : org.end + 20]
            role = re.search(
                rf"\b[Tt]he\s+({_LEADER_RE})\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?\Z", before
            )
            start = org.start - len(before) + role.start() if role else None
            if role is None:
                role = re.match(rf"(?:['’]s)?\s+({_LEADER_RE})\b", after)
                if role is None or not re.search(r"\b[Tt]he\s+\Z", before):
                    continue
                start = org.start - 4
            of_org = role.re.pattern.endswith("\\Z")  # "the chief of the PAC"
            end = org.end if of_org else org.end + role.end()
            assert start is not None
            role_at = org.start - len(before) + role.start(1) if of_org else org.end
            if self._met_by(role_at, end, focus):
                continue
            if any(m.start <= start < m.end for m in self.out if m.type == "person"):
                continue
            # "X, the chairwoman of the P, ...": an appositive is X's role, which
            # ``_affiliation`` gives X; the document's focus person is someone else.
            if any(
                m.end <= start and not self.text[m.end : start].strip(", ")
                for m in self.out
                if m.type == "person"
            ):
                continue
            self.out.append(
                Mention(
                    start=start,
                    end=end,
                    text=self.text[start:end],
                    type="person",
                    name=focus,
                    label="role",
                    organization=org.name,
                    role=_role(role.group(1)),
                )
            )

    def _met_by(self, start: int, end: int, focus: str) -> bool:
        """ "Where he met the Mexican president", "his meeting with the PAC chief": the role
        phrase is the object of a verb, or of a preposition after a verb or noun, whose
        subject or possessor is the focus person or a singular "he", "his", "she", "her", so it
        is someone else (a man is not the object of his own meeting). "His years as the PAC
        chief" is his own role."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        if head.dep_ == "pobj" and head.head.lower_ != "as":
            head = head.head
        if head.dep_ not in ("dobj", "prep"):
            return False
        agents = [
            c
            for c in head.head.children
            if c.dep_ == ("nsubj" if head.head.pos_ in ("VERB", "AUX") else "poss")
        ]
        if not agents:
            return False
        if agents[0].lower_ in ONE_PERSON_PRONOUNS:
            # "he" or "his" acting on the role phrase, in a text about one person: two people
            return True
        name = self.resolver.resolve([agents[0]])
        return name is not None and _same_person(name, focus)


def _same_person(name: str, focus: str) -> bool:
    """ "Trump" or "Donald Trump" for the focus "Donald Trump"."""
    words = name.split()
    return name == focus or (len(words) == 1 and words[0] in focus.split())


def _title_of(text: str, m: Mention) -> str | None:
    """The title written inside or before a name: "Senator" in "Senator Shahi Syed"."""
    first = text[m.start : m.end].split()[0].strip(".")
    if first.lower() in names.TITLES:
        return first
    prev = re.search(r"([A-Za-z]+)\.?\s+\Z", text[max(0, m.start - 20) : m.start])
    if prev and prev.group(1).lower() in names.TITLES:
        return prev.group(1)
    return None


def _clause_end(text: str, start: int) -> int:
    """Where an appositive ends: the sentence end, or 200 characters on."""
    end = len(text)
    for mark in (".", ";", "\n"):
        pos = text.find(mark, start)
        if pos != -1:
            end = min(end, pos)
    return min(end, start + 200)
