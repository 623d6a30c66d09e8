"""Signatories and witnesses: the cue phrases of a signing and the people each governs."""
from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from medcollab_kg.facts.context import (
    ArticleContext,
)
from medcollab_kg.models import (
    Role,
    Signatory,
)
from medcollab_kg.nlp.components import (
    OrgSpan,
    PersonSpan,
    is_capitalised,
    paren_content,
)

# Signing verbs institutions do as often as people ("X and Y renewed their agreement"): a person's only with a post,
# never after "the", and with their "by" close by
INSTITUTION_VERBS = ("renewed", "concluded")


def find_signers(ctx: ArticleContext, sent: Span, roles: list[Role]) -> tuple[tuple[Signatory, ...], tuple[str, ...]]:
    """Who signed and who witnessed, read as the sentence's cue phrases and the people each one governs.

    - after a cue: "signed (on Monday) by A", "in the presence of B", "witnessed by C", "represented by D";
      a cue's people run to the next cue, and a cue that opens the sentence ("Witnessed by A and B, C and D
      signed …") ends at its first comma;
    - before the verb: "A, along with B, signed …", "A signed for X, while B signed for Y", "E and F
      witnessed the signing", "G signed as a witness".
    """
    people = [p for p in ctx.people if sent.start <= p.start < sent.end]
    # "Prof. Al-Rashid signed for TUMS": a surname with an honorific is someone named before
    full = [p for p in people if not p.surname_only or ctx.lex.is_honorific(ctx.texts[p.start])]
    cues = signing_cues(ctx, sent)
    governed: dict[PersonSpan, str] = {}
    stands_for: dict[PersonSpan, str] = {}  # "Signing on behalf of the university was Professor A"
    for n, (cue_start, cue_end, label) in enumerate(cues):
        role = "witness" if label == "witness" else "signer"
        stop = cues[n + 1][0] if n + 1 < len(cues) else sent.end
        # "… signed by A and B, while C was also present": a clause of its own ends the cue's reach
        stop = ctx.clause_end(cue_end, stop)
        # "… signed by A and B, as C and D looked on": the people before a witnessing verb are its subjects
        stop = next((i for i in range(cue_end, stop) if ctx.lowers[i] == "as" and any(
            presence_at(ctx, k, sent) for k in range(i + 1, stop))), stop)
        # "… signed by A and B, with C and D signing as witnesses": people after that "with" witness it
        stop = next((i for i in range(cue_end, stop) if ctx.lowers[i] == "with" and any(
            ctx.lowers[k] in ("witness", "witnesses") or presence_at(ctx, k, sent) for k in range(i + 1, stop))), stop)
        if cue_start <= sent.start + 1 and ctx.lowers[cue_start] == "witnessed":  # it ends at its first comma
            named = [p for p in people if cue_end <= p.start < stop]
            comma = next((i for i in range(named[0].end, stop) if ctx.texts[i] == ","), None) if named else None
            stop = comma if comma is not None else stop
            # "Witnessed by A, B and C, D and E signed": a list of names that "and" closes runs to its last
            gaps = [ctx.lowers[q.end : r.start] for q, r in pairwise(named)]
            joined = next((k for k, gap in enumerate(gaps) if gap != [","]), None)
            if joined is not None and gaps[joined] in (["and"], [",", "and"]):
                stop = named[joined + 1].end
        if label == "witness" and ctx.lowers[cue_start] == "in" and not any(
                sent.start <= x < cue_start for x in [*(p.start for p in people), *(o.start for o in ctx.top_orgs)]):
            # "On Thursday, in the presence of the Rector, A, the Director B, and the Dean C, signed the agreement":
            # a sentence that opens with its witness, then its signers before their verb
            named = [p for p in people if cue_end <= p.start < stop]
            verb = next((v for v in subject_verbs(ctx, sent) if named and v >= named[-1].end), None)
            if len(named) >= 3 and verb is not None and verb < stop:
                stop = named[0].end
        party = opening_party(ctx, sent, cue_start)
        for p in people:
            if cue_end <= p.start < stop and not stood_for(ctx, p):
                governed.setdefault(p, role)
                if party:
                    stands_for[p] = party
    # (a cue with no one after it is a verb: "A and B were present at the signing.")
    in_cue = {i for start, end, _ in cues if any(p.start >= end for p in people) for i in range(start, end)}
    # "A witnessed the signing", "B served as witness", "C looked on"
    witnessing = [i for i in range(sent.start, sent.end) if presence_at(ctx, i, sent) or (
        ctx.lowers[i] in ("witness", "witnesses") and "as" in ctx.lowers[max(sent.start, i - 3) : i])]
    verbs = sorted({*subject_verbs(ctx, sent), *witnessing} - in_cue)
    subjects = [p for p in full if p not in governed]
    for n, p in enumerate(subjects):
        following = subjects[n + 1].start if n + 1 < len(subjects) else sent.end
        verb = next((v for v in verbs if v >= p.end and (v < following or n + 1 == len(subjects))), None)
        if verb is None:  # "A, along with B, signed …", "C looks on as A and B sign": the verb after the last name
            verb = next((v for v in verbs if v >= p.end), None)
        # (not "A and B exchange copies of the MoU as C looks on": C's verb; but "A served as witness")
        if verb is None or (verb in witnessing and not {"as", "while"}.isdisjoint(ctx.lowers[p.end : verb - 3])):
            continue
        if ctx.lowers[verb] in INSTITUTION_VERBS and not any(t.start == p.end + 1 or t.end == p.start or (
                t.end < p.start and all(x in (",", ".") or ctx.lex.is_honorific(x) for x in ctx.texts[t.end : p.start]))
                for t in ctx.titles):
            # institutions renew and conclude agreements; a person does as the head of one ("A, dean of X,", "X's
            # president, Dr. A,")
            continue
        # ("A (Dean, Faculty of X) witnessed the signing": the post in brackets is A's)
        bracket = paren_content(ctx.doc, p.end)
        if any(p.end <= o.start < verb and not ctx.in_role_phrase(o) and not any(o.end <= q.start < verb for q in full)
               and not affiliation_after(ctx, o) and not (bracket and o.end <= bracket[1]) for o in ctx.top_orgs):
            continue  # "Under the patronage of Dr. A, X signed …": X is the subject, not A (but B in "A, Dean, X, and B")
        # ("A and B signed the document as honorary witnesses")
        as_witness = ctx.lowers[verb].startswith("witness") or presence_at(ctx, verb, sent) \
            or "witness" in " ".join(ctx.lowers[verb + 1 : verb + 5]) or any(
                ctx.lowers[k].startswith("witness") and "as" in ctx.lowers[verb + 1 : k]
                for k in range(verb + 1, min(verb + 7, sent.end)))
        governed[p] = "witness" if as_witness else "signer"
    # "A signed the MoU with Prof. B, president of Y": a person after the verb's "with" signs too
    for v in verbs:
        if ctx.lowers[v] in ctx.lex.signed and any(governed.get(p) == "signer" and p.end <= v for p in people):
            with_ = next((i for i in range(v + 1, min(v + 6, sent.end)) if ctx.lowers[i] == "with"), None)
            # (also past the partner's organization and post: "signed the first agreement with XMU Vice President
            # Prof. Wu")
            partner = next((p for p in people if with_ is not None and with_ < p.start <= with_ + 7 and all(
                i in ctx.in_person_or_title or is_capitalised(ctx.texts[i]) or ctx.lex.is_honorific(ctx.texts[i])
                for i in range(with_ + 1, p.start))), None)
            if partner is not None and partner not in governed:
                governed[partner] = "signer"
    # "The minister signed the agreement at X along with Grand Chief A and President B": they signed with them
    for v in verbs:
        along = along_with(ctx, v + 1, min(v + 15, sent.end)) if ctx.lowers[v] in ctx.lex.signed else None
        for p in people:
            if along is not None and p.start > along and p not in governed:
                governed[p] = "signer"
    # "A signed for X and B for Y": the verb left out before the second signer's "for"
    leads = {words[1] if words[0] in ctx.lex.signed else words[0] for words in map(str.split, ctx.lex.facts["signed_for"])}
    for p in subjects:
        if p not in governed and not leads.isdisjoint(ctx.lowers[p.end : min(p.end + 1, sent.end)]) and any(
                v < p.start and ctx.lowers[v] in ctx.lex.signed and not leads.isdisjoint(ctx.lowers[v + 1 : v + 2])
                for v in verbs):
            governed[p] = "signer"
    for p in people:  # "… was represented by Dr. X, who witnessed the signing", "…, with X looking on"
        if ("witnessed" in ctx.lowers[p.end : p.end + 4] and "who" in ctx.lowers[p.end : p.end + 4]) or any(
                presence_at(ctx, k, sent) for k in range(p.end, min(p.end + 2, sent.end))):
            governed[p] = "witness"
    # "…, with Mayor A and the board's chair B looking on", "…, as A and B looked on": everyone from "with" or "as"
    # to the witnessing verb
    for k in witnessing:
        opener = next((i for i in range(k - 1, sent.start, -1) if ctx.lowers[i] in ("with", "as")
                       and ctx.texts[i - 1] == ","), None)
        for p in people:
            if opener is not None and opener < p.start < k and p not in governed:
                governed[p] = "witness"
    # "A witnessed the signing, along with Permata Healthcare chairman Tan Sri B": B witnessed it too
    along = along_with(ctx, sent.start, sent.end)
    if along is not None and any(governed.get(p) == "witness" and p.start < along for p in people):
        for p in people:
            if p.start > along and p not in governed:
                governed[p] = "witness"
    # "as Mayor A and Mayor B looked on", "with A, Vice Superintendent of X, and B, COO, signing as witnesses": a
    # person joined to a witness by "and" (past their titles and organizations) witnesses too
    for p, q in reversed(list(pairwise(subjects))):
        if p not in governed and governed.get(q) == "witness" and "and" in ctx.lowers[p.end : q.start] and all(
                i in ctx.in_person_or_title or ctx.lowers[i] in (",", "and", "of", "at", "the")
                or ctx.lex.is_honorific(ctx.texts[i]) or is_capitalised(ctx.texts[i]) for i in range(p.end, q.start)):
            governed[p] = "witness"
    sentence = ctx.sent_of[sent.start]
    signers = [p for p in people if governed.get(p) == "signer"]
    signatories = []
    for n, p in enumerate(signers):
        window_end = signers[n + 1].start if n + 1 < len(signers) else sent.end
        own = next((r.org for r in roles if r.person == p.name and r.sentence == sentence), None)
        joined_org = joined_party(ctx, p, signers[n + 1 :], sent.end)
        if joined_org is not None and own is not None and not ctx.same_org(own, joined_org) \
                and any(t.end == p.start for t in ctx.titles):
            joined_org = None  # "signed by KMC Chief Executive A and B, Dean of X, on behalf of the university": A's own
        org = stands_for.get(p) or represented(ctx, p) or signed_for(ctx, p.end, window_end) or (
            behalf_first(ctx, sent, p) if n == 0 else None) or joined_org or own or represented(
            ctx, p, venue=True) or sole_post(ctx, p, roles)
        signatories.append(Signatory(p.name, org))
    witnesses = [p.name for p in people if governed.get(p) == "witness"]
    return tuple(signatories), tuple(w for w in witnesses if w not in {s.person for s in signatories})


