"""The WSGI entry point for multi-process servers: `gunicorn --preload quotelens.service.wsgi:app`.

The model is loaded here, at import, so that with --preload the master process loads it once and the forked
workers share its memory pages until they write to them. Any server reached through gunicorn or a load balancer
is shared by design, so this entry point refuses to start without a token (QUOTELENS_API_TOKEN); a single reader on
their own machine runs `quotelens serve`, which binds 127.0.0.1.
"""

from __future__ import annotations

from quotelens.service.app import create_app


class TokenRequired(RuntimeError):
    """A shared deployment was started without QUOTELENS_API_TOKEN."""


app = create_app()
if not app.config.get("API_TOKEN"):
    raise TokenRequired("Set QUOTELENS_API_TOKEN: a server behind gunicorn or a load balancer is reachable by others, "
                        "and every client must then send 'Authorization: Bearer <token>'.")
app.extensions["quotelens"].nlp  # load the model now, before the workers fork
