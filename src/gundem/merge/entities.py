"""One canonical entity per referent across articles (and across a store's history).

The registry is built from a snapshot of known entities (empty for a plain run, the store's for
``gundem ingest``) and grows as articles are linked. Places and listed bodies match on their
table key; people on their names (see :func:`gundem.analysis.linking.names_match`);
organisations on their folded name.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from gundem.analysis.linking import (
    FORMER,
    EntityFacts,
    LocalEntity,
    fuller_role,
    fullest_name,
    names_match,
)
from gundem.analysis.text import fold, slug


@dataclass(slots=True)
class CanonicalEntity(EntityFacts):
    id: str = field(kw_only=True)
    countries_seen: dict[str, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.english_name or fullest_name(self.names)

    def as_dict(self) -> dict:
        data = {"type": self.type, "name": self.name, "country": self.country, "names": sorted(self.names)}
        for key in ("key", "role", "kind"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data


class EntityRegistry:
    def __init__(self, known: Iterable[CanonicalEntity] = ()) -> None:
        self.entities: dict[str, CanonicalEntity] = {}
        self._by_key: dict[str, str] = {}
        self._by_fold: dict[tuple[str, str], list[str]] = {}
        self._people_by_word: dict[str, set[str]] = {}
        for entity in known:
            self._index(entity)

    def link(self, local: LocalEntity) -> CanonicalEntity:
        """The canonical entity for ``local``, created when none matches; its facts are merged in."""
        entity = self._match(local)
        if entity is None:
            entity = CanonicalEntity(
                local.type, [], id=self._new_id(local), key=local.key, kind=local.kind, english_name=local.english_name,
            )
        for name in local.names:
            if name not in entity.names:
                entity.names.append(name)
        entity.english_name = entity.english_name or local.english_name  # "Henry", then "VIII. Henry": Henry VIII
        entity.role = fuller_role(entity.role, local.role)
        if local.country:
            entity.countries_seen[local.country] = entity.countries_seen.get(local.country, 0) + 1
            entity.country = max(entity.countries_seen, key=entity.countries_seen.get)
        self._index(entity)
        return entity

    def _match(self, local: LocalEntity) -> CanonicalEntity | None:
        if local.key:
            found = self._by_key.get(local.key)
            return self.entities[found] if found else None
        for name in local.names:
            found = [self.entities[id_] for id_ in self._by_fold.get((local.type, fold(name)), ())]
            # "Sağlık Bakanlığı" of Gaza and of Türkiye: a body named without its country is one per country
            found = [entity for entity in found if _may_join(local, entity)]
            if found:
                return found[-1]
        if local.type != "PER":
            return None
        candidates = {id_ for name in local.names for word in fold(name).split() for block in _blocks(word) for id_ in self._people_by_word.get(block, ())}
        matches = [self.entities[id_] for id_ in sorted(candidates)
                   if _same_person(local.names, self.entities[id_].names) and _may_join(local, self.entities[id_])]
        if len(matches) == 1:
            return matches[0]
        full = [m for m in matches if any(names_match(local.name, theirs) and len(theirs.split()) > 1 for theirs in m.names)]
        return full[0] if len(full) == 1 else None  # an ambiguous short name starts its own entity

    def _index(self, entity: CanonicalEntity) -> None:
        self.entities[entity.id] = entity
        if entity.key:
            self._by_key[entity.key] = entity.id
        for name in entity.names:
            ids = self._by_fold.setdefault((entity.type, fold(name)), [])
            if entity.id in ids:
                ids.remove(entity.id)
            ids.append(entity.id)  # the entity last linked under a name is the one a bare mention of it joins
            if entity.type == "PER":
                for word in fold(name).split():
                    for block in _blocks(word):
                        self._people_by_word.setdefault(block, set()).add(entity.id)

    def _new_id(self, local: LocalEntity) -> str:
        base = local.key or f"{local.type.lower()}:{slug(local.name)}"
        candidate, number = base, 2
        while candidate in self.entities:
            candidate, number = f"{base}-{number}", number + 1
        return candidate


def _may_join(local: LocalEntity, entity: CanonicalEntity) -> bool:
    """A name the entity was known by joins it unless the article tells another referent: a body of
    another country, a person holding a role of another field."""
    if local.type == "PER":
        return not roles_of_apart_fields(local.role, entity.role) and not _offices_of_two_states(local, entity)
    return not _of_another_country(local, entity)


def _offices_of_two_states(local: LocalEntity, entity: CanonicalEntity) -> bool:
    """Colombia's defence minister and Spain's prime minister, both called Pedro Sánchez: holders of
    two state offices of two countries are two people (one office with two countries is more often one
    holder whose country an article guessed wrong)."""
    public = [_field_of(role) == "government" for role in (local.role, entity.role) if role]
    return (len(public) == 2 and all(public) and local.role != entity.role and bool(local.country) and bool(entity.countries_seen)
            and local.country not in entity.countries_seen)


def _of_another_country(local: LocalEntity, entity: CanonicalEntity) -> bool:
    """The article gives the body a country the entity was never seen with, or names it only by
    its common words (``the interior ministry said``) with no country, which any country's may be."""
    if not local.country:
        return bool(entity.countries_seen) and all(name.islower() for name in local.names)
    return bool(entity.countries_seen and local.country not in entity.countries_seen)


def _same_person(mine: list[str], theirs: list[str]) -> bool:
    """Where both sides have a full name, the full names decide: a surname they share does not
    make Ayşe Demirtaş the Elif Nur Demirtaş an earlier article also called Demirtaş."""
    full_mine, full_theirs = [n for n in mine if " " in n], [n for n in theirs if " " in n]
    if full_mine and full_theirs:
        mine, theirs = full_mine, full_theirs
    return any(names_match(a, b) for a in mine for b in theirs)


def _blocks(word: str) -> tuple[str, str]:
    """Candidate keys for a name word: its start and its end, so that a variant spelling
    differing at one end (Zelenskiy / Selenskiy) still meets its match."""
    return ("<" + word[:3], word[-3:] + ">")


def roles_of_apart_fields(mine: str | None, theirs: str | None) -> bool:
    """A lawyer and a deputy minister, a footballer and a journalist: roles held now, of two fields
    no career joins, so that the same name in two articles is two people."""
    fields = [_field_of(role) for role in (mine, theirs) if role]
    if len(fields) < 2 or None in fields or fields[0] == fields[1]:
        return False
    return frozenset(fields) not in role_fields().crossings


@cache
def _field_of(role: str) -> str | None:
    """The field of a role held now (a former minister may practise law now: a role held no
    longer keeps no one apart); read once per role, as every candidate of a name asks again."""
    if role.startswith(f"{FORMER} "):
        return None
    return next((kind for pattern, kind in role_fields().patterns if pattern.match(role)), None)


@dataclass(frozen=True, slots=True)
class RoleFields:
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    crossings: frozenset[frozenset[str]]  # pairs of fields one career may cross between


@cache
def role_fields() -> RoleFields:
    """The tables of ``data/role_fields.tsv`` and ``data/crossing_fields.tsv``, read once."""
    def rows(name: str) -> list[list[str]]:
        text = resources.files("gundem.data").joinpath(name).read_text(encoding="utf-8")
        return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return RoleFields(tuple((re.compile(pattern, re.IGNORECASE), kind) for pattern, kind in rows("role_fields.tsv")),
                      frozenset(frozenset(pair) for pair in rows("crossing_fields.tsv")))