def behalf_first(ctx: ArticleContext, sent: Span, person: PersonSpan) -> str | None:
    """"On behalf of MUMS, Vice-Chancellor Prof. A signed the MoU, while …": the party a sentence opens with is its
    first signer's."""
    if ctx.lowers[sent.start : sent.start + 3] != ["on", "behalf", "of"]:
        return None
    org = ctx.org_at(ctx.skip(sent.start + 3, ("the",)))
    if org is None or ctx.texts[org.end : org.end + 1] != [","] or person.start <= org.end:
        return None
    return org.name


def affiliation_after(ctx: ArticleContext, org: OrgSpan) -> bool:
    """"Prof. A of UACA's Facultad de Medicina, signed as witnesses": an organization written after a person's "of",
    "at" or "from" is where the person works, not a subject."""
    k = org.start - (ctx.lowers[org.start - 1 : org.start] == ["the"])
    if k >= 2 and ctx.texts[k - 1] in ("'s", "’s") and (owner := ctx.org_ending_at(k - 1)) is not None:
        k = owner.start - (ctx.lowers[owner.start - 1 : owner.start] == ["the"])
    return k >= 2 and ctx.lowers[k - 1] in ("of", "at", "from") \
        and (k - 2 in ctx.in_person_or_title or ctx.texts[k - 2] == "," and k - 3 in ctx.in_person_or_title
             or ctx.lowers[k - 2] in ctx.lex.credentials)


