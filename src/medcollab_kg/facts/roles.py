"""Roles: who holds which title at which organization ("X, Vice President of Y", "Y President X", "Title X of Y")."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from medcollab_kg.facts.context import (
    CAPTION,
    ArticleContext,
    is_unit_name,
    last_word,
    title_text,
)
from medcollab_kg.facts.signers import (
    joined_party,
    names_sign,
    opening_party,
    represented,
    represented_before,
    side_opening,
    signed_by,
    signed_for,
    signing_cues,
)
from medcollab_kg.models import (
    PartOf,
    Role,
)
from medcollab_kg.nlp.components import (
    OrgSpan,
    PersonSpan,
    after_title_acronym,
    country_end,
    is_capitalised,
    is_demonym,
    paren_content,
)
from medcollab_kg.nlp.lexicon import is_acronym


def find_roles(ctx: ArticleContext) -> list[Role]:
    roles: list[Role] = []
    pending: list[tuple[PersonSpan, str, int, int]] = []  # person, title, sentence, where the title starts
    for title in ctx.titles:
        text = ctx.title_text(title.start, title.end)
        sentence = ctx.sent_of[title.start]
        if (owned := board_of_owner(ctx, title)) is not None:
            roles.append(Role(owned[0], owned[1], owned[2], sentence))
            continue
        field_at = next((i for i in range(title.start + 1, title.end) if ctx.lowers[i] in ("of", "for")), None)
        # (not "Deputy Minister of Health": a portfolio, though "Health" begins "Health ministry")
        short = ctx.short_name_at(field_at + 1, end=title.end) if field_at is not None \
            and ctx.lowers[field_at - 1] not in ("minister", "secretary") else None
        if short is not None and field_at is not None:  # "the Chief Executive of Severnside": the field is a short name
            text = ctx.title_text(title.start, field_at)
        if title.start >= 2 and ctx.lowers[title.start - 2] == "the" and ctx.lowers[title.start - 1] in ctx.lex.kind_nouns \
                and ctx.org_ending_at(title.start) is None:
            text = title_text(f"{ctx.texts[title.start - 1]} {text}", ctx.lex)  # "the hospital director, Dr X"
        before = ctx.org_ending_at(title.start) or possessive_org(ctx, title.start) or its_org(ctx, title) \
            or bracket_owner(ctx, title.start) \
            or (ctx.named_by_noun(title.start) if ctx.texts[title.start] == "hospital" and title.end - title.start > 1
                else None) \
            or (ctx.named_by_noun(title.start - 1) if title.start >= 2 and ctx.lowers[title.start - 1] in ctx.lex.kind_nouns
                and (ctx.texts[title.start - 1].islower()  # "hospital CEO X", and "Hospital CEO X" opening a sentence
                     or ctx.sentences[ctx.sent_of[title.start - 1]].start == title.start - 1
                     or ctx.lowers[title.start - 2] == "the"
                     # "signed by University President Prof. Dr. X": no name's word before the kind noun
                     or not is_capitalised(ctx.texts[title.start - 2])) else None)
        # "Hanbit University Hospital (Director Park Ji-hoon)": the title in brackets after the organization
        # (past the title's acronym: "The Chief Medical Director (CMD) of IUTH, Prof. X")
        bracket_end = after_title_acronym(ctx.doc, title.end)
        title_end_at = bracket_end if ctx.lowers[bracket_end : bracket_end + 1] in (["of"], ["at"]) else title.end
        after_i = skip_anaphor(ctx, ctx.skip(title_end_at, ("of", "at", "the")))
        after = short or (ctx.org_at(after_i) if after_i > title.end else None)
        if after_i > title.end and (unit := owned_unit(ctx, after_i)) is not None:
            after = unit  # "Head of ICST's Laboratory of Arboviruses, Dr X", "Director of the ministry's Health
            # Insurance Administration, X": the owner's unit
        if after is not None and after.start == title.end + 1 and ctx.lowers[title.end] == "of" \
                and ctx.lowers[after.end : after.end + 2] == ["in", "the"] \
                and (inside := ctx.org_at(after.end + 2)) is not None and inside.kind == "government":
            # "the Director of Livestock Services in the Ministry of Agriculture, Dr. X": the field is the post's
            text, after = ctx.title_text(title.start, after.end), inside
        if after is None and ctx.lowers[title.end : title.end + 2] == ["in", "the"] \
                and (inside := ctx.org_at(title.end + 2)) is not None and inside.kind == "government":
            after = inside  # "the Permanent Secretary in the Ministry of Health, Dr. X"
        if after is None and (direct := ctx.org_at(title.end)) is not None and (ctx.person_at(direct.end) is not None or (
                ctx.texts[direct.end : direct.end + 1] in ([","], ["."], [";"], [")"], ["and"])
                and appositive_person(ctx, title.start) is not None)):
            # "Vice Chancellor QMU Prof Tahira Qureshi", "Chief Executive Officer Zarkon Pharmaceuticals Mr. X": the
            # title, the organization, the name (whose span keeps its honorifics); "Prof. X, Pro-Vice-Chancellor
            # SUHS, and …": the name before them
            after = direct
        if after is None and after_i > title.end and ctx.lowers[after_i - 1] in ("of", "at", "the"):
            after = ctx.short_name_at(after_i) or (  # "chief administrative officer of Hanbit"
                ctx.named_by_noun(after_i + 1) if ctx.lowers[after_i - 1] == "the"
                and ctx.entity_labels[after_i] == "NORP" else None) or (  # "vice president of the Chinese hospital"
                ctx.named_by_noun(after_i) if ctx.lowers[after_i - 1] == "the" else None) or (  # "of the Academy Dr X"
                # "chief executive of the health authority": a word of its field before the noun
                # (not a unit: "head of the emergency department" heads no department the article names)
                ctx.named_by_noun(after_i + 1) if ctx.lowers[after_i - 1] == "the" and ctx.texts[after_i].isalpha()
                and ctx.texts[after_i].islower() and ctx.lowers[after_i] not in ctx.lex.kind_nouns
                and after_i + 1 < len(ctx.doc) and ctx.texts[after_i + 1].capitalize() not in ctx.lex.units else None)
        if before is None and after is None:
            before = place_government(ctx, title.start)  # "Capiz Governor X": the Provincial Government of Capiz
        if before is None and (after is None or after.kind != "government") \
                and ctx.lowers[title.end : title.end + 1] == ["of"] and in_government(ctx, text):
            # "the Mayor of Rybnik, X": the City of Rybnik (not "Rybnik" as a short name of Rybnik Hospital)
            after = place_government(ctx, title.end + 1, after=True) or after
        if before is None and after is None:
            # "Brookhollow board chair X": a short name before the title, only when no "of X" follows it
            # ("the Bono Regional Director of the Ghana Health Service" is at the service)
            before = short_name_before(ctx, title.start)
        if after is None and (field_org := field_then_org(ctx, title.end)):  # "Dean of Research at TIMS"
            text, after = ctx.title_text(title.start, field_org[0]), field_org[1]
        if after is None and before is None and ctx.texts[title.end : title.end + 1] == [","] \
                and ctx.person_at(title.end + 1) is None:
            after = listed_org(ctx, title.end + 1)  # a caption's "NAME, Title, ORG;"
            if after is None and appositive_person(ctx, phrase_start(ctx, title.start, None)) is None:
                # "the Vice Chancellor, UoV, Prof K Rao", "Dean, School of Life Sciences, Prof. S. Nair, said"
                org = ctx.org_at(title.end + 1)
                if org is not None and ctx.texts[org.end : org.end + 1] == [","] and ctx.person_at(org.end + 1):
                    after = org
        if after is not None and (board := board_of(ctx, after)) is not None:
            # "President of the FCVA Board of Directors": the board named with its owner's name is the organization
            # of the post, a unit of the owner ("Chair of the Board of Directors of X" stays a title at X)
            named_board = f"{board[1].name} {board[0]}"
            ctx.unit_parents.append(PartOf(named_board, board[1].name, sentence))
            after = replace(board[1], name=named_board, kind="other")
        body = after.aliases[0] if after and after.parent and after.aliases else after.name if after else ""
        if after and last_word(body) in ctx.lex.governing_bodies and (before or after.parent):
            # "PUMCH Secretary of the Party Committee Prof. WU Peixin", "Secretary of the Party Committee
            # of SNBH": the body belongs to the title, the organization is the one around it
            title_end = after.end
            # as written: "Chairman, Medical Advisory Committee of OUTH", "Secretary of the Party Committee"
            text = f"{text}, {body}" if ctx.texts[title.end] == "," else f"{text} of the {body}"
            after = None if before else next((o for o in ctx.orgs if o.name == after.parent
                                              and o.nested and o.end == title_end), None)
        elif after and after.start < title.end:
            title_end = after_i + 1  # "the Director of the hospital, Prof. X": the noun names an earlier mention
        else:
            title_end = after.end if after else title.end
        person_after = ctx.person_at(after_title_acronym(ctx.doc, title_end))  # "vice-chancellor (VC) Prof. X"
        if person_after is None and ctx.texts[title_end : title_end + 1] == [":"]:
            person_after = ctx.person_at(title_end + 1)  # "(President and Representative Director: Kenji Tanaka)"
        field = title_end
        while person_after is None and after is None and field < min(title_end + 2, len(ctx.texts)) \
                and ctx.texts[field] in ctx.lex.field_nouns:
            field += 1  # "Director Research Prof Dr Kamran Rafiq", "Director Finance Ms X": the field, then the name
            if (person_after := ctx.person_at(field)) is not None:
                text, title_end = ctx.title_text(title.start, field), field
        if person_after is None and after is None and field > title_end and ctx.texts[field : field + 1] == [","] \
                and (person_after := ctx.person_at(field + 1)) is not None:
            text, title_end = ctx.title_text(title.start, field), field  # "Deputy Vice-Chancellor Research, Professor X"
        person_before = appositive_person(ctx, phrase_start(ctx, title.start, before)) if person_after is None \
            or title_end == title.end else None
        if person_before is None and person_after is None and (joined := dash_joined(ctx, title)) is not None:
            person_before = appositive_person(ctx, phrase_start(ctx, joined.start, None))  # "A, Chairman – Rector of X"
        if person_before and person_after is None and ctx.lowers[title_end : title_end + 1] == ["and"] and any(
                t.start == title_end + 1 and ctx.person_at(after_title_acronym(ctx.doc, t.end)) for t in ctx.titles):
            person_before = None  # "A, X Vice-Chancellor and President Professor B": both posts are B's
        if person_after is None and (after or before) is not None and ctx.lowers[title_end : title_end + 1] == ["in"]:
            # "the Executive Director General of Al-Hijaz Medical City in Taif, Dr. X": past the place (also "HMRI's
            # Country Director in Lebanon, X")
            k, words = title_end + 1, 0
            while k < len(ctx.texts) and words < 3 and ctx.org_at(k) is None and (
                    is_capitalised(ctx.texts[k]) or ctx.texts[k] == "-" and k > title_end + 1):
                words += bool(ctx.doc[k].whitespace_)  # a hyphened name is one word ("Al-Madinah Al-Munawwarah")
                k += 1
            if k > title_end + 1 and ctx.texts[k : k + 1] == [","] and (found := ctx.person_from(k + 1)) is not None:
                person_after, person_before = found, None
        comma = after_title_acronym(ctx.doc, title_end)  # (past its acronym: "the Secretary to the State Government
        # (SSG), Alhaji X")
        if after is not None and comma == after.end and (bracket := paren_content(ctx.doc, comma)) is not None:
            comma = bracket[1] + 1  # "the dean of the X Faculty of Medicine (Fakultas Kedokteran, FK X), Dr. Y"
        if person_after is None and person_before is None and ctx.texts[comma : comma + 1] == [","] \
                and not held_by_name_before(ctx, title):
            person_after = ctx.person_from(comma + 1)  # "The rector of UFSV, Professor João …"
            owner = ctx.org_at(comma + 1) if person_after is None and after is not None and after.end == title_end \
                and is_unit_name(after.name, ctx.lex) else None
            if owner is not None and after is not None and ctx.texts[owner.end : owner.end + 1] == [","] \
                    and (person_after := ctx.person_from(owner.end + 1)) is not None:
                # "the Provost of the College of Medicine, Ezenwa University, Prof. X": the unit's university between
                ctx.unit_parents.append(PartOf(after.name, owner.name, sentence))
        elif person_before and after and ctx.texts[title_end : title_end + 1] == [","] and titled(ctx, person_before) \
                and (person_after := ctx.person_from(title_end + 1)) is not None:
            person_before = None  # "the Chief Medical Officer, Prof. A, the Principal of X, Prof. B": B is X's
        if person_after is None and person_before is None and ctx.lowers[title_end : title_end + 1] == ["of"] \
                and in_government(ctx, text) \
                and (country := country_end(ctx.doc, title_end + 1 + (ctx.lowers[title_end + 1] == "the"))) is not None \
                and ctx.texts[country : country + 1] == [","]:
            person_after = ctx.person_from(country + 1)  # "The Minister of Public Health of Guinea-Bissau, X, …"
        if after is None and before is None and (ministry := ministry_of(ctx, text)):
            after = ministry  # "Minister of Health and Social Protection X": the ministry of that name
        late = org_after_name(ctx, person_after) if person_after and not (before or after) else None
        if late and person_after:  # "Chief Executive Officer Anna Keller of Roche Diagnostics AG"
            roles.append(Role(person_after.name, text, late.name, sentence))
        elif person_after and before and after and after.parent is None and is_unit_name(after.name, ctx.lex):
            # "PSMC Dean of the College of Medicine Dr. X": the post is at the unit, the unit is the
            # organization's
            roles.append(Role(person_after.name, text, after.name, sentence))
            ctx.unit_parents.append(PartOf(after.name, before.name, sentence))
        elif person_after and before:  # "HKUST President Prof. Nancy IP"
            roles.append(Role(person_after.name, text, before.name, sentence))
        elif person_after and after:  # "Acting Head of Division … Prof. ZHANG Qian"
            roles.append(Role(person_after.name, text, after.name, sentence))
        elif person_before and after:  # "LIU Enmei, Vice President of CQMU"
            roles.append(Role(person_before.name, text, after.name, sentence))
        elif person_before and before:  # "Nancy Ip, the HKUST's President"
            roles.append(Role(person_before.name, text, before.name, sentence))
        elif unknown_org_after(ctx, title.end):
            pass  # "Oleg Osin, Director of the Russian House in New Delhi": an organization named but not found
        elif person_after and not after and not named_before(ctx, title.start):
            # "President Prof. Zhang Shuyang": the organization is in the sentence
            pending.append((person_after, text, sentence, title.start))
        elif person_before and not after and not before and not person_after \
                and ctx.lowers[title.end : title.end + 1] != ["and"]:  # not "co-founder and CEO of X"
            pending.append((person_before, text, sentence, title.start))  # "Ana Ruiz, Dean, said …"
    # "Founding President of A and Director of B": the second title follows the first role's organization
    for title in ctx.titles:
        chained = chained_person(ctx, title, roles)
        after = ctx.org_at(ctx.skip(title.end, ("of", "at", "the")))
        if chained and after:
            roles.append(Role(chained, ctx.title_text(title.start, title.end), after.name,
                              ctx.sent_of[title.start]))
    # "NAME, Vice President for Research and Dean of the College of Medicine at WUHS": the first title is
    # held at the institution the second one's unit belongs to
    titles = sorted([*ctx.titles, *ranks_before_posts(ctx)], key=lambda t: t.start)
    for first, second in zip(titles, titles[1:], strict=False):
        if second.start != first.end + 1 or not (ctx.lowers[first.end] in ("and", "&") or dash_joined(ctx, second)):
            continue
        rank = first not in ctx.titles
        owner = possessive_org(ctx, first.start)  # "Nadia Okafor, Corvala's co-founder and chief executive"
        person = appositive_person(ctx, phrase_start(ctx, first.start, owner))
        leading: list[Span] = []  # "NAME, Representative Director, President and CEO of X": the posts listed before
        listed_post: Span | None = first
        while person is None and owner is None and listed_post is not None and ctx.texts[listed_post.start - 1] == ",":
            listed_post = next((t for t in ctx.titles if t.end == listed_post.start - 1), None)
            if listed_post is not None:
                leading.insert(0, listed_post)
                person = appositive_person(ctx, listed_post.start)
        leading = leading if person else []
        if person is not None and ctx.texts[second.end][:1].isalpha() and (follower := ctx.person_at(second.end)) is not None:
            person, leading = follower, []  # "A, X's chairman and chief executive B": both posts are B's
        at_noun = ctx.skip(second.end, ("of", "at", "the"))
        org = ctx.org_at(skip_anaphor(ctx, at_noun)) or (
            # "President and CEO of the health authority": the organization its noun names
            ((ctx.named_by_noun(at_noun) if ctx.texts[at_noun].islower() else None) or named_with_modifier(ctx, at_noun, proper=True))
            if ctx.lowers[second.end : second.end + 2] == ["of", "the"] else None) or (
            # (not "chair of the forum's committee")
            owner if person and ctx.lowers[second.end : second.end + 1] not in (["of"], ["at"], ["for"]) else None) or (
            listed_org(ctx, second.end + 1) if person and ctx.texts[second.end : second.end + 1] == [","]
            else None)  # "Mr. X, Managing Director & CEO, Y Hospitals and …"
        if person is None and org is None and (before := ctx.org_ending_at(first.start) or bracket_owner(ctx, first.start)
                                               or short_name_before(ctx, first.start)
                                               or (owner if ctx.person_at(second.end) else None)):
            # "Lakeview Health Network President and CEO Andrea MacPhail": two posts at the organization, also
            # "X Co., Ltd. (President and Representative Director: Kenji Tanaka)"
            colon = ctx.texts[second.end : second.end + 1] == [":"]
            person, org = ctx.person_at(second.end + 1 if colon else second.end), before
        if person is None and org is None and ctx.texts[second.end : second.end + 1] == [","]:
            person = ctx.person_from(second.end + 1)  # "signed by Pro Vice-Chancellor and Principal, Prof. X, for Y"
            org = owner if person else None  # "Clydeholm's Principal and Vice-Chancellor, Professor X"
        if person is None and org is not None and org.start > second.end:
            # "the Dean and Director of X, Prof M Qureshi", "Dean and Director of X Prof M Qureshi": the name after X
            person = ctx.person_at(org.end + 1 if ctx.texts[org.end : org.end + 1] == [","] else org.end)
        if person and org is None and (party := represented(ctx, person) or signed_for(
                ctx, person.end, min([p.start for p in ctx.people if p.start > person.end]
                                     + [ctx.sentences[ctx.sent_of[person.start]].end]))):
            # "on behalf of LU by Professor X, Vice-Chancellor and Principal"
            org = next((o for o in ctx.top_orgs if o.name == party), None)
        if person and org:
            sentence = ctx.sent_of[first.start]
            if rank:  # "NAME, Professor and Head, Department of X, Y": both in the department
                roles.append(Role(person.name, ctx.title_text(first.start, first.end), org.name, sentence))
                roles.append(Role(person.name, ctx.title_text(second.start, second.end), org.name, sentence))
            elif org.parent:  # two posts: the unit's and the institution's
                roles.append(Role(person.name, ctx.title_text(second.start, second.end), org.name, sentence))
                roles.append(Role(person.name, ctx.title_text(first.start, first.end), org.parent, sentence,
                                  0.7))
            elif (owner := ctx.org_ending_at(first.start)) is not None and is_unit_name(org.name, ctx.lex) \
                    and not ctx.same_org(owner.name, org.name):
                # "ADU Vice-President for Research and Dean of the College of Medicine Dr. X": the first post is at
                # the organization named before it, the second at its unit
                roles.append(Role(person.name, ctx.title_text(first.start, first.end), owner.name, sentence))
                roles.append(Role(person.name, ctx.title_text(second.start, second.end), org.name, sentence))
            else:  # "Senior Vice President and Chief Medical Officer of X": two posts at X
                roles.append(Role(person.name, ctx.title_text(first.start, first.end), org.name, sentence))
                roles.append(Role(person.name, ctx.title_text(second.start, second.end), org.name, sentence))
            roles += [Role(person.name, ctx.title_text(t.start, t.end), org.name, sentence) for t in leading]
    recalled: set[str] = set()  # people of a caption whose post is one named before
    for person, text, sentence, title_start in pending:
        if any(r.person == person.name or r.person.endswith(f" {person.name}")
               for r in roles if r.title.lower().startswith((f"{text.lower()} of ", f"{text.lower()} for "))):
            continue  # "Vice Minister X said": the post named in full before ("Vice Minister of Public Health")
        known = next((r for r in roles if r.person == person.name and r.title.lower() == text.lower()), None)
        if known:  # "CEO Lee said": the post named in full earlier, not a new one
            roles.append(Role(person.name, text, known.org, sentence, confidence=0.7))
            if CAPTION.search(ctx.raw_sentences[sentence]):
                recalled.add(person.name)
            continue
        if ctx.lowers[max(0, title_start - 2) : title_start] == ["to", "the"]:
            continue  # "Advisor to the Rector Talgat N.": the title is whom the post serves, not the post
        if (government := the_government(ctx, text)) is not None:
            # "witnessed by the Deputy Governor, Chief (Mrs.) X": a post of the one government the article names
            roles.append(Role(person.name, text, government, sentence, confidence=0.7))
            continue
        if (commission := the_body(ctx, text)) is not None:
            # "Presiding Commissioner X": a member of the one commission the article names
            roles.append(Role(person.name, text, commission, sentence, confidence=0.7))
            continue
        if (group := listed_delegation(ctx, person.start)) is not None:
            roles.append(Role(person.name, text, group, sentence, confidence=0.7))
            continue
        if title_start >= 3 and ctx.texts[title_start - 1] in ("'s", "’s") and ctx.texts[title_start - 2].islower():
            continue  # "the trust's chair, X", where no trust is named: the owner is told, and it is none of these
        sent = ctx.sentences[sentence]
        signing = names_sign(ctx, sent)
        # (a caption's "Rector A, President B": a post recalled from before is no list of one organization's people)
        if not signing and (listed := listed_after(ctx, title_start, roles, sentence, recalled)) is not None:
            # "IUHS Pro-Vice-Chancellor Prof A, Registrar Dr B and …": the list's organization goes on
            roles.append(Role(person.name, text, listed, sentence, confidence=0.7))
            continue
        # "Vice President Dr. A and Director of the Office Ms. B of the First Hospital": the organization after the
        # last name of a list of titled names is every one's
        nxt = next((p for p in ctx.people if person.end < p.start <= person.end + 12), None) \
            if ctx.lowers[person.end : person.end + 1] == ["and"] else None
        if nxt and any(person.end < t.start and t.end <= nxt.start for t in ctx.titles) \
                and (late := org_after_name(ctx, nxt)) is not None:
            roles.append(Role(person.name, text, late.name, sentence, confidence=0.7))
            continue
        later = [p.start for p in ctx.people if p.start > person.end]
        stands_for = signed_for(ctx, person.end, min([*later, sent.end]))  # "…, who represented the Embassy of X"
        if not stands_for and any(sent.start <= start < person.start for start, _, role in signing_cues(ctx, sent)
                                  if role == "witness"):
            continue  # "in the presence of District Collector X": an official of a body the text may not name
        # co-signers stand for different parties: not the one another signer's post is at (not "TTH" in
        # "Vice-Chancellor Professor A and TTH Chief Executive B signed", "signed by Prof A, Vice-Chancellor, and
        # B, chief executive of the Trust")
        claimed = {ctx.canonical.get(r.org, r.org) for r in roles if r.sentence == sentence and r.person != person.name} \
            if signing or signed_by(ctx, sent) is not None else set()
        # in a signing, and in a list of posts ("…, Prof. A; the Superintendent of X, Dr. B; …"), an organization
        # another title names is not this one's
        listing = signing or ";" in ctx.texts[sent.start : sent.end]
        candidates = {o.name for o in ctx.in_sentence(ctx.top_orgs, sentence)
                      if not (listing and ctx.in_role_phrase(o))} or ctx.nouns_named(sentence)
        candidates = {c for c in candidates if ctx.canonical.get(c, c) not in claimed}
        academic_title = not ctx.lex.academic_titles.isdisjoint(text.lower().split())  # rector, dean, vice-chancellor
        if not candidates and academic_title and (university := ctx.only_university()):
            candidates = {university}  # "Prof A, Vice-Chancellor, and B, CEO of the Trust, signed"
        if not candidates and sentence:  # the parser may cut a list of names from its sentence
            candidates = {o.name for o in ctx.in_sentence(ctx.top_orgs, sentence - 1)} \
                or ctx.nouns_named(sentence - 1)
            candidates = {c for c in candidates if ctx.canonical.get(c, c) not in claimed}
        # "signed by the Chief Medical Director, Prof. X, on behalf of OUTH": the organization X signs for
        signs_for = represented(ctx, person, venue=True) or stands_for or (
            joined_party(ctx, person, [p for p in ctx.people if person.end <= p.start < sent.end], sent.end)) or (
            opening_party(ctx, sent, sent.start) if person.start < ctx.clause_end(sent.start, sent.end)
            else None)  # "Signing for X was …"
        signs_for = signs_for or attended_for(ctx, person, sent) or side_opening(ctx, sent, person.start)
        if signs_for:  # the party the person signs for, though another organization is in the sentence
            candidates = {signs_for}
        elif (sent_by := delegation_of(ctx, title_start)) is not None:
            candidates = {sent_by}  # "a delegation from X, led by Rector Y, visited Z": Y is X's rector
        if candidates and academic_title:
            # "rector Bjørn Olsen" where a hospital group and a university are named: a rector is the university's;
            # where the sentence names only the hospital, the one university of the article
            academic = {c for c in candidates if ctx.kind_of(c) in ACADEMIC_KINDS}
            if not academic and all(ctx.kind_of(c) in NOT_ACADEMIC_KINDS for c in candidates):
                candidates = {university} if (university := ctx.only_university()) else set()
            else:
                candidates = academic or candidates
        if in_government(ctx, text):
            # "Minister of State for Health X witnessed": a minister's post is at a government body, not at a
            # company or hospital the sentence names
            # (also by its acronym: "on behalf of MINSA", the Ministry of Health's)
            candidates = {c for c in candidates if "government" in (ctx.kind_of(c), ctx.kind_of(ctx.canonical.get(c, c)))
                          or any(o.kind == "government" and c in o.aliases for o in ctx.orgs)}
        # a guess from the sentence does not move someone the article gives posts elsewhere ("President X:"
        # quoted beside the hospital, X named before as the company's CEO)
        held = {ctx.canonical.get(r.org, r.org) for r in roles if r.person == person.name and r.confidence > 0.7}
        if len(candidates) == 1 and (not held or ctx.canonical.get(guess := next(iter(candidates)), guess) in held):
            roles.append(Role(person.name, text, candidates.pop(), sentence, confidence=0.7))
    roles += shared_title_roles(ctx)
    # "The delegation of X included … the Dean of the International Medical Faculty, …": a unit of X
    placed = {p.child for p in ctx.unit_parents} | {o.name for o in ctx.orgs if o.parent}
    for role in roles:
        if role.org not in placed and is_unit_name(role.org, ctx.lex):
            person = next((p for p in ctx.people if p.name == role.person and ctx.sent_of[p.start] == role.sentence), None)
            if person is not None and (group := listed_delegation(ctx, person.start)) is not None and group != role.org:
                ctx.unit_parents.append(PartOf(role.org, group, role.sentence))
                placed.add(role.org)
    # "Dr. Tom Reyes, who heads the Department of Infectious Diseases": the post told by its verb; "…, who is also
    # president of the X Forum", "…, who is also a member of the X Board of Trustees": told by "is"
    for person in ctx.people:
        at = person.end
        if ctx.texts[at : at + 1] == [","] and ctx.texts[at + 2 : at + 4] == [",", "who"] and ctx.texts[at + 1].isalpha() \
                and ctx.texts[at + 1].islower():
            at += 2  # "Dr. X, gynaecologist, who heads …": past a profession in lower case
        if ctx.lowers[at : at + 2] == [",", "who"] and not person.surname_only:
            verb = at + 3 if ctx.lowers[at + 2 : at + 3] == ["also"] else at + 2
            if verb < len(ctx.lowers) and ctx.lowers[verb] in ("is", "was"):
                if (post_role := post_after_is(ctx, person, ctx.skip(verb + 1, ("also", "a", "an", "the")))) is not None:
                    roles.append(post_role)
                continue
            post = ctx.lex.post_verbs.get(ctx.lowers[verb]) if verb < len(ctx.lowers) else None
            # (also "…, who heads the hospital's Nephrology Unit", "who heads the seven-hospital WSHG")
            k = ctx.skip(verb + 1, ("the", "its"))
            if ctx.texts[k + 1 : k + 2] == ["-"] and ctx.texts[k].isalnum() and ctx.texts[k + 2 : k + 3] \
                    and ctx.texts[k + 2].islower():
                k += 3
            org = ctx.org_at(skip_anaphor(ctx, k)) if post else None
            if post and org is None:
                org = owned_unit(ctx, k)  # "who heads De Schelpenhoek's Department of Obstetrics": the owner's unit
            # ("… who heads the X group as its chief executive": the post the clause names)
            # (also "… who heads the Ministry's Department of X as Commissioner")
            named = post_named_at(ctx, org.end + 2) if org is not None and ctx.lowers[org.end : org.end + 2] in (
                ["as", "its"], ["as", "their"]) else post_named_at(ctx, org.end + 1) if org is not None \
                and ctx.lowers[org.end : org.end + 1] == ["as"] else None
            if org and post:
                roles.append(Role(person.name, named or post, org.name, ctx.sent_of[at], confidence=0.7))
    roles += posts_told_by_phrase(ctx) + headed_by(ctx) + glossed_posts(ctx)
    roles += listed_posts_before_name(ctx, roles)
    # "Feldheim's Lord Mayor, Dr. X": a mayor's or minister's post is never at a hospital, school or company
    # (unless the text says so: "the Governor of Nestos General Hospital, X" heads the hospital)
    roles = [r for r in roles if not (in_government(ctx, r.title)
                                      and ctx.kind_of(ctx.canonical.get(r.org, r.org)) in INSTITUTION_KINDS)
             or f"{r.title} of {r.org}".lower() in ctx.sentence_texts[r.sentence].replace(" of the ", " of ")]
    # "Pro Vice-Chancellor Prof. X" in a sentence naming a faculty: a university's post is at the university
    roles = [moved for r in roles if (moved := at_the_university(ctx, r)) is not None]
    roles = [replace(r, title=without_place(ctx, r.title, r.org)) for r in roles]
    # "Vice-Chancellor Prof. X" and "VC X": one post, named in full
    # (and "Health Minister X" beside "Minister of Health X": one post, named as the ministry's)
    posts = {(r.person, ctx.canonical.get(r.org, r.org), title_key(r.title)) for r in roles}
    return [r for r in roles if not {(r.person, ctx.canonical.get(r.org, r.org), title_key(other)) for other in (
        ctx.lex.title_abbreviations.get(r.title.lower(), ""), *portfolio_spelt_out(ctx, r.title))} & posts]


def portfolio_spelt_out(ctx: ArticleContext, title: str) -> list[str]:
    """"Deputy Health Minister": "Deputy Minister of Health" and "Deputy Minister for Health"."""
    words = title.split()
    k = 0
    while k < len(words) - 2 and words[k].lower() in ctx.lex.title_modifiers:
        k += 1
    if len(words) - k < 2 or words[-1].lower() not in ("minister", "secretary") \
            or any(w.lower() in ("of", "for") for w in words):
        return []
    front, field = " ".join(words[:k] + words[-1:]), " ".join(words[k:-1])
    return [f"{front} of {field}", f"{front} for {field}"]


PLACE_WORDS = ("Republic", "Kingdom", "Federation", "Region", "Province", "Oblast", "State", "County", "Canton")


def without_place(ctx: ArticleContext, title: str, org: str) -> str:
    """"Minister of Health of the Kyrgyz Republic" at the "Ministry of Health of the Kyrgyz Republic" is the Minister
    of Health: the place is the government's, said once in the ministry's name."""
    post, _, field = title.partition(" of ")
    _, _, org_field = org.partition(" of ")
    if not field or field.lower() != org_field.lower() or not in_government(ctx, post):
        return title
    parts = field.split(" of ")
    for k in range(1, len(parts)):
        place = " of ".join(parts[k:]).removeprefix("the ")
        if any(w in place.split() for w in PLACE_WORDS) or place in ctx.lex.countries \
                or any(e.text == place and e.label_ == "GPE" for e in ctx.doc.ents):
            return f"{post} of {' of '.join(parts[:k])}"
    return title


def glossed_posts(ctx: ArticleContext) -> list[Role]:
    """"X, administrateur délégué (managing director) of Y": the post in its own language, then in English in
    brackets."""
    roles = []
    for title in ctx.titles:
        if ctx.texts[title.start - 1 : title.start] != ["("] or ctx.texts[title.end : title.end + 2] not in (
                [")", "of"], [")", "at"]):
            continue
        k = title.start - 2
        while k > title.start - 6 and ctx.texts[k].isalpha() and ctx.texts[k].islower():
            k -= 1
        person = next((p for p in ctx.people if p.end == k), None) if ctx.texts[k] == "," and k < title.start - 2 else None
        org = ctx.org_at(ctx.skip(title.end + 2, ("the",)))
        if person is not None and org is not None:
            roles.append(Role(person.name, ctx.title_text(title.start, title.end), org.name, ctx.sent_of[title.start]))
    return roles


def posts_told_by_phrase(ctx: ArticleContext) -> list[Role]:
    """"Kevin Lutz, MD, will serve as chief academic officer of Larkfield Health and senior associate dean at the
    College of Medicine", "X was named dean of Y": the posts a phrase after the name gives."""
    roles = []
    for person in ctx.people:
        if person.surname_only:
            continue
        at = person.end
        if ctx.texts[at : at + 1] == [","] and at + 2 < len(ctx.texts) and ctx.texts[at + 1] in ctx.lex.credentials \
                and ctx.texts[at + 2] == ",":
            at += 3  # ", MD,"
        phrase = next((p for p in ctx.lex.post_phrases if tuple(ctx.lowers[at : at + len(p)]) == p), None)
        if phrase is None:
            continue
        k = ctx.skip(at + len(phrase), ("as", "the", "a", "an", "its"))
        if (first := post_after_is(ctx, person, k)) is None:
            continue
        roles.append(first)
        # "… and senior associate dean at the College of Medicine": a second post joined by "and"
        second = next((t for t in ctx.titles if t.start > k and ctx.lowers[t.start - 1] == "and"
                       and ctx.sent_of[t.start] == ctx.sent_of[k] and t.start - k < 16), None)
        if second is not None and (also := post_after_is(ctx, person, second.start)) is not None:
            roles.append(also)
    return roles


