"""Agreements: their phrases, parties, signatories, witnesses, date, place and duration."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span

from medcollab_kg import dates
from medcollab_kg.facts.context import (
    CAPTION,
    DURATION,
    NUMBERED_HEADING,
    SIGNATORIES_HEADING,
    ArticleContext,
    better_title,
    is_unit_name,
    unique_names,
)
from medcollab_kg.facts.roles import sending_org
from medcollab_kg.facts.signers import (
    find_signers,
    is_planned,
    names_sign,
    presence_at,
    signed_by,
    signed_for,
    unrealised,
)
from medcollab_kg.models import (
    Agreement,
    Role,
    Signatory,
)
from medcollab_kg.names import person_words
from medcollab_kg.nlp.components import OrgSpan, is_capitalised, past_bracket
from medcollab_kg.nlp.lexicon import is_acronym, is_headline


def agreement_mentions(ctx: ArticleContext) -> Iterable[tuple[int, int]]:
    """(start, end) of each agreement phrase, modifiers included; also an acronym the article gives one ("a
    strategic research agreement (SRA)", later "a similar SRA")."""
    lowers = ctx.lowers
    defined: set[str] = set()
    i = 0
    while i < len(lowers):
        if lowers[i] not in ctx.lex.heads_by_first_word and ctx.texts[i] not in defined:
            i += 1  # most words begin no agreement's name: look no further
            continue
        head = (ctx.texts[i],) if ctx.texts[i] in defined else next(
            (h for h in ctx.lex.heads_by_first_word[lowers[i]] if tuple(lowers[i : i + len(h)]) == h), None)
        if head is None:
            i += 1
            continue
        end = i + len(head)
        if len(head) == 1 and end < len(lowers) and (lowers[end],) in ctx.lex.heads_by_first_word.get(lowers[end], ()):
            i = end  # "collaboration agreements": the first word describes the second
            continue
        start = i
        while start > 0 and (lowers[start - 1] in ctx.lex.agreement_modifiers or ctx.hyphenated(start - 1)
                             or (start >= 3 and ctx.texts[start - 2] == "-" and ctx.hyphenated(start - 2)  # "three-way"
                                 and f"{lowers[start - 3]}-{lowers[start - 1]}" in ctx.lex.agreement_modifiers)
                             or (lowers[start - 1],) in ctx.lex.heads_by_first_word.get(lowers[start - 1], ())):
            start -= 1  # "strategic cooperation", "sister-hospital", "three-party", "partnership agreement"
        if ctx.texts[end : end + 1] == ["("] and ctx.texts[end + 2 : end + 3] == [")"] and is_acronym(ctx.texts[end + 1]) \
                and ctx.texts[end + 1].lower() not in ctx.lex.heads_by_first_word:
            defined.add(ctx.texts[end + 1])
        named = any(o.start < start and end <= o.end for o in ctx.orgs)  # "the Nordic Health Partnership"
        # a document is an agreement only as the one signed: "A, B and C signed the document on Monday", "The
        # renewal was signed by …"
        unsigned = len(head) == 1 and head[0] in ctx.lex.signed_only_heads and not (
            start >= 1 and lowers[start - 1] in ctx.lex.definite and (
                (start >= 2 and lowers[start - 2] in ctx.lex.signed_verbs)
                or (lowers[end : end + 1] and lowers[end] in ctx.lex.passive
                    and lowers[end + 1 : end + 2] and lowers[end + 1] in ctx.lex.signed_verbs)))
        planned = start > 0 and lowers[start - 1] in ctx.lex.unrealised_modifiers  # "a possible partnership"
        if not (named or unsigned or planned):
            yield start, end
        i = end + 3 if ctx.texts[end : end + 1] == ["("] and ctx.texts[end + 1 : end + 2] and ctx.texts[end + 1] in defined \
            else end


def find_agreements(ctx: ArticleContext, roles: list[Role]) -> list[Agreement]:
    found: list[Agreement] = []
    # "A Kenyan hospital and a Saudi medical city signed a letter of intent": parties told by description
    described: Agreement | None = None
    lead: str | None = None  # "X signed two protocols": the party every one of them has
    shared: tuple[str, ...] = ()  # witnesses of every agreement
    for start, end in agreement_mentions(ctx):
        index = ctx.sent_of[start]
        sent = ctx.sentences[index]
        words = ctx.sentence_words[index]
        title = re.sub(r"\s+", " ", ctx.words.text_of(start, end))  # as written: "data-sharing agreement"
        kind = title.lower()
        # "Under the second agreement, …", "The second document was a letter of intent with X"
        ordinal = (start > 0 and ctx.lowers[start - 1] in ctx.lex.ordinals) or (
            start >= 5 and ctx.lowers[start - 5] == "the" and ctx.lowers[start - 4] in ctx.lex.ordinals
            and ctx.lowers[start - 2] in ("was", "is") and ctx.lowers[start - 1] in ("a", "an"))
        # "The first is a letter of intent with B", "The second renews, for three years, the company's agreement
        # with C": the ordinal opens the sentence, the agreement's verb follows it
        ordinal = ordinal or (ctx.lowers[sent.start] == "the" and start > sent.start + 2
                              and ctx.lowers[sent.start + 1] in ctx.lex.ordinals
                              and (ctx.lowers[sent.start + 2] in ("is", "was") or ctx.lowers[sent.start + 2] in ctx.lex.signed_verbs))
        definite = points_back(ctx, start)
        signs = not words.isdisjoint(ctx.lex.signed_verbs) or any(ctx.signing_phrase_at(i) for i in range(sent.start, sent.end))
        announced = announcing_verb(ctx, sent, start)
        if ctx.lowers[end - 1] in ctx.lex.conditional_heads and not signs and not ordinal and announced is None \
                and not (definite and (found or described)
                         and any(ctx.phrase_end(sent, c) is not None for c in ctx.lex.facts["party_cues"])):
            # "a long partnership": a partnership is an agreement only when signed (but "the deal brings together
            # A, B and C", of one signed before)
            continue
        if unrealised(ctx, sent) and not (ordinal and ctx.lowers[sent.start] in ("in", "under")):
            # "plan to sign an agreement next year" (but "In the second agreement, A and B agreed that …": what one of
            # those signed provides)
            continue
        duration = find_duration(ctx, sent)
        # "Under the MOU, X, AMG's flagship hospital, will …", "Under the three-year agreement, …": what the
        # agreement named before provides for
        # (not "… under the memorandum that A signed in 2023 with B": an earlier one, told with its parties)
        provides = definite and bool(found) and "under" in ctx.lowers[max(start - 6, sent.start) : start] and not (
            ctx.lowers[end : end + 1] in (["that"], ["which"])
            and not ctx.lex.signed_verbs.isdisjoint(ctx.lowers[end + 1 : min(end + 6, sent.end)]))
        parties = [] if provides else find_parties(ctx, sent, end)
        if (concluded := concluded_by(ctx, end) or signed_with_which(ctx, sent, start)) is not None:
            parties = concluded  # "… builds on an exchange agreement (that) A concluded with B in 2022"
        elif any(s > end and ctx.sent_of[s] == index and concluded_by(ctx, e) is not None
                 and ((verb := ctx.signing_verb(sent)) is None or verb > s) for s, e in agreement_mentions(ctx)):
            continue  # "The X agreement follows the agreement A signed with B": the only signing is the second one's
        signatories, witnesses = find_signers(ctx, sent, roles)
        # (a dean of "Carlyle's Faculty of Medicine" signs for Carlyle, when the text names no other party)
        signed_for = list(dict.fromkeys(ctx.full_name(possessed_by(ctx, s.org)) for s in signatories if s.org))
        if not definite and (verb := ctx.signing_verb(sent)) is not None and verb < start:
            # "Restrepo also renewed a teaching agreement with the Universidad …", "The Minister of Health, Dr. X,
            # signed a tripartite agreement with A and B": the signer's organization, and those after "with"
            # (when no party is named before the verb)
            if len(parties) < 2:
                partners = parties[:1] or partners_after(ctx, sent, end)
            else:  # (every party found must be one listed after "with")
                listed = partners_after(ctx, sent, end)
                partners = parties if listed and all(any(ctx.same_org(p, q) for q in listed) for p in parties) else []
            held = signers_body(ctx, sent, verb, roles, witnesses) if partners else None
            if held and not any(ctx.same_org(held, p) for p in partners):
                parties = [held, *partners]
        if len(parties) < 2 and not definite and (verb := ctx.signing_verb(sent)) is not None and verb < start \
                and (it := subject_before(ctx, sent, verb, index)) is not None \
                and (partner := parties[0] if parties else partner_after(ctx, end)) \
                and not ctx.same_org(it, partner):
            parties = [it, partner]  # "X has grown through partnerships. In 2024 it (the company) signed … with Y"
        elif not definite and (verb := ctx.signing_verb(sent)) is not None and pronoun_subject(ctx, sent, verb, start) \
                and (it := subject_before(ctx, sent, verb, index)) is not None \
                and not any(ctx.same_org(it, p) for p in parties):
            # "X is the teaching hospital of Y …; in 2022 it concluded an agreement with Z": X and Z, not Y
            partners = [p for p in parties if any(o.name == p and o.start > verb for o in ctx.orgs)]
            partner = partner_after(ctx, end)
            parties = [it, *(partners or ([partner] if partner else []))]
        if len(parties) < 2 and not provides and signs and ctx.lowers[end - 1] not in ctx.lex.conditional_heads \
                and (owner := possessive_owner(ctx, start)) is not None \
                and ctx.lowers[end : end + 1] == ["with"] and (partner := partner_after(ctx, end)) \
                and not ctx.same_org(owner.name, partner):
            parties = [owner.name, partner]  # "The NBTB's existing supply agreement with B, concluded in 2019, …"
        if len(parties) < 2 and not definite and signs and (visit := visit_parties(ctx, sent)):
            parties = visit  # "A team from X concluded a visit to Y with the signing of an MoU"
        if len(parties) == 1 and not found and not definite and signs and (partner := headline_partner(ctx, parties[0])):
            parties = [parties[0], partner]  # "X partners with Y" over "X has signed an agreement to upgrade …"
        if ctx.lex.plural_heads.intersection(ctx.lowers[start:end]) and (each := partner_each(ctx, sent, end)) \
                and parties and not any(ctx.same_org(parties[0], p) for p in each):
            # "A signed two agreements, one with B and the other with C": A–B and A–C
            lead = parties[0]
            for partner in each:
                add_or_merge(ctx, found, Agreement(
                    kind=kind, title=title, parties=(lead, partner), signatories=(), witnesses=witnesses,
                    date=dates.first_date(ctx.text_of(sent)) or ctx.date, place=ctx.place(sent), duration=duration,
                    sentences=(index,)))
            continue
        verb = ctx.signing_verb(sent)
        plural = bool(ctx.lex.plural_heads.intersection(ctx.lowers[start:end]))
        if plural and lead and not parties and verb is not None and "with" in ctx.lowers[verb : verb + 3]:
            # "A signed agreements with four universities. The agreements were signed with B, C, D and E."
            at = verb + ctx.lowers[verb : verb + 3].index("with")
            parties = [lead, *unique_names(ctx.listed([o for o in ctx.top_orgs if at < o.start < sent.end]), ctx.lex)]
        elif plural and lead and verb is not None and "between" in ctx.lowers[verb : verb + 3] \
                and len(parties) < 3 and counted_partners(ctx):
            # "… signed agreements with three provincial hospitals. The agreements were signed separately between
            # Director of A Dr. X and Dr. Y, Director of B; Dr. Z, Director of C; …": each with the lead
            at = verb + ctx.lowers[verb : verb + 3].index("between")
            named = unique_names([o for o in ctx.top_orgs if at < o.start < sent.end], ctx.lex)
            parties = [lead, *(n for n in named if not ctx.same_org(n, lead))]
        # (the last run of names before the verb: not a wire's name in the dateline, "--(BUSINESS WIRE)--A today …")
        subjects = [o.name for o in ctx.coordinated([o for o in ctx.top_orgs if sent.start <= o.start < verb])] \
            if plural and len(parties) >= 3 and verb is not None else None
        if subjects == [] and verb is not None:  # "BioVale Signs Agreements with A and B": a short name as subject
            subjects = [o.name for k in range(sent.start, verb) if is_capitalised(ctx.texts[k])
                        and (o := ctx.short_name_at(k, end=verb)) is not None][:1]
        if subjects is not None and (subjects == parties[:1] or (not subjects and parties[0] == lead)):
            # "A signed agreements with B, C and D": one agreement with each partner
            lead = parties[0]
            for partner in parties[1:]:
                add_or_merge(ctx, found, Agreement(
                    kind=kind, title=title, parties=(lead, partner), signatories=(), witnesses=witnesses,
                    date=dates.first_date(ctx.text_of(sent)) or ctx.date, place=ctx.place(sent), duration=duration,
                    sentences=(index,)))
            continue
        if ctx.lex.plural_heads.intersection(ctx.lowers[start:end]) and len(parties) == 1:
            lead = parties[0]
        if ordinal and not parties and (partner := partner_after(ctx, end) or described_partner(ctx, sent, end)):
            parties = [partner]  # "The first MoU, with Lake Victoria University (LVUHS), will …"
        if ordinal and not parties and (signed_with := ctx.phrase_end(sent, "signed with")) is not None \
                and (partner_span := ctx.org_at(ctx.skip(signed_with, ("the",)))) is not None:
            parties = [partner_span.name]  # "The second agreement, valid for three years, was signed with X"
        if ordinal and len(parties) < 2 and len(agreeing := agreeing_parties(ctx, sent)) >= 2:
            parties = agreeing  # "In the second agreement, a memorandum, A and B agreed that …"
        if ordinal and not parties and ctx.lowers[start - 1] != "first" and "signed" in ctx.lowers[end : end + 2] \
                and len(named := unique_names_of(ctx, [o.name for o in ctx.top_orgs if sent.start <= o.start < sent.end
                                                      and not ctx.in_role_phrase(o)])) == 2:
            # "In a second agreement signed at the same ceremony, A pledged to sponsor students of B": the two
            # organizations the sentence names
            parties = named
        if ordinal and len(parties) < 2 and (numbered := numbered_agreement(ctx, index, parties, lead, roles, witnesses)):
            add_or_merge(ctx, found, replace(
                numbered, kind=kind, title=title, signatories=signatories or numbered.signatories, witnesses=witnesses,
                date=dates.first_date(ctx.text_of(sent)) or ctx.date, place=ctx.place(sent), duration=duration))
            continue
        if len(parties) < 2 and not found and CAPTION.search(ctx.text_of(sent)):
            # "From left: A (Director, X), B (CEO, Y) at the signing of the agreement": the posts of those shown
            # (not those "with" them: "A and B hold up the signed MoU, with C (centre)")
            with_ = next((i for i in range(sent.start + 1, sent.end - 1) if ctx.texts[i] == "," and ctx.lowers[i + 1] == "with"),
                         sent.end)
            shown = {p.name for p in ctx.people if sent.start <= p.start < with_}
            signed_for = list(dict.fromkeys(r.org for r in roles if r.sentence == index and r.person in shown))
        if len(parties) < 2 and (not definite or not found) and len(signed_for) >= 2:
            parties = signed_for  # "SHUH Director KIM Tae-hoon and OKMU President Prof. X signed an agreement"
        if len(parties) < 2 and witnesses and ctx.lex.plural_heads.intersection(ctx.lowers[start:end]):
            shared += witnesses  # "The minister oversaw the signing of two protocols": a witness of each
        if len(parties) < 2:
            # "The agreement was signed by …": details of an agreement already named
            if found and definite and plural and len(split := split_from_one(found, lead)) > 1:
                # "The agreements were signed by A and, respectively, by B of X and C of Y": A signed each, B the one
                # with X, C the one with Y; the witnesses saw every one
                for agreement in split:
                    mine = tuple(s for s in signatories if (org := s.org or next(
                        (r.org for r in roles if r.person == s.person), None)) is None
                        or any(ctx.same_org(org, p) for p in agreement.parties))
                    found[found.index(agreement)] = replace(
                        agreement, signatories=agreement.signatories + mine, witnesses=agreement.witnesses + witnesses,
                        sentences=tuple(dict.fromkeys(agreement.sentences + (index,))))
                continue
            if not found and described is not None and definite and len(parties) == 1 and len(described.parties) == 1 \
                    and not ctx.same_org(parties[0], described.parties[0]) and partner_described(ctx, described) \
                    and (partner := partner_after(ctx, end)) is not None and ctx.same_org(partner, parties[0]):
                # "A signed an agreement with one of Korea's largest hospitals. The agreement with B was signed by …"
                found.append(replace(described, parties=(*described.parties, parties[0]), signatories=signatories,
                                     witnesses=witnesses, sentences=(*described.sentences, index)))
                continue
            if found and (definite or not signatories):
                at = found.index(agreement_meant(ctx, found, start, end, lead))
                last = found[at]
                found[at] = replace(
                    last,
                    parties=with_joining_party(ctx, sent, with_counted_signers(ctx, last, signatories, index))
                    if definite else last.parties,
                    title=better_title(last.title, title),
                    kind=better_title(last.kind, kind),
                    # (not a witness named before: "From left, A, B, C and D after signing the agreement")
                    signatories=last.signatories + tuple(s for s in signatories if s.person not in last.witnesses)
                    if definite else last.signatories,
                    witnesses=last.witnesses + witnesses if definite else last.witnesses,
                    duration=last.duration or duration,
                    sentences=tuple(dict.fromkeys(last.sentences + (index,))),
                )
            elif not found and described is None and (words & ctx.lex.signed or witnesses):  # (or "A witnessed the signing of")
                named = parties or [p for p in [partner_after(ctx, end)] if p]  # "… has signed an MoU with X"
                described = Agreement(kind=kind, title=title, parties=tuple(named), signatories=(), witnesses=witnesses,
                                      date=dates.first_date(ctx.text_of(sent)) or ctx.date,
                                      place=ctx.place(sent), duration=duration, sentences=(index,))
            elif not found and described is not None and not described.parties and witnesses:
                described = replace(described, witnesses=described.witnesses + witnesses)  # (after a headline's)
            continue
        cue = any(ctx.phrase_end(sent, c) is not None for c in ctx.lex.facts["party_cues"])
        if not ("according" in words or "under" in words or cue or ordinal or ctx.signing_verb(sent) is not None):
            continue
        if definite and not found and described is not None and not described.parties:
            # "Ministers A and B witnessed the signing of a framework agreement … The agreement was signed by X of C
            # and Y of D": the witnesses of the one described before
            witnesses = described.witnesses + witnesses
        agreement = Agreement(
            kind=kind, title=title, parties=tuple(parties), signatories=signatories, witnesses=witnesses,
            date=dates.first_date(ctx.text_of(sent)) or ctx.date, place=ctx.place(sent), duration=duration,
            sentences=(index,),
        )
        add_or_merge(ctx, found, agreement)
    if lead:  # "The second, with the Upendo Heart Foundation, covers …": an agreement told by its ordinal alone
        for index, sent in enumerate(ctx.sentences):
            lowers = ctx.lowers[sent.start : sent.start + 4]
            if len(lowers) == 4 and lowers[0] == "the" and lowers[1] in ctx.lex.ordinals and lowers[2:] == [",", "with"] \
                    and (partner := partner_after(ctx, sent.start + 2)) and not ctx.same_org(partner, lead):
                found.append(Agreement(kind="agreement", title="agreement", parties=(lead, partner), signatories=(),
                                       witnesses=(), date=ctx.date, place=None, duration=None, sentences=(index,)))
    # (also when those found are told after it as earlier ones: "The consortium agreement was signed by A, B and C.
    # … B had already signed a contract with C last year")
    if (described is not None and (not found or (described.sentences[0] < min(i for a in found for i in a.sentences)
                                                 and all(told_as_past(ctx, a) for a in found)))) \
            or plural_mention(ctx):
        found = parties_from_signers(ctx, described, found, roles)
    found = merge_partial(ctx, found)
    # a list of signers under an agreement only described, before every one found ("… signed by the following
    # representatives: 1. …", then "… with which it signed a memorandum in 2024"): the list first, so that the
    # witnessing sentence after it is that agreement's
    early_list = described is not None and bool(found) and any(
        described.sentences[0] < index < min(i for a in found for i in a.sentences)
        for index, text in enumerate(ctx.raw_sentences) if SIGNATORIES_HEADING.match(text))
    if early_list:
        found = listed_signatories(ctx, found, described)
    found = attach_signing_details(ctx, found, roles)
    if not early_list:
        found = listed_signatories(ctx, found, described if not found else None)
    found = caption_signatories(ctx, found, roles)
    # "signed by X, Dean of Y University's School of Medicine, …": a unit whose post-holder signs is no party beside
    # its own parent (and two such make no agreement)
    found = [replace(a, parties=kept) for a in found
             if len(kept := without_own_units(ctx, a.parties)) >= 2 or len(a.parties) < 2]
    found = [a for a in found if len(a.parties) >= 2 or described is None or a.sentences != described.sentences]
    return [for_board_owners(ctx, finish_agreement(ctx, replace(a, witnesses=a.witnesses + shared), roles)) for a in found]


def agreeing_parties(ctx: ArticleContext, sent: Span) -> list[str]:
    """"A and B agreed that students will train at B's wards": the organizations listed before "agreed"."""
    agreed = next((k for k in range(sent.start, sent.end) if ctx.lowers[k] == "agreed"), None)
    if agreed is None:
        return []
    before = [o for o in ctx.top_orgs if sent.start <= o.start and o.end <= agreed and not ctx.in_role_phrase(o)]
    return unique_names(ctx.coordinated(before), ctx.lex)


def for_board_owners(ctx: ArticleContext, agreement: Agreement) -> Agreement:
    """The chair of "the Tidewater Health Board of Directors" signs for Tidewater Health, the board's owner."""
    boards = {p.child: p.parent for p in ctx.unit_parents if " Board of " in p.child}
    if not boards:
        return agreement
    return replace(agreement, parties=tuple(dict.fromkeys(boards.get(p, p) for p in agreement.parties)),
                   signatories=tuple(replace(s, org=boards.get(s.org, s.org)) if s.org else s
                                     for s in agreement.signatories))


def with_counted_signers(ctx: ArticleContext, agreement: Agreement, signatories: tuple[Signatory, ...],
                         index: int) -> tuple[str, ...]:
    """"Tribe, county and university sign three-way pact … The Nation's health agency, the County Health Department
    and X signed …. The agreement was signed by A, chief executive of Y; B …": a party the first sentence only
    described is the one its signer stands for, while the article's count of parties is not reached."""
    count = told_party_count(ctx, agreement, index)
    # (a signer for a party's unit, "dean of the Faculty of Medicine at X", signs for X)
    parents = {o.name: o.parent for o in ctx.orgs if o.parent} | {u.child: u.parent for u in ctx.unit_parents}
    new = list(dict.fromkeys(s.org for s in signatories if s.org and not any(
        ctx.same_org(s.org, p) or (s.org in parents and ctx.same_org(parents[s.org], p)) for p in agreement.parties)))
    signing = list(dict.fromkeys(ctx.canonical.get(s.org, s.org) for s in signatories if s.org))
    if count and len(signing) == count and len(agreement.parties) < count < len(agreement.parties) + len(new) \
            and is_headline(ctx.raw_sentences[agreement.sentences[0]]):
        # "Iloilo school, Japanese care group, DOWM ink pact … The three-party MOA was signed by A of X, B of Y and
        # C of Z": the signers name the three a headline described
        return tuple(signing)
    def own_words(name: str) -> set[str]:  # "Tavoliere" in "Università degli Studi del Tavoliere"
        return {w for w in name.split() if w[:1].isupper() and w not in ctx.lex.heads}

    named_here = [o.name for o in ctx.in_sentence(ctx.orgs, index)]
    # (not a party's own unit or hospital, "Naran University Hospital" beside "Naran University of Medical Sciences",
    # nor a government over the parties)
    others = [n for n in new if ctx.kind_of(n) not in ("faculty", "school", "department", "government")
              and not any(own_words(n) & own_words(p) for p in agreement.parties)]
    if not count and new and others == new and len(signing) >= 3 \
            and all(any(ctx.same_org(n, o) for o in named_here) for n in new) and all(
            any(ctx.same_org(s, p) or (s in parents and ctx.same_org(parents[s], p)) for s in signing)
            for p in agreement.parties):
        # "A, B and an American philanthropy signed … Signing the agreement were X, president of A; Y, director of
        # B; and Z, president of C": when the signers stand for every party found, each of them stands for one (named
        # where they sign, not a caption's guest)
        return agreement.parties + tuple(new)
    if len(agreement.parties) >= count or len(agreement.parties) + len(new) != count:
        return agreement.parties
    return agreement.parties + tuple(new)


def told_party_count(ctx: ArticleContext, agreement: Agreement, index: int) -> int:
    """The number of parties the article gives the agreement ("three-party", "tripartite"), or 0: in a headline,
    then the sentences that tell of it, and the sentence of the signers ("The three-party MOA was signed by …")."""
    told = " ".join(ctx.raw_sentences[i].lower() for i in {0, *agreement.sentences, index})
    return max((n for word, n in ctx.lex.party_counts.items() if word in told), default=0)


def split_from_one(found: list[Agreement], lead: str | None) -> list[Agreement]:
    """The agreements the last one was split from with: "A signed agreements with B and C" gave A–B and A–C."""
    if not found:
        return []
    first = found[-1].sentences[0]
    together = [a for a in found if a.sentences[0] == first]
    common = set.intersection(*(set(a.parties) for a in together))
    if lead is None and len(common) == 1:
        lead = common.pop()
    return [a for a in together if lead in a.parties] if lead in found[-1].parties else []


def concluded_by(ctx: ArticleContext, end: int) -> list[str] | None:
    """"an exchange agreement (that) A concluded with B": the parties of a relative clause after the agreement."""
    at = end + 1 if ctx.lowers[end : end + 1] in (["that"], ["which"]) else end
    # (also by a short name: "the agreement Corvex signed in 2023 with B")
    if (first := ctx.org_at(at) or (ctx.short_name_at(at) if at < len(ctx.doc) and is_capitalised(ctx.texts[at])
                                    else None)) is None:
        return None
    if ctx.lowers[first.end : first.end + 1] == ["and"] and (second := by_noun_or_name(ctx, first.end + 1)) is not None:
        # "the convention that the university and the hospital concluded in 2014": both before the verb
        verb = ctx.skip(second.end, ("has", "had", "have"))
        if verb < len(ctx.doc) and ctx.lowers[verb] in ctx.lex.signed_verbs and not ctx.same_org(first.name, second.name):
            return [first.name, second.name]
        return None
    verb = ctx.skip(first.end, ("has", "had", "have"))  # "(that) A had signed with B"
    with_ = verb + 1  # (past its date: "signed in 2023 with", "signed last year with")
    while with_ < len(ctx.doc) and with_ - verb <= 4 and (ctx.entity_labels[with_] == "DATE" or ctx.lowers[with_] == "in"):
        with_ += 1
    if verb >= len(ctx.doc) or ctx.lowers[verb] not in ctx.lex.signed_verbs or ctx.lowers[with_ : with_ + 1] != ["with"]:
        return None
    second = ctx.org_at(ctx.skip(with_ + 1, ("the",)))
    return [first.name, second.name] if second is not None and not ctx.same_org(first.name, second.name) else None


def by_noun_or_name(ctx: ArticleContext, i: int) -> OrgSpan | None:
    """The organization named at token i; "the Department" is the one the noun names, not "Department of Family
    Medicine" named later by the same first word."""
    if ctx.lowers[i : i + 1] == ["the"] and i + 1 < len(ctx.doc) and not any(o.start == i + 1 for o in ctx.top_orgs) \
            and (named := ctx.named_by_noun(i + 1)) is not None:
        return named
    return ctx.org_at(i)


def signed_with_which(ctx: ArticleContext, sent: Span, start: int) -> list[str] | None:
    """"A works with B, with which it signed a collaboration agreement in 2024": B, and the sentence's subject A."""
    which = next((k for k in range(max(sent.start + 2, start - 9), start) if ctx.lowers[k - 1 : k + 1] == ["with", "which"]
                  and ctx.texts[k - 2] == ","), None)
    if which is None or not any(ctx.lowers[k] in ctx.lex.signed_verbs for k in range(which + 1, start)):
        return None
    # (past its town: "Queen Thandiwe Central Hospital in Zomba, with which", "… in Halifax, Canada, with which")
    partner = ctx.org_ending_at(which - 2) or next(
        (o for e in range(which - 4, which - 9, -1) if (o := ctx.org_ending_at(e)) is not None
         and ctx.lowers[e] == "in" and all(is_capitalised(t) or t == "," for t in ctx.texts[e + 1 : which - 2])), None)
    subject = next((o for o in ctx.in_sentence(ctx.top_orgs, ctx.sent_of[start]) if o.start < which - 2), None)
    if ctx.lowers[which + 1] == "the" and which + 2 < start:
        # "…, with which the company signed": the organization of that kind named last before the partner
        subject = ctx.named_by_noun(which + 2, before=partner.start if partner is not None else None) or subject
    elif is_capitalised(ctx.texts[which + 1]):
        # "…, with which Imvelo signed a service agreement": the one named there, or by a short name
        subject = ctx.org_at(which + 1) or subject
    if partner is None or subject is None or ctx.same_org(partner.name, subject.name):
        return None
    return [subject.name, partner.name]


def add_or_merge(ctx: ArticleContext, found: list[Agreement], agreement: Agreement) -> None:
    """A new agreement, or more about the one found with the same parties (a headline's, then the lead's)."""
    same = next((a for a in found if ctx.same_orgs(a.parties, agreement.parties) and not told_apart(ctx, a, agreement)),
                None)
    if same is None:
        found.append(agreement)
        return
    found[found.index(same)] = replace(
        same, title=better_title(same.title, agreement.title), kind=better_title(same.kind, agreement.kind),
        signatories=same.signatories + tuple(s for s in agreement.signatories if s.person not in same.witnesses),
        witnesses=same.witnesses + agreement.witnesses,
        place=same.place or agreement.place, duration=same.duration or agreement.duration,
        sentences=tuple(dict.fromkeys(same.sentences + agreement.sentences)))


# the documents that short names stand for
SHORT_KINDS = {"mou": "memorandum", "mous": "memorandum", "moa": "memorandum", "moc": "memorandum", "loi": "letter",
               "dou": "document"}

# words that name any agreement, not a kind of document: "the partnership", "the deal"
GENERIC_KINDS = frozenset({"agreement", "partnership", "collaboration", "cooperation", "alliance", "deal", "renewal",
                           "extension", "document", "pact", ""})


def of_other_kind(known: Agreement, new: Agreement) -> bool:
    """A document of another kind: a letter of intent, not a memorandum; a memorandum, not a framework agreement
    (but an "academic affiliation agreement" is an "affiliation agreement", and "the partnership" any kind)."""
    def head(kind: str) -> str:
        word = singular(kind).partition(" of ")[0].split()[-1] if kind.strip() else ""
        return SHORT_KINDS.get(word, word)
    return head(known.kind) != head(new.kind) and singular(known.kind) not in GENERIC_KINDS \
        and singular(new.kind) not in GENERIC_KINDS


def concluded_by_clause(ctx: ArticleContext, agreement: Agreement) -> bool:
    """Is the agreement first told with a relative clause of its signing ("the MoA that A concluded with B")?"""
    sent = ctx.sentences[agreement.sentences[0]]
    last_words = {head[-1] for head in ctx.lex.agreement_heads}
    return any(ctx.lowers[k] in ("that", "which") and ctx.lowers[k - 1] in last_words
               and not ctx.lex.signed_verbs.isdisjoint(ctx.lowers[k + 1 : min(k + 7, sent.end)])
               for k in range(sent.start + 1, sent.end))


def partner_described(ctx: ArticleContext, agreement: Agreement) -> bool:
    """Does the agreement's first sentence describe its partner without naming it ("… signed an affiliation
    agreement with one of South Korea's largest teaching hospitals")?"""
    sent = ctx.sentences[agreement.sentences[0]]
    return any(ctx.lowers[k] == "with" and ctx.lowers[k + 1] in ("one", "a", "an") and ctx.org_at(k + 1) is None
               for k in range(sent.start, sent.end - 1))


def told_apart(ctx: ArticleContext, known: Agreement, new: Agreement) -> bool:
    """"The agreement replaces a letter of intent that the University and the Department signed on 4 August 2022":
    an earlier document of another kind, told as of a year before the article's, is another agreement."""
    return of_other_kind(known, new) and signed_years_before(ctx, new) and not signed_years_before(ctx, known)


def caption_signatories(ctx: ArticleContext, found: list[Agreement], roles: list[Role]) -> list[Agreement]:
    """A photo caption of the signing ("Signing the agreement (from left): A, Title, X; B, Title, Y; and C, who
    gave the welcome"): the people it shows holding a post at a party signed for that party."""
    for index, text in enumerate(ctx.sentence_texts):
        if not CAPTION.search(text) or "sign" not in text:
            continue
        # the agreement named before the caption, or in the two sentences right after it (a caption on top)
        near = [a for a in found if min(a.sentences) <= index + 2]
        near = [a for a in near if not signed_years_before(ctx, a)] or near  # (not one told as years old)
        if not near:
            continue
        agreement = next((a for a in near if index in a.sentences), None) or min(
            near, key=lambda a: abs(min(a.sentences) - index))
        sent = ctx.sentences[index]
        parties = {ctx.canonical.get(p, p) for p in agreement.parties}
        shown = {p.name for p in ctx.people if sent.start <= p.start < sent.end}
        # (not a witness the text named before, nor for a party the text already names a signer of: "A, B, C and D
        # after the signing", where A and B signed)
        served = {ctx.canonical.get(s.org, s.org) for s in agreement.signatories if s.org}
        signed = [Signatory(r.person, r.org) for r in roles
                  if r.person in shown and ctx.canonical.get(r.org, r.org) in parties - served
                  and r.person not in agreement.witnesses]
        if signed:
            found[found.index(agreement)] = replace(agreement, signatories=agreement.signatories + tuple(signed),
                                                    sentences=tuple(dict.fromkeys(agreement.sentences + (index,))))
    return found


def merge_partial(ctx: ArticleContext, found: list[Agreement]) -> list[Agreement]:
    """A headline naming two of three parties tells of the same agreement, not another one (unless it is told as
    years old); but "A and B signed memoranda with C and D. The first MOU, between A and C, …": the plural names
    the ones told after it."""
    def parties(a: Agreement) -> set[str]:
        return {ctx.canonical.get(p, p) for p in a.parties}

    def summary(a: Agreement) -> bool:
        parts = [b for b in found if b is not a and len(b.parties) >= 2 and parties(b) < parties(a)]
        return bool(ctx.lex.plural_heads.intersection(a.kind.split())) and len(parts) >= 2 \
            and set().union(*(parties(b) for b in parts)) == parties(a)

    found = [a for a in found if not summary(a)]
    merged: list[Agreement] = []
    for agreement in sorted(found, key=lambda a: (-len(a.parties), ctx.from_headline(a))):
        mine = {ctx.canonical.get(p, p) for p in agreement.parties}
        # (not an earlier agreement of two of the parties: "builds on an agreement A and B concluded in 2018")
        # (nor one of another kind, told apart: "builds on the memorandum of agreement that A concluded with B")
        whole = next((m for m in merged if mine < {ctx.canonical.get(p, p) for p in m.parties}
                      and (signed_years_before(ctx, m) or not signed_years_before(ctx, agreement))
                      and not (of_other_kind(m, agreement) and not ctx.from_headline(agreement)
                               and concluded_by_clause(ctx, agreement))), None)
        if whole is None and ctx.from_headline(agreement):  # "KIMS, Sahyadri sign MoU" over "Kaveri Institute …"
            whole = next((m for m in merged if all(any(ctx.same_org(p, q) for q in m.parties)
                                                   for p in agreement.parties)), None)
        if whole is None and ctx.from_headline(agreement):
            # "The Orchard Institute and the Santa Lucia University Polyclinic sign a research partnership
            # agreement" over a text naming "the Policlinico Universitario Santa Lucia": one party and the
            # kind in common, so the same agreement, named by the text's parties
            # (also "BITDR, Sonar Bangla Pharma sign deal" over "… and Sonar Bangla Pharmaceuticals Ltd signed an
            # agreement": as many parties, one in common)
            whole = next((m for m in merged if (m.kind == agreement.kind or len(m.parties) == len(agreement.parties))
                          and not ctx.from_headline(m) and mine & {ctx.canonical.get(p, p) for p in m.parties}), None)
        if whole is None:
            merged.append(agreement)
            continue
        merged[merged.index(whole)] = replace(
            whole, title=better_title(whole.title, agreement.title), kind=better_title(whole.kind, agreement.kind),
            signatories=whole.signatories + agreement.signatories, witnesses=whole.witnesses + agreement.witnesses,
            place=whole.place or agreement.place, duration=whole.duration or agreement.duration,
            sentences=tuple(sorted(set(whole.sentences + agreement.sentences))))
    return sorted(merged, key=lambda a: min(a.sentences))



def partner_after(ctx: ArticleContext, end: int) -> str | None:
    """The organization of ", with X" right after an agreement's name (also ", this time with X")."""
    k = ctx.skip(end, (",",))
    k += 2 if ctx.lowers[k : k + 2] == ["this", "time"] else 0
    if ctx.lowers[k : k + 1] != ["with"]:
        return None
    at = ctx.skip(k + 1, ("the", "a", "an"))
    org = ctx.org_at(at)
    if org is None:  # "with the French laboratory Laboratoires Vérane SAS": a description before the name
        k = at
        while k < min(at + 4, len(ctx.texts)) and (ctx.texts[k].islower() or ctx.entity_labels[k] == "NORP") \
                and ctx.texts[k].isalpha():
            k += 1
        org = next((o for o in ctx.top_orgs if o.start == k), None) if k > at else None
    return org.name if org and not describes_parties(ctx, org) else None


def describes_parties(ctx: ArticleContext, org: OrgSpan) -> bool:
    """"deals with ASEAN partners", "with EU member universities": an organization before a plural noun for parties
    describes them; it is no party."""
    return ctx.lowers[org.end : org.end + 1] != [] and ctx.lowers[org.end] in ctx.lex.facts["groups"]


def signers_body(ctx: ArticleContext, sent: Span, verb: int, roles: list[Role], witnesses: tuple[str, ...]) -> str | None:
    """The organization where the person who signs, named before the verb, holds a post (not a witness: "Minister X
    looks on as A and B sign")."""
    subject = next((p for p in ctx.people if sent.start <= p.start and p.end <= verb and p.name not in witnesses), None)
    if subject is None or org_subject_after(ctx, subject.end, verb):
        return None
    # ("Minutes later, Bardales Zelaya signed …": the surnames of someone named in full before)
    named = {r.person for r in roles if r.person.endswith(f" {subject.name}")}
    return next((r.org for r in roles if r.person == subject.name), None) or next(
        (r.org for r in roles if len(named) == 1 and r.person in named), None)


def org_subject_after(ctx: ArticleContext, start: int, verb: int) -> bool:
    """"Under the patronage of Minister A, the X on Saturday signed …": an organization after a comma, with no person
    after it, is the verb's subject, not the person before it."""
    return any(start < o.start and o.end <= verb and ctx.texts[o.start - 1 - (ctx.lowers[o.start - 1] == "the")] == ","
               and not any(o.end <= p.start < verb for p in ctx.people) for o in ctx.top_orgs)


def partners_after(ctx: ArticleContext, sent: Span, end: int) -> list[str]:
    """The organizations listed in ", with A and B" right after an agreement's name (or the one named there)."""
    first = partner_after(ctx, end)
    if first is None:
        return []
    start = next((o.start for o in ctx.top_orgs if o.name == first and o.start >= end), None)
    if start is None:
        return [first]
    return unique_names(ctx.listed([o for o in ctx.top_orgs if start <= o.start < sent.end]), ctx.lex)[:3] or [first]


def visit_parties(ctx: ArticleContext, sent: Span) -> list[str] | None:
    """"A team from X … a visit to Y", "a delegation of X visited Y": the group's organization and the one visited."""
    orgs = [o for o in ctx.top_orgs if sent.start <= o.start < sent.end and not ctx.in_role_phrase(o)]
    visit = next((k for k in range(sent.start, sent.end) if ctx.lowers[k] in ("visit", "visited", "visiting")), None)
    if visit is None:
        return None
    at = visit + 1 + (ctx.lowers[visit] == "visit" and ctx.lowers[visit + 1 : visit + 2] == ["to"])
    visited = ctx.org_at(ctx.skip(at, ("the",)))
    visitor = next((o for o in orgs if o.end <= visit and not ctx.lex.group_nouns.isdisjoint(
        ctx.lowers[max(sent.start, o.start - 4) : o.start]) and ctx.lowers[o.start - 1 - (ctx.lowers[o.start - 1] == "the")]
                    in ("from", "of")), None)
    if visited is None or visitor is None or ctx.same_org(visited.name, visitor.name):
        return None
    return [visitor.name, visited.name]


def described_partner(ctx: ArticleContext, sent: Span, end: int) -> str | None:
    """"The second agreement is a three-year research collaboration with X": the partner of an agreement the
    sentence describes."""
    if ctx.lowers[end : end + 1] not in (["is"], ["was"]):
        return None
    at = next((k for k in range(end + 1, min(end + 16, sent.end)) if ctx.lowers[k] == "with"), None)
    org = ctx.org_at(ctx.skip(at + 1, ("the",))) if at is not None else None
    return org.name if org else None


def headline_partner(ctx: ArticleContext, party: str) -> str | None:
    """"Kogi partners with Ilaro University" above "The Kogi State Government has signed an agreement to upgrade
    its hospital": the one other organization a headline of partnership or signing pairs the party with."""
    if not ctx.sentences or not is_headline(ctx.raw_sentences[0]):
        return None
    cues = ctx.lex.partner_cues | ctx.lex.signed_verbs | ctx.lex.signed
    if ctx.sentence_words[0].isdisjoint(cues):
        return None
    cue = next((k for k in range(ctx.sentences[0].start, ctx.sentences[0].end) if ctx.lowers[k] in cues), ctx.sentences[0].end)
    # (not the object of the purpose after the verb: "A and B sign protocol to create Clinical Research Unit")
    named = [o for o in ctx.in_sentence(ctx.top_orgs, 0) if (o.start < cue or "with" in ctx.lowers[max(0, o.start - 2) : o.start])
             and not describes_parties(ctx, o)]
    others = list(dict.fromkeys(o.name for o in named if not ctx.same_org(o.name, party)))
    # the party named there too, or written as its place ("Kogi partners with …"): the partner follows "with"
    partnered = len(others) < len(named) or any("with" in ctx.lowers[max(0, o.start - 2) : o.start] for o in named)
    return others[0] if len(others) == 1 and partnered else None


def agreement_meant(ctx: ArticleContext, found: list[Agreement], start: int, end: int, lead: str | None) -> Agreement:
    """Which agreement found before a mention without parties means: "the agreement with the university" is the
    one with the university, "the second agreement" the second of the lead party's; otherwise the last one."""
    partner = partner_after(ctx, end)
    if partner is not None:
        with_partner = [a for a in found if any(ctx.same_org(partner, p) for p in a.parties)]
        if len(with_partner) == 1:
            return with_partner[0]
    elif ctx.lowers[end : end + 2] == ["with", "the"] and end + 2 < len(ctx.doc):
        noun = ctx.lowers[end + 2]  # "the agreement with the university": the one whose partner it names
        kind = ctx.lex.kind_nouns.get(noun)
        with_noun = [a for a in found if any(noun in p.lower().split() or (kind and ctx.kind_of(p) == kind)
                                             for p in a.parties)]
        if len(with_noun) == 1:
            return with_noun[0]
    # "The renewal was signed by …", "The renewed agreement …" after "X renewed its affiliation agreement with Y and
    # signed a service agreement with Z": the one renewed
    # (one the body tells of, not a headline's alone)
    if any(w.startswith("renew") for w in ctx.lowers[max(0, start - 1) : end]) and len(renewed := [
            a for a in found if was_renewed(ctx, a)
            and not all(is_headline(ctx.raw_sentences[i]) for i in a.sentences)]) == 1:
        return renewed[0]
    # "The affiliation agreement was signed by …" after an MoU: the one of that kind
    described = set(ctx.lowers[start:end]) - {w for head in ctx.lex.agreement_heads for w in head} - ctx.lex.definite
    if described and points_back(ctx, start):
        of_kind = [a for a in found if described <= set(a.kind.lower().split())]
        if len(of_kind) == 1:
            return of_kind[0]
    place = ctx.lex.ordinal_places.get(ctx.lowers[start - 1]) if start > 0 else None
    if place is not None and lead is not None:
        leads = [a for a in found if any(ctx.same_org(lead, p) for p in a.parties)]
        if len(leads) >= 2 and place < len(leads):
            return leads[place]
    # "The letter was signed by A, chair of X, and B of Y", after another agreement: when the sentence names none of
    # the last one's parties (or fewer than of another one the body told of), the one agreement whose parties it
    # names most
    named = {o.name for o in ctx.in_sentence(ctx.top_orgs, ctx.sent_of[start])}
    shared = [sum(any(ctx.same_org(n, p) for p in a.parties) for n in named) for a in found]
    most = shared.index(max(shared))
    told = not is_headline(ctx.raw_sentences[found[most].sentences[0]])  # (a headline's agreement may be a summary)
    if max(shared) > shared[-1] and shared.count(max(shared)) == 1 and (shared[-1] == 0 or told):
        return found[most]
    # (a caption's: not an MoU the article tells of as years old, "… builds on an MoU signed in 2022 with C. Photo: A
    # and B sign the agreement")
    if CAPTION.search(ctx.sentence_texts[ctx.sent_of[start]]) is None or not signed_years_before(ctx, found[-1]):
        return found[-1]
    # (of those whose parties it names most)
    current = [a for n, a in enumerate(found) if shared[n] == max(shared) and not signed_years_before(ctx, a)]
    return current[-1] if current else found[-1]


def signed_years_before(ctx: ArticleContext, agreement: Agreement) -> bool:
    """Does the sentence that first tells of the agreement give a year before the article's?"""
    if not ctx.date:
        return False
    years = re.findall(r"\b(?:19|20)\d\d\b", ctx.raw_sentences[agreement.sentences[0]])
    return bool(years) and all(int(y) < int(ctx.date[:4]) for y in years)


PAST_MARKERS = ("already", "previously", "earlier", "last year")


def told_as_past(ctx: ArticleContext, agreement: Agreement) -> bool:
    """Is the agreement told as an earlier one: "signed in 2019", "had already signed … last year"?"""
    text = ctx.raw_sentences[agreement.sentences[0]].lower()
    return signed_years_before(ctx, agreement) or any(re.search(rf"\b{m}\b", text) for m in PAST_MARKERS)


def possessive_owner(ctx: ArticleContext, start: int) -> OrgSpan | None:
    """"The NBTB's existing supply agreement", "the hospital's agreement": the organization whose agreement it is."""
    k = start - 1
    while k > 0 and start - k <= 3 and ctx.texts[k].isalpha() and ctx.texts[k].islower():
        k -= 1  # "existing", "long-standing"
    if k < 1 or ctx.texts[k] not in ("'s", "’s"):
        return None
    return ctx.org_ending_at(k) or (ctx.named_by_noun(k - 1, owner=True) if ctx.lowers[k - 2 : k - 1] == ["the"] else None)


def was_renewed(ctx: ArticleContext, agreement: Agreement) -> bool:
    """"renewed its academic affiliation agreement", "the renewal of the MoU": a renewing word just before the
    agreement's first mention (or where a headline told it in other words: "A renews telemedicine cooperation with
    B", then "… renewed its cooperation agreement with B")."""
    told = [ctx.raw_sentences[i] for i in agreement.sentences[:2]]
    if agreement.title not in told[0] and is_headline(told[0]):
        told = told[1:]  # the headline's other words: its first mention in the body
    text = told[0] if told else ""
    at = text.find(agreement.title)
    return at > 0 and any(word.startswith("renew") for word in text[:at].lower().split()[-4:])


def points_back(ctx: ArticleContext, start: int) -> bool:
    """"the agreement", "this MoU", "the five-year memorandum": a mention of one named before."""
    k = start - 1
    while k >= 0 and start - k <= 3 and ctx.lowers[k] not in ctx.lex.definite and ctx.lowers[k] not in ("a", "an", "of") \
            and (ctx.texts[k].islower() or ctx.texts[k] == "-" or ctx.texts[k].isdigit()):  # not "the signing of a MoU"
        k -= 1
    return k >= 0 and ctx.lowers[k] in ctx.lex.definite


def partner_each(ctx: ArticleContext, sent: Span, end: int) -> list[str]:
    """"…, one with B and the other with C", "one with B, another with C": the partner of each agreement."""
    partners = []
    for k in range(end, sent.end - 1):
        if ctx.lowers[k + 1] == "with" and (ctx.lowers[k] in ("one", "another", "other") or ctx.lowers[k] in ctx.lex.ordinals):
            org = ctx.org_at(ctx.skip(k + 2, ("the",)))
            if org is None:  # "the other with Norwegian company Y": a description before the name
                org = next((o for o in ctx.top_orgs if k + 2 < o.start <= k + 6 and o.start < sent.end), None)
            if org is not None:
                partners.append(org.name)
    return partners if len(partners) >= 2 else []


def numbered_agreement(ctx: ArticleContext, index: int, parties: list[str], lead: str | None,
                       roles: list[Role], witnesses: tuple[str, ...]) -> Agreement | None:
    """"Under the second agreement, AHU Vice President A and Karak Pharma's CEO B agreed on internships", "The
    second protocol, with Misr Renal Care, covers …": one of several agreements, between the organizations of
    the people the sentence names (or the one it is "with") and the party all of them share."""
    sent = ctx.sentences[index]
    named = list(dict.fromkeys(p.name for p in ctx.people if sent.start <= p.start < sent.end
                               and p.name not in witnesses))  # in text order (a witness's organization is no party)
    held = [r for r in roles if r.sentence == index and r.person in named]
    # "The second protocol, signed by El-Sherbiny and Professor B, president of Y": a post told before
    first_post: dict[str, Role] = {}
    for r in roles:
        first_post.setdefault(r.person, r)
    held += [first_post[name] for name in named if name in first_post and all(r.person != name for r in held)]
    found = list(dict.fromkeys([*parties, *(r.org for r in held)]))
    if lead and not any(ctx.same_org(lead, f) for f in found):
        found = [lead, *found]
    found = unique_names_of(ctx, found)
    if len(found) < 2:
        return None
    return Agreement(kind="agreement", title="agreement", parties=tuple(found),
                     signatories=tuple(Signatory(r.person, r.org) for r in held), witnesses=(), date=None, place=None,
                     duration=None, sentences=(index,))


def counted_agreements(ctx: ArticleContext, described: Agreement) -> int:
    """"has signed collaboration agreements with three universities": the number of partners, one agreement each,
    that the sentence counts (0 when it counts none)."""
    sent = ctx.sentences[described.sentences[0]]
    lowers = ctx.lowers[sent.start : sent.end]
    plural = not ctx.lex.plural_heads.isdisjoint(lowers)
    return next((ctx.lex.counts[lowers[k + 1]] for k in range(len(lowers) - 2) if plural and lowers[k] == "with"
                 and lowers[k + 1] in ctx.lex.counts and lowers[k + 2] in ctx.lex.groups), 0)


def plural_mention(ctx: ArticleContext) -> bool:
    """"signed two separate memoranda", "the MoUs": the article tells of more than one agreement."""
    return any(ctx.lex.plural_heads.intersection(ctx.lowers[start:end]) for start, end in agreement_mentions(ctx))


# the words that may stand between the parties and their signing verb: "A and B have formally signed"
SUBJECT_GAP = frozenset({"have", "has", "had", "formally", "officially", "jointly", "also", "today", "yesterday", "on"})


def parties_from_signers(ctx: ArticleContext, described: Agreement | None, found: list[Agreement],
                         roles: list[Role]) -> list[Agreement]:
    """"The letter was signed by Dr. A, chief executive of X, and Dr. B, director at Y", "MMU Registrar A and
    KD Managing Director B signed the deal": when an agreement was named with its parties only described, or
    the article tells of several, each later signing sentence whose signers stand for two or more
    organizations is an agreement between them, unless one already found is; when each of them is a party
    of an agreement already found ("A signed both documents. X was represented by B, while C signed for
    Y"), each signer signs the agreements of their party. Returns every agreement."""
    first = described.sentences[0] if described else min((min(a.sentences) for a in found), default=0)
    template = described or (found[0] if found else None)
    found, used = list(found), {i for a in found for i in a.sentences}
    made: list[Agreement] = []
    carried: tuple[int, tuple[Signatory, ...]] | None = None  # the last signing sentence's signers
    for index in range(first + 1, len(ctx.sentences)):
        sent = ctx.sentences[index]
        verb = ctx.signing_verb(sent) if index not in used else None
        # "A, B and C put pen to paper at a ceremony in Accra": the parties the agreement named before only described
        group = ctx.coordinated([o for o in ctx.top_orgs if sent.start <= o.start and o.end <= verb]) \
            if verb is not None and described is not None and not found and not made else []
        subjects = [o.name for o in group] if group and verb is not None and all(
            ctx.lowers[k] in SUBJECT_GAP or ctx.entity_labels[k] == "DATE" for k in range(group[-1].end, verb)) else []
        told = signed_by(ctx, sent) is not None or names_sign(ctx, sent)
        if len(subjects) < 2 and (index in used or (not told and ctx.lowers[sent.start] != "signing")):
            continue
        signatories, witnesses = find_signers(ctx, sent, roles)
        if carried and carried[0] == index - 1:
            # "Signing for the university was Prof. A. Dr. B signed for the hospital, while …": one signing told in
            # sentences that follow each other
            signatories = tuple(s for s in carried[1] if s.person not in {t.person for t in signatories}) + signatories
        carried = None
        if len(subjects) < 2 and not told:
            carried = (index, signatories) if signatories else None
            continue  # "Signing for X was A.": its signers join the next sentence's
        parties = subjects if len(subjects) >= 2 else unique_names_of(ctx, [s.org for s in signatories if s.org])
        if len(parties) < 2 or any(all(any(ctx.same_org(p, q) for q in a.parties) for p in parties)
                                   for a in found + made):
            continue
        # "Hanul University Medical Center has signed a letter with X … The letter was signed by A, Hanul
        # University's Vice President, and B of X": signers for the parties or their owners sign the one found
        within = [a for a in found if not a.signatories and len(a.parties) == len(parties) and all(
            any(ctx.same_org(p, q) or q.startswith(p + " ") for q in a.parties) for p in parties)]
        if within:
            at = found.index(within[-1])
            found[at] = replace(within[-1], signatories=signatories, witnesses=within[-1].witnesses + witnesses,
                                sentences=tuple(dict.fromkeys(within[-1].sentences + (index,))))
            continue
        if len(found) > 1 and all(any(ctx.same_org(p, q) for a in found for q in a.parties) for p in parties):
            found = [replace(a, signatories=a.signatories + tuple(
                s for s in signatories if s.org and any(ctx.same_org(s.org, q) for q in a.parties)),
                sentences=tuple(dict.fromkeys(a.sentences + (index,)))) for a in found]
            continue
        if template is None:
            break
        made.append(replace(template, parties=tuple(parties), signatories=signatories, witnesses=witnesses,
                            place=ctx.place(sent) or template.place, sentences=(first, index)))
    if described is not None and len(described.parties) == 1 and not found and not made:
        # "The Government has signed an MoU with X University. The Minister signed on behalf of the Y Government.
        # The Vice-Chancellor signed for the university.": the one party named, and those the next signers stand for
        signers: list[Signatory] = []
        for index in range(first + 1, min(first + 4, len(ctx.sentences))):
            sent = ctx.sentences[index]
            # (also "Signing for the universities were A, Vice-Chancellor of X; B, …")
            if signed_by(ctx, sent) is not None or names_sign(ctx, sent) or ctx.lowers[sent.start] == "signing":
                signers += find_signers(ctx, sent, roles)[0]
        named = unique_names_of(ctx, [*described.parties, *(s.org for s in signers if s.org)])
        if 2 <= len(named) - 1 <= counted_agreements(ctx, described):
            # "X has signed agreements with three universities. … Signing for the universities were A of P; B of Q;
            # and C of R": one agreement with each, X's signer on every one
            lead = described.parties[0]
            own = tuple(s for s in signers if s.org and ctx.same_org(s.org, lead))
            return [replace(described, parties=(lead, other), signatories=own + tuple(
                s for s in signers if s.org and ctx.same_org(s.org, other))) for other in named[1:]]
        if len(named) >= 2:
            return [replace(described, parties=tuple(named), signatories=tuple(signers))]
    if described is not None and not described.parties and not found and not made \
            and (before := agreed_before(ctx, described.sentences[0])):
        return [replace(described, parties=tuple(before))]
    return found + made


def agreed_before(ctx: ArticleContext, index: int) -> list[str]:
    """"A, B and C have agreed to pool their work. A framework agreement to that effect was signed on Thursday.":
    the organizations that agreed in the sentence before the one telling of an agreement without its parties."""
    if index == 0 or is_headline(ctx.raw_sentences[index - 1]):
        return []
    sent = ctx.sentences[index - 1]
    verb = next((k for k in range(sent.start, sent.end) if ctx.lowers[k] in ("agreed", "partnered", "teamed")), None)
    group = ctx.coordinated([o for o in ctx.top_orgs if sent.start <= o.start and verb is not None and o.end <= verb])
    if verb is None or len(group) < 2:
        return []
    k = group[-1].end
    if ctx.lowers[k] == "in":  # "… and C in Ho, Ghana, have agreed"
        k += 1
        while k < verb and (is_capitalised(ctx.texts[k]) or ctx.texts[k] == ","):
            k += 1
    if not all(ctx.lowers[i] in SUBJECT_GAP for i in range(k, verb)):
        return []
    return unique_names_of(ctx, [o.name for o in group])


def unique_names_of(ctx: ArticleContext, names: list[str]) -> list[str]:
    """Names in order, each organization once ("KCU" and "Kauri Coast University" are one)."""
    kept: list[str] = []
    for name in names:
        if not any(ctx.same_org(name, k) for k in kept):
            kept.append(name)
    return kept


def listed_signatories(ctx: ArticleContext, found: list[Agreement], described: Agreement | None) -> list[Agreement]:
    """A notice's "1. Signatories" heading, then "- For X: Prof. A, Director of X;" items: the people listed
    signed the agreement named before it, each for the party their item names. An agreement named with its
    parties only described ("Four organizations … have signed a memorandum") has those of the list."""
    for index, text in enumerate(ctx.raw_sentences):
        heading = SIGNATORIES_HEADING.match(text) is not None
        earlier = [a for a in found if min(a.sentences) < index] if heading else []
        # (also when the agreements found are told after the list: "… with which it signed a memorandum in 2024")
        if not earlier and heading and described is not None and described.sentences[0] < index:
            found = [*found, described]
            earlier = [described]
        if not earlier:
            continue
        signatories, party = [], None
        for k in range(index + 1, min(index + 9, len(ctx.sentences))):
            sent = ctx.sentences[k]
            if NUMBERED_HEADING.match(ctx.raw_sentences[k]) and not any(sent.start <= p.start < sent.end for p in ctx.people):
                break  # the next numbered part ("2. Witnesses"), not a numbered signer ("1. Prof. A, Rector – for X")
            at = ctx.phrase_end(sent, "for")
            if at is not None and at - sent.start <= 2 and (org := ctx.org_at(at)):
                party = org.name
            # "- Professor A, Vice-Chancellor and President, Burdekin University": no "For X:", the item's organization
            named = [o.name for o in ctx.top_orgs if sent.start <= o.start < sent.end]
            # ("…, dean of the School of Nursing at Oriel University, who signed on behalf of the university")
            signatories += [Signatory(p.name, party or signed_for(ctx, p.end, sent.end) or (named[-1] if named else None))
                            for p in ctx.people if sent.start <= p.start < sent.end and not p.surname_only]
            if ctx.raw_sentences[k].endswith("\n\n"):  # the list's paragraph ends
                break
        last = earlier[-1]
        # the list names more organizations than the agreement has parties: those it adds are parties too
        orgs = {ctx.canonical.get(s.org, s.org) for s in signatories if s.org}
        listed = [s.org for s in signatories if s.org and not any(ctx.same_org(s.org, p) for p in last.parties)] \
            if len(orgs) > len(last.parties) else []
        found[found.index(last)] = replace(last, signatories=last.signatories + tuple(signatories),
                                           parties=tuple(dict.fromkeys(last.parties + tuple(listed))))
    return found


def attach_signing_details(ctx: ArticleContext, found: list[Agreement], roles: list[Role]) -> list[Agreement]:
    """"The signing was witnessed by …": a sentence about the signing names no agreement; it belongs to the
    last agreement named before it."""
    witnessed = {ctx.sent_of[start] for start, _, label in ctx.cues if label == "witness"}
    represented = {ctx.sent_of[start] for start, _, label in ctx.cues if label == "representative"}
    used = {i for a in found for i in a.sentences}
    for index, sent in enumerate(ctx.sentences):
        text = ctx.sentence_texts[index]
        # "C looked on.", "D oversaw the signing."
        present = any(presence_at(ctx, i, sent) for i in range(sent.start, sent.end))
        # "B signed contracts with …": people signing another document named here are not this one's
        signing = signed_by(ctx, sent) is not None or index in represented or (names_sign(ctx, sent) and not any(
            ctx.sent_of[start] == index and ctx.lowers[start - 1] not in ctx.lex.definite
            for start, _ in agreement_mentions(ctx)))
        stands_for = any(cue in text for cue in ctx.lex.facts["signed_for"])
        if index in used or not (index in witnessed or stands_for or "witness" in text or signing or present):
            continue
        earlier = [a for a in found if min(a.sentences) < index]
        if not earlier and found and index in witnessed and ctx.sentence_words[index] & {"signing", "signings", "ceremony"}:
            # "The signing took place at X and was witnessed by A and B. The three agreements are: …": the event's
            # witnesses, told before its agreements, are every one's
            witnesses = find_signers(ctx, sent, roles)[1]
            found = [replace(a, witnesses=a.witnesses + witnesses) for a in found]
            continue
        if not earlier:
            continue
        signatories, witnesses = find_signers(ctx, sent, roles)
        if not signing and not stands_for:
            signatories = ()
        # "Both signings were witnessed by …": every agreement named before, not only the last
        every = ctx.sentence_words[index] & {"both", "all"} and len(earlier) > 1
        # (or the ceremony of agreements told together, and never apart since: "signed two agreements, with A and
        # with B. The ceremony …")
        every = every or (index in witnessed and not signing and len(earlier) > 1
                          and len({tuple(i for i in a.sentences if i < index) for a in earlier}) == 1)
        # the agreement the article spoke of last: "The agreement with the university … It was signed by …"
        latest = max(earlier, key=lambda a: (max(i for i in a.sentences if i < index), found.index(a)))
        # (or the one whose signers the sentence shows: "A and B exchange the signed documents, in the presence of C")
        # (by surname, as captions shorten names: "Dr. Samuel Ndege" for Samuel Owino Ndege)
        shown = {p.name.split()[-1] for p in ctx.people if sent.start <= p.start < sent.end}
        overlap = {id(a): len(shown & {s.person.split()[-1] for s in a.signatories}) for a in earlier}
        best = max(overlap.values())
        # (also over one signed years before, told last: "… builds on a letter of intent A signed in 2022 with B.
        # Photo: C, D and E display copies of the signed MoU")
        if best and (not signing or signed_years_before(ctx, latest)) and sum(v == best for v in overlap.values()) == 1:
            latest = next(a for a in earlier if overlap[id(a)] == best)
        # "X was represented by its two Deputy Directors, A and B" among those attending, after the signers were named:
        # representatives of a party that has its signer, or of none the text names, signed nothing
        only_represented = index in represented and signed_by(ctx, sent) is None and not names_sign(ctx, sent)
        joining = also_signed(ctx, sent)
        for last in earlier if every else [latest]:
            served = {ctx.canonical.get(s.org, s.org) for s in last.signatories if s.org}
            added = tuple(s for s in signatories if not only_represented or (
                s.org and ctx.canonical.get(s.org, s.org) not in served)) if last.signatories else signatories
            # "For the first time, X also signed as a third party": one more party
            parties = last.parties if joining is None or any(ctx.same_org(joining, p) for p in last.parties) \
                else (*last.parties, joining)
            if added and told_party_count(ctx, last, index):
                # "… now a three-party document … The signatories were A of X, B of Y and C of Z"
                parties = with_counted_signers(ctx, replace(last, parties=parties), added, index)
            found[found.index(last)] = replace(last, parties=parties, signatories=last.signatories + added,
                                                witnesses=last.witnesses + witnesses,
                                                sentences=last.sentences + (index,))
    return found


def with_joining_party(ctx: ArticleContext, sent: Span, parties: tuple[str, ...]) -> tuple[str, ...]:
    """"The renewed agreement adds Lukanga University as a third party": one more party of the agreement meant."""
    at = next((k for k in range(sent.start + 1, sent.end - 3) if ctx.lowers[k : k + 2] == ["as", "a"]
               and (ctx.lowers[k + 2] in ctx.lex.ordinals or ctx.lowers[k + 2] in ("new", "further"))
               and ctx.lowers[k + 3] in ("party", "signatory")),
              None)
    joining = next((o for o in reversed(ctx.top_orgs) if at is not None and sent.start <= o.start and o.end == at), None)
    if joining is None or any(ctx.same_org(joining.name, p) for p in parties):
        return parties
    return (*parties, joining.name)


def also_signed(ctx: ArticleContext, sent: Span) -> str | None:
    """"For the first time, Germany's ZPV, the federal placement office, also signed as a third party": the
    organization a sentence about a signing adds to its parties (not one that signed as a witness)."""
    verb = next((k for k in range(sent.start + 2, sent.end - 1) if ctx.lowers[k - 1] == "also"
                 and ctx.lowers[k] in ctx.lex.signed and ctx.lowers[k + 1] != "by"), None)
    if verb is None or "witness" in ctx.sentence_texts[ctx.sent_of[sent.start]]:
        return None
    subject = next((o for o in ctx.top_orgs if sent.start <= o.start < verb and not ctx.in_role_phrase(o)), None)
    return subject.name if subject is not None else None


def possessed_by(ctx: ArticleContext, org: str) -> str:
    """The owner of a unit told with its possessive ("Carlyle's Faculty of Medicine"), else the organization."""
    return next((p.parent for p in ctx.possessed_units if p.child == org), org)


def without_own_units(ctx: ArticleContext, parties: tuple[str, ...]) -> tuple[str, ...]:
    """The parties but a unit that a post placed in another of them."""
    parents = {(ctx.canonical.get(p.child, p.child), ctx.canonical.get(p.parent, p.parent)) for p in ctx.unit_parents}
    names = {ctx.canonical.get(p, p) for p in parties}
    return tuple(p for p in parties if not any(child == ctx.canonical.get(p, p) and parent in names
                                               for child, parent in parents))


def finish_agreement(ctx: ArticleContext, agreement: Agreement, roles: list[Role]) -> Agreement:
    """Signatories sign for the party they hold a role at; nobody is both signatory and witness (a witness whose post
    is at no party, shown in a caption "after signing the agreement", stays a witness)."""
    signed: dict[str, Signatory] = {}
    # a witness whom a caption shows with the signers stays a witness when every party has a signer of its own
    covered = all(any(s.org and s.person not in agreement.witnesses and ctx.same_org(s.org, p)
                      for s in agreement.signatories) for p in agreement.parties)
    for s in agreement.signatories:
        if s.person in agreement.witnesses and (covered or s.org and not any(ctx.same_org(s.org, p)
                                                                             for p in agreement.parties)):
            continue
        org = s.org or next((r.org for r in roles if r.person == s.person
                             and any(ctx.same_org(r.org, party) for party in agreement.parties)), None)
        if s.person not in signed or org:
            signed[s.person] = Signatory(s.person, org)
    # (nor a signer named shorter: "Dr Grace Mwangi looks on" in a caption, after "Dr Grace Nyambura Mwangi signed")
    signers = [person_words(name) for name in signed]
    witnesses = tuple(dict.fromkeys(w for w in agreement.witnesses if w not in signed and not any(
        len(words := person_words(w)) >= 2 and len(s) > len(words) and (s[0], s[-1]) == (words[0], words[-1])
        for s in signers)))
    title = agreement.title if agreement.title[:1].isupper() else agreement.kind
    # (an agreement told once, as of an earlier year, "… that A and B concluded in 2018", has no known date: not
    # the article's)
    earlier = len(agreement.sentences) == 1 and agreement.date == ctx.date and signed_years_before(ctx, agreement) \
        and "renew" not in ctx.raw_sentences[agreement.sentences[0]].lower()
    return replace(agreement, parties=signing_bodies(ctx, agreement.parties, tuple(signed.values())),
                   signatories=tuple(signed.values()), witnesses=witnesses, title=singular(title),
                   kind=singular(agreement.kind), date=None if earlier else agreement.date)


def signing_bodies(ctx: ArticleContext, parties: tuple[str, ...], signatories: tuple[Signatory, ...]) -> tuple[str, ...]:
    """A place's government for which nobody signed, where its department did ("Quang Lam Province" in a headline,
    "director of the Quang Lam Department of Health" signing): the department is the party."""
    orgs = [s.org for s in signatories if s.org and not any(ctx.same_org(s.org, p) for p in parties)]
    found = list(parties)
    for n, party in enumerate(parties):
        place, _, word = party.rpartition(" ")
        if word not in ctx.lex.governing_places or not place or any(s.org and ctx.same_org(s.org, party) for s in signatories):
            continue
        body = next((o for o in orgs if o.startswith(f"{place} ") or o.endswith(f" {place}")), None)
        if body is not None:
            found[n] = body
    return tuple(found)


def singular(title: str) -> str:
    """One agreement of "two agreements", "memoranda of understanding", "MoUs"."""
    title = re.sub(r"\b([Mm])emoranda\b", r"\1emorandum", title)
    return re.sub(r"\b(agreement|protocol|deal|pact|contract|partnership|MoU|MOU|mou|MoA|MOA|moa)s\b", r"\1", title)


def find_duration(ctx: ArticleContext, sent: Span) -> str | None:
    """"three-year", "5-year" as written in the sentence."""
    match = DURATION.search(ctx.text_of(sent))
    return match.group(0).lower().replace(" ", "") if match else None


def with_noun_first(ctx: ArticleContext, at: int, group: list[OrgSpan]) -> list[OrgSpan]:
    """"between the hospital and Northgate University", "signed by the Ministry and ESEV": the first party named by
    its noun (also "the health board": the noun's last word; and capitalised, as releases write their own), before
    the one organization named after "and"."""
    joint = next((k for k in (at + 2, at + 3) if k < len(ctx.doc) and ctx.lowers[k] == "and"
                  and all(t.isalpha() and (t.islower() or (k - at == 2 and t.lower() in ctx.lex.kind_nouns)
                                           or t.lower() in ctx.lex.head_nouns.get("government", ()))
                          for t in ctx.texts[at + 1 : k])), None)
    noun = ctx.named_by_noun(joint - 1) if ctx.lowers[at : at + 1] == ["the"] and joint is not None else None
    # (also past the partner's description: 'and the Municipal State Enterprise on the Right of Economic Management
    # "Bereke Perinatal Centre"')
    if noun is not None and joint is not None and len(group) == 1 and joint < group[0].start <= joint + 12 and all(
            t.isalpha() or t in ('"', "“", "«") for t in ctx.texts[joint + 1 : group[0].start]):
        return [noun, *group]
    # "between the Ministry, the B (IROPB) and the C": the noun first in a list of three or more
    comma = at + 2 if ctx.lowers[at : at + 1] == ["the"] and ctx.texts[at + 2 : at + 3] == [","] \
        and ctx.texts[at + 1].isalpha() else None
    if comma is not None and len(group) >= 2 and group[0].start in (comma + 1, comma + 2) \
            and (noun := ctx.named_by_noun(at + 1)) is not None and not any(ctx.same_org(noun.name, o.name) for o in group):
        return [noun, *group]
    # "signed by the university and the society": two parties, each by its noun
    if not group and ctx.lowers[at : at + 1] == ["the"] and ctx.lowers[at + 2 : at + 4] == ["and", "the"] \
            and (first := ctx.named_by_noun(at + 1)) is not None and (second := ctx.named_by_noun(at + 4)) is not None \
            and not ctx.same_org(first.name, second.name):
        return [first, second]
    return group


def with_short_names(ctx: ArticleContext, orgs: list[OrgSpan], at: int, end: int) -> list[OrgSpan]:
    """"between Isarwerk, X and Y": a list's items written by short names (the first words of one organization's
    name in the article), right after the cue or a joiner, with the organizations found."""
    taken = {k for o in orgs for k in range(o.start, o.end)}
    short = [org for k in range(at, end) if k not in taken
             and (k == at or ctx.lowers[k - 1] in (",", "and")) and (org := ctx.short_name_at(k)) is not None
             and not taken & set(range(org.start, org.end))]
    return sorted(orgs + short, key=lambda o: o.start)


def ministers_department(ctx: ArticleContext, name: str) -> bool:
    """"Department of Health and Wellness" where the article names the "Minister of Health and Wellness"."""
    field = name.removeprefix("the ").removeprefix("Department of ")
    return field != name and re.search(rf"\bMinister (?:of|for) {re.escape(field)}\b", ctx.doc.text) is not None


def find_parties(ctx: ArticleContext, sent: Span, mention_end: int | None = None) -> list[str]:
    """Organizations that are parties: "between A and B", or the subjects of "A and B signed". With two
    agreements in one sentence ("a framework agreement with A and a partnership agreement with B"), the
    partner is the one after the mention's own "with"."""
    # "Universiti X (UTR), through its Faculty of Medicine, and Y signed", "X, represented by its College of
    # Medicine, signed": the unit acts for its university
    # (also "The Ministry of Health, represented by the Directorate General of Health Services in X, signed")
    # (but "The Government of X, through the Ministry of Health, signed": the ministry signs for its government)
    ministries = [o for o in ctx.top_orgs if sent.start <= o.start < sent.end and acts_for_government(ctx, o)]
    orgs = [o for o in ctx.top_orgs if sent.start <= o.start < sent.end and not ctx.in_role_phrase(o)
            and (o in ministries or ctx.lowers[max(0, o.start - 2) : o.start] not in (
                ["through", "its"], ["through", "the"], ["by", "its"], ["under", "the"]))
            and not any(m.start == o.end + 3 for m in ministries)
            and not (ctx.lowers[max(0, o.start - 3) : o.start] == ["represented", "by", "the"]
                     and ctx.texts[o.start - 4 : o.start - 3] == [","])
            # (nor the place of another: "the Directorate General of Health Services in Dhofar Governorate")
            and not (ctx.lowers[o.start - 1 : o.start] == ["in"] and ctx.org_ending_at(o.start - 1) is not None)
            # (not "the Cottonwood Creek Nation's health agency, X and Y signed": the body it describes signed)
            and not (ctx.texts[o.end : o.end + 1] in (["'s"], ["’s"]) and ctx.texts[o.end + 1 : o.end + 2] != []
                     and ctx.texts[o.end + 1].isalpha() and ctx.texts[o.end + 1].islower())
            and not describes_parties(ctx, o)]
    # "the College of Medicine, Lagoon City University, signed": the university after a unit's comma is its own
    orgs = [o for n, o in enumerate(orgs) if not (n and ctx.texts[o.start - 1 : o.start] == [","]
                                                  and orgs[n - 1].end == o.start - 1 and is_unit_name(orgs[n - 1].name, ctx.lex)
                                                  and ctx.texts[orgs[n - 1].end - 1] != ")"  # "(ORHW)": a body of its own
                                                  and ctx.kind_of(o.name) == "university"
                                                  # (not "The Department of Health, X University and Y signed",
                                                  # a government's department, which a minister heads)
                                                  and not (ctx.lowers[past_bracket(ctx.doc, o.end) :][:1] == ["and"]
                                                           and ministers_department(ctx, orgs[n - 1].name)))]
    lowers = ctx.lowers[sent.start : sent.end]
    for cue in ctx.lex.facts["party_cues"]:  # "between A and B", "brings together A, B in Annecy and C"
        at = ctx.phrase_end(sent, cue)
        if at is not None:
            group = with_noun_first(ctx, at, ctx.listed(with_short_names(ctx, [o for o in orgs if o.start >= at], at, sent.end)))
            if len(group) >= 2:
                return unique_names(group, ctx.lex)
    # "Signed by Kauri Coast University and Aoraki University yesterday, the agreement …": organizations as signers
    # (also past the day or place: "an agreement signed Monday by A, B and C")
    by = ctx.phrase_end(sent, "signed by")
    if by is None and "by" in lowers:
        by = next((k + 1 for k in range(sent.start + 1, sent.end) if ctx.lowers[k] == "by"
                   and any(ctx.lowers[v] in ctx.lex.signed and when_and_where(ctx, v + 1, k)
                           for v in range(max(sent.start, k - 8), k - 1))), None)
    signed = with_noun_first(ctx, by, ctx.listed([o for o in orgs if o.start >= by])) if by is not None else []
    if by is not None and len(signed) >= 2 and signed[0].start <= by + 1:
        return unique_names(signed, ctx.lex)
    if by is not None and len(each := represented_signers(ctx, sent, by)) >= 2:
        return each
    verb = ctx.signing_verb(sent)
    if verb is None and mention_end is not None:
        verb = announcing_verb(ctx, sent, mention_end - 1)  # "A and B today announced a research collaboration"
    # "A …, renewing its agreement with B and signing a new one with C": each clause's own verb
    own = clause_verb(ctx, sent, mention_end) if verb is not None and mention_end is not None else None
    verb = own if own is not None else verb
    if verb is not None and watched_signing(ctx, verb):
        return counted_parties(ctx, sent)  # "Ministers A and B witnessed the signing of …": no party is named before
    if verb is not None:
        # (not a venue: "At the same ceremony, held at the UNICIS campus in Maputo, CHUM also signed …")
        before = [o for o in orgs if o.start < verb and not (
            ctx.lowers[max(0, o.start - 2) : o.start] in (["at", "the"], ["held", "at"]) and ctx.texts[o.end].islower())
            and not located_in(ctx, o, orgs)]
        # "… will train at B after the university signed an MoA with B": the subject named by its noun, alone
        if verb >= sent.start + 3 and ctx.lowers[verb - 2] == "the" and ctx.lowers[verb - 3] not in ("and", ",", "&") \
                and ctx.lowers[verb - 1] in ctx.lex.kind_nouns and (noun := ctx.named_by_noun(verb - 1)) is not None:
            before = [noun]
        which = next((k for k in range(max(sent.start, verb - 4), verb) if ctx.lowers[k] in ("which", "that")
                      and ctx.texts[k - 1] == ","), None)
        if which is not None and (subject := ctx.org_ending_at(which - 1)) is not None:
            before = [subject]  # "A joins B, which signed a similar SRA with C last year": B signed it
        # "A's delegation visited B, and the two universities concluded …": the number counts those named before
        if verb >= 2 and ctx.lowers[verb - 1] in ctx.lex.groups and ctx.lowers[verb - 2] in ctx.lex.counts:
            # (each once, not by its name and its acronym; a venue too: "A (ACR) will train at B (BCR) after the two
            # institutions signed")
            named = list({ctx.canonical.get(n, n): n for n in reversed(
                unique_names([o for o in orgs if o.start < verb and not o.nested], ctx.lex))}.values())[::-1]
            if len(named) == ctx.lex.counts[ctx.lowers[verb - 2]]:
                return named
        # "Bellmont University and the four partners have signed …": the partners listed in a sentence before
        count = next((ctx.lex.counts[ctx.lowers[k + 2]] for k in range(sent.start, verb - 3)
                      if ctx.lowers[k : k + 2] == ["and", "the"] and ctx.lowers[k + 2] in ctx.lex.counts
                      and ctx.lowers[k + 3] in ctx.lex.groups), None)
        if before and count and count > 1:
            listed = counted_before(ctx, sent, count)
            named = unique_names([o for o in before if not o.nested], ctx.lex)
            if listed and not set(named) & set(listed):
                return list(dict.fromkeys([*named, *listed]))
        if before and (tail := next((o for k in range(before[-1].end, verb - 2) if ctx.lowers[k : k + 2] == ["and", "the"]
                                     for noun in (k + 2, k + 3) if noun < verb
                                     and (o := ctx.named_by_noun(noun)) is not None), None)) is not None:
            before = [*before, tail]  # "Representatives from A, B and the health board signed"
        if before and (head := leading_noun_party(ctx, sent, before[0].start)) is not None \
                and not any(ctx.same_org(head.name, o.name) for o in before):
            before = [head, *before]  # "The provincial government, the MHMC and USI signed"
        if before:  # "The Voss Foundation, Pembury and Brightwater signed": short names listed with a full one
            shorts = listed_short_names(ctx, sent, before, verb)
            # (the rest of a name a headline cut at its "and" is no party: "A and Kerio Valley Teaching and Referral
            # Hospital sign …", whose "Kerio Valley Teaching" names all of it)
            before = sorted([*(o for o in before if not any(
                short.end < o.start <= short.end + 2 and short.name.endswith(" " + o.name) for short in shorts)),
                *shorts], key=lambda o: o.start)
        if not before and not ctx.lex.counts.keys().isdisjoint(ctx.lowers[sent.start : verb]) \
                and (listed := counted_parties(ctx, sent)):
            return listed  # "five Nordic university hospitals signed …", the five listed after a colon
        if not before:  # "The center signed the agreement with B": the subject named by its noun
            noun_at, noun = next(((k, o) for k in range(sent.start + 1, verb) if ctx.lowers[k - 1] == "the"
                                  and (o := ctx.named_by_noun(k)) is not None), (verb, None))
            # ("… builds on Mutondo's experience, where the company signed": the one the sentence names by its short
            # name before the noun, not the last one named)
            short = next((o for k in range(sent.start, noun_at) if ctx.texts[k + 1 : k + 2] in (["'s"], ["’s"])
                          and (o := ctx.short_name_at(k, end=k + 1)) is not None and o.kind == noun.kind), None) \
                if noun is not None else None
            before = [short or noun] if noun is not None else []
        if not before and (described := described_company(ctx, sent, verb)) is not None:
            before = [described]  # "The Cambridge biotech on Wednesday signed …": the company named before
        if not before:  # "Fenmoor, which signed a partnership with B": a short name of an organization named before
            before = [o for k in range(verb - 1, sent.start - 1, -1) if is_capitalised(ctx.texts[k])
                      and (k == sent.start or not is_capitalised(ctx.texts[k - 1]))
                      and (o := ctx.short_name_at(k, end=verb)) is not None][:1]
        # "A signed an MoU with B", not "… and jointly launched a centre run together with C"
        with_ = next((i for i in range(sent.start, sent.end) if ctx.lowers[i] == "with" and verb < i <= verb + 12
                      and ("," not in ctx.words.text_of(verb, i) or when_and_where(ctx, verb + 1, i))), None)
        if mention_end is not None and "with" in ctx.lowers[mention_end : mention_end + 3]:
            with_ = mention_end + ctx.lowers[mention_end : mention_end + 3].index("with")
        elif with_ is None and mention_end is not None and verb < mention_end:
            # "signed a memorandum of understanding (MoU) on training and research cooperation with B": the mention's
            # own "with", past its acronym and purpose, before any comma
            stop = next((k for k in range(mention_end, min(mention_end + 12, sent.end))
                         if ctx.lowers[k] == "with" or ctx.texts[k] in (",", ";")), None)
            with_ = stop if stop is not None and ctx.lowers[stop] == "with" else None
        if with_ is None and mention_end is not None and not is_headline(ctx.raw_sentences[ctx.sent_of[sent.start]]):
            # "a definitive agreement to become part of B" (a headline's parties the body tells better)
            with_ = next((mention_end + len(cue) - 1 for cue in map(str.split, ctx.lex.facts["joining_cues"])
                          if ctx.lowers[mention_end : mention_end + len(cue)] == cue), None)
        if with_ is None and ctx.lowers[verb] in ("joined", "joins", "join"):
            with_ = verb  # "A has joined B and C in a three-way agreement": B and C are the partners
        after = [o for o in orgs if with_ is not None and o.start > with_]
        named_at = ctx.skip(with_ + 1, ("the",)) if with_ is not None else 0
        if with_ is not None and not after and named_at < len(ctx.doc) and ctx.entity_labels[named_at] != "NORP" \
                and (short := ctx.short_name_at(named_at)) is not None:
            after = [short, *after]  # "… signed a similar SRA with Quantia last year": a short name of one named before
        if with_ is not None and not after and ctx.lowers[with_ + 1 : with_ + 2] == ["the"] \
                and (noun := ctx.named_by_noun(with_ + 2)) is not None:
            after = [noun]  # "… and signed a memorandum with the institute": the one named before
        colon_listed: list[OrgSpan] = []
        if with_ is not None and ctx.lowers[with_ + 1 : with_ + 2] and ctx.lowers[with_ + 1] in ctx.lex.counts \
                and not ctx.lex.groups.isdisjoint(ctx.lowers[with_ + 2 : with_ + 5]):
            # "signed agreements with three provincial hospitals": partners the sentence does not name, unless a colon
            # lists them ("with five hospitals: A, B, C, D and E")
            colon_listed = listed_after_colon(ctx, sent, with_ + 2, ctx.lex.counts[ctx.lowers[with_ + 1]])
            after = colon_listed
        # "… with A and B to train nurses": every organization listed right after "with"
        # (also past a description: "with the Geneva-based Helvetia Oncology Foundation and Kazinga University")
        partners = colon_listed or (ctx.listed(after)[:3] if after and with_ is not None and (
            after[0].start <= with_ + 2 or ctx.list_gap(list(range(with_ + 1, after[0].start)))) else after[:1])
        # "A, the European subsidiary of B, on Thursday signed …": the owner in an appositive signs nothing
        # (nor the owner of one: "A, the Ministry of Health's referral hospital for the north, signed …")
        before = [o for n, o in enumerate(before) if not (
            n and ctx.texts[before[n - 1].end : before[n - 1].end + 1] == [","]
            and ctx.lowers[before[n - 1].end + 1 : before[n - 1].end + 2] in (["the"], ["a"], ["an"])
            and ((not {"of", "by"}.isdisjoint(ctx.lowers[before[n - 1].end : o.start])  # (also "the ministry run by B")
                  and ctx.texts[o.end : o.end + 1] == [","])
                 or (o.start == before[n - 1].end + 2 and ctx.texts[o.end : o.end + 1] in (["'s"], ["’s"])))
            and "and" not in ctx.lowers[before[n - 1].end : o.start])]
        if own is not None:  # (a partner of the clause before is no subject: "… with B and signing … with C")
            before = [o for o in before if "with" not in ctx.lowers[max(0, o.start - 2) : o.start]]
        subjects = with_owned_items(ctx, ctx.coordinated(before)[-6:])
        if len(subjects) == 1 and len(before) >= 2 and before[-2].end < subjects[0].start and not partners \
                and not set(ctx.lex.facts["visit_verbs"]).isdisjoint(ctx.lowers[before[-2].end : subjects[0].start]) \
                and ctx.lowers[subjects[0].end : verb].count("and") == 1:
            subjects = [before[-2], *subjects]  # "A visited B and signed an MoU": A signed it with B
        delegation = next((k for k in range(sent.start, before[0].start if before else verb) if ctx.lowers[k] == "the"
                           and ctx.lowers[k + 1 : k + 2] in (["delegation"], ["team"])
                           and ctx.lowers[k + 2] not in ("of", "from")), None)
        sender = sending_org(ctx, ctx.sent_of[delegation]) if delegation is not None else None
        sender_span = next((o for o in ctx.orgs if o.name == sender), None)
        if sender_span is not None and not any(ctx.same_org(sender_span.name, o.name) for o in subjects + partners):
            # "A delegation from X … The delegation visited Y and signed an MoU with the institute": X signed
            return unique_names([sender_span, *subjects, *partners], ctx.lex)
        # "A and B have renewed their agreement, this time joined by C as a third signatory"
        joined = next((o for o in orgs if o.start > verb and ctx.lowers[o.start - 2 : o.start] in (
            ["joined", "by"], ["by", "the"]) and "joined" in ctx.lowers[o.start - 3 : o.start]), None)
        if before:
            return unique_names(subjects + partners + ([joined] if joined is not None else []), ctx.lex)
    if lowers[:1] in (["according"], ["under"]) or "according" in lowers:
        return unique_names(ctx.coordinated(orgs), ctx.lex)
    return counted_parties(ctx, sent)


def represented_signers(ctx: ArticleContext, sent: Span, by: int) -> list[str]:
    """"signed by the University, represented by its Rector, X, and by HNDC, represented by …": each organization
    after a "by" of its own, then who acts for it."""
    each: list[OrgSpan] = []
    for k in range(by - 1, sent.end - 3):
        if ctx.lowers[k] != "by" or (org := ctx.org_at(k + 1)) is None:
            continue
        end = org.end if org.start > k else k + 3  # (a noun's organization is its earlier mention: "the University")
        if ctx.lowers[end : end + 2] in ([",", "represented"], [",", "through"], [",", "acting"]):
            each.append(org)
    return unique_names(each, ctx.lex)


def watched_signing(ctx: ArticleContext, verb: int) -> bool:
    """"witnessed the signing", "oversaw the signing": those before the verb watched it."""
    return ctx.lowers[verb] == "signing" and ctx.lowers[verb - 1 : verb] == ["the"] and verb >= 2 \
        and ctx.lowers[verb - 2] in ctx.lex.facts["presence_verbs"]


def acts_for_government(ctx: ArticleContext, org: OrgSpan) -> bool:
    """"The Government of X, through the Ministry of Health, signed …": a government body a government acts through."""
    government = ctx.org_ending_at(org.start - 3)
    return org.kind == "government" and ctx.lowers[org.start - 2 : org.start] == ["through", "the"] \
        and ctx.texts[org.start - 3] == "," and government is not None and government.name.startswith("Government")


def with_owned_items(ctx: ArticleContext, listed: list[OrgSpan]) -> list[OrgSpan]:
    """"Ogun Vale University (OVU), its teaching hospital and Lakeshore University signed …": an item named by its
    owner's "its" is the organization the article names so in full ("Ogun Vale University Teaching Hospital")."""
    found: list[OrgSpan] = []
    for org, nxt in zip(listed, [*listed[1:], None]):
        found.append(org)
        stop = nxt.start if nxt is not None else org.end + 6
        its = next((k for k in range(org.end, min(stop, len(ctx.doc))) if ctx.lowers[k] == "its"), None)
        if its is None or ctx.texts[its - 1] != ",":
            continue
        end = its + 1
        while end < stop and ctx.texts[end].isalpha() and ctx.texts[end].islower() and ctx.lowers[end] != "and":
            end += 1
        described = " ".join(ctx.lowers[its + 1 : end])
        owner = ctx.spelt_out(org.name)
        full = next((o for o in ctx.top_orgs if described and o.name.lower() == f"{owner.lower()} {described}"), None)
        if full is not None and end - its >= 2:
            found.append(OrgSpan(its, end, full.name, full.kind))
    return found


def described_company(ctx: ArticleContext, sent: Span, verb: int) -> OrgSpan | None:
    """"The Boston-based gene therapy biotech said it has signed …": a company the sentence opens with its place and
    trade, as trade press writes a company named before."""
    if ctx.lowers[sent.start] != "the":
        return None
    nouns = ctx.lex.head_nouns.get("company", ())
    noun = next((k for k in range(sent.start + 1, min(verb, sent.start + 7)) if ctx.lowers[k] in nouns), None)
    if noun is None or not all(ctx.texts[k].isalpha() or ctx.texts[k] == "-" for k in range(sent.start + 1, noun)) \
            or any(sent.start < o.end and o.start < noun for o in ctx.orgs):
        return None
    return ctx.named_by_noun(noun)


def clause_verb(ctx: ArticleContext, sent: Span, mention_end: int) -> int | None:
    """Where a sentence tells two agreements, each by its own verb and its own "with" ("A marked the day, renewing
    its agreement with B and signing a new one with C"), the verb before this mention."""
    if "with" not in ctx.lowers[mention_end : mention_end + 3]:
        return None
    verbs = [i for i in range(sent.start, sent.end) if (word := ctx.lowers[i]) in ctx.lex.signing_verbs
             or word.endswith("ing") and (word[:-3] in ctx.lex.signing_verbs or f"{word[:-3]}e" in ctx.lex.signing_verbs)]
    own = max((v for v in verbs if v < mention_end), default=None) if len(verbs) >= 2 else None
    return own if own is not None and not is_planned(ctx, sent, own) else None  # (not "… before X is due to sign …")


def located_in(ctx: ArticleContext, org: OrgSpan, orgs: list[OrgSpan]) -> bool:
    """"The Federal Teaching Hospital, Ososa (FETHOS) in Ogun State has signed": a place of no kind of its own
    right after an organization (and its acronym) and "in" tells where that one is; it signs nothing."""
    if org.kind not in ("other", "government") or ctx.lowers[org.start - 1 : org.start] != ["in"]:
        return False
    return any(o.end < org.start and not ctx.outside_parentheses(o.end, org.start - 1) for o in orgs)


def pronoun_subject(ctx: ArticleContext, sent: Span, verb: int, start: int) -> bool:
    """"X is the teaching hospital of Y …; in 2022 it concluded an agreement with Z": "it", before the signing verb
    and the agreement's name (at `start`), signs, not the organizations named in the clause before it."""
    if verb > start:
        return False
    k, opener = subject_word(ctx, sent, verb), sentence_opener(ctx, sent)
    return ctx.lowers[k] == "it" and opener is not None and opener.end < k \
        and any(ctx.texts[i] in (";", ",") for i in range(opener.end, k))


def subject_word(ctx: ArticleContext, sent: Span, verb: int) -> int:
    """The word before a signing verb, past its auxiliaries and adverbs ("it has also signed")."""
    k = verb - 1
    while k > sent.start and ctx.lowers[k] in ("has", "have", "had", "also", "previously", "already", "first"):
        k -= 1
    return k


def sentence_opener(ctx: ArticleContext, sent: Span) -> OrgSpan | None:
    return ctx.org_at(sent.start + (ctx.lowers[sent.start] == "the"))


def subject_before(ctx: ArticleContext, sent: Span, verb: int, index: int) -> str | None:
    """The organization a pronoun or a common noun names as the subject of a signing verb: "it", the one its own
    sentence or else the sentence before opens with ("The company has grown … In 2024 it signed"); "the company",
    the one of its kind last named."""
    k, opener = subject_word(ctx, sent, verb), sentence_opener(ctx, sent)
    named: OrgSpan | None
    if ctx.lowers[k] == "it" and opener is not None and opener.end < k:
        named = opener  # "X is the teaching hospital of Y …; in 2022 it concluded": the sentence's own subject
    elif ctx.lowers[k] == "it" and index > 0:
        before = ctx.sentences[index - 1]
        named = ctx.org_at(before.start) or noun_named_in(ctx, before)
    elif k > sent.start and ctx.lowers[k - 1] == "the" and ctx.lowers[k] in ctx.lex.kind_nouns:
        named = ctx.named_by_noun(k)
    else:
        return None
    return None if named is None else ctx.canonical.get(named.name, named.name)


def noun_named_in(ctx: ArticleContext, sent: Span) -> OrgSpan | None:
    """The one organization a sentence names by its kind's noun ("The Indian institute has been expanding …", "… the
    latest tie-up for the 750-bed hospital"): what "it" in the next sentence stands for."""
    found = []
    for k in range(sent.start + 1, sent.end):
        if ctx.lowers[k] not in ctx.lex.kind_nouns or ctx.org_at(k) is not None:
            continue
        the = next((m for m in range(k - 1, max(sent.start, k - 4) - 1, -1) if ctx.lowers[m] == "the"), None)
        if the is not None and all(ctx.org_at(m) is None for m in range(the + 1, k)) \
                and (named := ctx.named_by_noun(k)) is not None:
            found.append(named)
    return found[0] if len(found) == 1 else None


def leading_noun_party(ctx: ArticleContext, sent: Span, first: int) -> OrgSpan | None:
    """"The provincial government, the MHMC and USI signed": a party named by its noun (and lower-case words before
    it) at the head of a list of parties whose first name starts at token `first`."""
    comma = first - 2 if ctx.lowers[first - 1 : first] == ["the"] else first - 1
    if comma < sent.start + 2 or ctx.texts[comma] != ",":
        return None
    the = next((k for k in range(comma - 1, max(sent.start, comma - 4) - 1, -1) if ctx.lowers[k] == "the"), None)
    if the is None or not all(t.isalpha() and t.islower() for t in ctx.texts[the + 1 : comma]):
        return None
    return ctx.named_by_noun(comma - 1)


# words between a list of subjects and its verb ("… and B have jointly signed", "… and B on Monday signed")
SUBJECT_TO_VERB = frozenset({"have", "has", "had", "will", "on", "today", "yesterday", "also", "this", "last", "week"})


def listed_short_names(ctx: ArticleContext, sent: Span, named: list[OrgSpan], verb: int) -> list[OrgSpan]:
    """The short names of organizations named before that stand as items of the list of subjects with `named`:
    between joiners (",", "and", "&"), the last one followed only by an auxiliary, an adverb or a date before the
    verb ("… and Brightwater have signed", "… and Brightwater on Monday signed")."""
    joiners = (",", "and", "&")
    found: list[OrgSpan] = []
    if is_headline(ctx.raw_sentences[ctx.sent_of[sent.start]]):
        return found  # (a headline's capitals make any word a name's first)
    named_here = {i for o in ctx.orgs if o.start < verb and o.end > sent.start for i in range(o.start, o.end)}
    for k in range(sent.start, verb):
        # (an acronym is no short name: the article defines it, or it names something else, "BCU Senate"; nor the
        # town after one: "A (ACR), Chattogram and B")
        if (k > sent.start and ctx.lowers[k - 1] not in joiners) or not is_capitalised(ctx.texts[k]) \
                or is_acronym(ctx.texts[k]) or ctx.texts[k - 2 : k] == [")", ","] or k in named_here:
            continue
        short = ctx.short_name_at(k, end=verb)
        # (not the first words of a run of two names the finder could not split: "X and the Y")
        if short is None or " and the " in short.name or any(ctx.same_org(short.name, o.name) for o in named + found):
            continue
        # (not a word that describes another: "A, B and German university hospital sign")
        if short.end < verb and ctx.lowers[short.end] in joiners or all(
                ctx.lowers[i] in SUBJECT_TO_VERB or ctx.lowers[i].endswith("ly") or ctx.entity_labels[i] in ("DATE", "TIME")
                for i in range(short.end, verb)):
            found.append(short)
            named_here.update(range(short.start, short.end))
    return found


def announcing_verb(ctx: ArticleContext, sent: Span, start: int) -> int | None:
    """"A today announced a three-year research collaboration", "A is pleased to announce the formal establishment of
    an academic health department partnership": the verb of a press release that announces the deal named within
    ten words after it."""
    return next((i for i in range(max(sent.start, start - 10), start) if ctx.lowers[i] in ctx.lex.announce_verbs), None)


def counted_partners(ctx: ArticleContext) -> bool:
    """Does the article tell of signing with a number of partners it does not name there ("signed agreements with
    three provincial hospitals")?"""
    lowers = ctx.lowers
    return any(lowers[i] == "with" and lowers[i + 1] in ctx.lex.counts and any(
        lowers[k] in ctx.lex.groups for k in range(i + 2, min(i + 5, len(lowers)))) for i in range(len(lowers) - 2))


def when_and_where(ctx: ArticleContext, start: int, end: int) -> bool:
    """"signed on Monday, in Luanda, with X": only the day and the place stand between the verb and its "with"."""
    return all(is_capitalised(t) or t.isdigit() or t == "," or t.lower() in WHEN_AND_WHERE for t in ctx.texts[start:end])


# (also "signed in Townsville today by", "formally signed earlier this week by")
WHEN_AND_WHERE = frozenset({"on", "in", "at", "the", "of", "last", "this", "today", "yesterday", "here", "earlier",
                            "recently", "formally", "officially", "jointly", "morning", "afternoon", "evening", "week"})


def counted_parties(ctx: ArticleContext, sent: Span) -> list[str]:
    """"Representatives of the four institutions signed …": the four listed in one of the two sentences
    before."""
    lowers = ctx.lowers[sent.start : sent.end]
    # (also past two words of description: "five Nordic university hospitals signed")
    count = next((ctx.lex.counts[word] for n, word in enumerate(lowers) if word in ctx.lex.counts
                  and any(noun in ctx.lex.groups for noun in lowers[n + 1 : n + 4])), None)
    return (counted_before(ctx, sent, count) or counted_after(ctx, sent, count)) if count else []


LIST_MARK = re.compile(r"(?:\d{1,2}[.)]|[-•*–])(?:\s|$)")  # "1.", "2)", "-", "•": an item of a list


def counted_after(ctx: ArticleContext, sent: Span, count: int) -> list[str]:
    """"All eight partners signed the consortium agreement. The consortium consists of: 1. A … 8. H": the `count`
    organizations of the list that a colon opens in the sentence or the one after it, one per item."""
    index = ctx.sent_of[sent.start]
    opening = next((k for k in (index, index + 1) if k < len(ctx.sentences)
                    and ctx.raw_sentences[k].rstrip().endswith(":")), None)
    if opening is None:
        return []
    found: list[str] = []
    for k in range(opening + 1, min(len(ctx.sentences), opening + 2 * count + 2)):
        if LIST_MARK.fullmatch(ctx.raw_sentences[k].strip()):
            continue  # "1." cut from its item by the sentence splitter
        item = ctx.sentences[k]
        first = next((o for o in ctx.top_orgs if item.start <= o.start < item.end), None)
        marked = LIST_MARK.match(ctx.raw_sentences[k].lstrip()) or LIST_MARK.fullmatch(ctx.raw_sentences[k - 1].strip())
        if first is None or not marked:
            return []  # each item of the list names one organization first
        # ("…, dean of the School of Nursing at X University, who signed on behalf of the university": X)
        found.append(signed_for(ctx, first.end, item.end) or first.name)
        if len(found) == count:
            return found if len(set(found)) == count else []
    return []


def listed_after_colon(ctx: ArticleContext, sent: Span, start: int, count: int) -> list[OrgSpan]:
    """"with five hospitals: A, B, C, D and E": the `count` organizations a colon within three words of `start`
    lists, with only commas, semicolons, "and" and "the" between them; else none."""
    colon = next((k for k in range(start, min(start + 3, sent.end)) if ctx.texts[k] == ":"), None)
    if colon is None:
        return []
    listed = [o for o in ctx.top_orgs if colon < o.start < sent.end]
    if len(listed) != count or not all(
            ctx.lowers[k] in (",", ";", "and", "the") for k in range(colon + 1, listed[-1].start)
            if not any(o.start <= k < o.end for o in listed)):
        return []
    return listed


def counted_before(ctx: ArticleContext, sent: Span, count: int) -> list[str]:
    """The `count` organizations listed in one of the two sentences before `sent`."""
    index = ctx.sent_of[sent.start]
    for before in ctx.sentences[max(0, index - 2) : index][::-1]:
        orgs = [o for o in ctx.top_orgs if before.start <= o.start < before.end and not ctx.in_role_phrase(o)]
        group = unique_names(ctx.listed(orgs), ctx.lex)
        if len(group) == count:
            return group
        # a caption's "A, Dean, Faculty of X, Y University; B, Director, Z Hospital; and …": the organizations
        # of the people shown, a unit's parent after its comma left out
        shown = [o for o in ctx.top_orgs if before.start <= o.start < before.end]
        group = unique_names([o for k, o in enumerate(shown)
                              if not (k and ctx.texts[o.start - 1] == "," and shown[k - 1].end == o.start - 1)], ctx.lex)
        if CAPTION.search(ctx.text_of(before)) and len(group) == count:
            return group
    return []
