"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "98d359ed"
