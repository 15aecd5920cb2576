"""Where a score sits against the verdict cut-offs, as a verdict and in words.

``BAND`` = 0.03: P(fake) is Platt-calibrated with an expected calibration error
of 0.021-0.027 on GossipCop test across releases (docs/notes/credibility.md),
so a score closer than ~0.03 to a cut-off cannot be told apart from one on its
other side; such a score reads as "uncertain" instead of a verdict that the
gauge's needle would contradict (issue 12.3).
"""

from __future__ import annotations

from ..article import Verdict

BAND = 0.03


def banded_verdict(p_fake: float, thresholds: tuple[float, float], band: float = BAND) -> Verdict:
    """'likely real' below ``low - band``, 'likely fake' above ``high + band``, else uncertain."""
    low, high = thresholds
    if p_fake < low - band:
        return "likely real"
    if p_fake > high + band:
        return "likely fake"
    return "uncertain"


def position(p_fake: float, thresholds: tuple[float, float], band: float = BAND) -> str:
    """A plain sentence: "0.51, just above the 0.45 line for 'likely fake'"."""
    low, high = thresholds
    lines = ((high, "likely fake"), (low, "likely real"))
    score = f"{p_fake:.2f}"
    for cut, name in lines:
        if abs(p_fake - cut) <= band:
            side = "above" if p_fake > cut else "below" if p_fake < cut else "on"
            return f"{score}, just {side} the {cut:.2f} line for '{name}', too close to call"
    if p_fake > high:
        return f"{score}, above the {high:.2f} line for 'likely fake'"
    if p_fake < low:
        return f"{score}, below the {low:.2f} line for 'likely real'"
    return (
        f"{score}, between the {low:.2f} line for 'likely real'"
        f" and the {high:.2f} line for 'likely fake'"
    )
