"""The even-handedness audit: enforcement figures by group, set against allegations and outcomes.

``figures.find_figures`` reads the figures of one document (run on ingest; the modules it puts
together, ``counts``, ``measure``, ``lists``, ``implicit``, ``single_raids``, ``figure_groups``,
``agency``, ``repeats``, ``named_later`` and ``totals``, are listed in its docstring);
``complaints`` and ``speakers`` which statements complain and whom their sources speak for (on
ingest too); the rest reads only those stored records (``tests/audit/test_reads_no_text.py``).
``briefings`` links the documents that tell one briefing; ``compare`` lists where their figures
differ (outlets that disagree, several values of one group and measure); ``report.build_audit``
resolves groups to the ledger's entities and computes the rows; ``chart`` draws them.
"""
