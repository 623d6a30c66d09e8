"""Doc → ArticleFacts: one article read by every relation family."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from medcollab_kg.facts.agreements import find_agreements
from medcollab_kg.facts.context import (
    ArticleContext,
)
from medcollab_kg.facts.events import find_collaborations, find_events, find_visits
from medcollab_kg.facts.roles import find_roles
from medcollab_kg.models import (
    Alias,
    Article,
    ArticleFacts,
    Mention,
    PartOf,
)
from medcollab_kg.nlp.components import head_kind, is_capitalised
from medcollab_kg.nlp.lexicon import is_acronym


def extract_facts(doc: Doc, article: Article) -> ArticleFacts:
    """Everything one article says, as plain data."""
    return read_article(ArticleContext(doc, article))


def read_article(ctx: ArticleContext) -> ArticleFacts:
    roles = find_roles(ctx)
    agreements = find_agreements(ctx, roles)
    events = find_events(ctx, agreements)
    return ArticleFacts(
        document=ctx.article.name,
        path=ctx.article.path,
        sha256=ctx.article.sha256,
        title=ctx.article.title or headline(ctx),
        date=ctx.date,
        sentences=tuple(" ".join(text.split()) for text in ctx.raw_sentences),  # spaces collapsed
        mentions=tuple(dict.fromkeys(find_mentions(ctx))),
        aliases=tuple(dict.fromkeys(find_aliases(ctx))),
        roles=tuple(dict.fromkeys(roles)),
        agreements=tuple(agreements),
        part_of=tuple(dict.fromkeys(with_acronym_owners(ctx, with_university_hospitals(ctx, with_lone_units(ctx, [
            *(PartOf(o.name, o.parent, ctx.sent_of[o.start]) for o in ctx.orgs if o.parent),
            *ctx.unit_parents]))))),
        events=tuple(events),
        visits=tuple(dict.fromkeys(find_visits(ctx))),
        collaborations=tuple(dict.fromkeys(find_collaborations(ctx, agreements, events))),
    )


def headline(ctx: ArticleContext) -> str | None:
    """The first short line of four words or more: page furniture ("Events & News", "Focus") is shorter,
    body paragraphs are longer."""
    for line in ctx.article.text.strip().splitlines()[:8]:
        line = line.strip()
        if len(line) >= 200:
            return None
        if len(line.split()) >= 4:
            return line
    return None


def find_mentions(ctx: ArticleContext) -> Iterable[Mention]:
    for person in ctx.people:
        yield Mention(person.name, "person", ctx.sent_of[person.start])
    for org in ctx.orgs:
        yield Mention(org.name, "org", ctx.sent_of[org.start], org.kind)
    for ent in ctx.doc.ents:
        if ent.label_ == "GPE":
            yield Mention(ent.text, "place", ctx.sent_of[ent.start])


def find_aliases(ctx: ArticleContext) -> Iterable[Alias]:
    for org in ctx.orgs:
        for alias in org.aliases:
            yield Alias(alias, org.name, ctx.sent_of[org.start])
        if org.name in ctx.truncated:
            yield Alias(org.name, ctx.truncated[org.name], ctx.sent_of[org.start])
        elif org.name in ctx.placed:
            yield Alias(org.name, ctx.placed[org.name], ctx.sent_of[org.start])
    named = {o.name for o in ctx.orgs}
    for short, long in ctx.truncated.items():  # "(Amstel UMC)": a short name defined, though not used again
        if short not in named:
            yield Alias(short, long, next((ctx.sent_of[o.start] for o in ctx.orgs if o.name == long), 0))
    yield from known_as(ctx)


def known_as(ctx: ArticleContext) -> Iterable[Alias]:
    """"Vasile Cerchez University, known locally as UMF Cerchez,", "the university, also known as X": the
    other name an organization goes by."""
    lowers, texts = ctx.lowers, ctx.texts
    for i in range(2, len(ctx.doc) - 2):
        if lowers[i] != "known" or lowers[i + 1 : i + 2] != ["as"] and lowers[i + 1 : i + 3] != ["locally", "as"]:
            continue
        k = i - 1
        while k > 0 and lowers[k] in ("also", "locally", "commonly", "popularly", "widely"):
            k -= 1
        if texts[k] != ",":
            continue
        org = ctx.org_ending_at(k) or (ctx.named_by_noun(k - 1) if lowers[k - 2 : k - 1] == ["the"] else None)
        start = i + 2 if lowers[i + 1] == "as" else i + 3
        end = start
        while end < len(texts) and end - start < 5 and (is_capitalised(texts[end]) or texts[end] == "-"):
            end += 1
        if org is not None and end > start and end < len(texts) and texts[end] in (",", ".", ")"):
            yield Alias(ctx.words.text_of(start, end), org.name, ctx.sent_of[i])


def with_lone_units(ctx: ArticleContext, part_of: list[PartOf]) -> list[PartOf]:
    """"the Dean of the Faculty of Medicine" in an article that names one university: the faculty is that
    university's (else every article's "Faculty of Medicine" would be one node)."""
    university = ctx.only_university()
    if university is None:
        return part_of
    placed = {ctx.canonical.get(p.child, p.child) for p in part_of}
    lone = [o for o in ctx.orgs if ctx.is_lone_unit(o) and ctx.canonical.get(o.name, o.name) not in placed | {university}]
    return part_of + [PartOf(o.name, university, ctx.sent_of[o.start]) for o in lone]


def with_acronym_owners(ctx: ArticleContext, part_of: list[PartOf]) -> list[PartOf]:
    """"DIMS College of Nursing", "HIHS Teaching Hospital" where the article's DIMS and HIHS are institutions of
    their own: a name that begins with another organization's acronym is one of its units, unless the article
    places it. (Not "AIIMS Raipur": no kind word, a campus of its own.)"""
    placed = {ctx.canonical.get(p.child, p.child) for p in part_of}
    found = []
    for org in ctx.orgs:
        first, _, rest = org.name.partition(" ")
        owner = ctx.canonical.get(first)
        if is_acronym(first) and owner is not None and owner != ctx.canonical.get(org.name, org.name) \
                and ctx.canonical.get(org.name, org.name) not in placed and head_kind(ctx.lex, rest.split()) is not None:
            found.append(PartOf(org.name, owner, ctx.sent_of[org.start]))
    return part_of + found


def with_university_hospitals(ctx: ArticleContext, part_of: list[PartOf]) -> list[PartOf]:
    """"Kibi Medical University Hospital" or "Kanghwa University Medical Center" in an article that also names the
    university: the hospital named after the university is the university's (a teaching hospital too), unless the
    article places it."""
    placed = {ctx.canonical.get(p.child, p.child) for p in part_of}
    universities = {o.name for o in ctx.orgs if o.kind == "university"}
    found = []
    for org in ctx.orgs:
        owner, _, tail = org.name.rpartition(" ")
        if tail in ("Center", "Centre") and owner.endswith(" Medical"):
            owner, tail = owner.removesuffix(" Medical"), "Hospital"  # "… University Medical Center"
        while owner and owner not in universities and owner.rpartition(" ")[2] in ("Teaching", "General"):
            owner = owner.rpartition(" ")[0]  # "… University Teaching Hospital"
        if org.kind in ("hospital", "center") and tail in ("Hospital", "Hospitals") and owner in universities \
                and ctx.canonical.get(org.name, org.name) not in placed:
            found.append(PartOf(org.name, owner, ctx.sent_of[org.start]))
    return part_of + found
