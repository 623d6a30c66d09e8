"""The question grammar: the forms a question may take (FORMS, one table), the time phrase at its end, and `ask`,
which reads a question and answers it."""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from medcollab_kg.dates import MONTHS
from medcollab_kg.errors import KgError, QueryError, UsageError
from medcollab_kg.query.answers import (
    Answer,
    agreements_of,
    partners,
    path_answers,
    role_holders,
    signed_by,
    signed_for,
    signed_with,
    signers,
    timeline,
    witnesses,
    works_at,
    works_where,
)
from medcollab_kg.query.lookup import ANY, ORG, PERSON, find_entity, name_index
from medcollab_kg.query.periods import Period
from medcollab_kg.query.reading import display
from medcollab_kg.schema import NodeType, Relation


@dataclass(frozen=True, slots=True)
class Result:
    question: str
    form: str
    subject: str | None
    answers: tuple[Answer, ...]
    subjects: tuple[str, ...] = ()  # every entity the question names, in order
    looked_for: str = ""  # what the question was read as asking for, in words: "people who signed for PUMCH"
    hints: tuple[str, ...] = ()  # questions to try when there is no answer

    def to_dict(self) -> dict[str, Any]:
        data = {"question": self.question, "form": self.form, "subject": self.subject,
                "subjects": list(self.subjects), "looked_for": self.looked_for,
                "answers": [a.to_dict() for a in self.answers]}
        if not self.answers:
            data["try"] = list(self.hints)
        return data


AGREEMENT = r"(?:an? |the |any )?(?:agreements?|mous?|deals?|contracts?|memorand(?:um|a)(?: of understanding)?)"
INSTITUTIONS = (r"(?:institutions?|organi[sz]ations?|universities|university|hospitals?|partners?|schools?|"
                r"institutes?|labs?|laboratories|cent(?:er|re)s?|companies|faculties)")
KIND = rf"(?P<kind>{INSTITUTIONS})"  # "which hospitals …" keeps the hospitals
KIND_WORDS = {"universit": "university", "hospital": "hospital", "school": "school", "institute": "institute",
              "lab": "laboratory", "cent": "center", "compan": "company", "facult": "faculty"}
ROLE = r"(?!(?:employed|working|based|at|in|for)\b)(?P<role>[a-z][\w .&-]*?)"  # "employed at X" is works_at


@dataclass(frozen=True, slots=True)
class Form:
    """A kind of question, one row of the grammar.

    `patterns` are regular expressions over the whole question: groups x, y (or a `pair` split at `separator`)
    name entities of `types`; `role`, `kind` and `what` are words passed on. `takes` lists what the answer
    function accepts besides entities: "when" for a time phrase ("in 2024", "since March 2023"), "kind" for
    "which hospitals". `looked_for` says in words what an empty answer did not find, and `hints` what to ask
    instead ({x}, {y}, {names}, {role}, {kind} and {when} are filled in).
    """
    name: str
    example: str
    patterns: tuple[str, ...]
    types: tuple[str, ...]
    answer: Callable[..., list[Answer]]
    looked_for: str
    hints: tuple[str, ...] = ()
    takes: tuple[str, ...] = ()
    separator: str = r"\s+and\s+"


