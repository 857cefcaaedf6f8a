"""Disjoint sets (union-find) whose representative is the earliest member by a caller's key."""
from __future__ import annotations

from collections.abc import Callable, Hashable


class DisjointSets:
    def __init__(self, order: Callable[[Hashable], tuple]) -> None:
        self.parent: dict = {}
        self._order = order  # the member that sorts first represents its set

    def add(self, item) -> None:
        self.parent.setdefault(item, item)

    def find(self, item):
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a, b) -> tuple | None:
        """Join the sets of ``a`` and ``b``; returns (kept, dropped) representatives, or None."""
        a, b = self.find(a), self.find(b)
        if a == b:
            return None
        keep, drop = sorted((a, b), key=self._order)
        self.parent[drop] = keep
        return keep, drop
