"""Sanctions: the lexicon, candidate mentions, their status and the parties involved."""