def stood_for(ctx: ArticleContext, person: PersonSpan) -> bool:
    """"…, who signed on behalf of the university, representing the Rector, Pr X": X is whom the signer stood
    for, no signer."""
    k = person.start - 1
    while k > 0 and person.start - k <= 8 and (ctx.texts[k] in (",", "the") or ctx.lex.is_honorific(ctx.texts[k])
                                               or k in ctx.in_person_or_title):
        k -= 1
    return k >= 0 and ctx.lowers[k] == "representing"


def along_with(ctx: ArticleContext, start: int, stop: int) -> int | None:
    """Where "along with" or "together with" begins between start and stop."""
    return next((i for i in range(start, stop - 1) if ctx.lowers[i : i + 2] in (["along", "with"], ["together", "with"])),
                None)


def joined_party(ctx: ArticleContext, person: PersonSpan, following: list[PersonSpan], end: int) -> str | None:
    """"signed by A, CEO, and B, Head of Partnerships, on behalf of X": the party named after the last of the
    signers joined to the person by "and" or a comma, with only their titles between."""
    in_title = {i for t in ctx.titles for i in range(t.start, t.end)}
    last = person
    for n, nxt in enumerate(following):
        gap = range(last.end, nxt.start)
        if not all(ctx.texts[i] in (",", "and") or i in in_title or ctx.lex.is_honorific(ctx.texts[i]) for i in gap):
            return None
        window = following[n + 1].start if n + 1 < len(following) else end
        if (party := signed_for(ctx, nxt.end, window)) is not None:
            return party
        last = nxt
    return None