def post_named_at(ctx: ArticleContext, k: int) -> str | None:
    """The post written from token k to the clause's end ("chief executive."), as written."""
    titles = {t.lower() for t in ctx.lex.titles}
    return next((ctx.title_text(k, end) for end in range(min(k + 4, len(ctx.doc)), k, -1)
                 if end < len(ctx.doc) and ctx.doc[end].is_punct and ctx.words.text_of(k, end).lower() in titles), None)


def headed_by(ctx: ArticleContext) -> list[Role]:
    """"the Department of Pathology, headed by Dr. X" (or "led by"): X heads the unit (and "X, whose director, Dr. Y, …"). Not a
    delegation's leader ("a delegation from X University, headed by …"), nor a post the name's own title gives
    ("headed by Vice-Chancellor Y")."""
    roles = []
    for org in ctx.top_orgs:
        k = org.end
        # "its Institute of Human Genetics, whose director, Prof. X, …": the post the relative clause names
        title = next((t for t in ctx.titles if t.start == k + 2), None) if ctx.lowers[k + 1 : k + 2] == ["whose"] else None
        if ctx.texts[k : k + 1] == [","] and title is not None and ctx.texts[title.end : title.end + 1] == [","] \
                and (person := ctx.person_at(title.end + 1)) is not None:
            roles.append(Role(person.name, ctx.title_text(title.start, title.end), org.name, ctx.sent_of[k], confidence=0.7))
            continue
        # "a delegation from (the) X, led by": the delegation's leader
        opens = org.start - 1 - (ctx.lowers[org.start - 1 : org.start] == ["the"]
                                 and ctx.lowers[org.start - 3 : org.start - 2] in (["delegation"], ["team"]))
        if ctx.texts[k : k + 1] != [","] or ctx.lowers[k + 1 : k + 3] not in (["headed", "by"], ["led", "by"]) \
                or (opens >= 0 and ctx.lowers[opens] == "from") or any(t.start == k + 3 for t in ctx.titles):
            continue
        while ctx.texts[org.start - 1 : org.start] == [","] and (unit := ctx.org_ending_at(org.start - 1)) is not None:
            org = unit  # "the Department of Clinical Oncology, School of Medicine, HVU, headed by": the first is headed
        # (not "led by Dr. X, HSU Executive Vice President for Health Affairs": the post the text gives X)
        if (person := ctx.person_at(k + 3)) is not None and not (
                ctx.texts[person.end : person.end + 1] == [","] and any(
                    person.end < t.start <= person.end + 3 for t in ctx.titles)):
            roles.append(Role(person.name, "Head", org.name, ctx.sent_of[k], confidence=0.7))
    # "The department is headed by Dr. X", "The lab is led by Prof. Y": the one its noun names
    for sent in ctx.sentences:
        k = sent.start
        if ctx.lowers[k : k + 1] == ["the"] and ctx.lowers[k + 2 : k + 3] in (["is"], ["was"]) \
                and ctx.lowers[k + 3 : k + 5] in (["headed", "by"], ["led", "by"]) \
                and (unit := ctx.named_by_noun(k + 1)) is not None and (person := ctx.person_from(k + 5)) is not None \
                and not any(t.start > k + 4 and t.end <= person.start for t in ctx.titles):
            roles.append(Role(person.name, "Head", unit.name, ctx.sent_of[k], confidence=0.7))
    return roles


