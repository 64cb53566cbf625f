"""Rows with a unique name that two editors may create at the same moment."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.db import IntegrityError, models, transaction

M = TypeVar("M", bound=models.Model)

# Each round of a race has one winner: enough rounds for ten editors at once.
ATTEMPTS = 10


def found_or_created(find: Callable[[], M | None], make: Callable[[], M]) -> M:
    """Return find()'s row, or else make()'s new, validated row once saved.

    Two imports naming the same new outlet both find nothing and both insert
    it; the second insert breaks the unique name (PostgreSQL, or any database
    where the lookup ran before the write lock). Saved in a savepoint, the
    loser's clash rolls back alone and the next attempt finds the row the
    winner stored (or, for a slug taken meanwhile by another row, makes a new
    one). make() may raise ValidationError; it reaches the caller unchanged.
    """
    for attempt in range(ATTEMPTS):
        row = find()
        if row is not None:
            return row
        row = make()
        try:
            with transaction.atomic():
                row.save()
        except IntegrityError:
            if attempt == ATTEMPTS - 1:
                raise
            continue
        return row
    raise AssertionError("unreachable")  # the loop returns or raises
