"""A deterministic generator of news-like documents and a claims file to check them against.

``generate(out_dir, n_docs, n_claims, seed)`` writes::

    out_dir/claims.yaml            n_claims claims (the project's own first, then synthetic ones)
    out_dir/manifest.json          what was generated: counts and total bytes
    out_dir/expected.json          every document's statements of claims, with their verdicts
    out_dir/docs/000/doc000000.txt documents of 3-6 KB, at most 1000 per directory,
    out_dir/docs/000/doc000001.md  about a quarter of them Markdown

Each document is filler prose (template sentences over varied vocabulary) with
several statements of random claims, right (often paraphrased: "more than eight
hundred firms", "800+ exhibitors", "some 800 companies") or wrong (another
figure, city, name or weekday), and distractor figures that state no claim
(years, percentages, money, "600 engineers", "a 2-hour panel").

``expected.json`` maps each document's path relative to ``out_dir``
("docs/000/doc000000.txt", as ``factcheck scan docs`` run in ``out_dir``
reports it) to the statements of claims written into it, sorted by line and
claim: ``{"claim": id, "verdict": v, "line": n}``, where ``v`` is
"consistent", "differs" or "contradicts" by the README's rules and ``n`` the
1-based line of the statement. Filler and distractor sentences state nothing,
so a correct scan finds exactly the statements that are not consistent.

Everything comes from seeded :class:`random.Random` instances (string seeds are
hashed with SHA-512 by ``random``, not with Python's randomised ``hash``), and
nothing depends on the clock or on set/dict ordering of unhashed data: the same
arguments (and the same project ``claims.yaml``) give byte-identical output.
Synthetic claims are drawn one after another from one stream, so the claims of
a smaller ``n_claims`` are a prefix of those of a larger one.

Command line: ``python -m bench.corpus OUT --docs N --claims M [--seed S]``.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import math
import random
import re
import shutil
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

GENERATOR_VERSION = 1
PROJECT_CLAIMS = Path(__file__).resolve().parent.parent / "claims.yaml"
FILES_PER_DIR = 1000
MIN_BYTES, MAX_BYTES = 3 * 1024, 6 * 1024  # every document's size lies within
TARGET_BYTES = (3300, 5800)  # each document aims at a size drawn from this range
MARKDOWN_SHARE = 0.25
MAX_CLAIMS = 2000
EXPECTED = "expected.json"  # the statements each document makes, with their verdicts

Claim = dict[str, Any]  # one claim as written in claims.yaml

# --------------------------------------------------------------- vocabulary

# Synthetic subjects are built from these lists. No word here is a subject
# word of the project's claims (companies, products, devices, countries...).
MODIFIERS = (
    "solar wind electric hydrogen rural coastal municipal regional mobile offshore community "
    "public private digital autonomous agricultural urban medical industrial maritime heritage "
    "volunteer research freight satellite battery fibre water forest desert river mountain "
    "harbour airport railway youth textile ceramic data trade pilot modular floating rooftop cargo"
).split()
HEADS = (
    "panels turbines buses clinics centres farms start-ups delegations laboratories cooperatives "
    "depots hubs terminals workshops kiosks libraries shelters ferries drones sensors pumps "
    "greenhouses warehouses vessels stations schools bridges reservoirs markets orchards mills "
    "plants cranes generators hangars tunnels"
).split()
SYNONYMS = {  # a second subject phrase for some heads; never a head itself
    "panels": "modules", "buses": "coaches", "clinics": "surgeries", "centres": "facilities",
    "start-ups": "startups", "delegations": "missions", "drones": "UAVs", "vessels": "ships",
    "laboratories": "labs", "warehouses": "storehouses",
}  # fmt: skip
TOWNS = (
    "Northbay Lakeside Eastmoor Westfield Redcliff Stonebridge Ashford Brightwater Kingsport "
    "Millbrook Oakridge Fairhaven Silverton Greyhaven Highmoor Elmstead Larkhill Southwold "
    "Pinecrest Copperfield Marshgate Thornbury Wrenford Coldharbour"
).split()
ORG_KINDS = (
    "Transit Authority", "Water Board", "Energy Agency", "Port Authority", "Health Trust",
    "Housing Council", "Science Park", "Trade Council", "Arts Foundation", "Rail Company",
    "Planning Office", "Farmers Union",
)
ROLES = ("chief executive", "chair", "chief engineer", "director", "spokesperson", "treasurer",
         "deputy director", "chief scientist")
FACILITIES = ("campus", "regional office", "training centre", "flagship store", "operations base", "archive")
DOCUMENTS = ("charter", "founding statute", "merger agreement", "bylaws", "code of conduct")
ANNOUNCEMENTS = ("budget", "tender", "merger", "restructuring", "price review", "hiring freeze")
PROGRAMMES = ("festival", "strike", "trial", "residency", "course", "closure")
EVENT_TOPICS = ("Energy", "Mobility", "Health", "Water", "Food", "Robotics", "Climate", "Housing",
                "Fintech", "Maritime", "Space", "Textile")
EVENT_KINDS = ("Forum", "Expo", "Summit", "Fair", "Congress", "Week")
CITIES = (
    "Lisbon Porto Valencia Lyon Turin Gdansk Tallinn Bergen Aarhus Ghent Leipzig Brno Cork "
    "Malmo Tampere Bilbao Seville Graz Utrecht Rotterdam Nantes Bologna Krakow Riga"
).split()
FIRST_NAMES = (
    "Mara Tomas Ines Jonas Priya Kofi Lena Mateo Aiko Selin Oskar Nadia Rafael Greta Idris Yara "
    "Hugo Amara Leif Noor Felix Zara Emil Ada"
).split()
LAST_NAMES = (
    "Okafor Lindqvist Moreau Tanaka Castellano Brandt Novak Haddad Rasmussen Oyelaran Petrov "
    "Fontaine Kowalski Mendes Adeyemi Varga Lindgren Sato Romano Keller Duarte Ibsen Marsh Quint"
).split()
TITLE_WORDS = (
    ("Shared", "Open", "Green", "Bold", "Common", "Bright", "Smart", "Fair", "Living", "Connected"),
    ("Futures", "Horizons", "Ground", "Currents", "Foundations", "Bridges", "Tides", "Paths"),
    ("Greener", "Fairer", "Kinder", "Safer", "Wiser", "Stronger", "Brighter", "Freer"),
    ("Coast", "Century", "Planet", "Region", "Commons", "Economy", "Society", "World"),
)
OTHER_EDITIONS = ["previous", "last year", "last year's", "next year", "2022", "2023", "2024"]
MONTHS = ("January February March April May June July August September October November "
          "December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
COUNT_VALUES = (12, 15, 18, 24, 30, 40, 45, 60, 75, 80, 120, 150, 200, 250, 300, 400, 500, 600,
                750, 800, 1200, 1500, 2000, 2500, 3000, 4000, 5000, 12000)
QUALIFIERS = ("exact", "over", "about", "nearly", "under", "at least")
QUALIFIER_WEIGHTS = (40, 35, 10, 5, 5, 5)

# Filler and distractor prose.
ACTORS = (
    "Officials", "Analysts", "Local residents", "Industry groups", "Economists", "Observers",
    "Regional planners", "Several delegates", "Campaigners", "Business leaders", "City councillors",
    "Union representatives", "Academics", "Investors", "Environmental groups", "Consumer advocates",
)
VERBS_PAST = ("welcomed", "questioned", "criticised", "praised", "debated", "examined", "reviewed",
              "endorsed", "challenged", "highlighted", "scrutinised", "defended")
VERBS_INF = ("reshape", "slow", "accelerate", "simplify", "complicate", "strengthen", "disrupt",
             "modernise", "reward", "undermine")
VERBS_3S = ("supports", "protects", "rewards", "clarifies", "streamlines", "rebalances")
THINGS = ("proposal", "framework", "initiative", "timetable", "strategy", "budget review",
          "pilot scheme", "consultation", "partnership", "roadmap", "reform package", "funding model",
          "governance structure", "safety review", "procurement process", "licensing regime")
ADJECTIVES = ("ambitious", "long-awaited", "controversial", "modest", "revised", "cross-border",
              "preliminary", "comprehensive", "voluntary", "phased", "draft", "joint")
OBJECTS = ("regional supply chains", "local hiring", "public consultation", "cross-border cooperation",
           "data sharing", "export controls", "investment decisions", "training programmes",
           "housing policy", "transport links", "water quality", "energy prices", "small businesses",
           "rural broadband", "skills shortages")
TIMES = ("earlier this week", "in recent months", "on Monday", "this spring", "over the weekend",
         "late last month", "in the coming weeks", "ahead of the summer", "on Thursday", "")
FUTURES = ("next month", "in the coming weeks", "ahead of the summer", "after the holidays", "into the autumn")
REACTIONS = ("praise", "criticism", "cautious support", "mixed reactions", "close scrutiny", "sharp questions")
ASIDES = ("In a statement", "Behind closed doors", "Speaking to reporters", "In a separate development",
          "Despite the rain", "Later in the day", "In an interview")
MODALS = ("could", "would", "might", "may")
QUOTES = ("We have to get this right", "Nobody wants another delay", "The details still matter",
          "This is only the beginning", "We are listening to everyone")
SPEAKER_ROLES = ("organiser", "delegate", "analyst", "resident", "engineer", "official")
NAME_TAILS = ("welcomed the talks", "declined to comment", "is expected to attend",
              "defended the plan", "called for patience", "praised the organisers")
PLACE_TAILS = ("drew wide attention", "was discussed at length", "is expected to expand",
               "attracted new investment")
COUNT_TAILS = ("were on show", "took part", "were registered", "were counted", "were listed")
DISTRACTOR_NOUNS = ("engineers", "staff", "volunteers", "students", "nurses", "drivers", "researchers",
                    "teachers", "residents", "passengers", "visitors", "journalists", "spectators",
                    "apprentices", "pensioners", "cyclists")
DISTRACTOR_ORGS = ("the port operator", "the regional utility", "the university", "the city council",
                   "the hospital group", "the logistics firm")
LEADS_WITH_CONTEXT = ("Asked about {t}, officials said {c}.", "In a briefing on {t}, a spokesperson said {c}.",
                      "{C}, according to a briefing on {t}.", "Turning to {t}, the report said {c}.")
LEADS_FREE = ("Officials said {c}.", "{C}, the report said.", "{C}.", "According to the statement, {c}.")


# ------------------------------------------------------------------ helpers


def number_words(n: int) -> str:
    """English words for ``0 <= n < 1_000_000``: 845 -> "eight hundred and forty-five"."""
    ones = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen").split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
    if not 0 <= n < 1_000_000:
        raise ValueError(f"no words for {n}")
    if n < 20:
        return ones[n]
    if n < 100:
        t, o = divmod(n, 10)
        return tens[t] + (f"-{ones[o]}" if o else "")
    if n < 1000:
        h, rest = divmod(n, 100)
        return f"{ones[h]} hundred" + (f" and {number_words(rest)}" if rest else "")
    th, rest = divmod(n, 1000)
    joiner = " and " if rest < 100 else " "
    return f"{number_words(th)} thousand" + (joiner + number_words(rest) if rest else "")


def slug(text: str) -> str:
    """A kebab-case form of ``text``: "Northbay Water Board" -> "northbay-water-board"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _terms(raw: Any) -> list[str]:
    """A claims-file term or list of terms as a list."""
    if raw is None:
        return []
    return [raw] if isinstance(raw, str) else [str(item) for item in raw]