def post_after_is(ctx: ArticleContext, person: PersonSpan, k: int) -> Role | None:
    """The post in "NAME, who is also president of the X Forum" or "…, who is a member of the X Board of Trustees"
    (token k after "is also a")."""
    if k >= len(ctx.texts):
        return None
    sentence = ctx.sent_of[k]
    title = next((t for t in ctx.titles if t.start == k), None)
    if title is not None and ctx.lowers[title.end : title.end + 1] in (["of"], ["at"]) \
            and (org := ctx.org_at(ctx.skip(title.end, ("of", "at", "the")))) is not None:
        return Role(person.name, ctx.title_text(title.start, title.end), org.name, sentence, confidence=0.7)
    if ctx.lowers[k : k + 2] == ["member", "of"] and (org := ctx.org_at(k + 2)) is not None \
            and (board := board_of(ctx, org)) is not None:
        return Role(person.name, f"Member of the {board[0]}", board[1].name, sentence, confidence=0.7)
    return None


def in_government(ctx: ArticleContext, title: str) -> bool:
    """Is the title a post in government: "Minister of State", "Mayor", "State Health Secretary" (a portfolio before
    "Secretary"), not "Academic Secretary"?"""
    words = title.split()
    portfolio = words[-1] == "Secretary" and any(
        w in ctx.lex.field_nouns and w.lower() not in ctx.lex.title_modifiers for w in words[:-1])
    return portfolio or not ctx.lex.government_title_words.isdisjoint(w.lower().rpartition("-")[2] for w in words)


