"""The service around the pipeline: app, API, errors, settings, the analyzer (budget, slots, cache), CLI, WSGI,
human-facing pages."""