# Order matters: the first form whose pattern matches answers ("who is the dean of X" before "who is P").
FORMS: tuple[Form, ...] = (
    Form("signatories", "who signed the agreement between X and Y", (
        (rf"who (?:signed|were the signatories (?:of|to)|are the signatories (?:of|to)) {AGREEMENT}\s+"
         r"between (?P<pair>.+)"),
        rf"(?:signatories|signers) (?:of|to) {AGREEMENT}\s+between (?P<pair>.+)",
        r"(?:who (?:were|are) the )?(?:signatories|signers) (?:of|to) (?P<x>.+)",
    ), (NodeType.ORGANIZATION, NodeType.AGREEMENT), signers,
        "people who signed an agreement of {names}{when}",
        ("which agreements did {x} sign", "who witnessed the agreement between {names}"), ("when",)),
    Form("signed_for", "who signed for X", (
        rf"who (?:signed|has signed|signs)(?: {AGREEMENT})? (?:for|on behalf of) (?P<x>.+)",
    ), ORG, signed_for,
        "people who signed for {x} or one of its units (signatories, not witnesses){when}",
        ("who witnessed {x}'s agreements", "who works at {x}"), ("when",)),
    Form("witnessed", "who witnessed the agreement between X and Y", (
        rf"who witnessed (?:the (?:signing|signature) of )?{AGREEMENT}\s+between (?P<pair>.+)",
        r"who witnessed (?P<x>.+?)[’']s? (?:agreements?|mous?|deals?|contracts?|signing)",
        (rf"who witnessed (?:the (?:signing|signature) of )?(?:{AGREEMENT}\s+(?:with|of|for|by|signed by)\s+)?"
         r"(?P<x>.+)"),
        r"(?:witnesses) (?:of|to|for) (?:the )?(?P<x>.+)",
    ), (NodeType.ORGANIZATION, NodeType.AGREEMENT), witnesses,
        "people who witnessed an agreement of {names}{when}",
        ("who signed for {x}", "which agreements did {x} sign"), ("when",)),
    Form("witnessed_by", "which agreements did P witness", (
        r"(?:what|which) (?:agreements?|mous?|deals?|contracts?) (?:has|have|did) (?P<x>.+?) witness(?:ed)?",
        r"what did (?P<x>.+?) witness",
    ), PERSON, lambda g, p, **o: signed_by(g, p, Relation.WITNESSED, **o),
        "agreements {x} witnessed{when}", ("which agreements did {x} sign", "who is {x}"), ("when",)),
    Form("agreements_of", "which agreements did X sign / which agreements did X sign in 2024", (
        r"(?:what|which) (?:agreements?|mous?|deals?|contracts?) (?:has|have|did|had) (?P<x>.+?) (?:signed|sign)",
        r"(?:agreements?|mous?) (?:signed by|of) (?P<x>.+)",
        r"what did (?P<x>.+?) sign",
    ), (NodeType.ORGANIZATION, NodeType.PERSON), agreements_of,
        "agreements {x} signed{when}", ("partners of {x}", "what happened{when}"), ("when",)),
    Form("signed_with", "who signed with X / which hospitals did X sign with", (
        (rf"(?:who|(?:which|what) {KIND})\s+(?:has |have |had )?(?:signed|inked|concluded)"
         rf"(?: {AGREEMENT}| (?:a |an )?partnerships?)?\s+with\s+(?P<x>.+)"),
        rf"(?:who|which {KIND}) (?:has|have|did) (?P<x>.+?) (?:signed|sign)(?: {AGREEMENT})? with",
        rf"with (?:whom|which {KIND}) (?:has|have|did) (?P<x>.+?) (?:signed|sign)(?: {AGREEMENT})?",
    ), ORG, signed_with,
        "{kind} that signed an agreement with {x} or its units{when}",
        ("partners of {x}", "which agreements did {x} sign"), ("when", "kind")),
    Form("partners", "partners of X / which universities collaborate with X", (
        r"(?:who|what|which) (?:are|were) (?:the )?(?:partners?|collaborators?) (?:of|for) (?P<x>.+)",
        r"(?:partners?|collaborators?) (?:of|for) (?P<x>.+)",
        r"(?:who|what|which) (?:are|were) (?P<x>.+?)[’']s? (?:partners?|collaborators?)",
        r"(?P<x>.+?)[’']s? (?:partners?|collaborators?)",
        rf"(?:who|which {KIND}) (?:collaborates?|partners?|works?|cooperates?|partnered) with (?P<x>.+)",
        (rf"(?:who|which {KIND}) (?:does|do|did|has|have) (?P<x>.+?) "
         r"(?:work(?:ed)?|collaborated?|partnered|partner) with"),
    ), ORG, partners,
        "{kind} that collaborate with {x}, share an agreement or co-organized an event",
        ("who signed with {x}", "who works at {x}"), ("kind",)),
    Form("heads", "who heads X", (
        r"who (?:heads|leads|directs|runs|chairs|manages|is in charge of|is at the head of) (?P<x>.+)",
        r"who (?:is|was) (?:the )?(?:head|leader|chief) (?:of|at) (?P<x>.+)",
    ), ORG, lambda g, x: role_holders(g, x, "head"),
        "the head of {x} (a president, director, dean, chair, rector, … of it or its units)",
        ("who works at {x}", "kg show \"{x}\""), ()),
    Form("role", "who is the dean of X / who is the president of X", (
        rf"who (?:is|are|was|were) (?:the |a |an )?{ROLE} (?:of|at|for) (?P<x>.+)",
        rf"who (?:is|are|was|were) (?P<x>.+?)[’']s? {ROLE}",
    ), ORG, role_holders,
        "people with the title '{role}' at {x} or its units (not vice, deputy or honorary ones)",
        ("who works at {x}", "who heads {x}"), ()),
    Form("works_at", "who works at X / people at X", (
        r"who (?:works|worked|is|are|was|were) (?:at|for|in)\s+(?P<x>.+)",
        r"who (?:is|are|was|were) (?:employed|working) (?:at|by|for|in)\s+(?P<x>.+)",
        r"(?:people|staff|persons?|employees) (?:at|of|in|from)\s+(?P<x>.+)",
    ), ORG, works_at,
        "people with a role at {x} or its units", ("partners of {x}", "who signed for {x}")),
    Form("works_where", "where does P work / what is P's role / who is P", (
        r"where (?:does|did) (?P<x>.+?) work",
        r"where (?:is|was) (?P<x>.+?) (?:working|employed|based)",
        r"what (?:is|are|was|were) (?P<x>.+?)[’']s? (?:roles?|jobs?|titles?|positions?)",
        r"what (?:roles?|titles?|positions?) (?:does|did) (?P<x>.+?) (?:have|hold)",
        r"(?:roles?|titles?) of (?P<x>.+)",
        r"who (?:is|was) (?P<x>.+)",
    ), PERSON, works_where,
        "roles {x} holds", ("which agreements did {x} sign", "kg show \"{x}\"")),
    Form("path", "how is X connected to Y", (
        r"how (?:is|are|was|were) (?P<x>.+?) (?:connected|linked|related) (?:to|with) (?P<y>.+)",
        r"how (?:is|are|were) (?P<pair>.+) (?:connected|linked|related)(?: to each other)?",
        r"(?:what|which) (?:connects|links) (?P<pair>.+)",
        r"(?:path|connection|link) (?:from|between) (?P<pair>.+)",
    ), ANY, path_answers, "a chain of facts between {names}", (), (), r"\s+(?:and|to|with)\s+"),
    Form("timeline", "what happened in 2024 / what happened at X since March 2023", (
        r"what (?:happened|has happened|took place|is new|was new|'s new)",
        r"what (?:happened|has happened|took place) (?:at|to|with|for|involving) (?P<x>.+)",
        r"(?:what|which) (?P<what>agreements|events|visits) (?:were|was|have been) (?:signed|held|made|there)",
        r"(?:news|timeline)(?: (?:of|for|about) (?P<x>.+))?",
    ), (NodeType.ORGANIZATION, NodeType.PERSON), timeline,
        "dated agreements, events and visits{about}{when}",
        ("what happened", "kg agreements --since 2024"), ("when",)),
)
SUPPORTED = [form.example for form in FORMS]
TIME_PHRASES = "in 2024, in March 2024, since March 2023, after 2022, before 2025, between 2022 and 2024"