STATE_POST = re.compile(r"(Deputy |Vice )?(Governor|Premier|Chief Minister|Attorney-General|Commissioner (for|of) .+"
                        r"|Minister (for|of) .+|Cabinet Secretary (for|of) .+"
                        r"|Secretary to the( \w+)? Government)$")


def is_a_government(name: str) -> bool:
    """"Okuta State Government", "the Manitoba government", "Provincial Government of X"; not "Department of
    Government Information" nor "Kochi Prefectural Government Office"."""
    words = name.lower().split()
    return words[-1] == "government" or any(pair == ("government", "of") for pair in zip(words, words[1:]))


def the_government(ctx: ArticleContext, title: str) -> str | None:
    """The one government the article names (a state's, a county's, a province's; not a ministry), for a post that
    is held in one: "Deputy Governor", "Commissioner for Justice", "Secretary to the State Government"."""
    if not STATE_POST.match(title):
        return None
    governments = {ctx.canonical.get(o.name, o.name) for o in ctx.top_orgs if is_a_government(o.name)}
    # ("the State Government" is the one named in full: "Okuta State Government")
    governments = {g for g in governments if not any(o != g and o.endswith(f" {g}") for o in governments)}
    return governments.pop() if len(governments) == 1 else None


# a member's title, and the last word of the body's name it sits on
MEMBER_BODIES = {"commissioner": "commission", "councillor": "council", "councilor": "council", "senator": "senate"}


