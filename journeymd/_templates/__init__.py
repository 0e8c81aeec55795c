"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "acc4366c"
