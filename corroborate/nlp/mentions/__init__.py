"""People, organisations and places named in one document: ``find_mentions(doc)``.

Pure over a parsed spaCy ``Doc`` (tagger and NER). NER supplies the candidates; the rules
here repair what a small model gets wrong in this kind of text and add what NER cannot see:

- capitals that name nothing: a headline's or a shout's words ("PART OF LIFE", "us ALL
  moving") are no candidates unless the document writes them as a name elsewhere;
- types: an all-capitals word is an organisation ("JIT", not a person); a name ending in an
  organisation word ("Committee", "Party", "Rangers") is one; a name the text gives a role
  ("MNA Faryal Talpur") or lists beside a person ("Asif Zardari or Faryal Talpur") is a
  person, as is a name a noun for people introduces ("his friend Siraj", "employees
  Iftikhar, Jan Muhammad and Jameel", "accused, including Sabir and Izhar"); a one-word
  name that is a word of a person's full name in the document is that person ("Baloch" ->
  "Uzair Baloch": the latest full name before it, else the first after);
- izafat names: "Tehreek-e-Nizam", split at its hyphens and found by NER in part, is one
  name, and a body's ("Lashkar-e-X", "Jamaat-ul-X") an organisation's;
- acronym definitions: "Muttahida Qaumi Movement (MQM)" gives the long name with alias MQM;
- aliases: "Faisal Mehmood, aka Mota", "Zafar Baloch alias Langra";
- affiliations and roles: "MQM worker X", "X, a worker of the MQM", "Senator X of the ANP",
  "X, ... the Peoples Aman Committee's chief", "the chief of the PAC" (the person the
  document is about), "He also headed the PAC".

Every mention's ``text`` is ``doc.text[start:end]``.

One module a concept: ``candidates`` (the name spans), ``joined_fragments`` (one name NER
cut in two), ``missed_names`` (the names NER missed), ``capitals`` (headlines and shouts),
``entity_types`` (person, organisation or place), ``izafat`` (names joined by an izafat),
``people_lists`` (a lone name a noun for
people introduces), ``descriptors`` (a common noun NER took in as a name's first word:
"Cook Tenzin Norbu"), ``given_names_before`` (given names NER left before a surname it
typed alone, a name typed a body after a title), ``full_names``, ``acronyms``, ``aliases``,
``affiliations``, the lexicon's ``roles`` they share, ``state`` (what every step reads and
writes) and ``finder``, which assembles the steps in their order.
"""

from corroborate.nlp.mentions.finder import find_mentions
from corroborate.nlp.mentions.roles import LEAD_VERBS, ROLES, is_modifier

__all__ = ["LEAD_VERBS", "ROLES", "find_mentions", "is_modifier"]
