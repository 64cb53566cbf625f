"""Decide whether two claims may measure one thing: the vetoes, the near misses and the score.

Any veto (another family, day, year, concept, part, group, place,
counterpart, giver, …) rules a pair out; otherwise the score grows with
shared concepts, names, day and words, translations counted as shared.

Pure: no Django.
"""

from __future__ import annotations

from annotations.text import lexicon
from annotations.text.concepts import concepts_conflict, concepts_of
from annotations.text.days import days_differ, earlier_day
from annotations.text.families import MEASURES
from annotations.text.features import Features
from annotations.text.parts import same_whole
from annotations.text.places import same_point


def _same_entity(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b)


def _years_differ(a: Features, b: Features) -> bool:
    """Return whether two claims speak of different years.

    A sentence naming no year speaks of the article's own year, so "64
    persen pada pilkada 2019" is not this year's turnout. Unless the article
    named that year earlier ("APBD 2023 ..." then "Belanja pegawai Rp 400
    miliar"), or the year named is still to come ("APBD 2025", "tahun
    depan"): a sentence without a year may speak of the coming one too.
    """
    if not a.years or not b.years:
        return False
    if _this_year_against_coming(a, b) or _this_year_against_coming(b, a):
        return True
    if a.years & b.years:
        return False
    if a.years_implicit and b.years_implicit:
        return False
    if a.years_implicit != b.years_implicit:
        named, plain = (b, a) if a.years_implicit else (a, b)
        if named.years & plain.context:
            return False
        now = max(plain.years)
        if not all(y.isdigit() and y < now for y in named.years):
            return False
    return True


def _this_year_against_coming(named: Features, plain: Features) -> bool:
    """Return whether a figure naming this year meets one of an article about a coming year.

    "lebih rendah dari defisit tahun ini yang mencapai Rp 61 miliar" is this
    year's deficit; "Defisitnya sekitar Rp 50 miliar" in an article on the
    2027 budget names no year, and speaks of 2027, not of the year it was
    published in.
    """
    return (
        plain.years_implicit
        # "the first nine months": months already gone, this year's
        and not plain.quarter
        and not named.years_implicit
        and named.years == plain.years
        and not named.years & plain.context
        and any(y.isdigit() and y > max(plain.years) for y in plain.context)
    )


def _same_dated(a: Features, b: Features) -> bool:
    """Return whether a baseline naming its year meets a figure of that year alone.

    "naik dari 900 kasus tahun lalu" is last year's figure, which another
    outlet gives as "Pada Januari 2024 tercatat 900 kasus".
    """
    old, other = (a, b) if a.baseline else (b, a)
    return (
        old.dated_baseline
        and not other.baseline
        and not other.years_implicit
        and other.years == old.years
    )


def _guessed_day(f: Features) -> tuple | None:
    """Return the day a figure's sentence does not name: an earlier sentence's, or None."""
    return f.day if f.day_soft else None


def _report_day(f: Features) -> tuple | None:
    """Return the day an undated figure is reported as of.

    The day its counts stand at ("Hingga Minggu (20/7), ...") when an earlier
    sentence opens on one, else its article's day: an event's day named
    before ("tenggelam pada Sabtu malam") is no day of the count.
    """
    return f.day if f.day_soft and f.day_as_of else f.published


def _days_apart(a: Features, b: Features) -> bool:
    """Return whether two claims' days differ, an nth day read as its article's own.

    "Pencarian pada hari kedua melibatkan 180 personel" in an article of
    Tuesday (9/6) tells Tuesday's search, the second day: a dated Tuesday
    (9/6) elsewhere is the same day.
    """
    if not days_differ(a.day, b.day):
        return False
    for nth, dated in ((a, b), (b, a)):
        if (
            nth.day
            and nth.day[0] == "nth"
            and dated.day
            and dated.day[0] != "nth"
            and dated.day == nth.published
        ):
            return False
    return True


