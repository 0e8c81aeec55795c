"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "a75069038d9bc7f7ff2df17b1abb970b10a22a45cef208bdfb76722564a2208b"
