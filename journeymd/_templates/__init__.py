"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "037c8280"