def _guess_meets_named(a: Features, b: Features) -> bool:
    """Return whether a guessed day's figure is of the day the other's sentence names.

    An undated figure is of the day its article reports as of ("The day of
    an undated figure", point 1): "had set aside £4.5 million" after a
    sentence on Tuesday's outage, in an article of Wednesday, meets "said on
    Wednesday it had set aside £4.5m". Sums and measures only: counts of
    people or things are left to the running rule below.
    """
    for guess, named in ((a, b), (b, a)):
        if (
            guess.day_soft
            and not named.day_soft
            and not guess.day_as_of
            # a count's guessed day is told apart in the running rule
            and guess.family != "person"
            and (guess.family in MEASURES or guess.family.isupper())
        ):
            return named.day is not None and named.day == guess.published
    return False


def _of_a_period(f: Features) -> bool:
    """Return whether a figure's own words date it by a month, quarter or year."""
    return bool(f.month or f.quarter or f.earlier or f.span or not f.years_implicit)


def veto(a: Features, b: Features, common: frozenset[str] = frozenset()) -> str:
    """Return the name of the rule that rules out two claims measuring one thing, or "".

    "family" (another unit family), "frame" (a look-back period), "day",
    "concept", "names", "near_miss: tally", …: the bench counts what keeps
    two claims apart by these names; `likeness` scores only the pairs no rule
    rules out. `common` holds name words found all over the story (the
    protagonists and the city), which tell two facts apart no better than "the".
    """
    if a.family != b.family:
        return "family"
    if a.period or b.period:
        return "frame"
    # "separuh sawah" meets "50 persen sawah", not "harga naik 20 persen"; a
    # fraction of nothing named ("Half said they would stay") meets no
    # percentage. Two fractions meet as they did ("half of what is needed",
    # "separuh kebutuhan").
    # A change by a fraction is a change by a percentage: "fallen by a third",
    # "turun 40 persen".
    if (
        a.fraction != b.fraction
        and not same_whole(a.share_of, b.share_of)
        and not (a.change and b.change)
    ):
        return "fraction"
    # A day an earlier sentence named is a guess: two guesses never rule out.
    # Another quarter, or a quarter against the whole year.
    if a.quarter and b.quarter and a.quarter != b.quarter:
        return "quarter"
    # Unless both are the days counts stand at, as of two days. A quarter's
    # result is of its quarter, whatever day an article tells it on.
    # A figure of a stretch of days meets a guess like a guess.
    if (
        _days_apart(a, b)
        and not (
            (a.day_soft or a.span)
            and (b.day_soft or b.span)
            and not (a.day_as_of and b.day_as_of)
        )
        and not (a.quarter or b.quarter)
        and not _guess_meets_named(a, b)
    ):
        return "day"
    # Undated in articles of two days that named two days before it: a
    # running count (the dead, the houses, the area hit, the losses) moved
    # between the two reports, unless both stand as of one day; a term that
    # does not move (a contract, a share, a target) is one fact. See "The day
    # of an undated figure" in bench/compare_stories/README.md.
    if (
        a.running
        and b.running
        and (a.day_soft or b.day_soft)
        and (a.day is None or a.day_soft)
        and (b.day is None or b.day_soft)
        and not (_of_a_period(a) or _of_a_period(b))
        and days_differ(a.published, b.published)
        and (
            days_differ(_guessed_day(a) or a.published, _guessed_day(b) or b.published)
            # "15 remained missing": still so on its own article's day
            or a.still
            or b.still
        )
        and days_differ(_report_day(a), _report_day(b))
    ):
        return "day"
    # Any currency is a measure: pounds and yen as much as rupiah.
    if (a.family in MEASURES or a.family.isupper()) and concepts_conflict(
        a.concepts, b.concepts
    ):
        return "concept"
    # Another year: the target for 2026 is not last year's figure.
    if _years_differ(a, b):
        return "year"
    # A part ("including two firefighters") is never the whole count, nor the
    # figure a change started from the figure it reached.
    if (
        a.part != b.part
        or a.whole != b.whole
        or (a.baseline != b.baseline and not _same_dated(a, b))
    ):
        return "part"
    # One business segment's figure is neither the company's nor another
    # segment's.
    if (a.segment or b.segment) and not (
        a.segment & b.segment or lexicon.counterpart_share(a.segment, b.segment)
    ):
        return "segment"
    # Children, women, foreigners are not everybody, nor each other; a
    # school's pupils told as its children are the same pupils.
    if a.subgroup != b.subgroup and not (
        {a.subgroup, b.subgroup} == {"children", ""}
        and (a.pupils if not a.subgroup else b.pupils)
    ):
        return "subgroup"
    # A change over a month is not a change over a year.
    # A share of a group ("65 persen pasien") is no rate or change.
    if a.share != b.share:
        return "share"
    # Where an outlet splits a whole into shares, each item's share is its
    # own fact: education's 20 percent is not staff spending's 38.
    if (
        not a.concepts & b.concepts
        and a.holder
        and b.holder
        and not a.holder & b.holder
        and not lexicon.counterpart_share(a.holder, b.holder)
    ):
        return "holder"
    # The time since an event ("sank five hours after leaving port") is not
    # how long the trip takes ("the crossing takes six hours").
    if a.elapsed != b.elapsed:
        return "elapsed"
    # How long talks stalled is not how long they lasted.
    if a.halted != b.halted:
        return "halted"
    # How much lighter a verdict is than the demand is neither.
    if a.difference != b.difference:
        return "difference"
    # A rate per 100,000 is no count.
    if a.per_many != b.per_many:
        return "per_many"
    # March's figure is not February's.
    if a.month and b.month and a.month != b.month:
        return "month"
    # Places named by another head are one count only when their use is one:
    # "bottled-water stations" and "distribution points handing out water";
    # under one head, two named uses are two counts ("food points", "water points").
    if (
        (a.site_head != b.site_head or (a.purpose and b.purpose))
        and not a.purpose & b.purpose
        and not lexicon.counterpart_share(a.purpose, b.purpose)
        # one use in two languages: "titik pengungsian", "evacuation centres"
        and not concepts_of(" ".join(sorted(a.purpose)))
        & concepts_of(" ".join(sorted(b.purpose)))
    ):
        return "site"
    # Everybody on board, crew included, is not the passengers alone.
    if {a.aboard, b.aboard} == {"all", "passengers"}:
        return "aboard"
    if a.basis and b.basis and a.basis != b.basis:
        return "basis"
    # Last week's price is not this week's, whether or not "kini" says so.
    if a.earlier != b.earlier:
        return "earlier"
    # The price shares were offered at is not the one they closed at, nor the
    # offering's value of the company its market value.
    if a.listing and b.listing and a.listing != b.listing:
        return "listing"
    # The members who signed a motion are not those who voted on it.
    if a.act and b.act and a.act != b.act:
        return "act"
    # What other media gave, as the article tells it, is their figure.
    if a.hearsay != b.hearsay:
        return "hearsay"
    # A distance from another point: "5 km dari pantai" is not "15 km from
    # the town centre".
    if not same_point(a.reference, b.reference):
        return "point"
    # The badly hurt are not the slightly hurt; where an outlet splits the
    # hurt by how badly, each part is a part of the hurt.
    if a.severity != b.severity and ((a.severity and b.severity) or a.split or b.split):
        return "severity"
    # Another state: the burned hectares are not the makeshift market's.
    if a.states and b.states and not a.states & b.states:
        return "state"
    # Different counterparts named next to the numbers ("dengan Qin Gang" /
    # "Diaoyutai ... Wang Yi"): different facts. A name found all over the
    # story (the protagonist, the city) tells facts apart no better than "the".
    # A claim with no name nearest it ("More than half of the 600 stalls at
    # Lawangsari": the name is the 600's) still shares its clause's names.
    if (
        any(not e <= common for e in a.local)
        and any(not e <= common for e in b.local)
        and not any(e & b.near for e in a.local)
        and not any(e & a.near for e in b.local)
        and not (
            (not a.near or not b.near) and any(e & f for e in a.local for f in b.local)
        )
    ):
        return "names"
    if found := near_miss(a, b):
        return f"near_miss: {found}"
    return ""


