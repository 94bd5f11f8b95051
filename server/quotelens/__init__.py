"""Quotelens: find who said what, the officials named and every mention of sanctions in a news article."""

__version__ = "0.1.0"