def sole_post(ctx: ArticleContext, person: PersonSpan, roles: list[Role]) -> str | None:
    """"President A of X and Prof. B signed the Agreement", B introduced before as Dean of Y: the one organization
    the article gives the signer a post at."""
    posts = [r.org for r in roles if r.person == person.name and r.org]
    return posts[0] if len({ctx.canonical.get(org, org) for org in posts}) == 1 else None


def presence_at(ctx: ArticleContext, i: int, sent: Span) -> bool:
    """Is token i a word that makes the person before it a witness ("witnessed", "looked on", "oversaw the
    signing")? Not "witnessed by", a cue of its own."""
    needs = ctx.lex.presence_verbs.get(ctx.lowers[i])
    if needs is None or ctx.lowers[i + 1 : i + 2] == ["by"]:
        return False
    if needs and "behalf" in ctx.lowers[i + 1 : min(i + 8, sent.end)]:
        return False  # "attended the signing ceremony on behalf of X": X's delegation (but "witnessed … on behalf of")
    return not needs or not set(needs).isdisjoint(ctx.lowers[i + 1 : min(i + 5, sent.end)])


def opening_party(ctx: ArticleContext, sent: Span, cue_start: int) -> str | None:
    """"Signing for X were …", "Signing on behalf of the university was …": the party a sentence-opening cue
    names."""
    if cue_start != sent.start or ctx.lowers[cue_start] != "signing":
        return None
    at = next((i + 1 for i in range(cue_start + 1, min(cue_start + 5, sent.end)) if ctx.lowers[i] in ("for", "of")), None)
    if at is None:
        return None
    org = ctx.org_at(ctx.skip(at, ("the",))) or (ctx.named_by_noun(at + 1) if ctx.lowers[at] == "the" else None)
    return org.name if org else None


