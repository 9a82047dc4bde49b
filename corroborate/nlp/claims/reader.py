"""The claim reader: each legal or criminal act of a sentence, as a ``Claim``.

A verb or noun of the lexicon starts a claim (``_read``, ``_read_noun``): a ruling with its
outcome, a verdict upheld or set aside, bail and remand, charges framed, an arrest, an
accusation, a confession with its setting, a crime with its agent and victim. The parties
come from ``Parties`` and ``Descriptions``; a ruling on a group the sentence counts but does
not name waits for the sentence that names it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.ledger.acts import act_of
from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.nlp.claims.descriptions import Descriptions
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.kinds import setting_in, setting_of
from corroborate.records import Claim, Kind, Mention, Participant, ParticipantRole, Setting

__all__ = ["Reader"]


class Reader(Descriptions):
    """Reads one parsed document into claims (``run``)."""

    kinds = kinds_lexicon()  # the denial and retraction cues are the attributions' own

    def run(self) -> tuple[list[Claim], list[Mention]]:
        claims: list[Claim] = []
        for sent in self.doc.sents:
            drafts: list[Draft] = []
            for token in sent:
                drafts.extend(self._read(token))
            drafts.extend(self._listed(sent))
            drafts.extend(self._descriptions(sent, drafts))
            # A pronoun resolved to someone this sentence names as victim, judge ... was
            # resolved wrongly ("helping X murder Y, has had his conviction overturned").
            others = self.described | {
                n.name for d in drafts for role, n in d.parties.values() if role != "accused"
            }
            for d in drafts:
                d.parties = {
                    k: (role, n) for k, (role, n) in d.parties.items()
                    if not (role == "accused" and n.resolved and n.name in others)
                }  # fmt: skip
            claims.extend(self._claim(sent, d) for d in drafts if d.parties)
            self.described |= {
                n.name for d in drafts for role, n in d.parties.values() if role != "accused"
            }
            # The sentence that names a group counted before: a list, or rulings, charges
            # and arrests naming two or more ("convicted X, Y and Z, while W was sentenced
            # to ...": W is of the group too)
            rulings = [d for d in drafts if d.kind in ("ruling", "charge", "arrest")]
            named = {n.name for d in rulings for role, n in d.parties.values() if role == "accused"}
            listed = [d for d in drafts if d.listing and d.parties] or (
                rulings if len(named) >= 2 else []
            )
            for ruling_sent, ruling in self.unnamed_rulings if listed else []:
                # "sentenced 16 policemen ... The convicts are X, Y and Z"
                draft = Draft(ruling.kind, ruling.cue, ruling.outcome)
                draft.parties = {k: v for d in listed for k, v in d.parties.items()}
                claims.append(self._claim(ruling_sent, draft))
            if listed:
                self.unnamed_rulings = []
            self.unnamed_rulings += [
                (sent, d) for d in drafts if d.kind == "ruling" and d.unnamed_plural
            ]
            accused = [
                n for d in drafts if d.kind in ("ruling", "charge", "arrest") or d.listing
                for role, n in d.parties.values() if role == "accused"
            ]  # fmt: skip
            if accused:
                self.last_accused = list(dict.fromkeys(accused))
        claims.sort(key=lambda c: (c.start, c.cue))
        return claims, self.extra


    def _read(self, token: Token) -> list[Draft]:
        lex, lemma = self.lex, token.lemma_.lower()
        gerund = token.lower_.endswith("ing") and token.lower_[:-3] in lex.confess_verbs
        if gerund:  # "mentions X confessing to ...", tagged as a noun
            lemma = token.lower_[:-3]
        elif token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBD", "VBG"):
            return self._read_noun(token, lemma)
        if self._not_done(token):
            return []
        phrasal = self._phrasal(token, lemma)
        out: list[Draft] = []
        if lemma in lex.ruling_verbs:
            draft = Draft("ruling", token, lex.ruling_verbs[lemma])
            patients = self._patients(token)
            draft.add(patients, "accused")
            draft.add(self._agents(token), "court")
            draft.unnamed_plural = not patients and self._unnamed_group(token)
            passive = any(c.dep_ == "auxpass" for c in token.children)
            if not patients and not draft.unnamed_plural and not passive:
                draft.add(self._name_after(token, self._passable(token)), "accused")
            out.append(draft)
        if phrasal in lex.verdict_verbs or lemma in lex.bail_verbs or lemma in lex.remand_verbs:
            out.extend(self._verdicts(token, phrasal))
        outer = self._embedding_outcome(token)
        for draft in out if outer == "overturned" else []:
            # "reversed a decision to overturn the conviction of X": the conviction stands
            draft.outcome = _REVERSED.get(draft.outcome or "", draft.outcome)
        if lemma in lex.charge_verbs and self._acts_on_someone(token):
            draft = Draft("charge", token, lex.charge_verbs[lemma])
            draft.add(self._patients(token), "accused")
            out.append(draft)
        if lemma in lex.frame_verbs:
            out.extend(self._framed(token))
        if lemma in lex.arrest_verbs:
            draft = Draft("arrest", token, lex.arrest_verbs[lemma])
            draft.add(self._patients(token), "accused")
            draft.add(self._agents(token), "investigator")
            out.append(draft)
        if lemma in lex.accuse_verbs:
            draft = Draft("accusation", token)
            draft.add(self._patients(token), "accused")
            out.append(draft)
        plea = self._plea(token) if lemma in lex.guilty_pleas else None
        if lemma in lex.confess_verbs or plea == "guilty":
            draft = Draft("confession", token, "guilty_plea" if plea else None)
            draft.add(self._agents(token), "accused")
            out.append(draft)
        if plea == "not guilty" or (lemma in self.kinds.denial_cues and self._answers(token)):
            # "X pleaded not guilty", "X denied the charges", "X denied killing him"
            draft = Draft("denial", token)
            draft.add(self._agents(token), "accused")
            out.append(draft)
        if lemma in self.kinds.retraction_cues and self._answers(token, confessions=True):
            draft = Draft("retraction", token)  # "X retracted his confession"
            draft.add(self._agents(token), "accused")
            out.append(draft)
        if lemma in lex.finding_verbs:
            guilty = self._guilty(token)
            if guilty is not None:
                out.append(guilty)
        if lemma in lex.declare_verbs and self._declares_absconder(token):
            draft = Draft("ruling", token, "proclaimed_offender")
            draft.add(self._patients(token), "accused")
            out.append(draft)
        if lemma in lex.crime_verbs or lemma == "die":
            draft = Draft("crime", token)
            if lemma == "die":
                draft.add(self._agents(token), "victim")
            else:
                draft.add(self._patients(token), "victim")
                agents = [a for a in self._agents(token) if self._is_person(a)]
                draft.add(agents, "accused")
            out.append(draft)
        return out

    def _read_noun(self, token: Token, lemma: str) -> list[Draft]:
        lex = self.lex
        if token.pos_ not in ("NOUN", "PROPN"):
            return []
        if lemma in lex.confession_nouns or any(
            c.dep_ == "amod" and c.lemma_.lower() in lex.confession_nouns for c in token.children
        ):  # "his confession", "a confessional statement"
            if token.head.lemma_.lower() in lex.disowning_verbs:
                return []  # "retracted his confession": a retraction, told elsewhere
            draft = Draft("confession", token)
            owners = self._owners(token) or [  # "extracted a confession from X"
                n for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                for n in self._pobj_names(c)
            ]  # fmt: skip
            if not owners and token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB":
                # "X gave a confessional statement"; "his confession was recorded"
                giver = token.head.lemma_.lower() in lex.confession_givers
                owners = self._agents(token.head) if giver else []
            if not owners and token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
                # "He re-emerged in a televised confession": the one who appeared in it
                verb = token.head.head
                if verb.lemma_.lower() not in lex.disowning_verbs:
                    owners = [n for n in self._agents(verb) if self._is_person(n)]
            draft.add(owners, "accused")
            return [draft]
        if lemma in lex.crime_nouns:
            draft = Draft("crime", token)
            draft.add(self._owners(token), "victim")
            # "the Pearl murder case": the name before the crime word is its victim.
            draft.add(self._compound_names(token), "victim")
            return [draft]
        role: ParticipantRole | None = None
        if lemma in lex.accused_nouns or token.lower_ in lex.accused_nouns:
            role = "accused"
        elif lex.role_nouns.get(lemma) not in (None, "court"):
            role = lex.role_nouns[lemma]
        if role is None:
            return []
        draft = Draft("accusation" if role == "accused" else "role", token)
        draft.add(self._described(token), role)
        # "four convicts, A, B, C and D": a plural accused noun with its names lists them
        draft.listing = role == "accused" and token.tag_ == "NNS" and len(draft.parties) >= 2
        return [draft]

    def _verdicts(self, verb: Token, phrasal: str) -> list[Draft]:
        lex = self.lex
        out: list[Draft] = []
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        if verb.tag_ == "VBN":  # "had his conviction overturned"
            objects += [c for c in verb.children if c.dep_ == "nsubj"]
        # a verdict described by its appeal ("his conviction overturned"; a headline-like
        # "X overturned sentences" parsed as a modifier), not by its first award ("the
        # sentences awarded to X", which tells an earlier ruling)
        if verb.dep_ in ("acl", "amod") and lex.verdict_verbs.get(phrasal) != "sentenced":
            objects.append(verb.head)
        objects = [t for o in objects for t in self._coordinated(o)]  # "death and other sentences"
        for noun in objects:
            lemma = noun.lemma_.lower()
            outcome: str | None = None
            if lemma in lex.verdict_nouns and phrasal in lex.verdict_verbs:
                outcome = lex.verdict_verbs[phrasal]
            elif lemma in lex.acquittal_nouns and lex.verdict_verbs.get(phrasal) == "upheld":
                outcome = "acquitted"
            elif lemma in lex.appeal_nouns and phrasal in lex.appeal_verbs:
                # an appeal dismissed: the appellant's conviction stands; allowed: it falls
                outcome = lex.appeal_verbs[phrasal]
            elif lemma in lex.bail_nouns and verb.lemma_.lower() in lex.bail_verbs:
                outcome = "bail"
            if outcome is None:
                continue
            draft = Draft("ruling", verb, outcome)
            owners = self._owners(noun)
            if not owners and noun.tag_ == "NN" and any(c.lower_ == "the" for c in noun.children):
                # "The sentence was overturned": the one sentence of the accused followed
                owners = self._anaphor(noun, plural=False)
            draft.add(owners, "accused")
            draft.add(self._recipients(verb), "accused")
            if noun.dep_ != "nsubjpass":  # "X was granted bail", "X was given life imprisonment"
                draft.add(self._names_of_children(verb, PASSIVE_SUBJECTS), "accused")
            draft.add(self._agents(verb) if noun.dep_ != "nsubjpass" else [], "court")
            draft.unnamed_plural = not self._accused_in(draft) and (
                noun.tag_ in ("NNS", "NNPS")  # "overturned the sentences handed down by the ATC"
                or any(self._plural_anaphor(t) for t in self._recipient_tokens(verb))
            )
            if not self._accused_in(draft) and not draft.unnamed_plural:
                draft.add(self._name_after(verb, self._passable(noun)), "accused")
            out.append(draft)
        # "released on bail", "sent on physical remand"
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "to")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                lemma = pobj.lemma_.lower()
                if lemma in lex.bail_nouns and verb.lemma_.lower() in lex.bail_verbs:
                    outcome = "bail"
                elif lemma in lex.remand_nouns and verb.lemma_.lower() in lex.remand_verbs:
                    outcome = "remanded"
                else:
                    continue
                draft = Draft("ruling", verb, outcome)
                draft.add(self._patients(verb), "accused")
                out.append(draft)
        return out

    def _embedding_outcome(self, verb: Token) -> str | None:
        """What a higher court did to the decision ``verb`` tells: "upheld a decision to
        overturn" (upheld), "reversed a decision to overturn" (overturned), "dismissed the
        appeal against the decision to acquit" (upheld); None when it is no such decision."""
        lex = self.lex
        noun = verb.head
        if verb.dep_ not in ("acl", "xcomp") or noun.lemma_.lower() not in lex.ruling_nouns:
            return None
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass"):
            return lex.verdict_verbs.get(self._phrasal(head, head.lemma_.lower()))
        if noun.dep_ == "pobj" and head.lower_ == "against":
            appeal = head.head  # "the appeal against the decision", or the verb it hangs on
            if appeal.lemma_.lower() in lex.appeal_nouns:
                appeal = appeal.head
            return lex.appeal_verbs.get(appeal.lemma_.lower())
        return None

    def _framed(self, verb: Token) -> list[Draft]:
        """ "framed charges against X", "registered a case against X"."""
        out: list[Draft] = []
        for noun in verb.children:
            if noun.dep_ in ("dobj", "nsubjpass") and noun.lemma_.lower() in self.lex.charge_nouns:
                draft = Draft("charge", verb, "charged")
                for prep in noun.children:
                    if prep.dep_ == "prep" and prep.lower_ == "against":
                        draft.add(self._pobj_names(prep), "accused")
                for prep in verb.children:
                    if prep.dep_ == "prep" and prep.lower_ == "against":
                        draft.add(self._pobj_names(prep), "accused")
                out.append(draft)
        return out

    def _declares_absconder(self, verb: Token) -> bool:
        return any(
            t.lemma_.lower() in self.lex.absconder_nouns
            for c in verb.children
            if c.dep_ in ("oprd", "attr", "xcomp", "dobj", "ccomp", "acomp")
            for t in c.subtree
        )


    def _guilty(self, verb: Token) -> Draft | None:
        """ "found guilty of", "pronounced X guilty", "held them guilty" (convicted); "found
        not guilty" (acquitted)."""
        complement = [
            t
            for c in verb.children
            if c.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "dobj", "advmod", "attr")
            for t in c.subtree
            if t.lower_ in self.lex.verdict_adjectives
        ]
        if not complement:
            return None
        word = complement[0]
        negated = any(c.dep_ == "neg" for c in [*word.children, *verb.children])
        outcome = self.lex.verdict_adjectives[word.lower_]
        if negated:
            outcome = "acquitted" if outcome == "convicted" else "convicted"
        draft = Draft("ruling", verb, outcome)
        draft.add(self._patients(verb), "accused")
        # "found two men guilty" parsed as a small clause: the subject of "guilty" is found so
        subjects = [c for c in word.children if c.dep_ in ACTIVE_SUBJECTS]
        if not self._accused_in(draft):
            draft.add([n for s in subjects for n in self._names(s)], "accused")
        draft.add(self._agents(verb), "court")
        draft.unnamed_plural = not self._accused_in(draft) and (
            self._unnamed_group(verb) or any(self._counted(s) for s in subjects)
        )
        return draft

    @staticmethod
    def _accused_in(draft: Draft) -> bool:
        return any(role == "accused" for role, _ in draft.parties.values())

    def _plea(self, verb: Token) -> str | None:
        """ "pleaded guilty" or "pleaded not guilty" (the negation may hang from either)."""
        guilty = next((c for c in verb.children if c.lower_ == "guilty"), None)
        if guilty is None:
            return None
        between = verb.doc[verb.i + 1 : guilty.i]
        negated = any(c.dep_ == "neg" for c in guilty.children) or any(
            t.dep_ == "neg" for t in between
        )
        return "not guilty" if negated else "guilty"

    def _answers(self, verb: Token, confessions: bool = False) -> bool:
        """Whether a denying (or retracting) verb answers an accusation: its object is a
        charge, an allegation, a confession ... ("denied the charges", "retracted his
        confession"), or, for a denial, a clause ("denied that he was there", "denied
        killing him")."""
        nouns = self.lex.confession_nouns if confessions else self.lex.accusation_nouns
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns:
                return True
            # only "deny" takes the accusation as a clause; "rejected the appeal that ..." or
            # a court's "dismissed" are no answer of the accused
            clause = c.dep_ in ("ccomp", "xcomp", "pcomp") and verb.lemma_.lower() == "deny"
            if not confessions and clause:
                return True
        return False

    def _setting(self, cue: Token, kind: Kind = "confession") -> Setting:
        """Where the accused spoke (a confession, retraction or denial): the phrase attached
        to it ("before a magistrate", "during interrogation", "to the court", "in police
        custody") - to the verb, or for a noun to the verb it is the object of - else a
        setting phrase in its clause, then in its sentence before it ("During interrogation
        by the police, he confessed"), then the nearest around it (``kinds.setting_of``: the
        scene set in the sentences before). A denial is never custodial: one that cites a
        JIT report was not made in custody."""
        text = self.doc.text

        def fits(found: Setting | None) -> Setting | None:
            return None if kind == "denial" and found == "custodial" else found

        verbs = [cue] if cue.pos_ in ("VERB", "AUX") else [cue, cue.head]
        for verb in verbs:
            for child in verb.children:
                if child.dep_ not in ("prep", "advcl", "advmod", "agent", "dative", "npadvmod"):
                    continue
                last = child.right_edge
                found = fits(setting_in(text[child.left_edge.idx : last.idx + len(last.text)]))
                if found is not None:
                    return found
        if kind != "denial" and self._taken_by_investigators(cue):
            return "custodial"
        # A court that speaks of the confession is not where it was made: "Magistrate Judge
        # D ruled that police had ... to elicit the confession"
        text = self._without_courts_speaking(cue)
        clause = cue.head if cue.pos_ not in ("VERB", "AUX") else cue
        last = clause.right_edge
        end = max(last.idx + len(last.text), cue.idx + len(cue.text))
        return (
            fits(setting_in(text[clause.left_edge.idx : end]))
            or fits(setting_in(text[cue.sent.start_char : cue.idx]))
            or setting_of(text, cue.idx, end, kind)
        )

    def _taken_by_investigators(self, cue: Token) -> bool:
        """A confession the police or investigators took: "police used to extract a
        confession", "his confession was coerced by police" - the subject (or "by" agent) of
        the verb the confession noun is the object of, or of the verbs that verb is the
        purpose or complement of ("made promises to elicit the confession")."""
        if cue.pos_ in ("VERB", "AUX") or cue.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = cue.head
        while True:
            doers = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
            doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children]
            if verb.dep_ == "acl":  # "the techniques police used", parsed "police" <- "used"
                doers.append(verb.head)
            if any(t.lemma_.lower() in self.lex.custodial_agents
                   for d in doers for t in d.subtree):  # fmt: skip
                return True
            head = verb.head
            if verb.dep_ == "acl" and head.dep_ == "dobj":  # "made promises to elicit"
                head = head.head
            if verb.dep_ not in ("xcomp", "advcl", "acl") or head.pos_ not in ("VERB", "AUX"):
                return False
            verb = head

    def _without_courts_speaking(self, cue: Token) -> str:
        """The document's text with a court that is the subject of a verb governing ``cue``
        blanked (same length, so offsets hold)."""
        text = self.doc.text
        chars: list[str] | None = None
        for verb in cue.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for subject in (c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS):
                lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
                if cue in subject.subtree or setting_in(text[lo:hi]) != "judicial":
                    continue
                chars = chars if chars is not None else list(text)
                chars[lo:hi] = " " * (hi - lo)
        return text if chars is None else "".join(chars)

    def _not_done(self, verb: Token) -> bool:
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ in self.lex.modal_auxiliaries for c in verb.children):
            return True
        head = verb.head
        return verb.dep_ in ("xcomp", "ccomp", "advcl") and (
            head.lemma_.lower() in self.lex.request_verbs and verb.tag_ == "VB"
        )

    def _phrasal(self, verb: Token, lemma: str) -> str:
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        return f"{lemma}_{particle}" if particle else lemma

    def _acts_on_someone(self, verb: Token) -> bool:
        """ "charged X with murder" / "X was charged"; not "charged a fee", "tried to flee"."""
        if verb.dep_ == "xcomp" or any(c.dep_ == "xcomp" for c in verb.children):
            return False
        return bool(self._patients(verb))

    def _claim(self, sent: Span, draft: Draft) -> Claim:
        text = self.doc.text
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        cue = (draft.cue.idx, draft.cue.idx + len(draft.cue.text))
        participants = tuple(
            Participant(n.name, role, n.start, n.end, n.members)
            for role, n in sorted(draft.parties.values(), key=lambda v: v[1].start)
        )
        setting = None
        outcome = draft.outcome
        if draft.kind in ("confession", "retraction", "denial"):  # where the accused spoke
            kind: Kind = "denial" if draft.kind == "denial" else "confession"
            setting = "judicial" if outcome == "guilty_plea" else self._setting(draft.cue, kind)
            outcome = None
        # The act is the trigger's own clause's ("Although X was acquitted in several cases, he
        # was sentenced for espionage": the acquittals are not for espionage); a noun or the
        # sentence's main verb takes the whole sentence's.
        cue_token = draft.cue
        if cue_token.pos_ in ("VERB", "AUX") and cue_token.dep_ != "ROOT":
            lo = cue_token.left_edge.idx
            hi = cue_token.right_edge.idx + len(cue_token.right_edge.text)
            act = act_of(_masked(text, lo, hi, list(participants)))
        else:
            act = act_of(_masked(text, start, end, list(participants)))
        return Claim(
            kind=draft.kind,
            start=start,
            end=end,
            cue=cue,
            participants=participants,
            outcome=outcome,
            setting=setting,
            act=act,
        )


# What an outcome becomes when a higher court reverses the decision that gave it.
_REVERSED = {"overturned": "upheld", "upheld": "overturned", "acquitted": "convicted",
             "convicted": "acquitted"}  # fmt: skip


def _masked(text: str, start: int, end: int, participants: list[Participant]) -> str:
    """The sentence with the parties' names blanked: a name never decides the act."""
    chars = list(text[start:end])
    for p in participants:
        lo, hi = max(p.start - start, 0), min(p.end - start, len(chars))
        chars[lo:hi] = " " * max(hi - lo, 0)
    return "".join(chars)
