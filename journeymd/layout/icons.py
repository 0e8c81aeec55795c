"""Channel icons for touchpoint chips, from the bundled Lucide set (data/icons.json: SVG path data
and its ISC licence)."""

from __future__ import annotations

import json
from functools import cache

from .._data import read_text
from ..model import Touchpoint
from .scene import Icon, _r

__all__ = ["CHANNEL_ICONS", "icon_for", "icon_paths"]

# The channels people write, in English and Dutch, and the icon each gets.
CHANNEL_ICONS = {
    **dict.fromkeys(("web", "website", "webshop", "webwinkel", "online", "landing page"), "globe"),
    **dict.fromkeys(("email", "e-mail", "mail", "newsletter", "nieuwsbrief"), "mail"),
    **dict.fromkeys(("app", "mobile", "mobiel"), "smartphone"),
    **dict.fromkeys(("phone", "telefoon", "hotline", "call", "ivr"), "phone"),
    **dict.fromkeys(("post", "letter", "brief", "mailing"), "mailbox"),
    **dict.fromkeys(("parcel", "pakket", "package", "delivery", "bezorging"), "package"),
    **dict.fromkeys(("store", "shop", "winkel", "showroom", "counter", "balie", "fysiek", "in-person"), "store"),
    **dict.fromkeys(("social", "social media", "sociale media"), "share-2"),
    **dict.fromkeys(("chat", "whatsapp", "messenger"), "message-circle"),
    **dict.fromkeys(("sms", "text message"), "message-square"),
    **dict.fromkeys(("ads", "ad", "advertising", "advertentie", "campaign", "campagne"), "megaphone"),
    **dict.fromkeys(("review", "reviews", "review site", "recensie", "recensies"), "star"),
    **dict.fromkeys(("search", "zoekmachine", "seo", "sea"), "search"),
    **dict.fromkeys(("print", "drukwerk", "folder", "flyer"), "printer"),
    **dict.fromkeys(("event", "evenement", "beurs", "fair"), "calendar"),
    **dict.fromkeys(("video", "youtube", "vlog"), "video"),
    "tv": "tv",
    "radio": "radio",
    **dict.fromkeys(("forum", "community"), "users"),
    **dict.fromkeys(("blog", "article", "artikel", "press", "pers"), "newspaper"),
}


@cache
def icon_paths() -> dict[str, str]:
    """Each bundled icon's path data, read once and only when a map has a chip with an icon."""
    paths: dict[str, str] = json.loads(read_text("icons.json"))["icons"]
    return paths


def icon_for(touchpoint: Touchpoint, x: float, y: float, size: float) -> Icon | None:
    """The touchpoint's icon, its own or its channel's, with its top-left corner at ``x``, ``y``;
    None for a channel without one or ``icon: none``."""
    name = touchpoint.icon or CHANNEL_ICONS.get(" ".join(touchpoint.channel.lower().split()), "")
    if not name or name == "none":
        return None
    return Icon(_r(x), _r(y), size, name, icon_paths()[name], "icon")