def side_opening(ctx: ArticleContext, sent: Span, person_start: int) -> str | None:
    """"On the KMU side, Prof. A, Vice-President for International Affairs, and …": the organization whose side a
    sentence opens with, for the people listed right after it (not after a verb: "On the X side, the work will be
    led by …, whose Head, Prof. B"; nor a country's side: "On the Ghanaian side")."""
    if ctx.lowers[sent.start : sent.start + 2] not in (["on", "the"], ["from", "the"]):
        return None
    org = ctx.org_at(sent.start + 2)
    if org is None or ctx.lowers[org.end : org.end + 2] != ["side", ","]:
        return None
    listed = org.end + 2
    by = next((k for k in range(listed, person_start) if ctx.lowers[k] == "by"), None)
    if by is not None and ctx.lowers[by - 1] in ("attended", "signed", "represented", "joined", "led"):
        listed = by + 1  # "On the X side, the ceremony was attended by Dr. A, …"
    # (names, titles and commas only)
    return org.name if all(not t.isalpha() or t[:1].isupper() or t in ("and", "of", "for", "the", "at", "&")
                           for t in ctx.texts[listed:person_start]) else None


def names_sign(ctx: ArticleContext, sent: Span) -> bool:
    """"Dr. A, Rector of X, and Dr. B, Director of Y, signed the renewal": people are the subjects of a
    signing verb that is a fact, not a plan."""
    # the verb's object is the document already named ("signed the renewal", "signed it", "signed on behalf
    # of"), not another one ("signed contracts with the talents")
    verbs = [v for v in subject_verbs(ctx, sent) if v + 1 >= sent.end or ctx.lowers[v] not in ctx.lex.signed or ctx.lowers[v + 1] in
             ctx.lex.definite | {"it", "them", "on", "for", ",", ".", "in", "at", "both", "all", "its", "their"}]
    return bool(verbs) and any(p.start < verbs[-1] for p in ctx.people if sent.start <= p.start < sent.end) \
        and not unrealised(ctx, sent)


def subject_verbs(ctx: ArticleContext, sent: Span) -> list[int]:
    """Signing verbs with their signers before them: "signed", "inked", "signing the agreement" (not "the
    signing ceremony", not "signed by")."""
    lowers = ctx.lowers
    verbs = []
    for i in range(sent.start, sent.end):
        if (phrase_end := ctx.signing_phrase_at(i)) is not None:
            verbs.append(phrase_end - 1)  # "put pen to paper": the phrase's last word stands for the verb
            continue
        if lowers[i] in ctx.lex.signed and lowers[i + 1 : i + 2] != ["by"] and lowers[i - 1] not in ctx.lex.passive \
                and lowers[i - 1] not in ("a", "an", "not", "n't", "never") \
                and not (lowers[i] in INSTITUTION_VERBS and lowers[i - 1] in (
                    "its", "their", *ctx.lex.definite)):
            # (not "a sign of the strong relations", "A attended but did not sign", "the renewed MoU")
            verbs.append(i)  # not "the documents were signed": a passive verb has no signer before it
        elif lowers[i] == "signing" and i > sent.start and lowers[i - 1] not in ctx.lex.definite | {"a", "the", "at"} \
                and lowers[i + 1 : i + 2] in (["the"], ["a"], ["an"], ["it"], ["on"], ["for"]):
            verbs.append(i)
    return verbs


def signing_cues(ctx: ArticleContext, sent: Span) -> list[tuple[int, int, str]]:
    """(start, end, label) of each cue phrase in the sentence, in order: the rules' patterns (ctx.cues, labelled
    "signer", "representative" or "witness") and "signed on Monday by"."""
    found = [c for c in ctx.cues if sent.start <= c[0] < sent.end]
    at = signed_by(ctx, sent)
    if at is not None and not any(start < at <= end for start, end, _ in found):
        found = sorted([*found, (at - 1, at, "signer")])
    return found


def represented(ctx: ArticleContext, person: PersonSpan, venue: bool = False) -> str | None:
    """The organization a signer stands for in "Seoul Haneul University Hospital, represented by its
    President, Dr. Park", and in each item of "The foundation (FHBO) was represented by its president, Dr. A;
    the university (UPT) by its rector, Dr. B": the one named just before "by"."""
    org = represented_before(ctx, person.start, venue)
    return org.name if org else None


