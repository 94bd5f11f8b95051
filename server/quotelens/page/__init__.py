"""From a page to an article: html decoding, unrendered-element stripping, layout scoring, metadata, boilerplate
and language."""
