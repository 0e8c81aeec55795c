"""Pictures on the map: a step's storyboard image, and a persona's photo on their card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Step
from .context import Context
from .scene import Box, Item, Picture, _r

if TYPE_CHECKING:  # a map without pictures does not import the module that reads them
    from ..images import Picture as Image

__all__ = ["fitted", "storyboard"]

MAX_HEIGHT = 170.0  # px: a tall phone screen shows as a strip, not as a lane half the page high


def fitted(image: Image, x: float, y: float, width: float, height: float, cls: str) -> Picture:
    """``image`` scaled to fit ``width`` × ``height`` (never enlarged), centred across the width."""
    scale = min(width / image.width, height / image.height, 1.0)
    w, h = _r(image.width * scale), _r(image.height * scale)
    return Picture(_r(x + (width - w) / 2), _r(y), w, h, image.data_uri, image.alt, cls)


def storyboard(ctx: Context, step: Step) -> tuple[list[Item], float]:
    """The step's picture in a frame as wide as the cell."""
    if step.image is None:
        return [], 0.0
    picture = fitted(step.image, 4, 4, ctx.inner - 8, MAX_HEIGHT, "storyboard-image")
    frame_h = _r(picture.h + 8)
    return [Box(0, 0, ctx.inner, frame_h, "storyboard-frame", 4), picture], frame_h
