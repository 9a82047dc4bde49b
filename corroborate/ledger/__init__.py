"""The cross-document ledger: allegations followed across documents to their outcome."""