def the_body(ctx: ArticleContext, title: str) -> str | None:
    """The one commission (council, senate) the article names, for a member of one: "Presiding Commissioner X"
    where the text names the Hollow County Commission."""
    body = MEMBER_BODIES.get(title.split()[-1].lower()) if title.split() else None
    bodies = {ctx.canonical.get(o.name, o.name) for o in ctx.top_orgs if o.name.split()[-1].lower() == body}
    bodies = {b for b in bodies if not any(o != b and b.endswith(f" {o}") for o in bodies)}  # (not its "Office of …")
    return bodies.pop() if len(bodies) == 1 else None


def owned_unit(ctx: ArticleContext, i: int) -> OrgSpan | None:
    """The unit after its owner and "'s" at i, the owner becoming its parent: "De Schelpenhoek's Department of
    Obstetrics" (a short name the article found no organization for), "ICST's Laboratory of Arboviruses" (a name in
    full or an acronym), "(the) ministry's Health Insurance Administration" (its noun)."""
    owner = next((j for j in range(i + 1, min(i + 8, len(ctx.doc) - 1)) if ctx.texts[j] in ("'s", "’s")), None)
    if owner is None:
        return None
    if not ctx.texts[i][:1].isupper():
        parent = ctx.named_by_noun(i, owner=True) if owner == i + 1 and ctx.lowers[i - 1] == "the" else None
    elif (named := ctx.org_at(i)) is not None:
        parent = named if named.start != i or named.end == owner else None
    else:
        parent = ctx.short_name_at(i, end=owner) if owner - i < 5 and all(
            is_capitalised(t) for t in ctx.texts[i:owner]) else None
    unit = ctx.org_at(owner + 1)
    if parent is None or unit is None or unit.start != owner + 1 or not is_unit_name(unit.name, ctx.lex):
        return None
    ctx.unit_parents.append(PartOf(unit.name, parent.name, ctx.sent_of[i]))
    ctx.possessed_units.append(ctx.unit_parents[-1])
    return unit


def named_with_modifier(ctx: ArticleContext, k: int, proper: bool = False) -> OrgSpan | None:
    """"(chief executive of the) health authority": the last organization named before whose name holds the word in
    lower case at k and the noun after it (not a unit, "the emergency department"; nor a nation, "the German
    hospital"). With `proper`, also a short name's word: "(director of the) Fenghe commission"."""
    if k + 1 >= len(ctx.doc) or not ctx.texts[k].isalpha() or not (proper or ctx.texts[k].islower()) \
            or not ctx.texts[k + 1].isalpha() \
            or not ctx.texts[k + 1].islower() or ctx.lowers[k] in ctx.lex.kind_nouns or ctx.entity_labels[k] == "NORP" \
            or ctx.texts[k + 1].capitalize() in ctx.lex.units:
        return None
    noun = ctx.lowers[k + 1]
    kind = ctx.lex.kind_nouns.get(noun)
    named = [o for o in ctx.top_orgs if o.end <= k and ctx.lowers[k] in o.name.lower().split()
             and (noun in o.name.lower().split() or (kind not in (None, "other") and o.kind == kind))]
    return named[-1] if named else None


def board_of_owner(ctx: ArticleContext, title: Span) -> tuple[str, str, str] | None:
    """"The chairperson of the hospital's governing board, Ato X": (X, "Chairperson of the Governing Board", the
    hospital), the board its owner's noun names."""
    k = title.end
    if ctx.lowers[k : k + 2] != ["of", "the"] or k + 4 >= len(ctx.doc) or ctx.texts[k + 3] not in ("'s", "’s"):
        return None
    owner = ctx.named_by_noun(k + 2, owner=True)
    board = k + 4 + (ctx.lowers[k + 4] in ctx.lex.board_kinds)
    # ("… of the foundation's board of trustees, X")
    members = board + 2 if ctx.lowers[board + 1 : board + 2] == ["of"] and board + 2 < len(ctx.doc) \
        and ctx.lowers[board + 2] in ctx.lex.board_members else None
    end = members + 1 if members is not None else board + 1
    if owner is None or ctx.lowers[board : board + 1] != ["board"] or ctx.texts[end : end + 1] != [","]:
        return None
    # the name after the comma, or before the title: "X, chairperson of the foundation's board of trustees, for Y"
    person = ctx.person_from(end + 1) or appositive_person(ctx, title.start)
    if person is None:
        return None
    kind = f"{ctx.texts[k + 4].capitalize()} " if board > k + 4 else ""
    of = f" of {ctx.texts[members].capitalize()}" if members is not None else ""
    return person.name, f"{ctx.title_text(title.start, title.end)} of the {kind}Board{of}", owner.name


def board_of(ctx: ArticleContext, org: OrgSpan) -> tuple[str, OrgSpan] | None:
    """"the Ridgeline Health Board of Directors", "the SMC Board of Directors": the board, and the organization
    whose board it is (its span running to the board's end), when the article names that organization or it is an
    acronym."""
    after = ctx.lowers[org.end : org.end + 3]
    if after[:2] == ["board", "of"] and after[2:] and after[2] in ctx.lex.board_members:  # "SMC" "Board of Directors"
        return f"Board of {ctx.texts[org.end + 2]}", replace(org, end=org.end + 3)
    owner, sep, board = org.name.rpartition(" Board of ")  # one name: "Ridgeline Health Board of Directors"
    if not sep or board.lower() not in ctx.lex.board_members or not owner:
        return None
    if not is_acronym(owner) and not any(o.name == owner for o in ctx.orgs) and ctx.short_name_at(org.start) is None:
        return None
    return f"Board of {board}", OrgSpan(org.start, org.end, owner, ctx.kind_of(owner) or "other")


def at_the_university(ctx: ArticleContext, role: Role) -> Role | None:
    """A rector's or vice-chancellor's post placed at a faculty or school: at its university when the article
    says which (or names one university), else no post."""
    # (also an office's or a department's: "Vice Rector; …; and staff of the Office of International Cooperation")
    if (ctx.kind_of(role.org) not in ("faculty", "school") and role.org.split()[0] not in ADMINISTRATIVE_UNITS) or not (
            ctx.lex.academic_titles - {"dean"}) & set(re.findall(r"[\w-]+", role.title.lower())):
        return role
    parent = next((o.parent for o in ctx.orgs if o.name == role.org and o.parent), None) or next(
        (p.parent for p in ctx.unit_parents if p.child == role.org), None) or ctx.only_university()
    return replace(role, org=parent) if parent else None


def title_key(title: str) -> str:
    """A title compared without case, hyphens or spaces: "Vice Chancellor" is "Vice-Chancellor"."""
    return "".join(ch for ch in title.lower() if ch.isalpha())


ACADEMIC_KINDS = ("university", "faculty", "school")
ADMINISTRATIVE_UNITS = ("Office", "Department", "Division")  # "the Office of International Cooperation"
NOT_ACADEMIC_KINDS = ("hospital", "company", "government", "laboratory")
INSTITUTION_KINDS = ("hospital", "university", "faculty", "school", "company", "center", "institute", "laboratory")


def delegation_of(ctx: ArticleContext, title_start: int) -> str | None:
    """"A delegation from X (XU), led by Rector Y, …": the organization that sent the group a title leads."""
    if ctx.lowers[max(0, title_start - 2) : title_start] not in (["led", "by"], ["headed", "by"]):
        return None

    def sends_group(org: OrgSpan) -> bool:  # "a delegation from (the) X"
        before = ctx.lowers[max(0, org.start - 3) : org.start]
        source = before[-1:] in (["from"], ["of"]) or before[-2:] in (["from", "the"], ["of", "the"])
        return source and not ctx.lex.group_nouns.isdisjoint(before)

    groups = [o for o in ctx.in_sentence(ctx.top_orgs, ctx.sent_of[title_start])
              if o.end <= title_start and sends_group(o)]
    return groups[-1].name if groups else None


MEMBERS_VERBS = ("were", "included", "comprised", "consisted", "was", "includes", "comprises")


def sending_org(ctx: ArticleContext, sentence: int) -> str | None:
    """The organization of the last "delegation of/from X" before the sentence (within three sentences)."""
    for index in range(sentence - 1, max(sentence - 4, -1), -1):
        sent = ctx.sentences[index]
        for d in range(sent.end - 2, sent.start - 1, -1):
            if ctx.lowers[d] in ("delegation", "team") and ctx.lowers[d + 1] in ("of", "from") \
                    and (org := ctx.org_at(d + 2)) is not None:
                return org.name
    return None


def attended_for(ctx: ArticleContext, person: PersonSpan, sent: Span) -> str | None:
    """"President A, Prof. B (Dean of …) and Prof. C attended the ceremony on behalf of X": the organization
    everyone listed before "on behalf of" came for (not past a signing verb or "with": "A signed with B on behalf
    of Y")."""
    behalf = next((i for i in range(person.end, sent.end - 2) if ctx.lowers[i : i + 2] == ["behalf", "of"]), None)
    if behalf is None or any(ctx.lowers[i] in ctx.lex.signed or ctx.lowers[i] == "with" for i in range(person.end, behalf)) \
            or ctx.lex.attending_verbs.isdisjoint(ctx.lowers[person.end : behalf]):
        return None  # (nor "signed by the Director, A, and on behalf of the Faculty by …": no verb of A's own)
    org = ctx.org_at(ctx.skip(behalf + 2, ("the",)))
    return org.name if org else None


