"""One firm written with and without its form of incorporation: "Sindhu Weaves (Pvt) Ltd" in
one report, "Sindhu Weaves" in the next, "Shivalik Skyways Private Limited" and "Shivalik
Skyways Pvt Ltd" (``nlp.company_names``).

The names whose words, a company's forms dropped, are that company's name (of an
organisation, with or without forms) are that one firm (``join_firm_forms``): the whole bare
name, word for word up to spelling (``names.key``), never a part of it ("Meghna Knit
Composite" is not "Meghna Textiles Ltd": the bare names differ) and never one word
("Expedition Pvt Ltd"). Whatever type NER gave the bare name: it types "Meghna Knit
Composite" a person and "Sindhu Weaves" a place in the reports that drop the "Ltd" - but a
bare name shaped as a person's stays the person's ("Graham Pell" of "Graham Pell Ltd",
``company_names.shaped_as_a_person``).

The bare name is joined as NER typed it, not typed again: the group is an organisation's
(``groups`` takes its first name's type, and an organisation's name sorts first), and the
name keeps its own blocking keys. Typing it an organisation instead (``name_types``) would
give it an organisation's keys the ledger's index, which keys each name under the types of
its own spelling (``ledger.index.name_keys``), does not hold: an update would resolve
another component than a rebuild (a head word's block: "Mills" and an "Ikeja Rice Mills"
typed an organisation by its firm only).

The company's name finds its bare name by the ``key:`` blocking key of the bare name
(``blocking``), whatever their types: so an update resolving one resolves the other too.
"""

from __future__ import annotations

from collections import defaultdict

from corroborate.nlp import names
from corroborate.nlp.company_names import bare_firm_name, shaped_as_a_person
from corroborate.resolve.union import NameUnion

__all__ = ["join_firm_forms"]

Node = tuple[str, str]


def join_firm_forms(uf: NameUnion, nodes: list[Node], first_doc: dict[Node, str]) -> None:
    """ "Sindhu Weaves" is "Sindhu Weaves (Pvt) Ltd", and "Shivalik Skyways Pvt Ltd" is
    "Shivalik Skyways Private Limited": the names whose words, forms dropped, are one
    organisation's company name without its forms are that company. Forms are written
    inconsistently, so the companies of one bare name are one firm too. Key: ``key:`` of
    the bare name."""
    by_bare: dict[str, list[Node]] = defaultdict(list)
    companies: set[str] = set()
    for node in nodes:
        bare = bare_firm_name(node[1])
        if bare is not None and node[0] == "organization":
            companies.add(names.key(bare))
        if node[0] == "person" and shaped_as_a_person(bare or " ".join(names.words(node[1]))):
            continue  # "Graham Pell": the man, as likely as his firm
        by_bare[names.key(bare if bare is not None else node[1])].append(node)
    for key_ in sorted(companies):
        group = by_bare[key_]
        firm = next(n for n in group if n[0] == "organization" and bare_firm_name(n[1]))
        for other in group:
            if uf.find(other) != uf.find(firm):
                why = "the same firm's name with or without its form of incorporation"
                uf.join(other, firm, why, first_doc.get(other))
