"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "619f4e78"
