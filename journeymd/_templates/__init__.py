"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "719cc5cd"
