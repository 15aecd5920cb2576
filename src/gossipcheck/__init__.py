"""gossipcheck: how far to trust a celebrity news story, and why.

The package reads in the order an article flows (docs/architecture.md has the diagram):

1. ``inputs`` and ``ingest/``: what the user gave, decoded and validated, into an ``Article``
2. ``sourcing/``: who said what, anonymous or on record, relayed from whom, denied by whom
3. ``signals/``: hedges, sensational wording, exclusivity claims
4. ``claims/``: check-worthy claims and the attribution each rests on
5. ``credibility/``: calibrated P(fake), verdict and the reasons
6. ``corroboration/``: other copies of the story in a local corpus
7. ``report/``: the typed report (JSON Schema), summary, checklist and output formats

``core.Checker`` runs the stages listed in ``pipeline.STAGES``. The front ends
(``cli``, ``web/``, ``batch/`` with ``store``) only call the ``Checker``; ``lab/``
(training, evaluation, benchmarks, table builders) is research, not product.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .article import Article
from .core import Checker
from .errors import GossipcheckError
from .settings import Options

__all__ = ["Article", "Checker", "GossipcheckError", "Options", "__version__"]
