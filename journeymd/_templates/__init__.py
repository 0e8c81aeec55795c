"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "504f3dfe"