def listed_delegation(ctx: ArticleContext, person_start: int) -> str | None:
    """"Members of the St. Ives delegation were A, Title; B, Title; and C", "The hosts on the X side were: …",
    "From X, Superintendent A, Deputy Superintendent B and … attended": the organization whose group a list of
    titled names makes up."""
    sent = ctx.sentences[ctx.sent_of[person_start]]
    if ctx.lowers[sent.start] == "from" and (org := ctx.org_at(ctx.skip(sent.start + 1, ("the",)))) is not None \
            and ctx.texts[org.end : org.end + 1] == [","] and org.end < person_start:
        return org.name
    if ctx.lowers[sent.start : sent.start + 2] == ["the", "delegation"] \
            and not {"included", "comprised", "consisted", "includes"}.isdisjoint(ctx.lowers[sent.start + 2 : person_start]):
        # "The delegation (, headed by X,) included …" (not "The delegation was received by …": the hosts)
        return sending_org(ctx, ctx.sent_of[person_start])  # "A delegation of X visited Y. The delegation included …"
    if ctx.lowers[sent.start] == "the" and (org := ctx.org_at(sent.start + 1)) is not None \
            and ctx.lowers[org.end : org.end + 1] in (["delegation"], ["delegates"], ["representatives"]) \
            and org.end + 1 < len(ctx.lowers) and ctx.lowers[org.end + 1] in MEMBERS_VERBS and org.end < person_start:
        return org.name  # "The FMU delegates included President A, Vice President B, …"
    if ";" not in ctx.texts[sent.start : person_start + 12]:
        return None
    for d in range(sent.start + 1, person_start - 1):
        if ctx.lowers[d] not in ("delegation", "side") \
                or not any(ctx.lowers[k] in MEMBERS_VERBS for k in range(d + 1, d + 3)):
            continue
        # "the St. Ives delegation", "the St. Colm's delegation": the organization, or the first words of its name
        possessive = ctx.texts[d - 1] in ("'s", "’s")
        end = d - 1 if possessive else d
        k = end
        while k > sent.start and is_capitalised(ctx.texts[k - 1]) and end - k < 4:
            k -= 1
        owner = ctx.org_ending_at(end) or (ctx.short_name_at(k, end=None if possessive else end) if k < end else None)
        return owner.name if owner else None
    return None


SUBNATIONAL = {"state", "provincial", "regional", "county", "district", "municipal"}


def ministry_of(ctx: ArticleContext, title: str) -> OrgSpan | None:
    """The article's "Ministry of F" (or "Ministry for F", "F Ministry") for the title "Minister of F", "Minister
    for F" or "F Minister" (a "Department of F" for a secretary), when the article names it."""
    words = title.split()
    post = next((w for w in words if w in ("Minister", "Secretary")), None)
    if post is None:
        return None
    at = words.index(post)
    field = " ".join(words[at + 2 :]) if words[at + 1 : at + 2] in (["of"], ["for"]) else " ".join(
        w for w in words[:at] if w[:1].isupper() and w.lower() not in ctx.lex.title_modifiers or w in ("and", "&"))
    if not field:
        return None
    # (a minister heads a department in some countries: "Minister of Health and Wellness", "Department of Health
    # and Wellness")
    # ("Cabinet Secretary for Health" heads a ministry in some countries too; a "State Secretary of Health" a state's
    # secretariat)
    subnational = not SUBNATIONAL.isdisjoint(w.lower() for w in words)
    bodies = ("Ministry",) if post == "Minister" else ("Department",) if subnational else ("Department", "Ministry")
    names = tuple(name for body in bodies for name in (f"{body} of {field}", f"{body} for {field}", f"{field} {body}"))
    departments = (f"Department of {field}", f"Department for {field}") if post == "Minister" else ()
    return next((o for o in ctx.top_orgs if o.name.endswith(names)), None) \
        or next((o for o in ctx.top_orgs if o.name.removeprefix("the ") in departments), None) \
        or next((o for o in ctx.top_orgs if post == "Minister" and o.name.startswith(names)
                 and nation_named(ctx, o.name, names)), None)  # (a "state secretary of health" is no nation's)


def nation_named(ctx: ArticleContext, name: str, fields: tuple[str, ...]) -> bool:
    """"Ministry of Health Malaysia", "Ministry of Health of the Republic of Lithuania" for "Ministry of Health": the
    words after the field name a country."""
    rest = next((name[len(f) :] for f in fields if name.startswith(f"{f} ")), "").strip()
    country = re.sub(r"^of (the )?(Republic of )?", "", rest)
    return country in ctx.lex.countries


def listed_org(ctx: ArticleContext, i: int) -> OrgSpan | None:
    """The organization at token i when it closes a list item: "…, Westmere Hospital;" or "…, X and"."""
    org = ctx.org_at(i)
    if org is None or org.end >= len(ctx.texts):
        return org
    # "NAME, Vice-Chancellor, SUHS, and NAME2, …", "…, Director, CIPS, at the CIPS campus"
    after_comma = ctx.texts[org.end] == "," and org.end + 1 < len(ctx.texts) and ctx.lowers[org.end + 1] in (
        "and", "at", "in", "on", "who", "while", "were", "was", "said", "along", "which", "whose", "where")
    # (also "…, Chairman, Majha Health Trust, which runs the hospital, and …")
    unit = is_unit_name(org.name, ctx.lex) or org.name.split()[-1] in ctx.lex.units  # also "Neonatology Department"
    if ctx.texts[org.end] == "," and unit and org.end + 1 < len(ctx.texts) \
            and ctx.org_at(org.end + 1) is not None and listed_org(ctx, org.end + 1) is not None:
        return org  # "Dr X, Head, Department of Geriatric Medicine, Tampines General Hospital."
    place = org.end + 1  # "…, Director, NITB-Centre for Vector Research, Madurai and Dr. Y, …": the town after it
    while place < min(org.end + 3, len(ctx.texts)) and is_capitalised(ctx.texts[place]) \
            and ctx.org_at(place) is None and ctx.person_at(place) is None:
        place += 1
    if ctx.texts[org.end] == "," and place > org.end + 1 and place < len(ctx.texts) \
            and (ctx.texts[place] in (";", ".") or ctx.lowers[place] == "and"):
        return org
    return org if ctx.texts[org.end] in (";", ".", ")") or ctx.lowers[org.end] == "and" or after_comma or \
        "\n" in ctx.words.spaces[org.end - 1] + ctx.texts[org.end] else None


def org_after_name(ctx: ArticleContext, person: PersonSpan) -> OrgSpan | None:
    """The organization in "Title NAME of X" or "Title NAME at X"."""
    if ctx.lowers[person.end : person.end + 1] not in (["of"], ["at"], ["from"]):
        return None
    return ctx.org_at(skip_anaphor(ctx, ctx.skip(person.end + 1, ("the",))))


def place_government(ctx: ArticleContext, i: int, after: bool = False) -> OrgSpan | None:
    """"Capiz Governor X", "Sabah State Secretary Y": the one government body of the article whose name holds the
    place written before the title (`after`: the place after the title's "of" at i, "the Mayor of Rybnik, X")."""
    k = i
    if after:
        while k < len(ctx.texts) and k - i < 3 and is_capitalised(ctx.texts[k]) and ctx.texts[k].isalpha() \
                and ctx.texts[k] not in ctx.lex.heads:
            k += 1
        i, k = k, i
    while not after and k > 0 and i - k < 3 and is_capitalised(ctx.texts[k - 1]) and ctx.texts[k - 1].isalpha() \
            and ctx.texts[k - 1] not in ctx.lex.heads:
        k -= 1
    place = set(ctx.texts[k:i])
    # ("State" after a place's own word is the government's: "the Okuta State Commissioner for Health, X")
    levels = place & {"State"} if len(place) > 1 else set()
    if not place - levels or any(w in ctx.lex.field_nouns or w.lower() in ctx.lex.title_modifiers for w in place - levels):
        return None  # (not "Provincial Health Director X", "State Minister X": words of the title)
    if any(" ".join(ctx.texts[k:i]) in o.aliases for o in ctx.top_orgs):
        return None  # "Unisanrafael rector X": a short name the article gave an organization, no place
    # a government, not one of its directorates or ministries
    bodies = {ctx.canonical.get(o.name, o.name): o for o in ctx.top_orgs if o.kind == "government"
              and place <= set(o.name.split()) and (not GOVERNMENTS.isdisjoint(o.name.lower().split())
                                                   or o.name.split()[-1].lower() in ctx.lex.government_levels
                                                   or o.name.split()[0].lower() in ctx.lex.local_government_nouns)}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


GOVERNMENTS = frozenset({"government", "council", "municipality", "governorate", "prefecture", "akimat"})


def unknown_org_after(ctx: ArticleContext, end: int) -> bool:
    """Does "of X" or "at the X" follow the title, with X capitalised: a name the article gives for the post's
    organization, where no organization was found? Then no other is guessed for it."""
    if ctx.lowers[end : end + 1] not in (["of"], ["at"]):
        return False
    k = ctx.skip(end + 1, ("the",))
    m = k
    while m < len(ctx.texts) and is_capitalised(ctx.texts[m]) and ctx.texts[m].isalpha():
        m += 1
    # two capitalised words or more, not a place ("of the Republic of Kazakhstan"), a person, or an owner ("of X's")
    # (nor "head of the International Cooperation Team of X": X is named after it)
    owner = ctx.org_at(ctx.skip(m + 1, ("the",))) if ctx.lowers[m : m + 1] in (["of"], ["at"]) else None
    return m - k >= 2 and owner is None and ctx.person_at(k) is None and ctx.texts[m : m + 1] not in (["'s"], ["’s"]) \
        and not {"GPE", "LOC"} & set(ctx.entity_labels[k:m])


def titled(ctx: ArticleContext, person: PersonSpan) -> bool:
    """Does a title of its own come right before the person ("Registrar Dr A", "the Registrar, Dr A", "the Rector
    of X, Prof. A")?"""
    def named_after(end: int) -> bool:
        return ctx.person_from(end) == person or (ctx.texts[end : end + 1] == [","] and ctx.person_from(end + 1) == person)

    def org_end(t: Span) -> int:
        org = ctx.org_at(ctx.skip(t.end, ("of", "at", "the"))) if ctx.lowers[t.end : t.end + 1] in (["of"], ["at"]) else None
        return org.end if org is not None else t.end

    def comma_end(t: Span) -> int:  # "the Director of the Academic Affairs Administration at the medical city, Dr. X"
        comma = next((k for k in range(t.end, min(t.end + 12, person.start)) if ctx.texts[k] == ","), t.end)
        # (a phrase of the title's own: no name or sentence end before the comma)
        if ctx.sent_of[comma] != ctx.sent_of[t.start] or any(t.end <= p.start < comma for p in ctx.people):
            return t.end
        return comma

    # (not a title after a name of its own: "Dr. A, Director of X, Prof. B, …" gives A the post, not B)
    return any(named_after(t.end) or ((named_after(org_end(t)) or named_after(comma_end(t)))
                                      and appositive_person(ctx, phrase_start(ctx, t.start, None)) is None)
               for t in ctx.titles if t.end <= person.start <= t.end + 12)


