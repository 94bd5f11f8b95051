"""The analysis service one app holds: the model, the watchlist and the request-level rules around the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language

from .article import NoArticleFound
from .errors import ApiError
from .nlp import load_nlp
from .pipeline import analyze_html, analyze_text
from .response import to_json


@dataclass
class Analyzer:
    """Analyse requests with a model loaded once per process."""

    max_spans: int | None = None
    watchlist: object | None = None
    _nlp: Language | None = field(default=None, repr=False)

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp

    @property
    def model_loaded(self) -> bool:
        return self._nlp is not None

    def analyze(self, *, html: str | None = None, text: str | None = None, url: str | None = None) -> dict:
        """Analyse a page (``html``) or plain article text (``text``) into the response JSON."""
        if text is not None:
            analysis = analyze_text(text, self.nlp, watchlist=self.watchlist, max_spans=self.max_spans)
        else:
            try:
                analysis = analyze_html(html, self.nlp, url=url, watchlist=self.watchlist, max_spans=self.max_spans)
            except NoArticleFound as error:
                raise ApiError("no_article", f"No article found on this page: {error}", 422) from error
        return to_json(analysis)
