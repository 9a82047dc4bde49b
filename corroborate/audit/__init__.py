"""The even-handedness audit: enforcement figures by group, set against allegations and outcomes.

``figures.find_figures`` reads the figures of one document (run on ingest); ``compare`` matches
the same figure across sources; ``report.build_audit`` resolves groups to the ledger's entities
and computes the rows; ``chart`` draws them.
"""
