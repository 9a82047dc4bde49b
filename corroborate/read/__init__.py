"""Readers: files and streams in, ``Document`` records out."""