def named_before(ctx: ArticleContext, i: int) -> bool:
    """"Shanghai Mayor Gong Zheng": a place or other name fills the organization's slot."""
    return i > 0 and is_capitalised(ctx.texts[i - 1]) and not ctx.doc[i - 1].is_stop


def skip_anaphor(ctx: ArticleContext, i: int) -> int:
    """Past "hospital's" in "head of the hospital's Department of X": the unit is the organization. Past
    "provincial" in "Director of the provincial Department of Health": the province's named before. Past
    "Seattle-based" in "President and CEO of Seattle-based X": the town describes X."""
    if i + 1 < len(ctx.doc) and (ctx.lowers[i] in ctx.lex.kind_nouns or ctx.lowers[i] in ctx.lex.government_levels) \
            and ctx.texts[i + 1] in ("'s", "’s"):
        return i + 2  # (also "secretary of the state's Medical Education Department")
    if i + 1 < len(ctx.doc) and ctx.lowers[i] in ctx.lex.government_levels and ctx.org_at(i + 1) is not None:
        return i + 1
    if ctx.texts[i + 1 : i + 2] == ["-"] and ctx.lowers[i + 2 : i + 3] and ctx.lowers[i + 2] in ctx.lex.describing_participles:
        if ctx.org_at(i + 3) is not None:
            return i + 3  # "CEO of Seattle-based X": the town describes X
        if ctx.lowers[i + 3 : i + 4] and ctx.lowers[i + 3] in ctx.lex.company_nouns and ctx.org_at(i + 4) is not None:
            return i + 4  # "general manager of the Skopje-based company X"
    noun = next((k for k in range(i, min(i + 3, len(ctx.doc) - 1)) if ctx.lowers[k] in ctx.lex.company_nouns), None)
    if noun is not None and all(t.isalpha() and t.islower() for t in ctx.texts[i:noun]) and ctx.org_at(noun + 1):
        return noun + 1  # "chair of the patient foundation X": the noun describes X
    return i


def its_org(ctx: ArticleContext, title: Span) -> OrgSpan | None:
    """"SRUH, led by its President Dr. Kim": "its" is the organization named just before in the sentence."""
    if title.start == 0 or ctx.lowers[title.start - 1] != "its":
        return None
    if ctx.lowers[title.start - 2] == "by" and (org := represented_before(ctx, title.start)):
        return org  # "Medivion was represented by its CEO": the short name before "was represented"
    sentence = ctx.sent_of[title.start]
    earlier = [o for o in ctx.in_sentence(ctx.top_orgs, sentence) if o.end <= title.start]
    start = ctx.sentences[sentence].start
    candidates = sorted(earlier + by_noun_between(ctx, start, title.start), key=lambda o: o.end)
    if not candidates and title.start - 1 == start and sentence:  # "Its director, Dr X": the last sentence's
        # (or the one its common noun names: "The foundation has been active … Its executive director, X")
        last = ctx.sentences[sentence - 1]
        candidates = ctx.in_sentence(ctx.top_orgs, sentence - 1) or by_noun_between(ctx, last.start, last.end)
    return candidates[-1] if candidates else None


def by_noun_between(ctx: ArticleContext, start: int, end: int) -> list[OrgSpan]:
    """"on behalf of the university by its President": the organizations common nouns name between tokens start and
    end (or an adjective and the noun: "the French institute by its director general")."""
    return [o for k in range(start, end - 1) if ctx.lowers[k] == "the" and (
        o := ctx.named_by_noun(k + 1) or (ctx.named_by_noun(k + 2) if k + 2 < end else None))]


def shared_title_roles(ctx: ArticleContext) -> list[Role]:
    """"signed by Vice-Chancellors Dr. A of X, Prof. B of Y and Dr. C of Z": one title in the plural, a post
    at each organization of the list."""
    roles = []
    for i, lower in enumerate(ctx.lowers):
        if lower not in ctx.lex.plural_titles:
            continue
        # "Vice-Chancellors" is three tokens: the whole word is the title, not "Chancellors"
        hyphenated = i >= 2 and ctx.texts[i - 1] == "-" and f"{ctx.lowers[i - 2]}-{lower}" in ctx.lex.plural_titles
        title = ctx.lex.plural_titles[f"{ctx.lowers[i - 2]}-{lower}" if hyphenated else lower]
        if not ctx.texts[i - 2 if hyphenated else i][:1].isupper() or (i >= 1 and ctx.texts[i - 1] == "-" and not hyphenated):
            continue
        # "YUH Vice Presidents Sun Lei and Qiao Dongmei": the organization before the title, each name after it
        plural_start = start = i - 2 if hyphenated else i
        while start > 0 and ctx.lowers[start - 1] in ctx.lex.title_modifiers and ctx.texts[start - 1][:1].isupper():
            start -= 1  # "Vice Presidents"
        owner = ctx.org_ending_at(start)
        named = [p for p in [ctx.person_from(i + 1)] if p is not None]
        while owner is not None and named and ctx.lowers[named[-1].end : named[-1].end + 1] in (["and"], [","]) \
                and (more := ctx.person_from(named[-1].end + 1)) is not None:
            named.append(more)
        if owner is not None and len(named) >= 2:
            full = f"{ctx.title_text(start, plural_start)} {title}" if start < plural_start else title
            roles += [Role(p.name, full, owner.name, ctx.sent_of[i]) for p in named]
            continue
        k = i + 1
        while (person := ctx.person_from(k)) is not None and ctx.lowers[person.end : person.end + 1] in (["of"], ["at"]):
            org = ctx.org_at(ctx.skip(person.end + 1, ("the",)))
            if org is None:
                break
            roles.append(Role(person.name, title, org.name, ctx.sent_of[i]))
            k = org.end
            while k < len(ctx.texts) and ctx.texts[k] in (",", "and"):
                k += 1
    return roles


def ranks_before_posts(ctx: ArticleContext) -> list[Span]:
    """"NAME, Professor and Head, Department of X": an academic rank, after the name's comma, joined to a post."""
    ranks = []
    for title in ctx.titles:
        k = title.start - 2
        if k < 1 or ctx.lowers[k + 1] != "and" or ctx.lowers[k] != "professor":
            continue
        start = k
        while start > 1 and ctx.lowers[start - 1] in ctx.lex.academic_ranks:
            start -= 1  # "Associate Professor and Head"
        if ctx.texts[start - 1] == ",":
            ranks.append(ctx.doc[start : k + 1])
    return ranks


def listed_after(ctx: ArticleContext, title_start: int, roles: list[Role], sentence: int, recalled: set[str]) -> str | None:
    """The organization of the person listed just before a title ("X Registrar Dr A, Director Research Dr B"):
    "A, Title B" continues a list of one organization's people."""
    k = title_start - 1
    if k < 1 or ctx.texts[k] not in (",", ";", "and"):
        return None
    while k > 0 and ctx.texts[k] in (",", ";", "and"):
        k -= 1
    before = next((p for p in ctx.people if p.end == k + 1 and p.name not in recalled), None)
    # (or the sentence before: the parser may start one inside "X Pro-Vice-Chancellor (Research) Prof A")
    held = [r for r in roles if before and r.person == before.name and sentence - 1 <= r.sentence <= sentence]
    return held[-1].org if held else None


def short_name_before(ctx: ArticleContext, i: int) -> OrgSpan | None:
    """"Brookhollow board chair Raymond Tuttle": the first words of an organization's name before a title."""
    owned = ctx.texts[i - 1 : i] in (["'s"], ["’s"])  # "Prairie Lakes Children's President X"
    end = i - 1 if owned else i
    k, words = end, 0  # (a hyphened word is one word: "Hilal-e-Shifa CEO X")
    while k > 0 and words < 3 and is_capitalised(ctx.texts[start := ctx.word_start(k - 1)]) and ctx.texts[start].isalpha():
        k, words = start, words + 1
    if k == end:
        return None
    title = next((t for t in ctx.titles if t.start == i), None)
    placed = bool({"GPE", "LOC", "NORP"} & set(ctx.entity_labels[k:end]))
    if placed and (title is None or not ctx.lex.government_title_words.isdisjoint(ctx.lowers[title.start : title.end])):
        return None  # "Shanghai Mayor Gong Zheng": a place, though a university's name begins with it
    found = ctx.short_name_at(k, end=None if owned else i)
    if found is None or found.end != i or (placed and found.kind == "government"):
        return None  # (but "Kōwhai Chief Executive Officer Dr X", the model's place a company's first word)
    return found


def bracket_owner(ctx: ArticleContext, i: int) -> OrgSpan | None:
    """"Hanbit Hospital (Director Park)", "Sakura Pharma Co., Ltd. (Head Office: Tokyo; President: Kenji
    Tanaka)": the organization just before the brackets a title stands in."""
    k = i - 1
    while k > 0 and i - k < 12 and ctx.texts[k] not in ("(", ")"):
        k -= 1
    if k <= 0 or ctx.texts[k] != "(":
        return None
    # (the organization's span may hold the brackets: '(President: X; "NCKM")', a profile and its short name)
    return ctx.org_ending_at(k) or next((o for o in ctx.top_orgs if o.start < k < o.end), None)