def likeness(a: Features, b: Features, common: frozenset[str] = frozenset()) -> float:
    """Return how likely two claims measure the same thing: 0 (never) to 1.

    `common` holds name words found all over the story (the protagonists and
    the city), which tell two facts apart no better than "the".
    """
    if veto(a, b, common):
        return 0.0
    shared = len(a.names & b.names)
    score = 0.2  # same family, nothing against
    if a.concepts & b.concepts:
        score += 0.4
    elif not a.concepts and not b.concepts:
        score += 0.1
    if shared:
        score += min(0.25, 0.15 * shared)
    if a.day is not None and a.day == b.day:
        score += 0.1
    if a.basis and a.basis == b.basis:
        score += 0.15
    if a.words and b.words:
        # Words that translate each other count as shared ("korban tewas" /
        # "people killed"): the open dictionaries when installed.
        score += 0.15 * lexicon.counterpart_share(a.words, b.words)
    return min(1.0, score)


def near_miss(a: Features, b: Features) -> str:
    """Return which near-miss rule makes two claims alike in words two things, or ""."""
    # A revised figure and an outlet's figure of an earlier day: the figure
    # it replaced, no second opinion.
    if a.revised != b.revised:
        new, old = (a, b) if a.revised else (b, a)
        if earlier_day(old.day or old.sentence_day or old.published, new.day):
            return "revised"
        if earlier_day(new.day, new.published) and earlier_day(
            old.published, new.published
        ):
            # "Korban luka dalam bentrokan kemarin bertambah menjadi sembilan
            # orang": the day named is the clash's; the count was raised as of
            # the article's day, over what an article of an earlier day gave.
            return "revised"
    # A running total and one day's (one place's) share of it.
    if {a.tally, b.tally} == {"total", "alone"}:
        return "tally"
    # A goal or a forecast and what the other outlet says was done ("telah
    # dibangun", "has hired", "grew"). Plans are often told without the word
    # ("mogok akan berlangsung 48 jam"): without a sign of a deed, no veto.
    if a.aim != b.aim and (b.achieved if a.aim else a.achieved):
        return "aim"
    # A depth is no distance from a point on the surface ("25 km off the coast").
    if ("depth" in a.concepts and b.reference) or (
        "depth" in b.concepts and a.reference
    ):
        return "depth"
    if a.capacity != b.capacity:
        return "capacity"
    # An average is no single count: the season's average crowd is not one
    # match's crowd.
    if a.average != b.average:
        return "average"
    # What is demanded is not what is offered or granted.
    if a.demanded != b.demanded:
        return "demanded"
    # A limit set on it is not what it came to: the 40 km/h limit, the 90 km/h run.
    if a.limit != b.limit:
        return "limit"
    # A count added to another is not the count; new ones told as new
    # ("200 gerai baru", "150 more") are the ones added.
    if a.extra != b.extra and (b.tally if a.extra else a.tally) != "alone":
        return "extra"
    # A share of a whole and a change by a percentage.
    if (a.portion and b.change) or (b.portion and a.change):
        return "portion"
    # The price of one and a sum paid for several.
    if a.per_unit != b.per_unit and (b.paid if a.per_unit else a.paid):
        return "per_unit"
    # Another place named for each figure, neither named beside the other;
    # or one place against the sum of it and others ("in Rantau and Sela").
    if a.places and b.places:
        pa = frozenset(w for p in a.places for w in p)
        pb = frozenset(w for p in b.places for w in p)
        if not pa & pb and not pa & b.names and not pb & a.names:
            return "place"
        if len(a.places) != len(b.places) and (pa < pb or pb < pa):
            return "places"
    # Two givers' estimates set side by side by one outlet: each meets only
    # the same giver's figure elsewhere.
    for x, y in ((a, b), (b, a)):
        if (
            x.contrasted
            and y.said_by
            and not x.contrasted & y.said_by
            and not lexicon.counterpart_share(x.contrasted, y.said_by)
        ):
            return "giver"
    # Two kinds of givers' estimates: the police's and the village head's.
    if a.giver and b.giver and a.giver != b.giver:
        return "giver"
    # Counted things picked by different things ("on the priority list",
    # "yang masih berkonstruksi rangka kayu").
    if (
        a.qualifier
        and b.qualifier
        and not a.qualifier & b.qualifier
        and not lexicon.counterpart_share(a.qualifier, b.qualifier)
    ):
        return "qualifier"
    # Meetings with two different people: "dengan Gubernur Sari" and
    # "bertemu Wali Kota Gani", whoever else both name.
    if (
        a.counterpart
        and b.counterpart
        and not a.counterpart & b.counterpart
        and not a.counterpart & b.near
        and not b.counterpart & a.near
    ):
        return "counterpart"
    return ""
