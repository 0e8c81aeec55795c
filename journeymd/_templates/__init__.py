"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "c569caad"