DATE_WORDS = (r"(?:(?P<M>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?P<Y>(?:19|20)\d\d)"
              r"|(?P<I>\d{4}-\d{2}(?:-\d{2})?)")
WHEN = re.compile(rf"\s+(?P<op>in|during|since|from|after|before|until|till|between)\s+(?P<a>{DATE_WORDS})"
                  rf"(?:\s+(?:and|to|until)\s+(?P<b>{DATE_WORDS.replace('?P<', '?P<b')}))?$", re.IGNORECASE)


def month_of(match: re.Match[str], prefix: str = "") -> str:
    """'March 2023' → '2023-03', '2024' → '2024', '2024-03-05' → '2024-03-05'."""
    if match.group(prefix + "I"):
        return match.group(prefix + "I")
    year, month = match.group(prefix + "Y"), match.group(prefix + "M")
    if not month:
        return year
    number = MONTHS[month.lower()[:3]]  # dates.py's table: "mar" → 3
    return f"{year}-{number:02d}"


def step(date: str, by: int) -> str:
    """The period just after (by=1) or before (by=-1) a year or month."""
    if len(date) == 4:
        return str(int(date) + by)
    year, month = int(date[:4]), int(date[5:7]) + by
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year}-{month:02d}"


def split_when(text: str) -> tuple[str, Period | None]:
    """A question without its closing time phrase, and the period that phrase names."""
    match = WHEN.search(text)
    if not match:
        return text, None
    op, first = match.group("op").lower(), month_of(match)
    second = month_of(match, "b") if match.group("bY") or match.group("bI") else None
    if op == "between" and second is None:
        return text, None
    since, until = {
        "in": (first, first), "during": (first, first), "since": (first, None), "from": (first, second),
        "after": (step(first[:7], 1), None), "before": (None, step(first[:7], -1)),
        "until": (None, first), "till": (None, first), "between": (first, second),
    }[op]
    if second and op != "between":
        until = second
    return text[:match.start()], Period(since, until, match.group(0).strip())


def clean_question(question: str) -> str:
    text = re.sub(r"\s+", " ", question).strip().replace("’", "'")
    text = re.sub(r"^(?:please\s+)?(?:(?:tell me|show me|list)\s+)?", "", text, flags=re.IGNORECASE)
    return re.sub(r"[\s?.!]+$", "", text)


