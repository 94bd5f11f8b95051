"""Quotes: quote marks, direct and reported speech, the cues that attribute them."""