def possessive_org(ctx: ArticleContext, i: int) -> OrgSpan | None:
    """"HKUST's President", and "the hospital's Chief of Oncology" for the last hospital named."""
    plural = i >= 2 and ctx.texts[i - 1] in ("'", "’") and ctx.texts[i - 2].endswith("s")  # "Karak Industries' CEO"
    if i < 2 or ctx.texts[i - 1] not in ("'s", "’s") and not plural:
        return None
    named = ctx.org_ending_at(i - 1)
    noun = i - 2
    if not named and is_capitalised(ctx.texts[noun]):
        start = noun
        while start > 0 and noun - start < 4 and (is_capitalised(ctx.texts[start - 1]) or (  # "Hollis-Brandt's"
                start > 1 and ctx.hyphenated(start - 1) and is_capitalised(ctx.texts[start - 2]))):
            start -= 2 if ctx.texts[start - 1] == "-" else 1
        named = ctx.short_name_at(start, end=noun + 1)  # "Lakeshore's vice president"
    if named or i < 3:
        return named
    if ctx.lowers[i - 3] == "the":
        return ctx.named_by_noun(noun, owner=True)
    if i >= 4 and ctx.lowers[i - 4] == "the" and ctx.texts[i - 3].isalpha() and ctx.texts[i - 3].islower():
        # "the health board's chief executive": the noun names it, its modifier helps pick which
        org = ctx.named_by_noun(noun, owner=True)
        return org if org is None or ctx.lowers[i - 3] in org.name.lower().split() else None
    if i >= 4 and ctx.lowers[i - 4] == "the" and nation_word(ctx, i - 3) \
            and (org := ctx.named_by_noun(noun, owner=True)) is not None \
            and len({ctx.canonical.get(o.name, o.name) for o in ctx.top_orgs if o.kind == org.kind}) == 1:
        return org  # "the Armenian institute's director-general": the article's one institute
    return None


def nation_word(ctx: ArticleContext, i: int) -> bool:
    """"the Armenian institute's": a nation's adjective, as the model or the lexicon reads it."""
    return ctx.entity_labels[i] == "NORP" or is_demonym(ctx.lex, ctx.texts[i])


def phrase_start(ctx: ArticleContext, title_start: int, before: OrgSpan | None) -> int:
    """Where "ORG Title" or "the hospital's Title" begins, to find the name in front of it."""
    if before is None:
        return title_start
    if before.end <= title_start - 1 and ctx.texts[title_start - 1] in ("'s", "’s") \
            and before.end != title_start - 1:
        return title_start - 2  # "the hospital's": the article is skipped by appositive_person
    if before.end not in (title_start, title_start - 1):
        return title_start
    if before.start >= 2 and ctx.lowers[before.start - 2] == "the" and ctx.texts[before.start - 1].isalpha() \
            and (ctx.texts[before.start - 1].islower() or nation_word(ctx, before.start - 1)):
        return before.start - 1  # "the health authority's", "the Armenian institute's": the noun's modifier too
    return before.start


def held_by_name_before(ctx: ArticleContext, title: Span) -> bool:
    """Is `title` the second of two joined posts whose holder is named before them? "A, Chairman and CEO of X, B,
    Managing Director of Y": B is not X's CEO (but in "The President and CEO of X, Dr. B" both posts are B's)."""
    first = next((t for t in ctx.titles if t.end == title.start - 1), None) \
        if title.start >= 2 and ctx.lowers[title.start - 1] in ("and", "&") else None
    return first is not None and appositive_person(ctx, phrase_start(ctx, first.start, None)) is not None


def appositive_person(ctx: ArticleContext, i: int) -> PersonSpan | None:
    """The person in "NAME, Title", "NAME, the Title" or "NAME, the current Title"."""
    j = i - 1
    while j >= 1 and ctx.lex.is_honorific(ctx.texts[j]) and ctx.texts[j - 1] in (",", "the"):
        j -= 1  # "H. G. Kotreshi, Hon'ble Vice-Chancellor, TUHS"
    if j >= 1 and ctx.lowers[j] in ("current", "present") \
            and ctx.lowers[j - 1] in ("the", "its"):
        j -= 1
    if j >= 0 and ctx.lowers[j] in ("the", "a", "an", "its"):
        j -= 1
    if j >= 1 and ctx.lowers[j] == "now" and ctx.texts[j - 1] == ",":
        j -= 1  # "with Bram Teunissen, now its chief technology officer"
    while j >= 2 and ctx.texts[j] == "," and ctx.texts[j - 1].replace(".", "") in ctx.lex.credentials \
            and ctx.texts[j - 2] == ",":
        j -= 2  # "Maria Duarte, M.D., superintendent of …", "Prof. Haruki Takeda, M.D., Ph.D., President of …"
    if j >= 1 and ctx.texts[j] == "," and ctx.texts[j - 1] in ctx.lex.credentials and ctx.texts[j - 1].isupper() \
            and any(p.end == j - 1 for p in ctx.people):
        return next(p for p in ctx.people if p.end == j - 1)  # "Ewan Dalgleish MSP, the Scottish Government's …"
    if j >= 0 and ctx.texts[j] in (",", "("):  # also "Ms. Jane Doe (Director, Harbor Nursing School)"
        if ctx.texts[j] == "," and ctx.texts[j - 1 : j] == [")"]:
            # a caption's "Dr X (2nd left), CEO of Y"; a name in its own script, "Lo Shu-fen (羅淑芬), deputy …"
            k = j - 2
            while k > 0 and j - k <= 5 and (ctx.lowers[k] in ctx.lex.caption_positions or not ctx.texts[k].isascii()):
                k -= 1
            j = k if k < j - 2 and ctx.texts[k] == "(" else j
        return next((p for p in ctx.people if p.end == j), None)
    if j >= 0 and "\n" in ctx.texts[j] and not ctx.texts[j].strip():
        # a signature block, "Media contact:\nJane Roe\nCommunications Manager, X": the name has a line of its own
        person = next((p for p in ctx.people if p.end == j), None)
        if person and (person.start == 0 or "\n" in ctx.texts[person.start - 1] or ctx.texts[person.start - 1] == ":"):
            return person
    return None


def field_then_org(ctx: ArticleContext, end: int) -> tuple[int, OrgSpan] | None:
    """After a title, "of Research at X", "for Global Health at X" or "of Veterinary Services in the Ministry of
    X": (end of the field, X)."""
    if ctx.lowers[end : end + 1] not in (["of"], ["for"]):
        return None
    k = end + 1

    def inside(i: int) -> bool:  # "in the Ministry of Agriculture" (not "Research in Oncology at X", nor a place:
        # "Provincial Medical Director for Masvingo in the Ministry")
        return ctx.lowers[i] == "in" and ctx.lowers[end] == "of" and ctx.org_at(ctx.skip(i + 1, ("the",))) is not None

    while k < min(end + 6, len(ctx.texts)) and ctx.texts[k].isalpha() and ctx.lowers[k] not in ("at", "of", "for") \
            and not inside(k):
        k += 1
    if ctx.lowers[k : k + 1] == ["for"]:  # "Deputy Director of Nursing for Education at SCHT": the field goes on
        at = next((i for i in range(k + 1, min(k + 5, len(ctx.texts))) if not ctx.texts[i].isalpha() or ctx.lowers[i] == "at"),
                  None)
        k = at if at is not None and ctx.lowers[at] == "at" and at > k + 1 else k
    if k == end + 1 or ctx.lowers[k : k + 1] not in (["at"], ["for"], ["in"]) or ctx.sent_of[k] != ctx.sent_of[end]:
        return None  # (also "Director of Research and Development for X Health Board")
    org = ctx.org_at(skip_anaphor(ctx, ctx.skip(k + 1, ("the",))))
    return (k, org) if org else None


def listed_posts_before_name(ctx: ArticleContext, roles: list[Role]) -> list[Role]:
    """"the company's founder, president and chief executive officer, Dr X", "its co-founder and CEO, Ms Y": the
    posts listed before the one a name follows are the same person's, at the same organization."""
    found = []
    chain: list[Span] = []
    for title in [*ctx.titles, None]:
        if title is not None and chain and 1 <= title.start - chain[-1].end <= 2 \
                and all(ctx.lowers[k] in (",", "and", "&") for k in range(chain[-1].end, title.start)):
            chain.append(title)
            continue
        if len(chain) >= 2 and ctx.texts[chain[-1].end : chain[-1].end + 1] == [","] \
                and (person := ctx.person_from(chain[-1].end + 1)) is not None:
            last = ctx.title_text(chain[-1].start, chain[-1].end)
            sentence = ctx.sent_of[chain[-1].start]
            org = next((r.org for r in roles if r.person == person.name and r.sentence == sentence
                        and title_key(r.title) == title_key(last)), None)
            owner = possessive_org(ctx, chain[0].start) or its_org(ctx, chain[0]) if org is None else None
            if org is not None:
                found += [Role(person.name, ctx.title_text(t.start, t.end), org, sentence, confidence=0.7)
                          for t in chain[:-1]]
            elif owner is not None:  # "the company's founder, president and CEO, Dr X": the owner before them all
                found += [Role(person.name, ctx.title_text(t.start, t.end), owner.name, sentence, confidence=0.7)
                          for t in chain]
        chain = [title] if title is not None else []
    return found


def chained_person(ctx: ArticleContext, title: Span, roles: list[Role]) -> str | None:
    j = title.start - 1
    if j < 1 or ctx.lowers[j] not in ("and", ","):
        return None
    org = ctx.org_ending_at(j)
    if not org:
        return None
    if ctx.lowers[j] == ",":
        # "Prof. A, Director of X Hospital, Dean of the Faculty of Medicine": a second post of the name before
        # the first (not "…, Director of X, Dean B and …", whose title is B's)
        after = after_title_acronym(ctx.doc, title.end)
        if ctx.person_at(after) is not None or (ctx.texts[after : after + 1] == [","]
                                                and ctx.person_at(after + 1) is not None):
            return None
        first = next((t for t in ctx.titles if t.end < org.start and org.start - t.end <= 2
                      and all(ctx.lowers[k] in ("of", "at", "the") for k in range(t.end, org.start))), None)
        person = appositive_person(ctx, first.start) if first is not None else None
        return person.name if person is not None and ctx.sent_of[person.start] == ctx.sent_of[title.start] else None
    for role in roles:
        if role.org == org.name and role.sentence == ctx.sent_of[title.start]:
            return role.person
    return None


def dash_joined(ctx: ArticleContext, title: Span) -> Span | None:
    """The title joined to this one by a spaced dash, as Kazakh and Russian releases join two posts of one person:
    "Chairman of the Board – Rector of X"."""
    k = title.start - 1
    if k < 1 or ctx.texts[k] not in ("–", "—", "-") or not (ctx.doc[k - 1].whitespace_ and ctx.doc[k].whitespace_):
        return None
    return next((t for t in ctx.titles if t.end == k), None)
