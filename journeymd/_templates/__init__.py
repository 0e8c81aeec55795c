"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "47f31a39"