# ------------------------------------------------------------------- claims


def project_claims(path: Path = PROJECT_CLAIMS) -> list[Claim]:
    """The claims of the project's own claims file, as plain mappings (aliases resolved)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return copy.deepcopy(list(data["claims"]))


@dataclass
class _Pools:
    """Shuffled combinations of words, popped in order so each subject is used once."""

    rng: random.Random
    pools: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        orgs = [f"{town} {kind}" for town in TOWNS for kind in ORG_KINDS]
        events = [f"{town} {topic} {kind}" for town in TOWNS for topic in EVENT_TOPICS for kind in EVENT_KINDS]
        combos: dict[str, list[tuple[str, ...]]] = {
            "count": [(m, h) for m in MODIFIERS for h in HEADS],
            "name": [(o, r) for o in orgs for r in ROLES],
            "place": [(o, f) for o in orgs for f in FACILITIES],
            "year": [(o, d) for o in orgs for d in DOCUMENTS],
            "weekday": [(o, a) for o in orgs for a in ANNOUNCEMENTS],
            "measure": [(t, p) for t in TOWNS for p in PROGRAMMES],
            "event": [(e,) for e in events],
        }
        for name, items in combos.items():
            self.rng.shuffle(items)
            self.pools[name] = items
        self.context_events = [e for (e,) in self.pools["event"][:40]]
        self.pools["event"] = self.pools["event"][40:]

    def pop(self, name: str) -> tuple[str, ...]:
        if not self.pools[name]:
            raise ValueError(f"ran out of distinct {name} subjects")
        return self.pools[name].pop()


def _person(rng: random.Random, avoid: Sequence[str] = ()) -> str:
    """A made-up full name whose surname is not one of ``avoid``'s."""
    taken = {name.split()[-1] for name in avoid}
    while True:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if name.split()[-1] not in taken:
            return name


