"""Doc → ArticleFacts: roles, agreements, events, visits and units, each with its sentence.

The patterns are the sentence shapes of press releases; spaCy types stop here.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from spacy.tokens import Doc, Span

from medcollab_kg import dates
from medcollab_kg.models import (
    Agreement,
    Alias,
    Article,
    ArticleFacts,
    Collaboration,
    Event,
    Mention,
    PartOf,
    Role,
    Signatory,
    Visit,
)
from medcollab_kg.nlp.components import (
    COUNTRIES,
    CREDENTIALS,
    LEADING,
    OrgSpan,
    PersonSpan,
    entities,
    is_capitalised,
    is_honorific,
    words,
)
from medcollab_kg.nlp.lexicon import COMPANY_SUFFIXES, UNITS, is_headline
from medcollab_kg.nlp.rules import load_rules

FACTS = load_rules("facts")
GOVERNING_BODIES = set(load_rules("organizations")["governing_bodies"])
AGREEMENT_HEADS = [tuple(h) for h in FACTS["agreement_heads"]]
HEADS_BY_FIRST_WORD: dict[str, list[tuple[str, ...]]] = {}  # in rule order, so the first match wins as before
for _head in AGREEMENT_HEADS:
    HEADS_BY_FIRST_WORD.setdefault(_head[0], []).append(_head)
AGREEMENT_MODIFIERS = set(FACTS["agreement_modifiers"])
SIGNING_VERBS = set(FACTS["signing_verbs"])
SIGNED_VERBS = set(FACTS["signed_verbs"])
CONDITIONAL_HEADS = set(FACTS["conditional_heads"])
UNREALISED = set(FACTS["unrealised"])
REALISED_BEFORE_TO = set(FACTS["realised_before_to"])
UNREALISED_MODIFIERS = set(FACTS["unrealised_modifiers"])
EVENT_HEADS: dict[str, str] = FACTS["event_heads"]
ORGANIZE_VERBS = set(FACTS["organize_verbs"])
PARTNER_CUES = set(FACTS["partner_cues"])
DEFINITE = {"the", "this", "that", "said"}
SIGNATORIES_HEADING = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:signatories|signed by)\s*:?\s*$", re.IGNORECASE)
NUMBERED_HEADING = re.compile(r"^\s*(?:\d+|[a-z])[.)]\s+\S")
TRUNCATION_CONNECTORS = {"of", "for", "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "für"}
POST_VERBS = {"heads": "Head", "leads": "Head", "directs": "Director", "chairs": "Chair"}
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
GROUPS = {"institutions", "partners", "universities", "hospitals", "organizations", "organisations", "parties",
          "sides", "members", "centres", "centers", "institutes"}
SIGNED = {"signed", "inked", "signs", "sign", "inks"}
# "the university delegation", "the hospital's team": a group of the organization the noun names
GROUP_NOUNS = {"delegation", "team", "side", "officials", "representatives", "leadership", "management", "staff",
               "delegates", "group"}
LIST_JOINERS = {"and", ",", "&", "the", "as", "well", "in", "of", "'s", "’s", "a", "an", "its", "also"}
# words that end a list of parties: another phrase begins ("… and B to develop", "… with C", "… which")
LIST_BREAKERS = {"to", "with", "for", "by", "which", "who", "that", "will", "would", "on", "at", "from", "signed",
                 "said", "has", "have", "is", "are", "was", "were", "while", "but", "or", "its", "their", "under",
                 "through", "into", "after", "before", "during", "between", "among"}
MINOR_WORDS = {"of", "the", "for", "and", "at", "in", "on", "to", "&"}  # kept lower case in a title: "Head of Nursing"
PASSIVE = {"was", "were", "been", "be", "is", "are", "being"}
DURATION = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s?-\s?(?:year|month)\b", re.IGNORECASE)
# "the hospital's Chief of Oncology": a common noun standing for the last organization of its kind
# "the ministry" for a government body, "the company" for a company
HEAD_NOUNS = {"government": ("ministry", "department", "commission", "authority", "agency", "government"),
              "company": ("company", "firm", "group", "corporation")}
KIND_NOUNS = {"hospital": "hospital", "university": "university", "institute": "institute", "school": "school",
              "faculty": "faculty", "centre": "center", "center": "center", "laboratory": "laboratory",
              "lab": "laboratory", "college": "university", "clinic": "hospital", "academy": "institute",
              "trust": "other", "foundation": "other"}


def extract_facts(doc: Doc, article: Article) -> ArticleFacts:
    """Everything one article says, as plain data."""
    return ArticleReader(doc, article).read()


@dataclass
class ArticleReader:
    doc: Doc
    article: Article
    sentences: list[Span] = field(init=False)
    sent_of: list[int] = field(init=False)
    date: str | None = field(init=False)

    def __post_init__(self) -> None:
        self.sentences = list(self.doc.sents)
        # token texts, read once for the components: spaCy makes a new Token object on every doc[i] and for
        # every token of a loop over a Span, and Span.text is such a loop
        self.words = words(self.doc)
        self.texts, self.lowers = self.words.texts, self.words.lowers
        self.raw_sentences = [self.words.text_of(s.start, s.end) for s in self.sentences]
        self.sentence_texts = [text.lower() for text in self.raw_sentences]
        self.sentence_words = [set(self.lowers[s.start : s.end]) for s in self.sentences]  # "does it say …?"
        self.sent_of = [0] * len(self.doc)
        for index, sent in enumerate(self.sentences):
            self.sent_of[sent.start : sent.end] = [index] * (sent.end - sent.start)
        self.date = self.article.date or dates.article_date(self.article.text)
        self.entity_labels = entities(self.doc).labels
        self.orgs: list[OrgSpan] = list(self.doc._.kg_orgs or [])
        self.people: list[PersonSpan] = self.with_surnames(self.not_org_names(list(self.doc._.kg_people or [])))
        self.top_orgs = [o for o in self.orgs if not o.nested]
        self.titles: list[Span] = list(self.doc.spans.get("kg_titles", []))
        # every name or acronym an organization has in this article → its first name
        self.canonical: dict[str, str] = {}
        for org in self.orgs:
            root = next((self.canonical[n] for n in (org.name, *org.aliases) if n in self.canonical), org.name)
            for n in (org.name, *org.aliases):
                self.canonical.setdefault(n, root)
        self.unit_parents: list[PartOf] = []  # units that a role phrase places in an organization
        # "Sahyadri Lifesciences" and "Sahyadri Lifesciences Pvt. Ltd.": one name, with and without its legal form
        plain = {without_legal_form(o.name): self.canonical.get(o.name, o.name) for o in self.orgs}
        for org in self.orgs:
            self.canonical[org.name] = plain.get(org.name, self.canonical.get(org.name, org.name))
        self.truncated = self.truncated_names()
        for short, long in self.truncated.items():
            self.canonical[short] = self.canonical.get(long, long)

    def not_org_names(self, people: list[PersonSpan]) -> list[PersonSpan]:
        """"Lakeshore Children's" for "Lakeshore Children's Medical Center": the first words of an organization's
        name, with no honorific, are that organization, not a person."""
        prefixes = {o.name.replace("’", "'") for o in self.orgs}
        names = {n.lower() for o in self.orgs for n in o.aliases}  # "Huaxia AI", defined as a short name
        return [p for p in people if is_honorific(self.texts[p.start]) or not (p.name.lower() in names or any(
            n.startswith((p.name + " ", p.name + "'s ")) for n in prefixes))]

    def with_surnames(self, people: list[PersonSpan]) -> list[PersonSpan]:
        """"Webb and Mehta signed": a bare surname of exactly one person named in full earlier in the article is
        that person, though the model did not tag it."""
        by_surname: dict[str, set[str]] = {}
        for p in people:
            parts = p.name.split()
            if not p.surname_only and len(parts) >= 2:
                for part in (parts[-1], parts[0]):  # "Hannah Webb" and "SUZUKI Takeshi" orders
                    by_surname.setdefault(part.lower(), set()).add(p.name)
        taken = {i for p in people for i in range(p.start, p.end)}
        first_full = {p.name: p.start for p in reversed(people) if not p.surname_only}
        found = []
        for i, lower in enumerate(self.lowers):
            names = by_surname.get(lower)
            if names is None or len(names) != 1 or i in taken or not is_capitalised(self.texts[i]):
                continue
            name = next(iter(names))
            if first_full[name] < i and (i + 1 >= len(self.texts) or not is_capitalised(self.texts[i + 1])):
                found.append(PersonSpan(i, i + 1, name))
        people = [p if not p.surname_only or len(by_surname.get(p.name.lower(), ())) != 1
                  else replace(p, name=next(iter(by_surname[p.name.lower()])), surname_only=False)
                  for p in people]
        return sorted(people + found, key=lambda p: p.start)

    def truncated_names(self) -> dict[str, str]:
        """"Instituto Costa Brava" in a headline for "Instituto Costa Brava de Medicina Tropical": a name
        that another in the article continues with a connector ("de", "of", "for") is that organization."""
        names = {o.name for o in self.orgs}
        found = {}
        for short in names:
            if len(short.split()) < 2:
                continue
            for long in names:
                rest = long[len(short) + 1 :].split() if long.startswith(short + " ") else []
                if rest and rest[0] in TRUNCATION_CONNECTORS:
                    found[short] = long
        return found

    def text_of(self, sent: Span) -> str:
        return self.raw_sentences[self.sent_of[sent.start]]

    def title_text(self, start: int, end: int) -> str:
        return title_text(self.words.text_of(start, end))

    # ------------------------------------------------------------ whole article

    def read(self) -> ArticleFacts:
        roles = self.roles()
        agreements = self.agreements(roles)
        events = self.events(agreements)
        return ArticleFacts(
            document=self.article.name,
            path=self.article.path,
            sha256=self.article.sha256,
            title=self.article.title or self.headline(),
            date=self.date,
            sentences=tuple(" ".join(text.split()) for text in self.raw_sentences),  # spaces collapsed
            mentions=tuple(dict.fromkeys(self.mentions())),
            aliases=tuple(dict.fromkeys(self.aliases())),
            roles=tuple(dict.fromkeys(roles)),
            agreements=tuple(agreements),
            part_of=tuple(dict.fromkeys([
                *(PartOf(o.name, o.parent, self.sent_of[o.start]) for o in self.orgs if o.parent),
                *self.unit_parents])),
            events=tuple(events),
            visits=tuple(dict.fromkeys(self.visits())),
            collaborations=tuple(dict.fromkeys(self.collaborations(agreements, events))),
        )

    def headline(self) -> str | None:
        """The first short line of four words or more: page furniture ("Events & News", "Focus") is shorter,
        body paragraphs are longer."""
        for line in self.article.text.strip().splitlines()[:8]:
            line = line.strip()
            if len(line) >= 200:
                return None
            if len(line.split()) >= 4:
                return line
        return None

    def mentions(self) -> Iterable[Mention]:
        for person in self.people:
            yield Mention(person.name, "person", self.sent_of[person.start])
        for org in self.orgs:
            yield Mention(org.name, "org", self.sent_of[org.start], org.kind)
        for ent in self.doc.ents:
            if ent.label_ == "GPE":
                yield Mention(ent.text, "place", self.sent_of[ent.start])

    def aliases(self) -> Iterable[Alias]:
        for org in self.orgs:
            for alias in org.aliases:
                yield Alias(alias, org.name, self.sent_of[org.start])
            if org.name in self.truncated:
                yield Alias(org.name, self.truncated[org.name], self.sent_of[org.start])

    # ------------------------------------------------------------ lookups

    def person_at(self, i: int) -> PersonSpan | None:
        return next((p for p in self.people if p.start == i), None)

    def org_at(self, i: int) -> OrgSpan | None:
        """The organization whose phrase starts at token i (skipping "the"), or that a short name there means."""
        definite = (i < len(self.doc) and self.lowers[i] in ("the", "its", "their")) or (
            i > 0 and self.lowers[i - 1] in ("the", "its", "their"))
        while i < len(self.doc) and self.lowers[i] in ("the", "its", "their"):
            i += 1
        return next((o for o in self.top_orgs if o.start == i), None) or self.short_name_at(i) or (
            self.named_by_noun(i) if definite else None)

    def nouns_named(self, sentence: int) -> set[str]:
        """The organizations "the university", "the hospital's" … name in a sentence ("The university delegation
        was led by the Vice-Chancellor, Professor X")."""
        sent = self.sentences[sentence]
        return {org.name for k in range(sent.start, sent.end - 1) if self.lowers[k] == "the"
                and (org := self.named_by_noun(k + 1, owner=True))}

    def named_by_noun(self, i: int, owner: bool = False) -> OrgSpan | None:
        """"on behalf of the cluster", "at the university": a common noun after "the" names the organization
        last mentioned whose name holds it (or is of its kind). `owner`: "the hospital's" names it too."""
        if i + 1 > len(self.doc) or not self.texts[i].isalpha():
            return None
        noun = self.lowers[i]
        nxt = i + 1
        if not owner and nxt < len(self.doc) and self.texts[nxt] in ("'s", "’s"):
            return None  # "the university's hospital" is not the university
        if nxt < len(self.doc) and self.texts[nxt].isalpha() and not self.doc[nxt].is_stop \
                and not any(t.start == nxt for t in self.titles) and self.lowers[nxt] not in GROUP_NOUNS:
            return None  # "the university hospitals": a longer phrase (but "hospital President X" is the hospital)
        kind = KIND_NOUNS.get(noun)
        # a word of the name ("the trust" for "… NHS Foundation Trust") or the kind ("the university"); "other" is
        # no kind to match
        earlier = [o for o in self.top_orgs if o.end <= i and (
            noun in o.name.lower().split() or (kind not in (None, "other") and o.kind == kind)
            or noun in HEAD_NOUNS.get(o.kind, ()))]
        if not earlier:
            return None
        last = earlier[-1]
        return OrgSpan(i, i + 1, last.name, last.kind)

    def org_ending_at(self, i: int) -> OrgSpan | None:
        return next((o for o in self.top_orgs if o.end == i), None)

    def short_name_at(self, i: int, end: int | None = None) -> OrgSpan | None:
        """"Lakeshore's", "Severnside", "Lakeshore Children's": the first words of exactly one organization's
        name in the article stand for it. Reads capitalised words from i (up to `end`)."""
        words: list[str] = []
        k = i
        while k < (end or len(self.doc)) and is_capitalised(self.texts[k]) and len(words) < 4:
            words.append(self.texts[k])
            k += 1
        if not words:
            return None
        if end is None and k < len(self.doc) and self.texts[k] in ("'s", "’s"):
            words[-1] += "'s"  # "Lakeshore Children's" names "Lakeshore Children's Medical Center"
            k += 1
        matches = {o.name: o for o in self.top_orgs if not o.nested and len(o.name.split()) > len(words)
                   and o.name.replace("’", "'").split()[: len(words)] == words}
        # one organization, maybe written with and without its legal form ("Vedanta Lifesciences (Pvt. Ltd.)")
        if len({self.canonical.get(name, name) for name in matches}) != 1:
            return None
        org = max(matches.values(), key=lambda o: len(o.name))
        return OrgSpan(i, k, org.name, org.kind)  # here, under the full name

    def in_sentence(self, items: Iterable, index: int) -> list:
        return [x for x in items if self.sent_of[x.start] == index]

    def skip(self, i: int, words: Iterable[str]) -> int:
        words = set(words)
        while i < len(self.doc) and self.lowers[i] in words:
            i += 1
        return i

    # ------------------------------------------------------------ roles

    def roles(self) -> list[Role]:
        roles: list[Role] = []
        pending: list[tuple[PersonSpan, str, int]] = []
        for title in self.titles:
            text = self.title_text(title.start, title.end)
            sentence = self.sent_of[title.start]
            field_at = next((i for i in range(title.start + 1, title.end) if self.lowers[i] in ("of", "for")), None)
            short = self.short_name_at(field_at + 1, end=title.end) if field_at is not None else None
            if short is not None:  # "the Chief Executive of Severnside": the field is the organization's short name
                text = self.title_text(title.start, field_at)
            before = self.org_ending_at(title.start) or self.possessive_org(title.start) or self.its_org(title) \
                or (self.org_ending_at(title.start - 1) if self.texts[title.start - 1] == "(" else None) \
                or (self.named_by_noun(title.start - 1) if title.start and self.texts[title.start - 1].islower()
                    and self.lowers[title.start - 1] in KIND_NOUNS else None)  # "hospital President WANG Xiaomei"
            # "Hanbit University Hospital (Director Park Ji-hoon)": the title in brackets after the organization
            after_i = self.skip_anaphor(self.skip(title.end, ("of", "at", "the")))
            after = short or (self.org_at(after_i) if after_i > title.end else None)
            if after is None and (field := self.field_then_org(title.end)):  # "Dean of Research at TIMS"
                text, after = self.title_text(title.start, field[0]), field[1]
            if after is None and before is None and self.texts[title.end : title.end + 1] == [","] \
                    and self.person_at(title.end + 1) is None:
                after = self.listed_org(title.end + 1)  # a caption's "NAME, Title, ORG;"
            body = after.aliases[0] if after and after.parent and after.aliases else after.name if after else ""
            if after and last_word(body) in GOVERNING_BODIES and (before or after.parent):
                # "PUMCH Secretary of the Party Committee Prof. WU Peixin", "Secretary of the Party Committee
                # of SNBH": the body belongs to the title, the organization is the one around it
                title_end = after.end
                text = f"{text} of the {body}"
                after = None if before else next((o for o in self.orgs if o.name == after.parent
                                                  and o.nested and o.end == title_end), None)
            else:
                title_end = after.end if after else title.end
            person_after = self.person_at(title_end)
            person_before = self.appositive_person(self.phrase_start(title.start, before))
            if person_after is None and person_before is None and self.texts[title_end : title_end + 1] == [","]:
                person_after = self.person_at(title_end + 1)  # "The rector of UFSV, Professor João …"
            if after is None and before is None and (ministry := self.ministry_of(text)):
                after = ministry  # "Minister of Health and Social Protection X": the ministry of that name
            late = self.org_after_name(person_after) if person_after and not (before or after) else None
            if late:  # "Chief Executive Officer Anna Keller of Roche Diagnostics AG"
                roles.append(Role(person_after.name, text, late.name, sentence))
            elif person_after and before and after and after.parent is None and is_unit_name(after.name):
                # "PSMC Dean of the College of Medicine Dr. X": the post is at the unit, the unit is the
                # organization's
                roles.append(Role(person_after.name, text, after.name, sentence))
                self.unit_parents.append(PartOf(after.name, before.name, sentence))
            elif person_after and before:  # "HKUST President Prof. Nancy IP"
                roles.append(Role(person_after.name, text, before.name, sentence))
            elif person_after and after:  # "Acting Head of Division … Prof. ZHANG Qian"
                roles.append(Role(person_after.name, text, after.name, sentence))
            elif person_before and after:  # "LIU Enmei, Vice President of CQMU"
                roles.append(Role(person_before.name, text, after.name, sentence))
            elif person_before and before:  # "Nancy Ip, the HKUST's President"
                roles.append(Role(person_before.name, text, before.name, sentence))
            elif person_after and not after and not self.named_before(title.start):
                # "President Prof. Zhang Shuyang": the organization is in the sentence
                pending.append((person_after, text, sentence))
            elif person_before and not after and not before and not person_after \
                    and self.lowers[title.end : title.end + 1] != ["and"]:  # not "co-founder and CEO of X"
                pending.append((person_before, text, sentence))  # "Ana Ruiz, Dean, said …"
        # "Founding President of A and Director of B": the second title follows the first role's organization
        for title in self.titles:
            person = self.chained_person(title, roles)
            after = self.org_at(self.skip(title.end, ("of", "at", "the")))
            if person and after:
                roles.append(Role(person, self.title_text(title.start, title.end), after.name,
                                  self.sent_of[title.start]))
        # "NAME, Vice President for Research and Dean of the College of Medicine at WUHS": the first title is
        # held at the institution the second one's unit belongs to
        for first, second in zip(self.titles, self.titles[1:], strict=False):
            if second.start != first.end + 1 or self.lowers[first.end] != "and":
                continue
            person = self.appositive_person(first.start)
            org = self.org_at(self.skip(second.end, ("of", "at", "the")))
            if person is None and org is None and (before := self.org_ending_at(first.start)):
                # "Lakeview Health Network President and CEO Andrea MacPhail": two posts at the organization
                person, org = self.person_at(second.end), before
            if person and org is None and (party := self.represented(person)):
                # "on behalf of LU by Professor X, Vice-Chancellor and Principal"
                org = next((o for o in self.top_orgs if o.name == party), None)
            if person and org:
                sentence = self.sent_of[first.start]
                if org.parent:  # two posts: the unit's and the institution's
                    roles.append(Role(person.name, self.title_text(second.start, second.end), org.name, sentence))
                    roles.append(Role(person.name, self.title_text(first.start, first.end), org.parent, sentence,
                                      0.7))
                else:  # "Senior Vice President and Chief Medical Officer of X": two posts at X
                    roles.append(Role(person.name, self.title_text(first.start, first.end), org.name, sentence))
                    roles.append(Role(person.name, self.title_text(second.start, second.end), org.name, sentence))
        for person, text, sentence in pending:
            known = next((r for r in roles if r.person == person.name and r.title.lower() == text.lower()), None)
            if known:  # "CEO Lee said": the post named in full earlier, not a new one
                roles.append(Role(person.name, text, known.org, sentence, confidence=0.7))
                continue
            candidates = {o.name for o in self.in_sentence(self.top_orgs, sentence)} or self.nouns_named(sentence)
            if not candidates and sentence:  # the parser may cut a list of names from its sentence
                candidates = {o.name for o in self.in_sentence(self.top_orgs, sentence - 1)} \
                    or self.nouns_named(sentence - 1)
            # "signed by the Chief Medical Director, Prof. X, on behalf of OUTH": the organization X signs for
            later = [p.start for p in self.people if p.start > person.end]
            signs_for = self.represented(person) or self.signed_for(
                person.end, min([*later, self.sentences[sentence].end]))
            if signs_for:  # the party the person signs for, though another organization is in the sentence
                candidates = {signs_for}
            if len(candidates) == 1:
                roles.append(Role(person.name, text, candidates.pop(), sentence, confidence=0.7))
        # "Dr. Tom Reyes, who heads the Department of Infectious Diseases": the post told by its verb
        for person in self.people:
            at = person.end
            if self.lowers[at : at + 2] == [",", "who"]:
                verb = at + 3 if self.lowers[at + 2 : at + 3] == ["also"] else at + 2
                title = POST_VERBS.get(self.lowers[verb]) if verb < len(self.lowers) else None
                org = self.org_at(verb + 1) if title else None
                if org and not person.surname_only:
                    roles.append(Role(person.name, title, org.name, self.sent_of[at], confidence=0.7))
        return roles

    def ministry_of(self, title: str) -> OrgSpan | None:
        """The article's "Ministry of F" for the title "Minister of F" (or "Secretary of F" for a "Department of
        F"), when the article names it."""
        head, _, field = title.partition(" of ")
        if not field or head.split()[-1] not in ("Minister", "Secretary"):
            return None
        body = "Ministry" if head.split()[-1] == "Minister" else "Department"
        return next((o for o in self.top_orgs if o.name.endswith(f"{body} of {field}")), None)

    def listed_org(self, i: int) -> OrgSpan | None:
        """The organization at token i when it closes a list item: "…, Westmere Hospital;" or "…, X and"."""
        org = self.org_at(i)
        if org is None or org.end >= len(self.texts):
            return org
        return org if self.texts[org.end] in (";", ".", ")") or self.lowers[org.end] == "and" or \
            "\n" in self.words.spaces[org.end - 1] + self.texts[org.end] else None

    def org_after_name(self, person: PersonSpan) -> OrgSpan | None:
        """The organization in "Title NAME of X" or "Title NAME at X"."""
        if self.lowers[person.end : person.end + 1] not in (["of"], ["at"], ["from"]):
            return None
        return self.org_at(self.skip_anaphor(self.skip(person.end + 1, ("the",))))

    def named_before(self, i: int) -> bool:
        """"Shanghai Mayor Gong Zheng": a place or other name fills the organization's slot."""
        return i > 0 and is_capitalised(self.texts[i - 1]) and not self.doc[i - 1].is_stop

    def skip_anaphor(self, i: int) -> int:
        """Past "hospital's" in "head of the hospital's Department of X": the unit is the organization."""
        if i + 1 < len(self.doc) and self.lowers[i] in KIND_NOUNS and self.texts[i + 1] in ("'s", "’s"):
            return i + 2
        return i

    def its_org(self, title: Span) -> OrgSpan | None:
        """"SRUH, led by its President Dr. Kim": "its" is the organization named just before in the sentence."""
        if title.start == 0 or self.lowers[title.start - 1] != "its":
            return None
        sentence = self.sent_of[title.start]
        earlier = [o for o in self.in_sentence(self.top_orgs, sentence) if o.end <= title.start]
        # "on behalf of the university by its President": the organization a common noun names
        start = self.sentences[sentence].start
        # (or an adjective and the noun: "the French institute by its director general")
        by_noun = [o for k in range(start, title.start - 1) if self.lowers[k] == "the" and (
            o := self.named_by_noun(k + 1) or (self.named_by_noun(k + 2) if k + 2 < title.start else None))]
        candidates = sorted(earlier + by_noun, key=lambda o: o.end)
        return candidates[-1] if candidates else None

    def possessive_org(self, i: int) -> OrgSpan | None:
        """"HKUST's President", and "the hospital's Chief of Oncology" for the last hospital named."""
        if i < 2 or self.texts[i - 1] not in ("'s", "’s"):
            return None
        named = self.org_ending_at(i - 1)
        noun = i - 2
        if not named and is_capitalised(self.texts[noun]):
            start = noun
            while start > 0 and is_capitalised(self.texts[start - 1]) and noun - start < 3:
                start -= 1
            named = self.short_name_at(start, end=noun + 1)  # "Lakeshore's vice president"
        if named or i < 3 or self.lowers[i - 3] != "the":
            return named
        return self.named_by_noun(noun, owner=True)

    def phrase_start(self, title_start: int, before: OrgSpan | None) -> int:
        """Where "ORG Title" or "the hospital's Title" begins, to find the name in front of it."""
        if before is None:
            return title_start
        if before.end <= title_start - 1 and self.texts[title_start - 1] in ("'s", "’s") \
                and before.end != title_start - 1:
            return title_start - 2  # "the hospital's": the article is skipped by appositive_person
        return before.start if before.end in (title_start, title_start - 1) else title_start

    def appositive_person(self, i: int) -> PersonSpan | None:
        """The person in "NAME, Title" or "NAME, the Title"."""
        j = i - 1
        if j >= 0 and self.lowers[j] == "the":
            j -= 1
        if j >= 2 and self.texts[j] == "," and self.texts[j - 1].replace(".", "") in CREDENTIALS \
                and self.texts[j - 2] == ",":
            j -= 2  # "Maria Duarte, M.D., superintendent of …"
        if j >= 0 and self.texts[j] == ",":
            return next((p for p in self.people if p.end == j), None)
        return None

    def field_then_org(self, end: int) -> tuple[int, OrgSpan] | None:
        """After a title, "of Research at X" or "for Global Health at X": (end of the field, X)."""
        if self.lowers[end : end + 1] not in (["of"], ["for"]):
            return None
        k = end + 1
        while k < min(end + 6, len(self.texts)) and self.texts[k].isalpha() and self.lowers[k] not in ("at", "of"):
            k += 1
        if k == end + 1 or self.lowers[k : k + 1] != ["at"] or self.sent_of[k] != self.sent_of[end]:
            return None
        org = self.org_at(self.skip_anaphor(self.skip(k + 1, ("the",))))
        return (k, org) if org else None

    def chained_person(self, title: Span, roles: list[Role]) -> str | None:
        j = title.start - 1
        if j < 1 or self.lowers[j] != "and":
            return None
        org = self.org_ending_at(j)
        if not org:
            return None
        for role in roles:
            if role.org == org.name and role.sentence == self.sent_of[title.start]:
                return role.person
        return None

    # ------------------------------------------------------------ agreements

    def agreement_mentions(self) -> Iterable[tuple[int, int]]:
        """(start, end) of each agreement phrase, modifiers included."""
        lowers = self.lowers
        i = 0
        while i < len(lowers):
            if lowers[i] not in HEADS_BY_FIRST_WORD:  # most words begin no agreement's name: look no further
                i += 1
                continue
            head = next((h for h in HEADS_BY_FIRST_WORD[lowers[i]] if tuple(lowers[i : i + len(h)]) == h), None)
            if head is None:
                i += 1
                continue
            start = i
            while start > 0 and (lowers[start - 1] in AGREEMENT_MODIFIERS or self.hyphenated(start - 1)):
                start -= 1  # "strategic cooperation", "sister-hospital", "three-party"
            if start == 0 or lowers[start - 1] not in UNREALISED_MODIFIERS:  # "a possible partnership": not yet one
                yield start, i + len(head)
            i += len(head)

    def hyphenated(self, i: int) -> bool:
        """Token i belongs to a hyphenated word: "data" or "-" in "data-sharing"."""
        texts, spaces = self.texts, self.words.spaces
        if texts[i] == "-":
            return not spaces[i] and i > 0 and not spaces[i - 1]
        return i + 1 < len(texts) and texts[i + 1] == "-" and not spaces[i] and texts[i].isalpha()

    def agreements(self, roles: list[Role]) -> list[Agreement]:
        found: list[Agreement] = []
        # "A Kenyan hospital and a Saudi medical city signed a letter of intent": parties told by description
        described: Agreement | None = None
        for start, end in self.agreement_mentions():
            index = self.sent_of[start]
            sent = self.sentences[index]
            words = self.sentence_words[index]
            title = re.sub(r"\s+", " ", self.words.text_of(start, end))  # as written: "data-sharing agreement"
            kind = title.lower()
            if self.lowers[end - 1] in CONDITIONAL_HEADS and words.isdisjoint(SIGNED_VERBS):
                continue  # "a long partnership": a partnership is an agreement only when signed
            if self.unrealised(sent):
                continue  # "plan to sign an agreement next year"
            duration = self.duration(sent)
            parties = self.parties(sent, end)
            signatories, witnesses = self.signers(sent, roles)
            definite = start > 0 and self.lowers[start - 1] in DEFINITE
            signed_for = list(dict.fromkeys(s.org for s in signatories if s.org))
            if len(parties) < 2 and not definite and len(signed_for) >= 2:
                parties = signed_for  # "SHUH Director KIM Tae-hoon and OKMU President Prof. X signed an agreement"
            if len(parties) < 2:
                # "The agreement was signed by …": details of an agreement already named
                if found and (definite or not signatories):
                    last = found[-1]
                    found[-1] = replace(
                        last,
                        title=better_title(last.title, title),
                        kind=better_title(last.kind, kind),
                        signatories=last.signatories + signatories if definite else last.signatories,
                        witnesses=last.witnesses + witnesses if definite else last.witnesses,
                        duration=last.duration or duration,
                        sentences=tuple(dict.fromkeys(last.sentences + (index,))),
                    )
                elif not found and described is None and words & SIGNED:
                    described = Agreement(kind=kind, title=title, parties=(), signatories=(), witnesses=(),
                                          date=dates.first_date(self.text_of(sent)) or self.date,
                                          place=self.place(sent), duration=duration, sentences=(index,))
                continue
            cue = any(self.phrase_end(sent, c) is not None for c in FACTS["party_cues"])
            if not (words & SIGNING_VERBS or "according" in words or "under" in words or cue):
                continue
            agreement = Agreement(
                kind=kind, title=title, parties=tuple(parties), signatories=signatories, witnesses=witnesses,
                date=dates.first_date(self.text_of(sent)) or self.date, place=self.place(sent), duration=duration,
                sentences=(index,),
            )
            same = next((a for a in found if self.same_orgs(a.parties, parties)), None)
            if same:
                found[found.index(same)] = replace(
                    same, title=better_title(same.title, title), kind=better_title(same.kind, kind),
                    signatories=same.signatories + signatories, witnesses=same.witnesses + witnesses,
                    place=same.place or agreement.place, duration=same.duration or duration,
                    sentences=tuple(dict.fromkeys(same.sentences + (index,))))
            else:
                found.append(agreement)
        if not found and described is not None:
            found = self.parties_from_signers(described, roles)
        found = self.attach_signing_details(self.merge_partial(found), roles)
        found = self.listed_signatories(found)
        return [self.finish_agreement(a, roles) for a in found]

    def unrealised(self, sent: Span) -> bool:
        """Every signing verb in the sentence is a plan: "will sign", "plan to sign", "is expected to be signed"."""
        lowers = self.lowers
        verbs = [i for i in range(sent.start, sent.end) if lowers[i] in SIGNED_VERBS]
        if not verbs:
            return False

        def planned(i: int) -> bool:
            for k in range(max(sent.start, i - 3), i):
                if lowers[k] in UNREALISED and not (
                        lowers[k] == "to" and k > sent.start and lowers[k - 1] in REALISED_BEFORE_TO):
                    return True
            return False

        return all(planned(i) for i in verbs)

    def merge_partial(self, found: list[Agreement]) -> list[Agreement]:
        """A headline naming two of three parties tells of the same agreement, not another one."""
        merged: list[Agreement] = []
        for agreement in sorted(found, key=lambda a: (-len(a.parties), self.from_headline(a))):
            mine = {self.canonical.get(p, p) for p in agreement.parties}
            whole = next((m for m in merged if mine < {self.canonical.get(p, p) for p in m.parties}), None)
            if whole is None and self.from_headline(agreement):
                # "The Orchard Institute and the Santa Lucia University Polyclinic sign a research partnership
                # agreement" over a text naming "the Policlinico Universitario Santa Lucia": one party and the
                # kind in common, so the same agreement, named by the text's parties
                whole = next((m for m in merged if m.kind == agreement.kind and not self.from_headline(m)
                              and mine & {self.canonical.get(p, p) for p in m.parties}), None)
            if whole is None:
                merged.append(agreement)
                continue
            merged[merged.index(whole)] = replace(
                whole, title=better_title(whole.title, agreement.title), kind=better_title(whole.kind, agreement.kind),
                signatories=whole.signatories + agreement.signatories, witnesses=whole.witnesses + agreement.witnesses,
                place=whole.place or agreement.place, duration=whole.duration or agreement.duration,
                sentences=tuple(sorted(set(whole.sentences + agreement.sentences))))
        return sorted(merged, key=lambda a: min(a.sentences))

    def from_headline(self, agreement: Agreement) -> bool:
        """Named only in a headline: a line that does not end like a sentence."""
        return all(is_headline(self.raw_sentences[i]) for i in agreement.sentences)

    def parties_from_signers(self, agreement: Agreement, roles: list[Role]) -> list[Agreement]:
        """"The letter was signed by Dr. A, chief executive of X, and Dr. B, director at Y": when the agreement
        was named with its parties only described, the next sentences' signatories tell who they are."""
        first = agreement.sentences[0]
        for index in range(first + 1, min(first + 3, len(self.sentences))):
            sent = self.sentences[index]
            if self.signed_by(sent) is None:
                continue
            signatories, witnesses = self.signers(sent, roles)
            parties = list(dict.fromkeys(s.org for s in signatories if s.org))
            if len(parties) >= 2:
                return [replace(agreement, parties=tuple(parties), signatories=signatories, witnesses=witnesses,
                                place=self.place(sent) or agreement.place, sentences=(first, index))]
        return []

    def listed_signatories(self, found: list[Agreement]) -> list[Agreement]:
        """A notice's "1. Signatories" heading, then "- For X: Prof. A, Director of X;" items: the people listed
        signed the agreement named before it, each for the party their item names."""
        for index, text in enumerate(self.raw_sentences):
            earlier = [a for a in found if min(a.sentences) < index] if SIGNATORIES_HEADING.match(text) else []
            if not earlier:
                continue
            signatories, party = [], None
            for k in range(index + 1, min(index + 9, len(self.sentences))):
                sent = self.sentences[k]
                if NUMBERED_HEADING.match(self.raw_sentences[k]):
                    break
                at = self.phrase_end(sent, "for")
                if at is not None and at - sent.start <= 2 and (org := self.org_at(at)):
                    party = org.name
                signatories += [Signatory(p.name, party) for p in self.people
                                if sent.start <= p.start < sent.end and not p.surname_only]
                if self.raw_sentences[k].endswith("\n\n"):  # the list's paragraph ends
                    break
            last = earlier[-1]
            found[found.index(last)] = replace(last, signatories=last.signatories + tuple(signatories))
        return found

    def attach_signing_details(self, found: list[Agreement], roles: list[Role]) -> list[Agreement]:
        """"The signing was witnessed by …": a sentence about the signing names no agreement; it belongs to the
        last agreement named before it."""
        cues = tuple(FACTS["witness_cues"]) + tuple(FACTS["signed_for"]) + ("witnessed",)
        used = {i for a in found for i in a.sentences}
        for index, sent in enumerate(self.sentences):
            text = self.sentence_texts[index]
            # "B signed contracts with …": people signing another document named here are not this one's
            signing = self.signed_by(sent) is not None or "represented by" in text \
                or text.startswith(("signing for", "signing on behalf")) or (self.names_sign(sent) and not any(
                self.sent_of[start] == index and self.lowers[start - 1] not in DEFINITE
                for start, _ in self.agreement_mentions()))
            if index in used or not (any(cue in text for cue in cues) or "witness" in text or signing):  # noqa: E501
                continue
            earlier = [a for a in found if min(a.sentences) < index]
            if not earlier:
                continue
            signatories, witnesses = self.signers(sent, roles)
            if not signing and not any(cue in text for cue in FACTS["signed_for"]):
                signatories = ()
            last = earlier[-1]
            found[found.index(last)] = replace(last, signatories=last.signatories + signatories,
                                                witnesses=last.witnesses + witnesses,
                                                sentences=last.sentences + (index,))
        return found

    def finish_agreement(self, agreement: Agreement, roles: list[Role]) -> Agreement:
        """Signatories sign for the party they hold a role at; nobody is both signatory and witness."""
        signed: dict[str, Signatory] = {}
        for s in agreement.signatories:
            org = s.org or next((r.org for r in roles if r.person == s.person and r.org in agreement.parties), None)
            if s.person not in signed or org:
                signed[s.person] = Signatory(s.person, org)
        witnesses = tuple(dict.fromkeys(w for w in agreement.witnesses if w not in signed))
        return replace(agreement, signatories=tuple(signed.values()), witnesses=witnesses,
                       title=agreement.title if agreement.title[:1].isupper() else agreement.kind)

    def same_orgs(self, a: Iterable[str], b: Iterable[str]) -> bool:
        """Do two lists name the same organizations ("HKUST" and "Hong Kong University of …" alike)?"""
        return {self.canonical.get(n, n) for n in a} == {self.canonical.get(n, n) for n in b}

    def duration(self, sent: Span) -> str | None:
        """"three-year", "5-year" as written in the sentence."""
        match = DURATION.search(self.text_of(sent))
        return match.group(0).lower().replace(" ", "") if match else None

    def parties(self, sent: Span, mention_end: int | None = None) -> list[str]:
        """Organizations that are parties: "between A and B", or the subjects of "A and B signed". With two
        agreements in one sentence ("a framework agreement with A and a partnership agreement with B"), the
        partner is the one after the mention's own "with"."""
        orgs = [o for o in self.top_orgs if sent.start <= o.start < sent.end and not self.in_role_phrase(o)]
        lowers = self.lowers[sent.start : sent.end]
        for cue in FACTS["party_cues"]:  # "between A and B", "brings together A, B in Annecy and C"
            at = self.phrase_end(sent, cue)
            if at is not None:
                group = self.listed([o for o in orgs if o.start >= at])
                if len(group) >= 2:
                    return unique_names(group)
        verb = next((i for i in range(sent.start, sent.end) if self.lowers[i] in SIGNING_VERBS), None)
        if verb is not None:
            before = [o for o in orgs if o.start < verb]
            # "A signed an MoU with B", not "… and jointly launched a centre run together with C"
            with_ = next((i for i in range(sent.start, sent.end) if self.lowers[i] == "with" and verb < i <= verb + 12
                          and "," not in self.words.text_of(verb, i)), None)
            if mention_end is not None and "with" in self.lowers[mention_end : mention_end + 3]:
                with_ = mention_end + self.lowers[mention_end : mention_end + 3].index("with")
            after = [o for o in orgs if with_ is not None and o.start > with_]
            # "… with A and B to train nurses": every organization listed right after "with"
            partners = self.listed(after)[:3] if after and after[0].start <= with_ + 2 else after[:1]
            if before:
                return unique_names(self.coordinated(before)[-3:] + partners)
        if lowers[:1] in (["according"], ["under"]) or "according" in lowers:
            return unique_names(self.coordinated(orgs))
        return self.counted_parties(sent)

    def counted_parties(self, sent: Span) -> list[str]:
        """"Representatives of the four institutions signed …": the four listed in one of the two sentences
        before."""
        lowers = self.lowers[sent.start : sent.end]
        count = next((COUNTS[word] for word, noun in pairwise(lowers) if word in COUNTS and noun in GROUPS),
                     None)
        index = self.sent_of[sent.start]
        for before in self.sentences[max(0, index - 2) : index][::-1] if count else ():
            orgs = [o for o in self.top_orgs if before.start <= o.start < before.end and not self.in_role_phrase(o)]
            group = unique_names(self.listed(orgs))
            if len(group) == count:
                return group
        return []

    def listed(self, orgs: list[OrgSpan]) -> list[OrgSpan]:
        """The organizations listed one after another from the first: "A, B in Annecy and the C"."""
        group = orgs[:1]
        for org in orgs[1:]:
            if self.list_gap(self.outside_parentheses(group[-1].end, org.start)):
                group.append(org)
            else:
                break
        return group

    def list_gap(self, gap: list[int]) -> bool:
        """Can the tokens between two organizations separate items of one list? Joiners, places ("in Kielce,
        Poland, and"), a country's possessive ("and France's"), and a short description after "the" ("and the
        medical technology start-up"), but no verb or preposition that starts another phrase."""
        described = 0
        for i in gap:
            lower = self.lowers[i]
            if lower in LIST_JOINERS or self.entity_labels[i] in ("GPE", "LOC", "NORP"):
                continue
            if self.texts[i].isalpha() and self.texts[i].islower() and lower not in LIST_BREAKERS \
                    and not lower.endswith("ed") or self.hyphenated(i):
                described += 1  # "medical technology start-up"
                continue
            return False
        return described <= 6

    def outside_parentheses(self, start: int, end: int) -> list[int]:
        """The tokens (indices) from start to end, leaving out any parenthesis: "A (Short Name, ACR) and B"."""
        kept, depth = [], 0
        for i in range(start, end):
            depth += self.texts[i] == "("
            if not depth:
                kept.append(i)
            depth -= self.texts[i] == ")" and depth > 0
        return kept

    def coordinated(self, orgs: list[OrgSpan]) -> list[OrgSpan]:
        """The last run of organizations joined by "and", "," or "&"."""
        if not orgs:
            return []
        group = [orgs[-1]]
        for org in reversed(orgs[:-1]):
            between = self.outside_parentheses(org.end, group[0].start)
            gap = {self.lowers[i] for i in between}
            if gap <= {"and", ",", "&", "the", "as", "well", "its", "their"} or (  # "A, its B and C"
                    gap & {"and", ",", "&"} and self.list_gap(between)):  # "A and global nonprofit B"
                group.insert(0, org)
            else:
                break
        return group

    def in_role_phrase(self, org: OrgSpan) -> bool:
        """"HKUST" in "HKUST President Prof. Nancy IP" is an affiliation, not a subject."""
        for title in self.titles:
            if title.start == org.end or (title.start == org.end + 1 and self.lowers[org.end] in ("'s", "’s")):
                return True
            if title.end <= org.start and org.start - title.end <= 4 \
                    and set(self.lowers[title.end : org.start]) <= {"of", "at", "the"}:
                return True
        return False

    def signers(self, sent: Span, roles: list[Role]) -> tuple[tuple[Signatory, ...], tuple[str, ...]]:
        """Who signed and who witnessed, read as the sentence's cue phrases and the people each one governs.

        - after a cue: "signed (on Monday) by A", "in the presence of B", "witnessed by C", "represented by D";
          a cue's people run to the next cue, and a cue that opens the sentence ("Witnessed by A and B, C and D
          signed …") ends at its first comma;
        - before the verb: "A, along with B, signed …", "A signed for X, while B signed for Y", "E and F
          witnessed the signing", "G signed as a witness".
        """
        people = [p for p in self.people if sent.start <= p.start < sent.end]
        # "Prof. Al-Rashid signed for TUMS": a surname with an honorific is someone named before
        full = [p for p in people if not p.surname_only or is_honorific(self.texts[p.start])]
        cues = self.signing_cues(sent)
        governed: dict[PersonSpan, str] = {}
        for n, (cue_start, cue_end, role) in enumerate(cues):
            stop = cues[n + 1][0] if n + 1 < len(cues) else sent.end
            if cue_start <= sent.start + 1 and role == "witness":  # an opening phrase ends at its first comma
                named = [p for p in people if cue_end <= p.start < stop]
                comma = next((i for i in range(named[0].end, stop) if self.texts[i] == ","), None) if named else None
                stop = comma if comma is not None else stop
            for p in people:
                if cue_end <= p.start < stop:
                    governed.setdefault(p, role)
        in_cue = {i for start, end, _ in cues for i in range(start, end)}
        # "A witnessed the signing", "B served as witness"
        witnessing = [i for i in range(sent.start, sent.end) if self.lowers[i] == "witnessed" or (
            self.lowers[i] in ("witness", "witnesses") and "as" in self.lowers[max(sent.start, i - 3) : i])]
        verbs = sorted({*self.subject_verbs(sent), *witnessing} - in_cue)
        subjects = [p for p in full if p not in governed]
        for n, p in enumerate(subjects):
            following = subjects[n + 1].start if n + 1 < len(subjects) else sent.end
            verb = next((v for v in verbs if v >= p.end and (v < following or n + 1 == len(subjects))), None)
            if verb is None and p.start < min(verbs, default=-1):
                verb = min(verbs)  # "A, along with B, signed …": the verb after the last name
            if verb is None:
                continue
            if any(p.end <= o.start < verb and not self.in_role_phrase(o) for o in self.top_orgs):
                continue  # "Under the patronage of Dr. A, X signed …": X is the subject, not A
            as_witness = self.lowers[verb].startswith("witness") or "witness" in " ".join(self.lowers[verb + 1 : verb + 5])
            governed[p] = "witness" if as_witness else "signer"
        sentence = self.sent_of[sent.start]
        signers = [p for p in people if governed.get(p) == "signer"]
        signatories = []
        for n, p in enumerate(signers):
            window_end = signers[n + 1].start if n + 1 < len(signers) else sent.end
            org = self.represented(p) or self.signed_for(p.end, window_end) or next(
                (r.org for r in roles if r.person == p.name and r.sentence == sentence), None)
            signatories.append(Signatory(p.name, org))
        witnesses = [p.name for p in people if governed.get(p) == "witness"]
        return tuple(signatories), tuple(w for w in witnesses if w not in {s.person for s in signatories})

    def names_sign(self, sent: Span) -> bool:
        """"Dr. A, Rector of X, and Dr. B, Director of Y, signed the renewal": people are the subjects of a
        signing verb that is a fact, not a plan."""
        # the verb's object is the document already named ("signed the renewal", "signed it", "signed on behalf
        # of"), not another one ("signed contracts with the talents")
        verbs = [v for v in self.subject_verbs(sent) if v + 1 >= sent.end or self.lowers[v + 1] in
                 DEFINITE | {"it", "them", "on", "for", ",", ".", "in", "at", "both", "all", "its", "their"}]
        return bool(verbs) and any(p.start < verbs[-1] for p in self.people if sent.start <= p.start < sent.end) \
            and not self.unrealised(sent)

    def subject_verbs(self, sent: Span) -> list[int]:
        """Signing verbs with their signers before them: "signed", "inked", "signing the agreement" (not "the
        signing ceremony", not "signed by")."""
        lowers = self.lowers
        verbs = []
        for i in range(sent.start, sent.end):
            if lowers[i] in SIGNED and lowers[i + 1 : i + 2] != ["by"] and lowers[i - 1] not in PASSIVE:
                verbs.append(i)  # not "the documents were signed": a passive verb has no signer before it
            elif lowers[i] == "signing" and i > sent.start and lowers[i - 1] not in DEFINITE | {"a", "the", "at"} \
                    and lowers[i + 1 : i + 2] in (["the"], ["a"], ["an"], ["it"], ["on"], ["for"]):
                verbs.append(i)
        return verbs

    def signing_cues(self, sent: Span) -> list[tuple[int, int, str]]:
        """(start, end, "signer" or "witness") of each cue phrase in the sentence, in order."""
        found = []
        for cue in FACTS["witness_cues"]:
            at = self.phrase_end(sent, cue)
            if at is not None:
                found.append((at - len(cue.split()), at, "witness"))
        at = self.signed_by(sent)
        if at is not None:
            found.append((at - 1, at, "signer"))
        at = self.phrase_end(sent, "represented by")
        if at is not None:
            found.append((at - 2, at, "signer"))
        if self.lowers[sent.start : sent.start + 2] in (["signing", "for"], ["signing", "on"], ["signatories", "were"],
                                                          ["signatories", "included"]):
            found.append((sent.start, sent.start + 2, "signer"))  # "Signing for the three parties were A, B and C"
        found.sort()
        # one phrase, one cue: "witnessed by" is not also "… by"
        return [c for n, c in enumerate(found) if not (n and c[0] < found[n - 1][1])]

    def represented(self, person: PersonSpan) -> str | None:
        """The organization a signer stands for in "Seoul Haneul University Hospital, represented by its
        President, Dr. Park", and in each item of "The foundation (FHBO) was represented by its president, Dr. A;
        the university (UPT) by its rector, Dr. B": the one named just before "by"."""
        in_title = {i for t in self.titles for i in range(t.start, t.end)}
        k = person.start - 1
        while k > 0 and (self.lowers[k] in (",", "its", "their", "the") or k in in_title):
            k -= 1
        if k < 2 or self.lowers[k] != "by":
            return None
        j = k - 1
        while j > 0 and self.lowers[j] in ("represented", "was", "were", "is", ","):
            j -= 1
        if self.texts[j] == ")":  # "the university (UPT) by …"
            j = next((i for i in range(j - 1, max(j - 12, 0), -1) if self.texts[i] == "("), j + 1) - 1
        org = self.org_ending_at(j + 1)
        if org is None:  # "Medivion was represented by …": a short name
            start = j
            while start > 0 and is_capitalised(self.texts[start - 1]) and j - start < 3:
                start -= 1
            org = self.short_name_at(start, end=j + 1) if is_capitalised(self.texts[j]) else None
        if org is None and "the" in self.lowers[max(0, j - 2) : j]:
            org = self.named_by_noun(j)  # "the university", "the French institute"
        return org.name if org else None

    def phrase_end(self, sent: Span, phrase: str) -> int | None:
        """The token after the first occurrence of `phrase` (lower case words) in the sentence."""
        words = phrase.split()
        if not self.sentence_words[self.sent_of[sent.start]].issuperset(words):
            return None  # most sentences lack one of the words
        lowers, first, k = self.lowers, words[0], sent.start
        while True:
            try:
                k = lowers.index(first, k, sent.end - len(words) + 1)
            except ValueError:
                return None
            if lowers[k : k + len(words)] == words:
                return k + len(words)
            k += 1

    def signed_by(self, sent: Span) -> int | None:
        """After "signed by", "inked by", "signed on Wednesday, 21 May, by" or "Signatories were"."""
        for cue in FACTS["signatory_cues"]:
            at = self.phrase_end(sent, cue)
            if at is not None:
                return at
        if SIGNED.isdisjoint(self.sentence_words[self.sent_of[sent.start]]):
            return None
        lowers = self.lowers
        for i in range(sent.start, sent.end):
            if lowers[i] in SIGNED:
                for k in range(i + 1, min(i + 25, sent.end)):
                    if lowers[k] in (";", ".") or lowers[k] in SIGNED:
                        break
                    # "by" after another participle is that verb's: "witnessed by", "represented by", "founded by"
                    if lowers[k] == "by" and not (lowers[k - 1].endswith("ed") and lowers[k - 1] not in SIGNED):
                        return k + 1
        return None

    def signed_for(self, start: int, end: int) -> str | None:
        """"A signed on behalf of X", "B signed for Y", "C, representing Z", "D (Z)": the party named after a
        signer."""
        if start < len(self.doc) and self.texts[start] == "(" and (inside := self.org_at(start + 1)):
            return inside.name
        for org in self.top_orgs:
            if start <= org.start < end:
                before = " ".join(self.lowers[max(start, org.start - 3) : org.start])
                if before.endswith((*FACTS["signed_for"], *(f"{cue} the" for cue in FACTS["signed_for"]))):
                    return org.name
        # "signed for the city", "on behalf of the university": the organization the noun names
        for cue in FACTS["signed_for"]:
            words = cue.split()
            for k in range(start, max(start, end - len(words) - 1)):
                if self.lowers[k : k + len(words)] == words and self.lowers[k + len(words)] == "the" \
                        and (org := self.named_by_noun(k + len(words) + 1)):
                    return org.name
        return None

    def place(self, sent: Span) -> str | None:
        for ent in sent.ents:
            if ent.label_ == "GPE" and ent.start > sent.start and self.lowers[ent.start - 1] == "in":
                return ent.text
        return None

    # ------------------------------------------------------------ events, visits, partners

    def events(self, agreements: list[Agreement]) -> list[Event]:
        found: list[Event] = []
        covered: set[int] = set()
        heads = [i for i, word in enumerate(self.lowers) if word in EVENT_HEADS]  # the article's few event words
        for i in heads:
            kind = EVENT_HEADS[self.lowers[i]]
            if not kind or i in covered or not is_capitalised(self.texts[i]):
                continue
            span = self.event_name(i)
            if span is None:
                continue
            start, end = span
            covered.update(range(start, end))
            index = self.sent_of[i]
            sent = self.sentences[index]
            name = re.sub(r"\s+", " ", self.words.text_of(start, end)).strip(" “”\"'")
            # "the Joint Symposium" after "the Second Joint Symposium": the same event again
            if any(e.name == name or e.name.endswith(" " + name) for e in found):
                continue
            found.append(Event(name, kind, dates.first_date(self.text_of(sent)) or self.date, self.place(sent),
                               tuple(self.organizers(sent, start)), (), index))
        # "The conference was hosted by A": organizers of an event named earlier
        lowers = self.lowers
        for i in heads:
            sent = self.sentences[self.sent_of[i]]
            kind = EVENT_HEADS[lowers[i]]
            if kind and sent.start < i < sent.end - 1 and lowers[i - 1] in DEFINITE \
                    and lowers[i + 1] in ("was", "is", "will", "were"):
                match = [e for e in found if e.kind == kind and not e.organizers]
                organizers = self.organizers(sent, i + 1)
                if match and organizers:
                    found[found.index(match[-1])] = replace(match[-1], organizers=tuple(organizers))
        # "a signing ceremony for the agreement": the ceremony is an event of the parties
        for agreement in agreements:
            for index in agreement.sentences:
                if "signing ceremony" in self.sentence_texts[index]:
                    found.append(Event(f"Signing ceremony: {agreement.title}", "ceremony", agreement.date,
                                       agreement.place, agreement.parties, (), index))
                    break
        return found

    def event_name(self, i: int) -> tuple[int, int] | None:
        """The name around an event word: a quoted title, or capitalised words ("the Second Joint Symposium")."""
        sent = self.sentences[self.sent_of[i]]
        texts, lowers = self.texts, self.lowers
        opening = next((k for k in range(i - 1, sent.start - 1, -1) if texts[k] in ("“", '"')), None)
        if opening is not None:
            closing = next((k for k in range(i + 1, sent.end) if texts[k] in ("”", '"')), None)
            if closing is not None and closing - opening <= 40:
                return opening + 1, closing
        if i + 1 < len(texts) and is_capitalised(texts[i + 1]) and lowers[i + 1] not in EVENT_HEADS:
            return None  # "Conference Hall": the event word names a place here
        start = i
        while start > sent.start and (is_capitalised(texts[start - 1]) or self.doc[start - 1].like_num) \
                and lowers[start - 1] not in LEADING:
            start -= 1
        # "International Conference on Cooperation and Integration … Biomedical Sciences Session": the name runs to
        # the last event word of its run of capitalised words
        end, k = i + 1, i + 1
        while k < sent.end and (is_capitalised(texts[k]) or self.doc[k].like_num
                                or lowers[k] in ("on", "of", "and", "for", "&", "(", ")", ",")):
            if lowers[k] in EVENT_HEADS and is_capitalised(texts[k]):
                end = k + 1
            k += 1
        return (start, end) if end - start >= 2 else None

    def organizers(self, sent: Span, name_start: int) -> list[str]:
        lowers = self.lowers[sent.start : sent.end]
        orgs = [o for o in self.top_orgs if sent.start <= o.start < sent.end]
        for k, word in enumerate(lowers):
            if word in ORGANIZE_VERBS:
                at = sent.start + k
                if k + 1 < len(lowers) and lowers[k + 1] == "by":
                    stop = next((sent.start + j for j in range(k + 2, len(lowers)) if lowers[j] in ORGANIZE_VERBS),
                                sent.end)
                    return unique_names(o for o in orgs if at < o.start < stop and not self.in_role_phrase(o))
                if at < name_start:
                    return unique_names(self.coordinated([o for o in orgs if o.end <= at]))
        return []

    def visits(self) -> Iterable[Visit]:
        for index, sent in enumerate(self.sentences):
            text = self.sentence_texts[index]
            for cue in FACTS["visit_verbs"]:
                if cue not in text:
                    continue
                at = sent.start_char + text.index(cue)
                verb = bisect_left(self.words.starts, at, sent.start, sent.end)  # the first token from `at`
                if verb == sent.end:
                    continue
                host = next((o for o in self.top_orgs if sent.start <= o.start < sent.end and o.start > verb), None)
                visitor = next((p for p in reversed(self.people) if sent.start <= p.start < verb), None)
                if host and visitor:
                    yield Visit(visitor.name, "person", host.name, dates.first_date(self.text_of(sent)) or self.date, index)
                break

    def collaborations(self, agreements: list[Agreement], events: list[Event]) -> Iterable[Collaboration]:
        for agreement in agreements:
            for a, b in pairs(agreement.parties):
                yield Collaboration(a, b, agreement.sentences[0])
        for event in events:
            for a, b in pairs(event.organizers):
                yield Collaboration(a, b, event.sentence)
        # "collaboration between A and B", "A will partner with B"
        for index, sent in enumerate(self.sentences):
            if PARTNER_CUES.isdisjoint(self.sentence_words[index]):
                continue
            lowers = self.lowers[sent.start : sent.end]
            orgs = [o for o in self.top_orgs if sent.start <= o.start < sent.end and not self.in_role_phrase(o)]
            for cue in ("between", "with", "among"):
                if cue in lowers:
                    at = sent.start + lowers.index(cue)
                    after = self.coordinated([o for o in orgs if o.start > at][:3])
                    before = [o for o in orgs if o.end <= at]
                    group = after if cue != "with" else after[:1] + before[-1:]
                    for a, b in pairs(tuple(unique_names(group))):
                        if not self.same_orgs([a], [b]):
                            yield Collaboration(a, b, index)
                    break


def title_text(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    return " ".join(w if w.isupper() or w.startswith("(") or (n and w in MINOR_WORDS) else w[:1].upper() + w[1:]
                    for n, w in enumerate(text.split(" ")))


def without_legal_form(name: str) -> str:
    """"Veridian Genomics, Inc." → "Veridian Genomics"; a name of one word keeps its form ("Roche AG")."""
    words = name.replace(",", " ").split()
    while len(words) > 2 and words[-1] in COMPANY_SUFFIXES:
        words.pop()
    return " ".join(words)


def is_unit_name(name: str) -> bool:
    """"College of Medicine", "Department of Surgery": a unit's name says what it does, not whose it is."""
    words = name.split()
    return len(words) >= 3 and words[0] in UNITS and words[1] in ("of", "for")


def last_word(name: str) -> str:
    return name.split()[-1] if name else ""


def better_title(old: str, new: str) -> str:
    """The more specific of two names for one agreement ("Strategic Cooperation Agreement" over "agreement")."""
    if new[:1].isupper() and not old[:1].isupper():
        return new
    return new if len(new) > len(old) and new[:1].isupper() == old[:1].isupper() else old


def unique_names(orgs: Iterable[OrgSpan]) -> list[str]:
    return list(dict.fromkeys(o.name for o in orgs if o.name not in COUNTRIES))


def pairs(items: tuple[str, ...]) -> Iterable[tuple[str, str]]:
    items = tuple(dict.fromkeys(items))
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            yield a, b
