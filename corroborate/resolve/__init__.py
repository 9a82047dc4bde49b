"""Cross-document resolution: one canonical entity per real-world actor."""