def _title(rng: random.Random) -> str:
    a, b, c, d = (rng.choice(words) for words in TITLE_WORDS)
    return f"{a} {b} for a {c} {d}"


def _count_claim(rng: random.Random, pools: _Pools) -> Claim:
    modifier, head = pools.pop("count")
    subject = [f"{modifier} {head}"] + ([f"{modifier} {SYNONYMS[head]}"] if head in SYNONYMS else [])
    event = rng.choice(pools.context_events)
    number = rng.choice(COUNT_VALUES)
    qualifier = rng.choices(QUALIFIERS, QUALIFIER_WEIGHTS)[0]
    town, _, kind = event.split()
    context: dict[str, list[str]] = {"require": [event, f"{town} {kind}"]}
    if rng.random() < 0.5:
        context["exclude"] = list(OTHER_EDITIONS)
    value: dict[str, Any] = {"type": "number", "number": number}
    if qualifier != "exact":
        value["qualifier"] = qualifier
    said = f"{qualifier} {number:,}" if qualifier != "exact" else f"{number:,}"
    return {"id": slug(subject[0]), "statement": f"{_capitalise(said)} {subject[0]} were counted at the {event}.",
            "subject": subject, "context": context, "value": value}


def _measure_claim(rng: random.Random, pools: _Pools) -> Claim:
    town, programme = pools.pop("measure")
    unit = rng.choice(("day", "week", "month"))
    number = rng.randint(2, {"day": 10, "week": 12, "month": 18}[unit])
    subject = [f"{town} {programme}"]
    return {"id": f"{slug(subject[0])}-length", "statement": f"The {subject[0]} lasted {number} {unit}s.",
            "subject": subject, "value": {"type": "number", "number": number, "unit": unit}}


def _name_claim(rng: random.Random, pools: _Pools) -> Claim:
    org, role = pools.pop("name")
    name = _person(rng)
    wrong: list[str] = []
    while len(wrong) < 3:
        wrong.append(_person(rng, [name, *wrong]))
    value = {"type": "text", "text": name, "kind": "name", "aliases": [name.split()[-1]], "wrong": wrong}
    return {"id": f"{slug(org)}-{slug(role)}", "statement": f"{name} is the {role} of the {org}.",
            "subject": [f"{org} {role}"], "value": value}


def _place_claim(rng: random.Random, pools: _Pools) -> Claim:
    org, facility = pools.pop("place")
    city = rng.choice(CITIES)
    wrong = rng.sample([c for c in CITIES if c != city], 4)
    value = {"type": "text", "text": city, "kind": "place", "wrong": wrong}
    return {"id": f"{slug(org)}-{slug(facility)}-city", "statement": f"The {org} {facility} is in {city}.",
            "subject": [f"{org} {facility}"], "value": value}


def _quote_claim(rng: random.Random, pools: _Pools) -> Claim:
    (event,) = pools.pop("event")
    text = _title(rng)
    wrong = [t for t in dict.fromkeys(_title(rng) for _ in range(2)) if t != text]
    value: dict[str, Any] = {"type": "text", "text": text, "kind": "quote"}
    if wrong:
        value["wrong"] = wrong
    return {"id": f"{slug(event)}-theme", "statement": f'The theme of the {event} is "{text}".',
            "subject": [f"{event} theme", f"{event} slogan"], "value": value}


def _date_claim(rng: random.Random, pools: _Pools) -> Claim:
    (event,) = pools.pop("event")
    start = dt.date(rng.choice((2024, 2025, 2026)), rng.randint(1, 12), rng.randint(1, 24))
    end = start + dt.timedelta(days=rng.randint(1, 4))
    said = f"from {start.day} to {end.day} {MONTHS[start.month - 1]} {start.year}"
    return {"id": f"{slug(event)}-dates", "statement": f"The {event} ran {said}.", "subject": [event],
            "value": {"type": "date", "date": start, "end": end}}


def _year_claim(rng: random.Random, pools: _Pools) -> Claim:
    org, document = pools.pop("year")
    year = rng.randint(1975, 2022)
    return {"id": f"{slug(org)}-{slug(document)}-year", "statement": f"The {org} {document} took effect in {year}.",
            "subject": [f"{org} {document}"], "value": {"type": "date", "date": year}}


def _weekday_claim(rng: random.Random, pools: _Pools) -> Claim:
    org, announcement = pools.pop("weekday")
    day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    weekday = WEEKDAYS[day.weekday()]
    said = f"{weekday}, {day.day} {MONTHS[day.month - 1]} {day.year}"
    return {"id": f"{slug(org)}-{slug(announcement)}-day", "statement": f"The {org} {announcement} was announced on {said}.",
            "subject": [f"{org} {announcement}"], "value": {"type": "weekday", "weekday": weekday, "date": day}}


