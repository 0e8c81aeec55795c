"""How much one journey may hold: beyond these a map is unreadable or slow, so the file is rejected."""

from __future__ import annotations

FORMAT_VERSION = 1
MAX_STEPS = 10_000  # a 5000-step map renders in seconds; far beyond that nobody reads it
# Written `next` links: per step, and in the whole journey. Arrows are what the map, the flow chart
# and diff work hardest on, and an alias of a long list of ids in every step would otherwise give
# them a million; a real branch point has a handful.
MAX_STEP_LINKS = 50
MAX_LINKS = 20_000
# Each persona gets an emotion line on the map, and the map, the report, stats and lint go over
# every step for each; six colours tell them apart, and far fewer than a hundred can be read.
MAX_PERSONAS = 100
# Each department is a row of the report's department-by-phase matrix and a filter; real journeys
# have a handful, and thousands made that matrix (and stats) grow with departments times phases.
MAX_DEPARTMENTS = 100

# A suggestion compares the wrong name with every name it could mean: thousands of wrong links
# among thousands of steps took minutes. The first problems in the file get their suggestions;
# past this many names compared, the rest are reported without one.
SUGGESTION_COMPARISONS = 50_000