def represented_before(ctx: ArticleContext, start: int, venue: bool = False) -> OrgSpan | None:
    """The organization of "X, represented by [its President,] …" for a person or title at `start`; with `venue`,
    also "signed at X by": where the signing was, or whom the signer stood for ("at the institute by its
    Director A, and at Y by B")."""
    in_title = {i for t in ctx.titles for i in range(t.start, t.end)}
    k = start - 1
    while k > 0 and (ctx.lowers[k] in (",", "its", "their", "the") or k in in_title or ctx.lex.is_honorific(ctx.texts[k])):
        k -= 1
    if k < 2 or ctx.lowers[k] != "by":
        return None
    j = k - 1
    while j > 0 and ctx.lowers[j] in ("represented", "was", "were", "is", ","):
        j -= 1
    org = ctx.org_ending_at(j + 1) if ctx.texts[j] == ")" else None  # "A (ACR), represented by": with its acronym
    if org is None and ctx.texts[j] == ")":  # "the university (UPT) by …"
        j = next((i for i in range(j - 1, max(j - 12, 0), -1) if ctx.texts[i] == "("), j + 1) - 1
    org = org or ctx.org_ending_at(j + 1)
    if org is None:  # "Medivion was represented by …": a short name
        start = j
        while start > 0 and is_capitalised(ctx.texts[start - 1]) and j - start < 3:
            start -= 1
        org = ctx.short_name_at(start, end=j + 1) if is_capitalised(ctx.texts[j]) else None
    if org is None and "the" in ctx.lowers[max(0, j - 2) : j]:
        org = ctx.named_by_noun(j)  # "the university", "the French institute"
    before = org.start - 2 if org is not None and ctx.lowers[org.start - 1 : org.start] == ["the"] else \
        org.start - 1 if org is not None else 0
    # "at the headquarters of X by A": the place of X's
    place_of = ctx.lowers[before : before + 1] == ["of"] and not {"at", "in"}.isdisjoint(ctx.lowers[max(0, before - 3) : before])
    if org is not None and not venue and (ctx.lowers[before : before + 1] in (["at"], ["in"]) or place_of):
        return None  # "signed at Harlow Bay Hospital by A", "at the hospital by A": where, more likely than whom
        # A represents
    if org is not None and "," in ctx.texts[org.end : k]:
        # "by A on behalf of X, by B on behalf of Y": X is A's, named after A, not B's before "by"
        cue = " ".join(ctx.lowers[max(0, before - 3) : before + 1])
        if any(cue.endswith(c) for c in ctx.lex.facts["signed_for"]) \
                and any(p.end <= before - 2 and before - p.end <= 6 for p in ctx.people):
            return None
    return org


def signed_by(ctx: ArticleContext, sent: Span) -> int | None:
    """After a signer cue ("signed by", "Signatories were", "represented by"), or a "by" after a signing verb
    ("inked by", "signed on Wednesday, 21 May, by")."""
    at = next((end for start, end, label in ctx.cues if sent.start <= start < sent.end and label == "signer"), None)
    if at is not None:
        return at
    if ctx.lex.signed.isdisjoint(ctx.sentence_words[ctx.sent_of[sent.start]]):
        return None
    lowers = ctx.lowers
    for i in range(sent.start, sent.end):
        if lowers[i] in ctx.lex.signed:
            # (not far from "concluded" or "renewed": "Concluded for three years, it provides for missions by X")
            reach = 10 if lowers[i] in INSTITUTION_VERBS else 25
            for k in range(i + 1, min(i + reach, sent.end)):
                if lowers[k] in (";", ".") or lowers[k] in ctx.lex.signed:
                    break
                # "by" after another participle is that verb's: "witnessed by", "represented by", "founded by"
                if lowers[k] == "by" and not (lowers[k - 1].endswith("ed") and lowers[k - 1] not in ctx.lex.signed):
                    return k + 1
    return None