_MAKERS: dict[str, Callable[[random.Random, _Pools], Claim]] = {
    "count": _count_claim, "measure": _measure_claim, "name": _name_claim, "place": _place_claim,
    "quote": _quote_claim, "date": _date_claim, "year": _year_claim, "weekday": _weekday_claim,
}  # fmt: skip
_SHAPE_WEIGHTS = {"count": 45, "measure": 8, "name": 15, "place": 10, "quote": 5, "date": 7, "year": 5, "weekday": 5}


def synthesise_claims(count: int, seed: int = 0, taken: Sequence[str] = ()) -> list[Claim]:
    """``count`` synthetic claims of the project's shapes, with distinct subjects and ids.

    ``taken`` are ids already in use. The claims for a smaller ``count`` are a
    prefix of those for a larger one.
    """
    rng = random.Random(f"factcheck-bench:claims:{seed}")
    pools = _Pools(random.Random(f"factcheck-bench:pools:{seed}"))
    used = set(taken)
    shapes, weights = list(_SHAPE_WEIGHTS), list(_SHAPE_WEIGHTS.values())
    claims: list[Claim] = []
    for _ in range(count):
        claim = _MAKERS[rng.choices(shapes, weights)[0]](rng, pools)
        base, n = claim["id"], 2
        while claim["id"] in used:
            claim["id"], n = f"{base}-{n}", n + 1
        used.add(claim["id"])
        if rng.random() < 0.2:
            claim["severity"] = "warning"
        claims.append(claim)
    return claims


def build_claims(n_claims: int, seed: int = 0, base: Path = PROJECT_CLAIMS) -> list[Claim]:
    """The project's claims (the first ``n_claims`` of them), topped up with synthetic ones."""
    if not 1 <= n_claims <= MAX_CLAIMS:
        raise ValueError(f"n_claims must be between 1 and {MAX_CLAIMS}, not {n_claims}")
    own = project_claims(base)[:n_claims]
    return own + synthesise_claims(n_claims - len(own), seed, [c["id"] for c in own])


