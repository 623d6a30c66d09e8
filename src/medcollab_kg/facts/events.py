"""Events, visits and collaborations around the agreements."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span

from medcollab_kg import dates
from medcollab_kg.facts.context import (
    ArticleContext,
    pairs,
    unique_names,
)
from medcollab_kg.models import (
    Agreement,
    Collaboration,
    Event,
    Visit,
)
from medcollab_kg.nlp.components import (
    is_capitalised,
)


def find_events(ctx: ArticleContext, agreements: list[Agreement]) -> list[Event]:
    found: list[Event] = []
    covered: set[int] = set()
    heads = [i for i, word in enumerate(ctx.lowers) if word in ctx.lex.event_heads]  # the article's few event words
    for i in heads:
        kind = ctx.lex.event_heads[ctx.lowers[i]]
        if not kind or i in covered or not is_capitalised(ctx.texts[i]):
            continue
        span = event_name(ctx, i)
        if span is None:
            continue
        start, end = span
        covered.update(range(start, end))
        index = ctx.sent_of[i]
        sent = ctx.sentences[index]
        name = re.sub(r"\s+", " ", ctx.words.text_of(start, end)).strip(" “”\"'")
        # "the Joint Symposium" after "the Second Joint Symposium": the same event again
        if any(e.name == name or e.name.endswith(" " + name) for e in found):
            continue
        found.append(Event(name, kind, dates.first_date(ctx.text_of(sent)) or ctx.date, ctx.place(sent),
                           tuple(find_organizers(ctx, sent, start)), (), index))
    # "The conference was hosted by A": organizers of an event named earlier
    lowers = ctx.lowers
    for i in heads:
        sent = ctx.sentences[ctx.sent_of[i]]
        kind = ctx.lex.event_heads[lowers[i]]
        if kind and sent.start < i < sent.end - 1 and lowers[i - 1] in ctx.lex.definite \
                and lowers[i + 1] in ("was", "is", "will", "were"):
            match = [e for e in found if e.kind == kind and not e.organizers]
            organizers = find_organizers(ctx, sent, i + 1)
            if match and organizers:
                found[found.index(match[-1])] = replace(match[-1], organizers=tuple(organizers))
    # "a signing ceremony for the agreement": the ceremony is an event of the parties
    for agreement in agreements:
        for index in agreement.sentences:
            if "signing ceremony" in ctx.sentence_texts[index]:
                found.append(Event(f"Signing ceremony: {agreement.title}", "ceremony", agreement.date,
                                   agreement.place, agreement.parties, (), index))
                break
    return found


def event_name(ctx: ArticleContext, i: int) -> tuple[int, int] | None:
    """The name around an event word: a quoted title, or capitalised words ("the Second Joint Symposium")."""
    sent = ctx.sentences[ctx.sent_of[i]]
    texts, lowers = ctx.texts, ctx.lowers
    opening = next((k for k in range(i - 1, sent.start - 1, -1) if texts[k] in ("“", '"')), None)
    if opening is not None:
        closing = next((k for k in range(i + 1, sent.end) if texts[k] in ("”", '"')), None)
        if closing is not None and closing - opening <= 40:
            return opening + 1, closing
    if i + 1 < len(texts) and is_capitalised(texts[i + 1]) and lowers[i + 1] not in ctx.lex.event_heads:
        return None  # "Conference Hall": the event word names a place here
    start = i
    while start > sent.start and (is_capitalised(texts[start - 1]) or ctx.doc[start - 1].like_num) \
            and lowers[start - 1] not in ctx.lex.leading:
        start -= 1
    # "International Conference on Cooperation and Integration … Biomedical Sciences Session": the name runs to
    # the last event word of its run of capitalised words
    end, k = i + 1, i + 1
    while k < sent.end and (is_capitalised(texts[k]) or ctx.doc[k].like_num
                            or lowers[k] in ("on", "of", "and", "for", "&", "(", ")", ",")):
        if lowers[k] in ctx.lex.event_heads and is_capitalised(texts[k]):
            end = k + 1
        k += 1
    return (start, end) if end - start >= 2 else None


def find_organizers(ctx: ArticleContext, sent: Span, name_start: int) -> list[str]:
    lowers = ctx.lowers[sent.start : sent.end]
    orgs = [o for o in ctx.top_orgs if sent.start <= o.start < sent.end]
    for k, word in enumerate(lowers):
        if word in ctx.lex.organize_verbs:
            at = sent.start + k
            if k + 1 < len(lowers) and lowers[k + 1] == "by":
                stop = next((sent.start + j for j in range(k + 2, len(lowers)) if lowers[j] in ctx.lex.organize_verbs),
                            sent.end)
                return unique_names((o for o in orgs if at < o.start < stop and not ctx.in_role_phrase(o)), ctx.lex)
            if at < name_start:
                return unique_names(ctx.coordinated([o for o in orgs if o.end <= at]), ctx.lex)
    return []


def find_visits(ctx: ArticleContext) -> Iterable[Visit]:
    for index, sent in enumerate(ctx.sentences):
        text = ctx.sentence_texts[index]
        for cue in ctx.lex.facts["visit_verbs"]:
            if cue not in text:
                continue
            at = sent.start_char + text.index(cue)
            verb = bisect_left(ctx.words.starts, at, sent.start, sent.end)  # the first token from `at`
            if verb == sent.end:
                continue
            host = next((o for o in ctx.top_orgs if sent.start <= o.start < sent.end and o.start > verb), None)
            visitor = next((p for p in reversed(ctx.people) if sent.start <= p.start < verb), None)
            if host and visitor:
                yield Visit(visitor.name, "person", host.name, dates.first_date(ctx.text_of(sent)) or ctx.date, index)
            break


def find_collaborations(ctx: ArticleContext, agreements: list[Agreement],
                        events: list[Event]) -> Iterable[Collaboration]:
    for agreement in agreements:
        for a, b in pairs(agreement.parties):
            yield Collaboration(a, b, agreement.sentences[0])
    for event in events:
        for a, b in pairs(event.organizers):
            yield Collaboration(a, b, event.sentence)
    # "collaboration between A and B", "A will partner with B"
    for index, sent in enumerate(ctx.sentences):
        if ctx.lex.partner_cues.isdisjoint(ctx.sentence_words[index]):
            continue
        lowers = ctx.lowers[sent.start : sent.end]
        orgs = [o for o in ctx.top_orgs if sent.start <= o.start < sent.end and not ctx.in_role_phrase(o)]
        for cue in ("between", "with", "among"):
            if cue in lowers:
                at = sent.start + lowers.index(cue)
                after = ctx.coordinated([o for o in orgs if o.start > at][:3])
                before = [o for o in orgs if o.end <= at]
                group = after if cue != "with" else after[:1] + before[-1:]
                for a, b in pairs(tuple(unique_names(group, ctx.lex))):
                    if not ctx.same_orgs([a], [b]):
                        yield Collaboration(a, b, index)
                break
