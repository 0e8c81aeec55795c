"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "dd8ea754"