class _NoAliasDumper(yaml.SafeDumper):
    """A safe dumper that writes shared lists out in full (no &anchors)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_claims(claims: Sequence[Claim], header: str = "") -> str:
    """The text of a claims file holding ``claims`` (deterministic)."""
    body = yaml.dump({"version": 1, "claims": list(claims)}, Dumper=_NoAliasDumper, sort_keys=False,
                     allow_unicode=True, default_flow_style=None, width=110)
    return header + body


# --------------------------------------------------------- fact statements


def _clear_of(number: float, qualifier: str, figure: float, margin: float = 0.15) -> bool:
    """Whether an exact ``figure`` (give or take ``margin``) cannot be true of ``qualifier number``."""
    low, high = {
        "exact": (number, number), "over": (number, float("inf")), "at least": (number, float("inf")),
        "about": (number * 0.9, number * 1.1), "nearly": (number * 0.9, number),
        "under": (float("-inf"), number), "at most": (float("-inf"), number),
    }[qualifier]  # fmt: skip
    return figure * (1 + margin) < low or figure * (1 - margin) > high


def _figure(rng: random.Random, n: int) -> str:
    """``n`` in digits, or now and then in words."""
    if n < 1_000_000 and rng.random() < 0.25:
        return number_words(n)
    return f"{n:,}"


def _count_phrase(rng: random.Random, number: int, qualifier: str, mode: str, others: Sequence[int]) -> str:
    """How a document states a count: right (paraphrased), differing or wrong."""
    return _count_statement(rng, number, qualifier, mode, others)[0]


def _count_statement(
    rng: random.Random, number: int, qualifier: str, mode: str, others: Sequence[int]
) -> tuple[str, str, float]:
    """:func:`_count_phrase`, with the qualifier and figure it states ("over 800" -> "over", 800)."""
    d = f"{number:,}"
    if mode == "right":
        # Every list is built (drawing its words figure) whatever the qualifier, as it always was.
        options = {
            "over": [(f"over {d}", "over"), (f"more than {d}", "over"), (f"more than {_figure(rng, number)}", "over"),
                     (f"{d}+", "at least"), (f"some {d}", "about"), (f"upwards of {d}", "over"), (d, "exact")],
            "exact": [(d, "exact"), (_figure(rng, number), "exact"), (f"about {d}", "about"), (f"some {d}", "about"),
                      (f"around {d}", "about")],
            "about": [(f"about {d}", "about"), (f"around {d}", "about"), (d, "exact"), (f"roughly {d}", "about"),
                      (_figure(rng, number), "exact")],
            "nearly": [(f"nearly {d}", "nearly"), (f"almost {d}", "nearly"), (d, "exact"), (f"close to {d}", "nearly")],
            "under": [(f"fewer than {d}", "under"), (f"under {d}", "under"), (d, "exact"), (f"no more than {d}", "at most")],
        }
        options["at least"], options["at most"] = options["over"], options["under"]
        phrase, said = rng.choice(options[qualifier])
        return phrase, said, number
    if mode == "differ" and qualifier in ("over", "at least"):
        figure = round(number * rng.choice((1.25, 1.5, 2)))
        return _figure(rng, figure), "exact", figure
    if mode == "differ" and qualifier == "exact" and number >= 40:
        return f"about {round(number * 1.05):,}", "about", round(number * 1.05)
    if qualifier in ("over", "at least") and rng.random() < 0.25:
        return f"{rng.choice(('fewer than', 'under'))} {d}", "under", number
    if qualifier in ("under", "at most") and rng.random() < 0.25:
        return f"more than {d}", "over", number
    digits = str(number)
    candidates = [number // 2, round(number * 0.6), number * 2, number * 3, int(digits[::-1]), *others]
    candidates = [c for c in candidates if c > 0 and _clear_of(number, qualifier, c)]
    if not candidates:
        return f"{number * 10:,}", "exact", number * 10
    figure = rng.choice(candidates)
    return _figure(rng, figure), "exact", figure


# What a statement amounts to, by the rules of the README ("Verdicts"); written
# out here rather than taken from factcheck.judge, so the engine is checked
# against the specification, not against itself.
_AGREEING = {  # canonical qualifier -> stated qualifiers that agree with the same figure
    "exact": {"exact", "about"}, "about": {"exact", "about"},
    "over": {"exact", "about", "over", "at least"}, "at least": {"exact", "about", "over", "at least"},
    "under": {"exact", "about", "under", "at most"}, "at most": {"exact", "about", "under", "at most"},
    "nearly": {"exact", "about", "nearly"},
}  # fmt: skip
_UPWARD, _DOWNWARD = {"over", "at least"}, {"under", "at most"}


def _interval(low: float, high: float, qualifier: str, canonical: bool) -> tuple[float, float, bool, bool]:
    """The true values ``qualifier low(..high)`` allows: (low, high, low included, high included).

    "about" allows 10 % either way, "nearly N" is 90-100 % of N, and a
    canonical "over N" (or "under N") includes N itself, since reports round.
    """
    return {
        "exact": (low, high, True, True), "about": (low * 0.9, high * 1.1, True, True),
        "nearly": (low * 0.9, high, True, True),
        "over": (low, math.inf, canonical, False), "at least": (low, math.inf, True, False),
        "under": (-math.inf, high, False, canonical), "at most": (-math.inf, high, False, True),
    }[qualifier]  # fmt: skip


def _rounded_to(number: float, figure: float, upward: bool) -> bool:
    """Whether "over number" ("under number" if not ``upward``) is ``figure`` rounded to the last
    non-zero digit of ``number``: 850 for over 800, 2,431,870 for over 2.4 million (not 900)."""
    digits = str(int(number)) if number == int(number) else ""
    zeros = len(digits) - len(digits.rstrip("0"))
    if number < 10 or zeros == 0:
        return False
    unit = 10**zeros
    return number <= figure < number + unit if upward else number - unit < figure <= number


def number_verdict(value: dict[str, Any], figure: float, qualifier: str = "exact") -> str:
    """The verdict on stating ``qualifier figure`` of a claims-file number ``value``."""
    number = float(value["number"])
    high = float(value["high"]) if value.get("high") is not None else None
    canon = value.get("qualifier", "exact")
    if figure == number and high is None:
        if qualifier in _AGREEING[canon]:
            return "consistent"
        if {canon, qualifier} & _UPWARD and {canon, qualifier} & _DOWNWARD:
            return "contradicts"
        return "differs"
    if high is None and qualifier == "exact" and canon in _UPWARD | _DOWNWARD and _rounded_to(number, figure, canon in _UPWARD):
        return "consistent"
    if high is None and qualifier == "about" and canon in _UPWARD | _DOWNWARD and _rounded_to(number, figure, canon in _UPWARD) and (
        abs(figure - number) <= 0.1 * number
    ):
        return "consistent"  # "some 850" against over 800 (but "around 2,400" against over 2,000 differs)
    if high is None and qualifier == "exact" and canon == "nearly" and figure < number and _rounded_to(number, figure, False):
        return "consistent"  # "4,760" against nearly 4,800: what was rounded up to it
    a = _interval(number, number if high is None else high, canon, True)
    b = _interval(figure, figure, qualifier, False)
    low, low_out = max((a[0], not a[2]), (b[0], not b[2]))  # the higher low; at a tie, an excluded one
    top, top_in = min((a[1], a[3]), (b[1], b[3]))  # the lower high; at a tie, an excluded one
    overlap = low < top or (low == top and not low_out and top_in)
    return "differs" if overlap else "contradicts"


def _plain(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a text."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def text_verdict(value: dict[str, Any], shown: str) -> str:
    """The verdict on stating ``shown`` of a claims-file text ``value``."""
    got = _plain(shown)
    accepted = [_plain(t) for t in [value["text"], *_terms(value.get("aliases"))]]
    if got in accepted:
        return "consistent"
    if value.get("kind") == "name" and got and any(set(got.split()) <= set(a.split()) for a in accepted):
        return "consistent"  # a name shortened to part of itself
    return "contradicts"


def _date_parts(raw: Any) -> tuple[int, int | None, int | None]:
    """A claims-file date (``2025``, ``2025-07``, ``2025-07-26`` or a date) as (year, month, day)."""
    if isinstance(raw, dt.date):
        return raw.year, raw.month, raw.day
    parts = [int(p) for p in str(raw).split("-")] + [None, None]
    return parts[0], parts[1], parts[2]  # type: ignore[return-value]


def _date_phrase(rng: random.Random, value: dict[str, Any], right: bool) -> str:
    """A date statement ("from 26 to 28 July 2025", "in 2023") right or wrong."""
    return _date_statement(rng, value, right)[0]


def _date_statement(rng: random.Random, value: dict[str, Any], right: bool) -> tuple[str, str]:
    """:func:`_date_phrase`, with the verdict on it."""
    year, month, day = _date_parts(value["date"])
    if month is None:
        shown = year if right else year + rng.choice((-3, -2, -1, 1, 2))
        return f"in {shown}", "consistent" if shown == year else "contradicts"
    if day is None:
        shown = month if right else (month + rng.randint(1, 10)) % 12 + 1
        return f"in {MONTHS[shown - 1]} {year}", "consistent" if shown == month else "contradicts"
    start = first = dt.date(year, month, day)
    end = last = dt.date(*_date_parts(value["end"])) if value.get("end") is not None else start  # type: ignore[arg-type]
    if not right:
        shift = dt.timedelta(days=rng.choice((-3, -2, -1, 1, 2, 5)))
        start, end = start + shift, end + shift + dt.timedelta(days=rng.choice((0, 1)))
    elif end > start and rng.random() < 0.3:  # one day inside the range
        start = end = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    # One date inside the canonical dates, or the very same dates, is consistent.
    agrees = (first <= start <= last) if start == end else (start, end) == (first, last)
    verdict = "consistent" if agrees else "contradicts"
    if start == end:
        return f"on {start.day} {MONTHS[start.month - 1]} {start.year}", verdict
    if start.month == end.month:
        if rng.random() < 0.3:
            return f"on {MONTHS[start.month - 1]} {start.day}-{end.day}, {start.year}", verdict
        return f"from {start.day} to {end.day} {MONTHS[start.month - 1]} {start.year}", verdict
    return f"from {start.day} {MONTHS[start.month - 1]} to {end.day} {MONTHS[end.month - 1]} {end.year}", verdict


def _context_term(claim: Claim) -> str | None:
    """A required context term to name in the sentence ("WAIC", "the roundtable"), if any."""
    context = claim.get("context") or {}
    exclude = {t.lower() for t in _terms(context.get("exclude"))}
    require = _terms(context.get("require"))
    plain = [t for t in require if not t.endswith("*") and t.lower() not in exclude]
    capitalised = [t for t in plain if t[:1].isupper()]
    if capitalised:
        return capitalised[0]
    if plain:
        return f"the {plain[0]}"
    return f"the {require[0].rstrip('*')}" if require else None


def _wrong_text(rng: random.Random, value: dict[str, Any]) -> str:
    wrong = _terms(value.get("wrong"))
    if wrong:
        return rng.choice(wrong)
    kind = value.get("kind", "text")
    if kind == "place":
        return rng.choice([c for c in CITIES if c != value["text"]])
    if kind == "name":
        return _person(rng, [value["text"]])
    return _title(rng)


def fact_sentence(rng: random.Random, claim: Claim, mode: str, others: Sequence[int] = ()) -> str | None:
    """A sentence stating ``claim``: ``mode`` is "right", "wrong" or "differ" (numbers only).

    ``others`` are figures of other claims, used as plausible wrong values.
    Returns None for values this generator cannot state (ordinals).
    """
    stated = fact_statement(rng, claim, mode, others)
    return None if stated is None else stated[0]


def fact_statement(rng: random.Random, claim: Claim, mode: str, others: Sequence[int] = ()) -> tuple[str, str] | None:
    """:func:`fact_sentence` and the verdict on it: "consistent", "differs" or "contradicts".

    The verdict is what the sentence states by the README's rules, whatever
    ``mode`` meant it to: a "differ" of a value that cannot merely differ (a
    name, a date, an exact figure under 40) comes out as a contradiction.
    """
    value = claim["value"]
    subjects = _terms(claim["subject"])
    right = mode == "right"
    kind = value["type"]
    if kind == "number":
        number = value["number"]
        number = int(number) if float(number).is_integer() else number
        qualifier = value.get("qualifier", "exact")
        subject = rng.choice(subjects)
        if value.get("unit"):
            unit = value["unit"]
            shown = number if right else rng.choice([n for n in (number - 1, number + 1, number + 2, number * 2) if n > 0])
            verdict = number_verdict(value, shown)
            figure = _figure(rng, shown) if isinstance(shown, int) else str(shown)
            if rng.random() < 0.6:
                clause = f"the {figure}-{unit} {subject} {rng.choice(PLACE_TAILS)}"
            else:
                clause = f"the {subject} spanned {figure} {unit}{'s' if shown != 1 else ''}"
        elif value.get("kind", "count") == "count":
            phrase, said, figure_said = _count_statement(rng, number, qualifier, mode, others)
            verdict = number_verdict(value, figure_said, said)
            clause = f"{phrase} {subject} {rng.choice(COUNT_TAILS)}"
        elif value["kind"] == "percent":
            shown = number if right else number + rng.choice((-7, -3, 4, 9))
            verdict = number_verdict(value, shown)
            clause = f"the {subject} reached {shown}%"
        elif value["kind"] == "money":
            shown = number if right else number * 2
            verdict = number_verdict(value, shown)
            clause = f"the {subject} came to ${shown:,}"
        elif value["kind"] == "year":
            shown = number if right else number - 2
            verdict = number_verdict(value, shown)
            clause = f"the {subject} dates from {shown}"
        else:
            return None
    elif kind == "text":
        text_kind = value.get("kind", "text")
        shown = rng.choice([value["text"], *_terms(value.get("aliases"))]) if right else _wrong_text(rng, value)
        verdict = text_verdict(value, shown)
        if text_kind == "name":
            clause = f"{rng.choice(subjects)} {shown} {rng.choice(NAME_TAILS)}"
        elif text_kind == "place":
            clause = f"the {subjects[0]} in {shown} {rng.choice(PLACE_TAILS)}"
        elif text_kind == "quote":
            clause = f'the {subjects[0]} was "{shown}"'
        else:
            clause = f"the {subjects[0]} is {shown}"
    elif kind == "date":
        year, month, day = _date_parts(value["date"])
        verb = "took effect" if month is None else "took place"
        phrase, verdict = _date_statement(rng, value, right)
        clause = f"the {subjects[0]} {verb} {phrase}"
    elif kind == "weekday":
        named = value["weekday"].capitalize()
        shown = named if right else rng.choice([w for w in WEEKDAYS if w != named])
        verdict = "consistent" if shown == named else "contradicts"
        clause = f"the {subjects[0]} was announced on {shown}"
    else:
        return None
    term = _context_term(claim)
    template = rng.choice(LEADS_WITH_CONTEXT if term else LEADS_FREE)
    return template.format(t=term, c=clause, C=_capitalise(clause)), verdict


# ----------------------------------------------------------------- prose


def filler_sentence(rng: random.Random) -> str:
    """A sentence of news-like prose that states no figure."""
    c = rng.choice
    time = c(TIMES)
    time = f" {time}" if time else ""
    templates = (
        lambda: f"{c(ACTORS)} {c(VERBS_PAST)} the {c(ADJECTIVES)} {c(THINGS)}{time}.",
        lambda: f"{c(ACTORS)} said the {c(THINGS)} would {c(VERBS_INF)} {c(OBJECTS)}{time}.",
        lambda: f"Critics argue that the {c(THINGS)} {c(MODALS)} {c(VERBS_INF)} {c(OBJECTS)}, "
        f"while supporters say it {c(VERBS_3S)} {c(OBJECTS)}.",
        lambda: f"The {c(ADJECTIVES)} {c(THINGS)} has drawn {c(REACTIONS)} from {c(ACTORS).lower()}.",
        lambda: f"{c(ASIDES)}, {c(ACTORS).lower()} {c(VERBS_PAST)} the {c(THINGS)} and its effect on {c(OBJECTS)}.",
        lambda: f"It remains unclear whether the {c(THINGS)} will {c(VERBS_INF)} {c(OBJECTS)}.",
        lambda: f"{c(ACTORS)} expect the {c(THINGS)} to {c(VERBS_INF)} {c(OBJECTS)}{time}.",
        lambda: f'"{c(QUOTES)}," said one {c(SPEAKER_ROLES)}, who asked not to be named.',
        lambda: f"Talks on {c(OBJECTS)} are expected to continue {c(FUTURES)}.",
        lambda: f"The {c(ADJECTIVES)} {c(THINGS)} follows months of debate over {c(OBJECTS)} and {c(OBJECTS)}.",
    )
    return c(templates)()


def distractor_sentence(rng: random.Random) -> str:
    """A sentence with figures that state none of the claims."""
    c = rng.choice
    year = rng.randint(2005, 2024)
    templates = (
        lambda: f"{_capitalise(c(DISTRACTOR_ORGS))} employs {rng.randint(40, 9000):,} {c(DISTRACTOR_NOUNS)}.",
        lambda: f"Revenue rose {rng.randint(2, 40)}% to ${rng.randint(11, 99) / 10} million in {year}.",
        lambda: f"A {rng.randint(2, 4)}-hour panel on {c(OBJECTS)} followed the morning session.",
        lambda: f"In {year}, the city counted {rng.randint(100, 90000):,} {c(DISTRACTOR_NOUNS)}.",
        lambda: f"The {c(THINGS)}, budgeted at €{rng.randint(2, 90)} million, is due by {c(MONTHS)} {year + 3}.",
        lambda: f"Turnout was {rng.randint(40, 80)}%, up from {rng.randint(20, 39)}% in {year}.",
        lambda: f"Some {rng.randint(20, 900)} {c(DISTRACTOR_NOUNS)} attended a {c((30, 45, 90))}-minute briefing.",
        lambda: f"Tickets cost ${rng.randint(5, 60)} each, and {rng.randint(200, 5000):,} {c(DISTRACTOR_NOUNS)} "
        f"had signed up by {rng.randint(1, 28)} {c(MONTHS)}.",
        lambda: f"About {rng.randint(600, 2000)} {c(DISTRACTOR_NOUNS)} work on the {rng.randint(3, 40)}-kilometre line, "
        f"{rng.randint(10, 70)}% of them part-time.",
    )
    return c(templates)()


def _headline(rng: random.Random) -> str:
    c = rng.choice
    return _capitalise(f"{c(ACTORS)} {c(VERBS_PAST)} {c(ADJECTIVES)} {c(THINGS)} on {c(OBJECTS)}")


# --------------------------------------------------------------- documents


@dataclass
class _Layout:
    """The shape of a document, drawn once so re-rendering after resizing is stable."""

    markdown: bool
    headline: str
    byline: str
    paragraph_sizes: list[int]
    subheads: dict[int, str]  # paragraph index -> Markdown sub-heading before it
    bullets: int | None  # paragraph index rendered as a Markdown list
    link: str


def _layout(rng: random.Random, markdown: bool) -> _Layout:
    headline = _headline(rng)
    byline = f"By {_person(rng)}, {rng.choice(CITIES)}"
    sizes = [rng.randint(3, 6) for _ in range(40)]
    subheads = {i: _capitalise(f"{rng.choice(THINGS)} and {rng.choice(OBJECTS)}") for i in range(2, 40, rng.randint(2, 4))}
    bullets = rng.choice((None, 1, 3)) if markdown else None
    return _Layout(markdown, headline, byline, sizes, subheads, bullets, slug(headline)[:48])


def _render(layout: _Layout, sentences: list[str]) -> str:
    return _render_lines(layout, sentences)[0]


def _render_lines(layout: _Layout, sentences: list[str]) -> tuple[str, list[int]]:
    """The document's text, and the (1-based) line each sentence stands on."""
    paragraphs: list[list[int]] = []  # indices into sentences
    rest = list(range(len(sentences)))
    for size in layout.paragraph_sizes:
        if not rest:
            break
        paragraphs.append(rest[:size])
        rest = rest[size:]
    if rest:
        paragraphs.append(rest)
    lines = [0] * len(sentences)
    blocks: list[str] = []

    def add(block: str, on_lines: Sequence[Sequence[int]] = ()) -> None:
        first = sum(b.count("\n") + 2 for b in blocks) + 1  # blocks are separated by a blank line
        for offset, indices in enumerate(on_lines):
            for i in indices:
                lines[i] = first + offset
        blocks.append(block)

    if not layout.markdown:
        add(layout.headline.upper())
        add(layout.byline)
        for p in paragraphs:
            add(" ".join(sentences[i] for i in p), [p])
        return "\n\n".join(blocks) + "\n", lines
    add(f"# {layout.headline}")
    add(f"*{layout.byline}*")
    for n, p in enumerate(paragraphs):
        if n in layout.subheads and 0 < n < len(paragraphs) - 1:
            add(f"## {layout.subheads[n]}")
        if n == layout.bullets:
            add("\n".join(f"- {sentences[i]}" for i in p), [[i] for i in p])
        else:
            add(" ".join(sentences[i] for i in p), [p])
    add(f"[More coverage](https://news.example.org/{layout.link})")
    return "\n\n".join(blocks) + "\n", lines