# The longest question read, and the most ways "A and B" is split: no name is longer, none holds more "and"s.
MAX_QUESTION = 1000
MAX_SPLITS = 16


def resolve_pair(graph: nx.MultiDiGraph[str], text: str, separator: str, types: tuple[str, ...],
                 index: dict[str, set[str]]) -> tuple[str, str]:
    """Split "A and B" where the names may contain the separator too: try each split, keep one that names two."""
    best: tuple[int, QueryError] | None = None
    # Each split looks both halves up, so trying every separator of a long text would be quadratic; names hold
    # a few "and"s at most, so the first MAX_SPLITS splits are all that can name two entities.
    for sep in itertools.islice(re.finditer(separator, text, flags=re.IGNORECASE), MAX_SPLITS):
        left, right = text[: sep.start()], text[sep.end():]
        found, error = [], None
        for part in (left, right):
            try:
                found.append(find_entity(graph, part.strip(" '\""), types=types, index=index))
            except QueryError as exc:
                error = error or exc
        if error is None:
            return found[0], found[1]
        if best is None or len(found) > best[0]:
            best = (len(found), error)
    if best is None:
        raise QueryError(f"'{text}' names one entity; this question needs two (X and Y).")
    raise best[1]


def kind_word(word: str | None) -> str | None:
    """'hospitals' → 'hospital'; words for any institution ('partners', 'institutions') filter nothing."""
    word = (word or "").lower()
    return next((kind for stem, kind in KIND_WORDS.items() if word.startswith(stem)), None)


def parse(graph: nx.MultiDiGraph[str], question: str) -> tuple[Form, tuple[str, ...], dict[str, Any]]:
    """The form a question takes, the entities it names and its options (when, kind, role); UsageError when it
    takes none."""
    if len(question) > MAX_QUESTION:
        raise UsageError(f"The question is {len(question)} characters long; kg reads questions of at most "
                         f"{MAX_QUESTION}. Fix: ask about one or two names.")
    text, when = split_when(clean_question(question))
    index: dict[str, set[str]] | None = None
    first_error: KgError | None = None
    for form in FORMS:
        for pattern in form.patterns:
            match = re.fullmatch(pattern, text, flags=re.IGNORECASE)
            if not match:
                continue
            groups = {k: v for k, v in match.groupdict().items() if v}
            if when and "when" not in form.takes:
                first_error = first_error or UsageError(
                    f"'{form.example.split(' / ')[0]}' questions take no date ('{when.text}'). Fix: ask without it, "
                    "or ask 'what happened " + when.text + "'.")
                continue
            options: dict[str, Any] = {}
            if when:
                options["when"] = when
            if "kind" in form.takes and kind_word(groups.get("kind")):
                options["kind"] = kind_word(groups["kind"])
            for word in ("role", "what"):
                if word in groups:
                    options[word] = groups[word].lower()
            index = index or name_index(graph)
            try:
                if "pair" in groups:
                    return form, resolve_pair(graph, groups["pair"], form.separator, form.types, index), options
                return form, tuple(find_entity(graph, groups[k].strip(" '\""), types=form.types, index=index)
                                   for k in ("x", "y") if k in groups), options
            except QueryError as exc:  # "who is in …" may be a person called "In …": let later forms try
                first_error = first_error or exc
    if first_error:
        raise first_error
    raise UsageError(f"Unsupported question '{text}'. Ask in one of these forms (X, Y: any name, alias or acronym; "
                     f"a date at the end such as {TIME_PHRASES}):\n" + "\n".join(f"  {form}" for form in SUPPORTED))


def ask(graph: nx.MultiDiGraph[str], question: str) -> Result:
    """Answer one question in a supported form; UsageError lists the forms otherwise."""
    form, nodes, options = parse(graph, question)
    answers = tuple(form.answer(graph, *nodes, **options))
    names = [display(graph, n) for n in nodes]
    when = options.get("when")
    kind = re.search(KIND, question, re.IGNORECASE) if options.get("kind") else None  # "hospitals", as asked
    fill = {"x": names[0] if names else "", "y": names[1] if len(names) > 1 else "",
            "names": " and ".join(names), "role": options.get("role", ""),
            "kind": kind.group(0).lower() if kind else "institutions",
            "when": f" {when.text}" if when else "", "about": f" involving {names[0]}" if names else ""}
    looked_for = form.looked_for.format(**fill)
    if options.get("what"):
        looked_for = looked_for.replace("agreements, events and visits", options["what"])
    hints = tuple(h.format(**fill) for h in form.hints if "{x}" not in h or names)
    return Result(question, form.name, nodes[0] if nodes else None, answers, nodes, looked_for, hints)