def signed_for(ctx: ArticleContext, start: int, end: int) -> str | None:
    """"A signed on behalf of X", "B signed for Y", "C, representing Z", "D (Z)": the party named after a
    signer."""
    if start < len(ctx.doc) and ctx.texts[start] == "(" and (inside := ctx.org_at(start + 1)):
        return inside.name
    # "signed by Prof. A, Pro Vice-Chancellor, for the ULC; Mrs. B, CEO, for …", "C, Ph.D., president and CEO, for …"
    k = start
    while ctx.texts[k : k + 1] in ([","], ["and"]):
        post = next((t for t in ctx.titles if t.start == k + 1), None)
        if post is not None:
            k = post.end
        elif ctx.texts[k] == "," and ctx.texts[k + 1 : k + 2] and ctx.texts[k + 1].replace(".", "") in ctx.lex.credentials:
            k += 2
        else:
            break
    if k > start and ctx.texts[k : k + 1] == [","]:
        start = k + 1
    if start < len(ctx.doc) and ctx.lowers[start] == "for" and (party := ctx.org_at(ctx.skip(start + 1, ("the",)))):
        return party.name  # "signed by Dr. A for X and by Prof. B for Y"
    for org in ctx.top_orgs:
        if start <= org.start < end and ctx.lowers[org.end : org.end + 1] != ["by"]:  # "on behalf of X by B": B's
            before = " ".join(ctx.lowers[max(start, org.start - 3) : org.start])
            if before.endswith((*ctx.lex.facts["signed_for"], *(f"{cue} the" for cue in ctx.lex.facts["signed_for"]))):
                return org.name
    # "signed for the city", "on behalf of the university", "on behalf of the university hospital" (its last noun),
    # "on behalf of Kestrel" (a short name): the organization it names, unless "by" follows, naming whose it is
    for cue in ctx.lex.facts["signed_for"]:
        words = cue.split()
        for k in range(start, max(start, end - len(words) - 1)):
            if ctx.lowers[k : k + len(words)] != words:
                continue
            at = k + len(words)
            # (past a nationality: "on behalf of the German university")
            first = at + 2 if at + 2 < end and ctx.entity_labels[at + 1] == "NORP" else at + 1
            described = ctx.lowers[at] == "the" and first < end and ctx.texts[first].isalpha() \
                and ctx.texts[first].islower()
            noun = first  # the last of the lower-case words: "the university", "the university hospital"
            while noun + 1 < end and noun - at < 3 and ctx.texts[noun + 1].isalpha() and ctx.texts[noun + 1].islower() \
                    and ctx.lowers[noun + 1] != "by":
                noun += 1
            named = ctx.org_at(at) or (ctx.named_by_noun(noun) if described else None)
            if named is not None and ctx.lowers[named.end : named.end + 1] != ["by"]:
                return named.name
    return None


def unrealised(ctx: ArticleContext, sent: Span) -> bool:
    """Every signing verb in the sentence is a plan: "will sign", "plan to sign", "is expected to be signed"."""
    lowers = ctx.lowers
    # (not a noun's word: "a faculty exchange agreement")
    verbs = [i for i in range(sent.start, sent.end) if lowers[i] in ctx.lex.signed_verbs
             and not (lowers[i] == "exchange" and i + 1 < sent.end and lowers[i + 1] in ctx.lex.heads_by_first_word)]
    return bool(verbs) and all(is_planned(ctx, sent, i) for i in verbs)


def is_planned(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """Is the signing verb at i a plan: "will sign", "is scheduled to sign", "agreed to work towards"?"""
    lowers = ctx.lowers

    def met_to(k: int) -> bool:  # "met to sign", "met in Rockhampton on Saturday to sign": a purpose, fulfilled
        before = lowers[max(sent.start, k - 10) : k]
        return any(w in ctx.lex.realised_before_to for w in before) and "," not in before[-4:]

    if lowers[i] == "agreed" and lowers[i + 1 : i + 2] in (["to"], ["that"]):
        return True  # "agreed to work towards a partnership": a plan ("have agreed a partnership" is a deal)
    # (not a date's month: "on May 6 signed"; nor "the first to be concluded under X", one done; nor "is pleased to
    # announce the signing of", news of one done; nor a name's word: "Brücke der Hoffnung e.V. (Bridge of Hope) signed")
    return any(lowers[k] in ctx.lex.unrealised and ctx.entity_labels[k] != "DATE"
               and not (k > sent.start and ctx.texts[k][:1].isupper())
               and not (lowers[k] == "to" and k > sent.start and (met_to(k) or lowers[k - 1] in ctx.lex.ordinals))
               and not (lowers[k] == "to" and lowers[k + 1] in ctx.lex.announce_verbs)
               for k in range(max(sent.start, i - 3), i))