@dataclass(frozen=True, order=True)
class Statement:
    """A statement of a claim written into a document: on which line, and what it amounts to."""

    line: int
    claim: str
    verdict: str  # "consistent", "differs" or "contradicts"
    sentence: str = field(compare=False)

    def as_json(self) -> dict[str, Any]:
        return {"claim": self.claim, "verdict": self.verdict, "line": self.line}


def document(rng: random.Random, claims: Sequence[Claim], markdown: bool) -> str:
    """One document of ``MIN_BYTES``..``MAX_BYTES`` bytes: prose, claim statements and distractors."""
    return document_statements(rng, claims, markdown)[0]


def document_statements(rng: random.Random, claims: Sequence[Claim], markdown: bool) -> tuple[str, list[Statement]]:
    """:func:`document`, and the statements of claims in it, sorted by line and claim."""
    layout = _layout(rng, markdown)
    numbers = [int(c["value"]["number"]) for c in claims
               if c["value"]["type"] == "number" and not c["value"].get("unit")]
    facts: list[str] = []
    said: dict[str, list[tuple[str, str]]] = {}  # sentence -> [(claim id, verdict)]
    picked = rng.sample(list(claims), min(len(claims), rng.randint(3, 6)))
    for claim in picked:
        roll = rng.random()
        mode = "right" if roll < 0.55 else "wrong" if roll < 0.9 else "differ"
        stated = fact_statement(rng, claim, mode, numbers)
        if stated:
            facts.append(stated[0])
            said.setdefault(stated[0], []).append((claim["id"], stated[1]))
    extras = facts + [distractor_sentence(rng) for _ in range(rng.randint(3, 6))]
    target = rng.randint(*TARGET_BYTES)
    fillers: list[str] = []
    size = sum(len(s) + 1 for s in extras) + 200
    while size < target:
        fillers.append(filler_sentence(rng))
        size += len(fillers[-1]) + 1
    # Place the facts and distractors among the fillers (never first).
    slots = sorted(rng.randint(1, len(fillers)) for _ in extras)
    order = rng.sample(extras, len(extras))
    sentences = list(fillers)
    for offset, (slot, sentence) in enumerate(zip(slots, order)):
        sentences.insert(slot + offset, sentence)
    text = _render(layout, sentences)
    while len(text.encode("utf-8")) > MAX_BYTES and fillers:
        sentences.remove(fillers.pop())
        text = _render(layout, sentences)
    while len(text.encode("utf-8")) < MIN_BYTES:
        fillers.append(filler_sentence(rng))
        sentences.append(fillers[-1])
        text = _render(layout, sentences)
    text, lines = _render_lines(layout, sentences)
    statements = sorted(Statement(lines[i], *said[s].pop(), s) for i, s in enumerate(sentences) if said.get(s))
    if len(statements) != len(facts):
        raise AssertionError("a fact statement is missing from its document")
    all_lines = text.split("\n")
    for st in statements:
        if st.sentence not in all_lines[st.line - 1]:
            raise AssertionError(f"line {st.line} does not hold {st.sentence!r}")
    return text, statements


