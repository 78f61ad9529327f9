"""Ranges of a text in order and apart (blockquotes, list items, datelines), asked which
one holds an offset."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class Ranges:
    """Ranges of offsets, [start, end), in order and apart, found by bisection."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self.ranges = list(ranges)
        self._starts = [start for start, _ in self.ranges]

    def holding(self, offset: int) -> int | None:
        """The index of the range the offset is in, or None."""
        i = bisect_right(self._starts, offset) - 1
        return i if i >= 0 and offset < self.ranges[i][1] else None

    def holds(self, offset: int) -> bool:
        return self.holding(offset) is not None
