"""One text as the credibility model reads it, each part worked out once.

Scoring a text and explaining its score read the same things of it: its
tokens, its TF-IDF features under the lexical block and under the story
memory, its similarity to every remembered article. A :class:`Reading` holds
them, computed on first use, so that :meth:`CredibilityModel.blocks`, the
memory's matches and :func:`.explain.left_out_margins` share one pass; it
lives as long as the caller keeps it (one article, one call), never in a
global cache.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from .encoder import ContentEncoder
from .features import Analyzer, raw_tokens
from .lexical import Counted, LexicalVectorizer, SparseRow
from .memory import StoryMemory


class Reading:
    """``text`` under a model's lexical vectoriser and story memory."""

    def __init__(self, text: str, lexical: LexicalVectorizer, memory: StoryMemory | None) -> None:
        self.text = text
        self.lexical = lexical
        self.memory = memory
        self._encoder_text: dict[str, str] = {}
        self._selected: dict[object, tuple[list[str], list[int]]] = {}

    def reads_as(self, lexical: LexicalVectorizer, memory: StoryMemory | None) -> bool:
        """Whether this reading holds what ``lexical`` and ``memory`` would read."""
        if self.lexical is not lexical:
            return False
        if memory is None or self.memory is memory:
            return True
        mine = self.memory  # a copy of the memory (another threshold) reads alike
        return (
            mine is not None
            and mine.vectorizer is memory.vectorizer
            and mine.values is memory.values
        )

    @cached_property
    def raw(self) -> list[str]:
        """The text's folded tokens (:func:`.features.raw_tokens`)."""
        return raw_tokens(self.text)

    def counted(self, vectorizer: LexicalVectorizer) -> tuple[Counted, list[int]]:
        """The text's features under ``vectorizer`` (the lexical or the memory one), and
        where in :attr:`raw` each of their content tokens comes from."""
        return self._lexical if vectorizer is self.lexical else self._memory

    @cached_property
    def _lexical(self) -> tuple[Counted, list[int]]:
        tokens, at = self._content(self.lexical.analyzer)
        return self.lexical.count(tokens), at

    @cached_property
    def _memory(self) -> tuple[Counted, list[int]]:
        if self.memory is None:
            raise ValueError("the model has no story memory")
        tokens, at = self._content(self.memory.vectorizer.analyzer)
        return self.memory.vectorizer.count(tokens), at

    def _content(self, analyzer: Analyzer) -> tuple[list[str], list[int]]:
        # The two analyzers select alike (they differ in n-grams only): select once.
        key = analyzer.selection
        if key not in self._selected:
            self._selected[key] = analyzer.tokens_of(self.raw)
        return self._selected[key]

    @property
    def lexical_counts(self) -> Counted:
        return self._lexical[0]

    @cached_property
    def lexical_row(self) -> SparseRow:
        """What ``LexicalVectorizer.row`` gives for the text."""
        return self.lexical_counts.row()

    @property
    def memory_counts(self) -> Counted:
        return self._memory[0]

    @cached_property
    def similarities(self) -> np.ndarray:
        """What ``StoryMemory.similarities`` gives for the text."""
        assert self.memory is not None
        return self.memory.dots(*self.memory_counts.row())

    @property
    def memory_margin(self) -> float:
        """What ``StoryMemory.margin`` gives for the text (0 without a memory)."""
        if self.memory is None or self.memory.gamma == 0.0:
            return 0.0
        return self.memory.margin_of(self.similarities)

    def encoder_text(self, encoder: ContentEncoder) -> str:
        """What ``encoder`` reads of the text (:meth:`.encoder.ContentEncoder.text`)."""
        if encoder.reads not in self._encoder_text:
            self._encoder_text[encoder.reads] = encoder.text(self.text, self.raw)
        return self._encoder_text[encoder.reads]