def doc_path(index: int, markdown: bool) -> Path:
    """Where document ``index`` goes, relative to the docs directory."""
    return Path(f"{index // FILES_PER_DIR:03d}") / f"doc{index:06d}.{'md' if markdown else 'txt'}"


def document_at(index: int, claims: Sequence[Claim], seed: int = 0) -> tuple[Path, str, list[Statement]]:
    """Document ``index`` of the corpora with these claims and seed: its path under ``docs/``, text and statements."""
    rng = random.Random(f"factcheck-bench:doc:{seed}:{index}")
    markdown = rng.random() < MARKDOWN_SHARE
    text, statements = document_statements(rng, claims, markdown)
    return doc_path(index, markdown), text, statements


def generate(out_dir: Path, n_docs: int, n_claims: int, seed: int = 0, *, base_claims: Path = PROJECT_CLAIMS) -> Path:
    """Write a corpus of ``n_docs`` documents and ``n_claims`` claims into ``out_dir``; return ``out_dir``.

    The documents go under ``out_dir/docs`` and the claims into
    ``out_dir/claims.yaml``. An earlier corpus in ``out_dir`` is replaced; a
    non-empty directory that holds no corpus is refused.
    """
    if n_docs < 0:
        raise ValueError(f"n_docs must be >= 0, not {n_docs}")
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / "manifest.json").exists():
        raise FileExistsError(f"{out_dir} is not empty and holds no generated corpus")
    claims = build_claims(n_claims, seed, base_claims)
    docs_dir = out_dir / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir(parents=True)
    header = (f"# Generated by bench.corpus (claims={n_claims}, seed={seed}, version={GENERATOR_VERSION}).\n"
              f"# The first claims are the project's own ({base_claims.name}); the rest are synthetic.\n")
    (out_dir / "claims.yaml").write_bytes(dump_claims(claims, header).encode("utf-8"))
    total, markdown_count = 0, 0
    expected: list[str] = []
    for index in range(n_docs):
        relative, text, statements = document_at(index, claims, seed)
        data = text.encode("utf-8")
        path = docs_dir / relative
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        total += len(data)
        markdown_count += path.suffix == ".md"
        key = f"docs/{relative.as_posix()}"
        expected.append(f"{json.dumps(key)}: {json.dumps([s.as_json() for s in statements])}")
    # One document a line; keys in generation order, which is sorted order too.
    body = "{\n" + ",\n".join(expected) + "\n}\n" if expected else "{}\n"
    (out_dir / EXPECTED).write_bytes(body.encode("utf-8"))
    manifest = {"generator_version": GENERATOR_VERSION, "docs": n_docs, "claims": n_claims, "seed": seed,
                "bytes": total, "markdown": markdown_count, "text": n_docs - markdown_count}
    (out_dir / "manifest.json").write_bytes((json.dumps(manifest, indent=2) + "\n").encode("utf-8"))
    return out_dir


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m bench.corpus OUT --docs N --claims M [--seed S]``."""
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="output directory (docs/, claims.yaml, manifest.json, expected.json)")
    parser.add_argument("--docs", type=int, default=1000, help="number of documents (default 1000)")
    parser.add_argument("--claims", type=int, default=20, help="number of claims, 10-500 intended (default 20)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--base-claims", type=Path, default=PROJECT_CLAIMS, help="the project claims to start from")
    args = parser.parse_args(argv)
    try:
        out = generate(args.out, args.docs, args.claims, args.seed, base_claims=args.base_claims)
    except (ValueError, FileExistsError, OSError) as error:
        print(f"bench.corpus: {error}", file=sys.stderr)
        return 2
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    print(f"{out}: {manifest['docs']} documents ({manifest['bytes'] / 1e6:.1f} MB), {manifest['claims']} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
