"""The read-only article context every relation family reads: sentences, people, organizations, titles, and lookups."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from medcollab_kg import dates
from medcollab_kg.errors import RulesError
from medcollab_kg.models import (
    Agreement,
    Article,
    PartOf,
)
from medcollab_kg.nlp.components import (
    CAMEL_PARTS,
    CLOSING_QUOTES,
    INITIALS,
    OPENING_QUOTES,
    OrgSpan,
    PersonSpan,
    entities,
    foreign_word,
    head_kind,
    is_capitalised,
    nationality_shaped,
    words,
)
from medcollab_kg.nlp.lexicon import Lexicon, initials_match, is_acronym, is_headline, packaged_lexicon
from medcollab_kg.resolution import translated_key

# "Signatories", "1. Signed by:", "The agreement was signed by the following:", "Signing on behalf of their
# organisations were:": a list of signers follows
# (also "The agreement was signed Monday at the county offices by:")
SIGNATORIES_HEADING = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:(?:.{0,100}\b(?:was|were) )?"
                                 r"(?:signatories|signed(?: [^:;]{0,80})? by)(?: the following(?: [^:;]{0,60})?)?"
                                 r"\s*:?|signing\b.{0,60}\b(?:were|are)\s*:)\s*$", re.IGNORECASE)
NUMBERED_HEADING = re.compile(r"^\s*(?:\d+|[a-z])[.)]\s+\S")
# words for places that close or open a list of place names: "the X, Y and Z regions", "the wilayats of X and Y"
LISTED_PLACE_NOUNS = frozenset({
    "region", "regions", "province", "provinces", "district", "districts", "county", "counties", "municipalities",
    "villages", "towns", "cities", "wilayat", "wilayats", "governorates", "woredas", "zones", "prefectures", "regencies",
    "oblasts", "cantons", "parishes"})
# a photo caption: "(from left)", "(l-r)", "Pictured", "Photo:", "Caption:"
CAPTION = re.compile(r"\((?:from )?(?:left(?: to right)?|l\.?\s*(?:-|to)\s*r\.?)\)|\bfrom left\b|\bpictured\b|\bphoto|^caption",
                     re.IGNORECASE)

DURATION = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s?-\s?(?:year|month)\b",
                      re.IGNORECASE)


@cache
def country_words(lex: Lexicon) -> frozenset[str]:
    """The words of countries' names that name no other thing: "Lanka", "Morocco" (not "Republic", "South")."""
    common = {"Republic", "Kingdom", "United", "States", "State", "South", "North", "East", "West", "New", "Islands",
              "Island", "Democratic", "People's", "Federal", "Central", "African", "Arab", "Saint", "St.", "and", "of",
              "the", "The"}
    return frozenset(w for c in lex.countries for w in c.split() if w not in common)


def spelled_out(name: str, by_surname: dict[str, set[str]]) -> str | None:
    """"R.C. Panda" for "Ramesh Chandra Panda": initials and a surname, when exactly one person of that surname
    in the article has given names with those initials."""
    parts = name.split()
    if len(parts) < 2 or not all(INITIALS.fullmatch(part) for part in parts[:-1]):
        return None
    initials = "".join(part.replace(".", "") for part in parts[:-1])
    fits = [full for full in by_surname.get(parts[-1].lower(), ()) if full != name and full.split()[-1] == parts[-1]
            and "".join(word[0] for word in full.split()[:-1]) == initials]
    return fits[0] if len(fits) == 1 else None


@cache
def cue_matchers(vocab: Vocab, lex: Lexicon) -> tuple[PhraseMatcher, Matcher]:
    """Matchers of the signing cues of the rules (facts.json `signing_cues`), built once per vocabulary and lexicon,
    as spaCy's SpanRuler builds them: a string pattern goes to a PhraseMatcher of lower-case words (fast), a token
    pattern to a Matcher."""
    phrases, tokens = PhraseMatcher(vocab, attr="LOWER"), Matcher(vocab)
    for n, cue in enumerate(lex.facts["signing_cues"]):
        pattern, key = cue["pattern"], f"{cue['label']}:{n}"
        if isinstance(pattern, str):
            phrases.add(key, [Doc(vocab, words=pattern.lower().split())])
            continue
        try:
            tokens.add(key, [pattern])
        except ValueError as exc:  # spaCy's own message ends with the attribute or operator it does not know
            detail = str(exc).strip().splitlines()[-1].lstrip("- ")
            raise RulesError(f"facts.json, key 'signing_cues', pattern {n + 1} ({cue['label']}): {detail[:160]}. "
                             "Fix: write it as spaCy's Matcher reads token patterns.") from None
    return phrases, tokens


def cues_of(doc: Doc, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, label) of every signing cue in the article, in text order; of overlapping cues the longest
    ("witnessed by", not also "… by")."""
    phrases, tokens = cue_matchers(doc.vocab, lex)
    found = sorted((start, -end, doc.vocab.strings[key].split(":")[0]) for key, start, end in [*phrases(doc), *tokens(doc)])
    cues: list[tuple[int, int, str]] = []
    for start, neg_end, label in found:
        if not cues or start >= cues[-1][1]:
            cues.append((start, -neg_end, label))
    return cues


# words a Title Case headline may leave in lower case
# after a short name, the words that make it a place: "the Volta and Oti regions" are no Volta Lakeside University
PLACE_NOUNS = ("region", "regions", "district", "districts", "province", "provinces", "county", "counties", "valley",
               "state", "states", "area", "areas")
SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
               "vs", "via", "over", "under", "amid", "after", "before"}


# the last words of a body's branch: "the agency" means the agency, not its "Government Placement Branch"
BRANCH_WORDS = frozenset({"Branch", "Office", "Unit", "Division", "Section", "Team"})

# the units a university's short name also begins: "Pembury" is Pembury University, not its School of Medicine
ACADEMIC_UNITS = frozenset({"School", "Faculty", "College", "Department", "Division", "Graduate", "Office"})


@dataclass
class ArticleContext:
    doc: Doc
    article: Article
    sentences: list[Span] = field(init=False)
    sent_of: list[int] = field(init=False)
    date: str | None = field(init=False)

    def __post_init__(self) -> None:
        self.lex: Lexicon = self.doc._.kg_lexicon  # the components' (the packaged one for a Doc they did not read)
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
        self.cues = cues_of(self.doc, self.lex)  # "signed by", "in the presence of": who signed, who witnessed
        self.orgs: list[OrgSpan] = list(self.doc._.kg_orgs or [])
        self.people: list[PersonSpan] = self.with_surnames(self.not_places(self.not_org_names(
            list(self.doc._.kg_people or []))))
        # "signed by El-Sherbiny and …": a surname the model took for an organization is the person
        surnames = {(p.start, p.end) for p in self.people}
        self.orgs = [o for o in self.orgs if not (o.kind == "other" and (o.start, o.end) in surnames)]
        self.orgs = self.confirmed_in_body(self.orgs)
        self.top_orgs = [o for o in self.orgs if not o.nested]
        self.titles: list[Span] = [self.doc[t.start : self.field_tail(t.end)] for t in self.doc.spans.get("kg_titles", [])]
        self.in_person_or_title = {k for p in self.people for k in range(p.start, p.end)} | {
            k for t in self.titles for k in range(t.start, t.end)}
        # every name or acronym an organization has in this article → its first name
        self.canonical: dict[str, str] = {}
        for org in self.orgs:
            root = next((self.canonical[n] for n in (org.name, *org.aliases) if n in self.canonical), org.name)
            for n in (org.name, *org.aliases):
                self.canonical.setdefault(n, root)
        self.spelt_cache: dict[str, str] = {}  # spelt_out's answers (canonical is complete by then)
        self.spelt_kinds: dict[str, str] = {}  # kind_as_spelt's, by full name
        self.unit_parents: list[PartOf] = []  # units that a role phrase places in an organization
        self.possessed_units: list[PartOf] = []  # those of them told with the owner's possessive: "X's Faculty of Y"
        # "Sahyadri Lifesciences" and "Sahyadri Lifesciences Pvt. Ltd.": one name, with and without its legal form
        bare = {o.name: without_legal_form(o.name, self.lex) for o in self.orgs}
        plain = {bare[o.name]: self.canonical.get(o.name, o.name) for o in self.orgs if bare[o.name] != o.name}
        for org in self.orgs:
            self.canonical[org.name] = plain.get(org.name, self.canonical.get(org.name, org.name))
        # "Lianxin Medical" for "Lianxin Medical Technology Co., Ltd.": the first words of one company's legal name
        legal = {name for name, without in bare.items() if without != name}
        for org in self.orgs:
            first = org.name.split()
            longer = {self.canonical.get(n, n) for n in legal if len(first) >= 2 and len(n.split()) > len(first) + 1
                      and n.split()[: len(first)] == first}
            if org.name not in legal and len(longer) == 1:
                self.canonical[org.name] = longer.pop()
        # "the Directorate General of Al Rawdha Hospital", "the Rectorate of X": the body that runs X speaks for X
        for org in self.orgs:
            organ, of, owner = org.name.partition(" of ")
            owner = owner.removeprefix("the ")
            if of and organ in self.lex.facts["organs"] and owner in self.canonical:
                # (its acronym too: "DGAFHS" for "the Directorate General of Armed Forces Health Services")
                was, now = self.canonical.get(org.name, org.name), self.canonical[owner]
                self.canonical.update({name: now for name, root in self.canonical.items() if root == was})
                self.canonical[org.name] = now
        self.truncated = self.truncated_names() | self.bracketed_short_names() | self.generic_tails()
        for short, long in self.truncated.items():
            self.canonical[short] = self.canonical.get(long, long)
        self.placed = self.placed_kinds()  # "the Kassel hospital": X University Hospital in Kassel
        for short, long in self.placed.items():
            if self.canonical.get(short, short) == short:
                self.canonical[short] = self.canonical.get(long, long)

    def placed_kinds(self) -> dict[str, str]:
        """"the Kassel hospital", "the Kassel university hospital": a place and a kind in lower case name the one
        organization of that kind the article places there ("X University Hospital in Kassel") or names after it."""
        def placed_kind(name: str) -> tuple[list[str], str] | None:  # (the place, the kind)
            words = name.split()
            nouns = [w for w in words if w.islower()]
            if len(words) < 2 or not nouns or words[-len(nouns):] != nouns or not all(w in self.lex.kind_nouns for w in nouns):
                return None
            return words[: -len(nouns)], self.lex.kind_nouns[nouns[-1]]

        described = {o.name: placed_kind(o.name) for o in self.top_orgs}
        named = [o for o in self.top_orgs if described[o.name] is None]
        found: dict[str, str] = {}
        for org in self.top_orgs:
            if (placed := described[org.name]) is None:
                continue
            place, kind = placed
            if not {"GPE", "LOC"} & set(self.entity_labels[org.start : org.start + len(place)]):
                continue  # (not "the Provincial hospital": a word of a name, not a place)
            fits = {self.canonical.get(o.name, o.name) for o in named if o.kind == kind and (
                set(place) <= set(o.name.split())
                or (self.lowers[o.end : o.end + 1] == ["in"] and self.texts[o.end + 1 : o.end + 1 + len(place)] == place))}
            if len(fits) == 1 and not is_unit_name(long := fits.pop(), self.lex):  # (a faculty's name holds its university's)
                found[org.name] = long
        return found

    def signing_phrase_at(self, i: int) -> int | None:
        """The end of a signing phrase ("put pen to paper", "put their signatures") starting at token i."""
        return next((i + len(p) for p in self.lex.signing_phrases.get(self.lowers[i], ()) if tuple(self.lowers[i : i + len(p)]) == p),
                    None)

    def clause_end(self, start: int, stop: int) -> int:
        """Where a clause of its own opens between start and stop: "while" or "whereas" ("… signed by A and B,
        while C was also present"), or another verb's "by" ("…, which was attended by C"); `stop` when none does."""
        return next((i for i in range(start, stop) if self.lowers[i] in ("while", "whereas") or (
            self.lowers[i] == "by" and i > start and self.lowers[i - 1].endswith("ed")
            and self.lowers[i - 1] not in self.lex.signed_verbs and self.lowers[i - 1] not in ("represented", "witnessed"))), stop)

    def signing_verb(self, sent: Span) -> int | None:
        """The first signing verb or phrase of a sentence ("signed", "inked", "put pen to paper"); not one that reports
        another ("X is pleased to announce that A signed …")."""
        return next((i for i in range(sent.start, sent.end)
                     if (self.lowers[i] in self.lex.signing_verbs or self.signing_phrase_at(i) is not None)
                     and self.lowers[i + 1 : i + 2] != ["that"]), None)

    def field_tail(self, end: int) -> int:
        """Where a title ends with the field written after it: "Vice-President, Research and Innovation,",
        "Deputy Vice-Chancellor (Health)"; `end` when none follows."""
        texts = self.texts
        if self.lowers[end : end + 3] == ["in", "charge", "of"]:
            # "Vice-Rector in charge of Research and Cooperation", as French titles are put in English
            k = end + 3
            while k < len(texts) and (texts[k] in self.lex.field_nouns or k > end + 3 and texts[k] in ("and", "&")):
                k += 1
            return k if k > end + 3 and texts[k - 1] not in ("and", "&") else end
        if end + 2 >= len(texts) or texts[end] not in (",", "("):
            return end
        if texts[end] == "," and texts[end + 1] == "Board" and self.lowers[end + 2 : end + 3] == ["of"] \
                and end + 3 < len(texts) and self.lowers[end + 3] in self.lex.board_members:
            return end + 4  # "the Chairman, Board of Management of the FMC, Chief X"
        k = end + 1
        # "vice president (global health)", "vice-president, research and innovation, at": in brackets or after a
        # title in lower case, a field in lower case too
        bracket = texts[end] == "(" or texts[end - 1].islower()
        lex = self.lex
        while k < len(texts) and ((texts[k] in lex.field_nouns or bracket and (
                texts[k].capitalize() in lex.field_nouns or texts[k] in lex.field_words)) and texts[k] not in lex.heads or (
                k > end + 1 and texts[k] in ("and", "&") and texts[k + 1 : k + 2] != ["Dr."])):
            k += 1
        closing = ")" if texts[end] == "(" else None
        if k == end + 1 or texts[k - 1] in ("and", "&") or (closing and texts[k : k + 1] != [")"]) or (
                not closing and texts[k : k + 1] not in ([","], ["."], [";"]) and not (bracket and texts[k : k + 1] == ["at"])):
            return end
        return k + 1 if closing else k

    def generic_tails(self) -> dict[str, str]:
        """"Graduate School of Medicine" after "Tsugaru University Graduate School of Medicine", "University
        Hospital" after "Tsugaru University Hospital": a name of common words only that ends exactly one longer
        name in the article is that organization, written without its owner."""
        lex = self.lex
        names = list(dict.fromkeys(o.name for o in self.orgs))  # in text order, so the facts are the same every run
        found = {}
        for name in names:
            words = name.split()
            if len(words) < 2 or not all(w in lex.heads or w in lex.field_nouns or w in lex.units
                                         or w.lower() in lex.connectors for w in words):
                continue
            longer = [n for n in names if n.endswith(" " + name) and not n.lower().endswith(" of " + name.lower())]
            if len(longer) == 1:
                found[name] = longer[0]
        return found

    def bracketed_short_names(self) -> dict[str, str]:
        """"Al Qurm Health Services Company (Qurm Health)": a short name of the name's own words, defined in
        brackets, that the article then uses as an organization's name."""
        used = {o.name for o in self.orgs}
        found = {}
        for org in self.top_orgs:
            close = next((k for k in range(org.end + 1, min(org.end + 6, len(self.doc))) if self.texts[k] == ")"), None)
            if org.end >= len(self.doc) or self.texts[org.end] != "(" or close is None:
                continue
            short = self.words.text_of(org.end + 1, close)
            words, long = short.split(), org.name.split()
            # "Amstel University Medical Centre (Amstel UMC)": its first words, then the initials of the rest
            spelled = 2 <= len(words) < len(long) and words[:-1] == long[: len(words) - 1] and is_acronym(words[-1]) \
                and initials_match(words[-1], long[len(words) - 1 :], self.lex.connectors)
            if short != org.name and ((short in used and set(words) < set(long)) or spelled):
                found[short] = org.name
        return found

    def is_lone_unit(self, org: OrgSpan) -> bool:
        """"Faculty of Medicine", "College of Health Sciences": a unit's name of the kind every university has; and
        a faculty named after a person ("the Kórody Faculty of Medicine"), which is a university's too."""
        return (org.kind in ("faculty", "school", "university") and " of " in org.name
                and org.name.split()[0] in ("Faculty", "School", "College")) \
            or (org.kind == "faculty" and " Faculty of " in f" {org.name}")

    def only_university(self) -> str | None:
        """The one university the article names, read from the names' own kinds (not an acronym's), if one; also
        inside a unit's name ("the Faculty of Medicine of Notec Medical University")."""
        universities = {self.canonical.get(o.name, o.name) for o in self.orgs
                        if o.kind == "university" and not self.is_lone_unit(o)}
        return universities.pop() if len(universities) == 1 else None

    def confirmed_in_body(self, orgs: list[OrgSpan]) -> list[OrgSpan]:
        """A headline in Title Case capitalises every word, so its runs of capitals are no evidence: there an
        organization counts only when the body names it too ("Aurelian Health Technologies Sign Partnership to
        Scale AI Diagnostics Across UAE Hospital Network" names two, not four)."""
        if not self.sentences or not is_headline(self.raw_sentences[0]):
            return orgs
        head = self.sentences[0]
        words = [t for t in self.texts[head.start : head.end] if t[:1].isalpha()]
        small = [t for t in words if t.lower() in SMALL_WORDS]
        if len(words) - len(small) < 4 or any(t[:1].islower() for t in words if t.lower() not in SMALL_WORDS):
            return orgs
        body = " ".join(self.raw_sentences[1:])
        return [o for o in orgs if o.start >= head.end or o.name in body
                or any(alias in body for alias in o.aliases)]

    def not_org_names(self, people: list[PersonSpan]) -> list[PersonSpan]:
        """"Lakeshore Children's" for "Lakeshore Children's Medical Center": the first words of an organization's
        name, with no honorific, are that organization, not a person."""
        prefixes = {o.name.replace("’", "'") for o in self.orgs}
        # "Huaxia AI", defined as a short name; "Veenhoven UMC", written as an organization elsewhere
        names = {n.lower() for o in self.orgs for n in (*o.aliases, *((o.name,) if o.kind != "other" else ()))}
        # (and "UKC Morava", "KBC Kvarner": initials of the kind, then the name, which the model may read as one
        # person; not "ZHAO Minghui", "LIN Haoran": a SURNAME in capitals has vowels past its first letter)
        names |= {o.name.lower() for o in self.orgs if o.kind == "other" and is_acronym(first := o.name.split()[0])
                  and not set(first[1:]) & set("AEIOUY")}
        for o in self.orgs:  # "Lindeborg University Medical Center (Lindeborg UMC)": a short name of its first word
            close = next((k for k in range(o.end + 1, min(o.end + 6, len(self.doc))) if self.texts[k] == ")"), None)
            if close is not None and self.texts[o.end] == "(" and self.texts[o.end + 1] == o.name.split()[0]:
                names.add(self.words.text_of(o.end + 1, close).lower())
        def eponym(p: PersonSpan) -> bool:  # 'Hospital Docente "Dr. Salvador Rivero"': named after, not here
            return any(o.start <= p.start < o.end and p.name in o.name for o in self.orgs)
        return [p for p in people if not eponym(p) and (self.lex.is_honorific(self.texts[p.start]) or not (
            p.name.lower() in names or any(n.startswith((p.name + " ", p.name + "'s ", p.name + ", "))  # "Lumenpath, Inc."
                                           for n in prefixes)))]

    def not_places(self, people: list[PersonSpan]) -> list[PersonSpan]:
        """"signed in Montes Claros", "a hospital in Saltillo": a name the article writes only after "in" or "near",
        never with an honorific or a title, is a place, not a person; so is a country ("Sri Lanka")."""
        def listed_with_places(p: PersonSpan) -> bool:
            """"the Tadjourah, Obock, Dikhil and Ali Sabieh regions", "the wilayats of Qurayyat and Al Amerat": a
            list of names that a word for places closes or opens."""
            def item(k: int) -> bool:
                return is_capitalised(self.texts[k]) or self.lowers[k] in (",", "and", "-")
            k = p.end
            while k < len(self.doc) and k - p.end < 12 and item(k):
                k += 1
            if k < len(self.doc) and self.lowers[k] in LISTED_PLACE_NOUNS and is_capitalised(self.texts[k - 1]):
                return True  # (not "X, county director of Y": a post)
            k = p.start - 1
            while k > 0 and p.start - k < 12 and item(k):
                k -= 1
            return k > 0 and self.lowers[k] == "of" and self.lowers[k - 1] in LISTED_PLACE_NOUNS and k < p.start - 1

        def placed(p: PersonSpan) -> bool:
            if self.lex.is_honorific(self.texts[p.start]):
                return False
            return (p.start > 0 and self.lowers[p.start - 1] in ("in", "near")) or p.name in self.lex.countries \
                or listed_with_places(p)
        elsewhere = {p.name for p in people if not placed(p)}
        return [p for p in people if not placed(p) or p.name in elsewhere]

    def with_surnames(self, people: list[PersonSpan]) -> list[PersonSpan]:
        """"Webb and Mehta signed": a bare surname of exactly one person named in full earlier in the article is
        that person, though the model did not tag it."""
        by_surname: dict[str, set[str]] = {}
        for p in people:
            parts = p.name.split()
            if not p.surname_only and len(parts) >= 2:
                # "Hannah Webb" and "SUZUKI Takeshi" orders, and the first of two surnames ("Camilo Andrés
                # Restrepo Gaviria" is "Restrepo")
                for part in (parts[-1], parts[0], *(parts[-2:-1] if len(parts) >= 4 else ())):
                    by_surname.setdefault(part.lower(), set()).add(p.name)
        taken = {i for p in people for i in range(p.start, p.end)}
        first_full = {p.name: p.start for p in reversed(people) if not p.surname_only}
        found = []
        for i, lower in enumerate(self.lowers):
            end = i + 1
            if i + 2 < len(self.texts) and self.texts[i + 1] == "-" and not self.words.spaces[i] \
                    and not self.words.spaces[i + 1]:
                lower, end = f"{lower}-{self.lowers[i + 2]}", i + 3  # "El-Sherbiny": one surname, three tokens
            names = by_surname.get(lower)
            if names is None or len(names) != 1 or i in taken or not is_capitalised(self.texts[i]):
                continue
            name = next(iter(names))
            if first_full[name] < i and (end >= len(self.texts) or not is_capitalised(self.texts[end])):
                found.append(PersonSpan(i, end, name))
        people = [p if not p.surname_only or len(by_surname.get(p.name.lower(), ())) != 1
                  else replace(p, name=next(iter(by_surname[p.name.lower()])), surname_only=False)
                  for p in people]
        people = [replace(p, name=full) if (full := spelled_out(p.name, by_surname)) else p for p in people]
        return sorted(people + found, key=lambda p: p.start)

    def continues(self, short: str, long: str) -> bool:
        """Does `long` continue `short` with a connector ("… de Medicina Tropical"), or a place's name with its
        government ("Kisaru County Government")?"""
        rest = long[len(short) + 1 :].split() if long.startswith(short + " ") else []
        return bool(rest) and (rest[0] in self.lex.truncation_connectors or (
            rest == ["Government"] and short.split()[-1] in self.lex.governing_places))

    def truncated_names(self) -> dict[str, str]:
        """"Instituto Costa Brava" in a headline for "Instituto Costa Brava de Medicina Tropical": a name
        that another in the article continues with a connector ("de", "of", "for") is that organization."""
        names = sorted({o.name for o in self.orgs})
        found = {}
        for short in names:
            if len(short.split()) < 2:
                # "Boston-based Corvala" for "Corvala Health": one word (not an acronym) that begins one longer name
                longer = [long for long in names if long.startswith(short + " ")]
                if not is_acronym(short) and len(longer) == 1:
                    found[short] = longer[0]
                continue
            # "Atlantic Meridian" for "Atlantic Meridian Cruise Holdings Ltd.": the first words of one company's name
            # (not a subsidiary named with its country: "VaidyaNet Telehealth Australia Pty Ltd")
            companies = [long for long in names if long.startswith(short + " ") and long.split()[-1] in self.lex.company_suffixes
                         and not any(w in country_words(self.lex) for w in long[len(short) + 1 :].split())]
            if len(companies) == 1 and not [long for long in names if long.startswith(short + " ") and long != companies[0]]:
                found[short] = companies[0]
            continued = [long for long in names if self.continues(short, long)]
            if len(continued) == 1:  # not "Faculty of Medicine" where the faculties of two universities continue it
                found[short] = continued[0]
            *start, noun = short.split()
            kind = self.lex.kind_nouns.get(noun) if noun.islower() else None
            if kind is not None:  # "Siletz Bay hospital" for "Siletz Bay Community Hospital": its first words and kind
                longer = [long for long in names if long.split()[: len(start)] == start and long != short
                          and self.kind_of(long) == kind]
                if len(longer) == 1:
                    found[short] = longer[0]
            first_word, _, tail = short.partition(" ")
            # "Fenmoor Trust" for "Fenmoor Teaching Hospitals NHS Foundation Trust": the first word and the head
            if tail in self.lex.heads and " " not in tail:
                longer = [long for long in names if long.startswith(first_word + " ") and long.endswith(" " + tail)
                          and len(long.split()) >= 4]
                if len(longer) == 1:
                    found[short] = longer[0]
            # "FMC Odo-Ayan" for "Federal Medical Centre (FMC), Odo-Ayan": the acronym and the town the text
            # writes after the full name (not "FMC Ikeja", another centre)
            long = self.canonical.get(first_word, first_word)
            if is_acronym(first_word) and long != first_word and re.search(
                    rf"{re.escape(long)}(?: \({re.escape(first_word)}\))?,? {re.escape(tail)}\b", self.article.text):
                found[short] = long
            # "Tarnby DHB" for "Tarnby District Health Board": the first words, then the acronym of the rest
            *first, acronym = short.split()
            if is_acronym(acronym):
                prefix = " ".join(first) + " "
                longer = [long for long in names if long.startswith(prefix) and long != short
                          and initials_match(acronym, long[len(prefix):].split(), self.lex.connectors)]
                if len(longer) == 1:
                    found[short] = longer[0]
            # "Draig MedTech" for "Draig Medical Technologies Ltd": the first words, then a word joined from the
            # beginnings of the rest ("Med" "Tech")
            parts = CAMEL_PARTS.findall(acronym)
            if len(parts) >= 2 and "".join(parts) == acronym:
                prefix = " ".join(first) + " "
                longer = [long for long in names if long.startswith(prefix) and long != short and all(
                    word.lower().startswith(part.lower()) for part, word in zip(
                        parts, [w for w in long[len(prefix):].split() if w not in self.lex.company_suffixes],
                        strict=False)) and len(long[len(prefix):].split()) >= len(parts)]
                if len(longer) == 1:
                    found[short] = longer[0]
        return found

    def text_of(self, sent: Span) -> str:
        return self.raw_sentences[self.sent_of[sent.start]]

    def title_text(self, start: int, end: int) -> str:
        return title_text(self.words.text_of(start, end), self.lex)

    # ------------------------------------------------------------ whole article

    # ------------------------------------------------------------ lookups

    def person_at(self, i: int) -> PersonSpan | None:
        return next((p for p in self.people if p.start == i), None)

    def person_from(self, i: int) -> PersonSpan | None:
        """The person whose name starts at token i, past a title-like honorific and brackets ("Chief (Dr.) X")."""
        in_title = {k for t in self.titles for k in range(t.start, t.end)}
        j = i
        while j < len(self.texts) and j - i < 4 + self.texts[i:j].count(".") and (
                self.lex.is_honorific(self.texts[j]) or self.texts[j] in ("(", ")")
                # "Rear Admiral X", "Laksamana Pertama TNI X": a rank of two words, and a word that goes on from it
                or j + 1 < len(self.texts) and self.lex.is_honorific(f"{self.texts[j]} {self.texts[j + 1]}")
                or j > i and (self.lex.is_honorific(f"{self.texts[j - 1]} {self.texts[j]}")
                              or self.texts[j] in self.lex.honorific_links)
                # "prof. dr hab. n. med. X": the stops the tokenizer splits off, and the field of a Polish degree
                or self.texts[j] == "." and j > i and self.lex.is_honorific(self.texts[j - 1])
                or self.lowers[j] == "n." and j + 1 < len(self.texts) and self.lex.is_honorific(self.texts[j + 1])
                or j in in_title or self.lowers[j] == "senior"  # "Senior Prof."
                or self.lowers[j] in self.lex.academic_ranks  # "associate professor X"
                or self.lowers[j] == "the" and j + 1 < len(self.texts)
                and self.lex.is_honorific(self.texts[j + 1])):  # "the Hon. X"
            j += 1
        return next((p for p in self.people if i <= p.start <= j), None)

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

    def named_by_noun(self, i: int, owner: bool = False, before: int | None = None) -> OrgSpan | None:
        """"on behalf of the cluster", "at the university": a common noun after "the" names the organization
        last mentioned whose name holds it (or is of its kind). `owner`: "the hospital's" names it too. `before`:
        one mentioned before that token ("X, with which the university signed": not X)."""
        limit = i if before is None else min(i, before)
        if i + 1 > len(self.doc) or not self.texts[i].isalpha():
            return None
        noun = self.lowers[i]
        nxt = i + 1
        if not owner and nxt < len(self.doc) and self.texts[nxt] in ("'s", "’s"):
            return None  # "the university's hospital" is not the university
        if nxt < len(self.doc) and self.texts[nxt].isalpha() and not self.doc[nxt].is_stop \
                and not self.lex.is_honorific(self.texts[nxt]) \
                and not any(t.start <= nxt < t.end for t in self.titles) and self.lowers[nxt] not in self.lex.group_nouns \
                and self.lowers[nxt] not in self.lex.signing_verbs and self.lowers[nxt] not in self.lex.press_verbs \
                and self.doc[nxt].pos_ not in ("VERB", "AUX"):  # (a tagger may be off: "the biotech said")
            return None  # "the university hospitals": a longer phrase (but "hospital President X", "the Academy Dr X")
        kind = self.lex.kind_nouns.get(noun)
        forms = set(self.lex.noun_forms.get(noun, (noun,)))  # "the foundation": Fundación Hospital X too
        # a word of the name ("the trust" for "… NHS Foundation Trust") or the kind ("the university"); "other" is
        # no kind to match
        def fits(o: OrgSpan) -> bool:
            return o.end <= limit and (bool(forms & set(o.name.lower().split())) or (kind not in (None, "other") and o.kind == kind)
                                   or noun in self.lex.head_nouns.get(o.kind, ()) or spelt_out_fits(o))

        def spelt_out_fits(o: OrgSpan) -> bool:  # "KUHAS's network. In July, the university …": its acronym
            return bool(forms & set(self.spelt_out(o.name).lower().split())) \
                or (kind not in (None, "other") and self.kind_as_spelt(o) == kind)

        earlier = [o for o in self.top_orgs if fits(o)]
        if not earlier:  # "the School of Nursing at Oriel University, … on behalf of the university"
            earlier = [o for o in self.orgs if o.nested and fits(o) and o.kind == kind]

        if not earlier and kind == "hospital":
            # "the hospital" for "Kingsmere Regional Health Centre": the article's one medical or health center
            centers: dict[str, OrgSpan] = {}  # each under its first mention
            for o in self.top_orgs:
                if o.kind == "center" and not {"medical", "health"}.isdisjoint(o.name.lower().split()):
                    centers.setdefault(self.canonical.get(o.name, o.name), o)
            earlier = [o for o in centers.values() if o.end <= limit] if len(centers) == 1 else []
        if not earlier and noun == "government":
            # "The provincial government, the MHMC and USI signed …", the government named in full only later:
            # the article's one government
            governments = {self.canonical.get(o.name, o.name): o for o in self.top_orgs
                           if o.kind == "government" and "government" in o.name.lower().split()}
            earlier = list(governments.values()) if len(governments) == 1 else []
        if not earlier:
            return None
        # a name that holds the noun ("the university": Ogbomoso Crest University) before one only of its kind
        # (its College of Medicine)
        named = [o for o in earlier if forms & set(self.spelt_out(o.name).lower().split())]
        # "the county" is the County Government, not the County Referral Hospital named after it
        typed = [o for o in named if noun in self.lex.head_nouns.get(self.kind_as_spelt(o), ())]
        # "the university" is Lake Crest University, not the Lake Crest University Hospital named after it
        of_kind = [o for o in named if kind not in (None, "other") and self.kind_as_spelt(o) == kind]
        # "the university" after "the Mindanao Pacific University College of Medicine": the university in its name
        owners = [o for o in self.orgs if o.nested and kind not in (None, "other") and o.kind == kind
                  and any(n.start <= o.start and o.end <= n.end for n in named)]
        found = typed or of_kind or owners or named or earlier
        if i > 0 and self.entity_labels[i - 1] == "NORP":
            # "signed for UKWB by A, and for the Chinese hospital by B": a description by country, in a sentence that
            # names one organization, means another
            opened = self.sentences[self.sent_of[i]].start
            found = [o for o in found if o.start < opened] or found
        # "the agency" is POHPA, not "POHPA's Government Placement Branch": a body before a branch of one
        found = [o for o in found if last_word(o.name) not in BRANCH_WORDS or last_word(o.name).lower() == noun] or found
        # "the Trust" is Mercia Vale Hospitals NHS Foundation Trust, not a headline's "Worcester trust" (a place and the
        # kind in lower case, which names no one)
        found = [o for o in found if not last_word(o.name).islower() or self.canonical.get(o.name, o.name) != o.name] \
            or found
        last = found[-1]
        if self.texts[i][0].isupper() and self.sentences[self.sent_of[i]].start < i - 1:
            # "the University Secretary" with two universities named: a release's capitalised "the University" is
            # its own, the one it names first
            last = found[0]
        return OrgSpan(i, i + 1, self.spelt_out(last.name), self.kind_as_spelt(last))

    def spelt_out(self, name: str) -> str:
        """An acronym's full name in this article ("Kilima University of Health and Allied Sciences" for "KUHAS"), or
        the name itself."""
        if name not in self.spelt_cache:
            root = self.canonical.get(name, name)
            # (also the name it was defined for after a masthead's "MU News" named it first)
            spelt = [n for n, r in self.canonical.items() if r == root and not is_acronym(n)] + [
                o.name for o in self.orgs if name in o.aliases and not is_acronym(o.name)]
            self.spelt_cache[name] = max(spelt, key=len, default=name) if is_acronym(name) else name
        return self.spelt_cache[name]

    def full_name(self, name: str) -> str:
        """An acronym's full name: the one this article defines, or the one organization whose initials it spells
        ("AAMC" for "Arwad Academic Medical Centre"); other names as they are."""
        spelt = self.spelt_out(name)
        if spelt != name or not is_acronym(name):
            return spelt
        spelling = {o.name for o in self.top_orgs if not is_acronym(o.name)
                    and initials_match(name, o.name.split(), self.lex.connectors)}
        return spelling.pop() if len(spelling) == 1 else name

    def kind_as_spelt(self, org: OrgSpan) -> str:
        """An acronym's kind is its full name's: "KUHAS" is a university."""
        full = self.spelt_out(org.name)
        if org.kind != "other" or full == org.name:
            return org.kind
        if full not in self.spelt_kinds:
            known = self.kind_of(full)  # (or its head word's: "Istituto Oncologico X" is an institute)
            self.spelt_kinds[full] = known if known not in (None, "other") else head_kind(self.lex, full.split()) or ""
        return self.spelt_kinds[full] or org.kind

    def kind_of(self, name: str) -> str | None:
        return next((o.kind for o in self.orgs if o.name == name), None)

    def org_ending_at(self, i: int) -> OrgSpan | None:
        return next((o for o in self.top_orgs if o.end == i), None)

    def short_name_at(self, i: int, end: int | None = None) -> OrgSpan | None:
        """"Lakeshore's", "Severnside", "Lakeshore Children's": the first words of exactly one organization's
        name in the article stand for it. Reads capitalised words from i (up to `end`)."""
        words: list[str] = []
        k = i
        while k < (end or len(self.doc)) and is_capitalised(self.texts[k]) and len(words) < 4:
            if k + 2 < (end or len(self.doc)) and self.hyphenated(k + 1) and self.texts[k + 1] == "-":
                word = self.texts[k]  # "Hollis-Brandt's", "Hilal-e-Shifa": one word of the name
                while k + 2 < (end or len(self.doc)) and self.hyphenated(k + 1) and self.texts[k + 1] == "-":
                    word, k = f"{word}-{self.texts[k + 2]}", k + 2
                words.append(word)
                k += 1
                continue
            words.append(self.texts[k])
            k += 1
        if not words or all(word in self.lex.field_nouns for word in words):
            return None  # (not "Director of Nursing at X" for a "Nursing Council": a field, not a name)
        if end is None and k < len(self.doc) and self.texts[k] in ("'s", "’s"):
            words[-1] += "'s"  # "Lakeshore Children's" names "Lakeshore Children's Medical Center"
            k += 1
        named = {self.canonical.get(o.name, o.name): o for o in self.top_orgs if " ".join(words) in o.aliases}
        if len(named) == 1:  # "MU-Varna", the short name defined for it, not the first word of "MU-Varna Institute"
            (alias_of,) = named.values()
            return OrgSpan(i, k, alias_of.name, alias_of.kind)
        matches = {o.name: o for o in self.top_orgs if not o.nested and len(o.name.split()) > len(words)
                   and o.name.replace("’", "'").replace(",", "").split()[: len(words)] == words}  # "Lumenpath, Inc."
        # one organization, maybe written with and without its legal form ("Vedanta Lifesciences (Pvt. Ltd.)")
        parent = min(matches, key=len, default="")
        if len({self.canonical.get(name, name) for name in matches}) > 1 and all(
                name.startswith(parent + " ") and name[len(parent) + 1 :].split()[0] in ACADEMIC_UNITS
                for name in matches if name != parent):
            # "Pembury" for "Pembury University", not its "… School of Medicine" (but "Ogunmakin University Teaching
            # Hospital" is a hospital of its own)
            matches = {parent: matches[parent]}
        if not matches and self.entity_labels[i] != "GPE":
            # "Aveleira's chairman", "Arrifana chairman X": a name written head first ("Grupo Saúde Aveleira, S.A.")
            # is called by the words after its head and generic words (not a place's: the model's reading decides)
            matches = {o.name: o for o in self.top_orgs if not o.nested
                       and (tail := self.head_first_tail(o.name)) is not None and tail[: len(words)] == words
                       and len(tail) >= len(words)}
            # "Aorere vice-chancellor X": the place a "University of Aorere" is named after (not a unit's field:
            # "Director of Ophthalmology" for a "Department of Ophthalmology")
            matches = matches or {o.name: o for o in self.top_orgs if not o.nested and len(words) == 1
                                  and (parts := o.name.split())[1:] == ["of", words[0]] and parts[0] in self.lex.heads
                                  and parts[0] not in self.lex.units and words[0] not in self.lex.field_nouns
                                  and words[0] not in self.lex.countries and o.kind != "government"}
        if len({self.canonical.get(name, name) for name in matches}) != 1:
            return None
        after = k + 2 if self.lowers[k : k + 1] == ["and"] and k + 1 < len(self.doc) and is_capitalised(self.texts[k + 1]) \
            else k
        if after < len(self.doc) and self.lowers[after] in PLACE_NOUNS:
            return None  # "the Volta and Oti regions", "Lakeshore district": a place of that name
        org = max(matches.values(), key=lambda o: len(o.name))
        whole = next((o for o in self.top_orgs if o.name == " ".join(words)), None) if len(words) >= 2 else None
        if whole is not None and any(word in self.lex.heads for word in org.name.split()[len(words) :]):
            # an organization's whole name ("Jiarun Bio"), not the first words of a unit's that begins with it
            # ("Jiarun Bio R&D Center")
            return OrgSpan(i, k, whole.name, whole.kind)
        return OrgSpan(i, k, org.name, org.kind)  # here, under the full name

    def head_first_tail(self, name: str) -> list[str] | None:
        """The words of a name written head first after its head and generic words ("Aveleira" of "Grupo Saúde
        Aveleira, S.A."), if it is written so; without a legal form."""
        words = [w for w in name.replace(",", " ").split() if w not in self.lex.company_suffixes]
        # (written head first in another language, not "Sisters of St. X"; and not a unit, whose field is no short
        # name: "Director of Ophthalmology")
        if len(words) < 2 or (words[0] in self.lex.units and not words[1][:1].isupper()) or not (
                foreign_word(self.lex, words[0].lower()) or words[0] in self.lex.head_first
                or f"{words[0]} {words[1]}" in self.lex.heads):
            return None
        k = 0
        while k < len(words) - 1 and (
                words[k] in self.lex.heads or words[k] in self.lex.head_first_kinds
                or words[k].lower() in self.lex.name_translations or words[k].lower() in self.lex.connectors
                or (k + 1 < len(words) and f"{words[k]} {words[k + 1]}" in self.lex.heads)
                or (k and f"{words[k - 1]} {words[k]}" in self.lex.heads)):
            k += 1
        return words[k:] if k and words[k][:1].isupper() and words[k] not in self.lex.field_nouns else None

    def in_sentence(self, items: Iterable[Any], index: int) -> list[Any]:
        return [x for x in items if self.sent_of[x.start] == index]

    def skip(self, i: int, words: Iterable[str]) -> int:
        words = set(words)
        while i < len(self.doc) and self.lowers[i] in words:
            i += 1
        return i

    # ------------------------------------------------------------ roles

    # ------------------------------------------------------------ agreements

    def hyphenated(self, i: int) -> bool:
        """Token i belongs to a hyphenated word: "data" or "-" in "data-sharing"."""
        texts, spaces = self.texts, self.words.spaces
        if texts[i] == "-":
            return not spaces[i] and i > 0 and not spaces[i - 1]
        return i + 1 < len(texts) and texts[i + 1] == "-" and not spaces[i] and texts[i].isalpha()

    def word_start(self, i: int) -> int:
        """The first token of the hyphened word whose last token is i ("Hilal" for "Shifa" in "Hilal-e-Shifa");
        i itself for a plain word."""
        while i >= 2 and self.texts[i - 1] == "-" and self.hyphenated(i - 1) and self.hyphenated(i - 2):
            i -= 2
        return i

    def from_headline(self, agreement: Agreement) -> bool:
        """Named only in a headline: a line that does not end like a sentence."""
        return all(is_headline(self.raw_sentences[i]) for i in agreement.sentences)

    def same_org(self, a: str, b: str) -> bool:
        """One organization by its name, its defined short name, an acronym spelling the other's initials, or its
        words in another order ("Kandurata University", "University of Kandurata")."""
        a, b = self.canonical.get(a, a), self.canonical.get(b, b)
        connectors = self.lex.connectors
        return a == b or (is_acronym(a) and initials_match(a, b.split(), connectors)) or (
            is_acronym(b) and initials_match(b, a.split(), connectors)) or (
            (key := translated_key(a)) is not None and key == translated_key(b))

    def same_orgs(self, a: Iterable[str], b: Iterable[str]) -> bool:
        """Do two lists name the same organizations ("HKUST" and "Hong Kong University of …" alike)?"""
        first, second = {self.canonical.get(n, n) for n in a}, {self.canonical.get(n, n) for n in b}
        return first == second or (len(first) == len(second) and all(any(self.same_org(x, y) for y in second)
                                                                     for x in first)
                                   and all(any(self.same_org(x, y) for x in first) for y in second))

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
        if len(gap) >= 2 and self.texts[gap[-1]] in ('"', "“", "«") \
                and self.lex.name_prefixes.get(self.texts[gap[-2]]) == "company":
            gap = gap[:-2]  # '… and the manufacturer SIA "Venta Pharma"': the company's legal form and its quote
        texts, lowers = [self.texts[i] for i in gap], [self.lowers[i] for i in gap]
        # (the next item may open with "the" and its country's adjective: "…, and the Portuguese B")
        tail = len(gap) - (2 if lowers[-2:-1] == ["the"] and self.entity_labels[gap[-1]] == "NORP" else
                           1 if lowers[-1:] == ["the"] else 0)
        # (commas of a place inside the description: "a 420-bed hospital complex in Luanda, Angola, and")
        # (and between two adjectives: "a company developing gene-edited, off-the-shelf therapies, and")
        placed = [n for n in range(1, tail - 2) if texts[n] == "," and not (
            self.entity_labels[gap[n - 1]] == "GPE" or self.entity_labels[gap[n + 1]] == "GPE"
            or (texts[n - 1][:1].islower() and texts[n + 1][:1].islower()))]
        if 5 <= len(gap) <= 25 and texts[0] == "," and (lowers[1] in ("a", "an") or (lowers[1] == "the" and texts[2].islower())) \
                and (lowers[tail - 2 : tail] in ([",", "and"], [";", "and"]) or lowers[tail - 1 : tail] == [";"]) \
                and not placed and self.lex.signed_verbs.isdisjoint(lowers):
            # "A, a clinical-stage biopharmaceutical company developing therapies for X, and B"; "A, the health board
            # serving the islands, and B"; "A, the insurer of 410,000 people; B, a clinic in Neiva; and C"
            return True
        described = 0
        # "A (SVSMU), represented by Rector, Professor X, and the B": who represents each item is part of the list
        representing = "represented" in (self.lowers[i] for i in gap)
        # "Crestfield University, Iseyin, and the …": the town after an institution's name and its comma
        end = 2 if len(gap) >= 2 else 0
        while end + 1 < len(gap) and self.texts[gap[end]] == "-" and is_capitalised(self.texts[gap[end + 1]]):
            end += 2  # "Ikate-Ojo"
        town = gap[1:end] if len(gap) >= 2 and self.texts[gap[0]] == "," and is_capitalised(self.texts[gap[1]]) \
            and (len(gap) == end or self.texts[gap[end]] in (",", "and", ";")) else ()  # "…, Jabalpur; B"
        # '… "Vasile Cojocaru" of Chișinău and the …': the town of the name before
        joiner = next((n for n, i in enumerate(gap) if self.lowers[i] == "and"), None)
        if joiner is not None and 2 <= joiner <= 3 and self.lowers[gap[0]] == "of" \
                and all(is_capitalised(self.texts[i]) for i in gap[1:joiner]) \
                and all(self.lowers[i] == "the" for i in gap[joiner + 1 :]):
            town = (*town, *gap[:joiner])
        if joiner is not None and joiner >= 2 and self.lowers[gap[0]] in ("from", "in") and all(
                self.entity_labels[i] in ("GPE", "LOC") or self.texts[i] == "," for i in gap[1:joiner]):
            town = (*town, *gap[:joiner])  # "between A from Belgrade and B": the town A comes from
        if len(gap) >= 3 and self.lowers[gap[0]] == "of" and self.texts[gap[1]] in self.lex.countries:
            town = (*town, gap[0], gap[1])  # "the University of Health and Allied Sciences of Tanzania, Kenya's B"
        # "A (UTR), through its Faculty of Medicine (FOM), and B": the channel of an item is part of the list, as is
        # its owner ("the Directorate for X (DX) under the Ministry of Health, the Turkish company B and …")
        through = next((n for n, i in enumerate(gap[:-1]) if self.lowers[i] in ("through", "under")
                        and self.lowers[gap[n + 1]] in ("its", "their", "the")), None)
        if through is not None:
            comma = next((n for n in range(through, len(gap)) if self.texts[gap[n]] == ","), len(gap))
            town = (*town, *gap[through:comma])
        # "… Hospital and – in the network's first cross-border partnership – B": an aside between dashes
        dashes = [n for n, i in enumerate(gap) if self.texts[i] in ("–", "—")]
        if len(dashes) == 2:
            town = (*town, *gap[dashes[0] : dashes[1] + 1])
        for i in gap:
            if i in town:
                continue
            lower = self.lowers[i]
            if lower == "of" and i and self.texts[i - 1].isalpha() and self.texts[i - 1].islower():
                return False  # "… headquarters in Accra, officials of B and C": the people of the next ones
            if lower in self.lex.list_joiners or self.entity_labels[i] in ("GPE", "LOC", "NORP") or (lower == ";" and town) \
                    or self.texts[i] in OPENING_QUOTES + CLOSING_QUOTES or self.texts[i] in self.lex.legal_prefixes:
                continue  # 'NJSC "Esil Medical University", the …', '… and LLC "Batumi Clinic"'
            if i >= 2 and self.texts[i - 1] == "-" and self.entity_labels[i - 2] in ("GPE", "NORP"):
                continue  # "the Swedish-German imaging company": the model tags only the first half
            if i == gap[-1] and self.lowers[i - 1] == "the" and nationality_shaped(self.texts[i]) \
                    and self.lowers[i + 1] in self.lex.native_nouns:
                continue  # "and the Belgian Institut X", where the model reads no nation
            if any(self.lowers[k : k + 2] == ["-", "based"] for k in (i - 1, i, i + 1)):
                continue  # "the Hohenbruck-based diagnostics company": the town, its hyphen, "based"
            if self.lowers[i - 1] in ("the", "and", ",", "-") and self.texts[i].isalpha() and gap[-1] > i \
                    and self.lowers[gap[-1]] in self.lex.company_nouns:
                # "and the Lithuanian medical technology company B": its country, which the model may miss (also a
                # hyphened town: "the Cluj-Napoca biotechnology company B")
                continue
            if representing and (lower in ("represented", "by", "its", "their") or i in self.in_person_or_title):
                continue
            if lower in ("with", "between") and self.lowers[i - 1] == "and":
                continue  # "with A in Medellín, Colombia, and with B": the preposition said again
            if self.texts[i].isalpha() and self.texts[i].islower() and lower not in self.lex.list_breakers \
                    and not lower.endswith("ed") or self.hyphenated(i) or (
                    is_acronym(self.texts[i]) and i + 1 in gap and self.texts[i + 1].islower()):
                described += 1  # "medical technology start-up", "medical AI developer"
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
            described = next((o for o in self.top_orgs if org.end < o.start and o.end < group[0].start
                              and self.texts[org.end] == "," and (self.in_role_phrase(o) or (
                                  self.lowers[org.end + 1 : org.end + 2] in (["the"], ["a"], ["an"])
                                  and not {"of", "by"}.isdisjoint(self.lowers[o.start - 2 : o.start])))), None)
            # "A, the teaching hospital of B, and C", "A, the health ministry sponsored by the B, and C": past the
            # description of A
            if described is not None:
                between = [i for i in between if i >= described.end]
            if between and self.lowers[between[0]] in ("in", "at"):  # "A in Semarang, Central Java, and B"
                named = max((n for n, i in enumerate(between) if is_capitalised(self.texts[i])), default=0)
                if 2 <= named <= 8 and any(self.lowers[i] in PLACE_NOUNS for i in between[:named]) and all(
                        self.texts[i].isalpha() and (self.texts[i].islower() or is_capitalised(self.texts[i]))
                        for i in between[1:named]):
                    between = between[named + 1:]  # "A in the northern border province of Lang Son and the B"
                else:
                    between = [i for i in between[1:] if not (is_capitalised(self.texts[i]) or self.texts[i] == ","
                                                              or self.lowers[i] in PLACE_NOUNS)] \
                        or between  # (also "A in Battambang province and the B")
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
            if title.end <= org.start <= title.end + 9:
                between = self.lowers[title.end : org.start]
                if len(between) >= 3 and between[-1] in ("'s", "’s"):
                    between = between[:-2]  # "Country Director of the Foundation's Ghana Office"
                end = title.end + len(between)
                if len(between) >= 2 and between[-1] in self.lex.company_nouns:
                    between, end = between[:-1], end - 1  # "general manager of the company X"
                if len(between) >= 3 and between[-2] == "-" and between[-1] in self.lex.describing_participles:
                    k = end - 2  # "CEO of Istanbul-based X", "of the Skopje-based company X": the town and its
                    # "-based" describe X
                    while k > title.end and is_capitalised(self.texts[k - 1]):
                        k -= 1
                    between = self.lowers[title.end : k]
                if len(between) <= 4 and set(between) <= {"of", "at", "the", "heading"}:
                    return True  # (also "the Labor Attaché heading the X Office")
            if title.end <= org.start <= title.end + 8 and self.lowers[org.start - 1] == "at" and all(
                    w in ("of", "for", "and", "&", "at", "the") or self.texts[k] in self.lex.field_nouns
                    for k, w in enumerate(self.lowers[title.end : org.start], start=title.end)):
                return True  # "Deputy Director of Nursing for Education at X"
            if title.end == org.start - 1 and self.texts[title.end] == "," and self.texts[org.end : org.end + 1] == [","]:
                return True  # a list's "the Provost, College of Health Sciences, Professor X;"
        # "X, part of the Ministry of Health, signed": an organization X belongs to, in an appositive
        k = org.start - (self.lowers[org.start - 1 : org.start] == ["the"])
        for cue in self.lex.facts["affiliation_cues"]:
            words = cue.split()
            if k > len(words) and self.lowers[k - len(words) : k] == words and self.texts[k - len(words) - 1] == ",":
                return True
        # "X, an autonomous institute under the Ministry of Health, signed": the body a description places it under
        if k >= 2 and self.lowers[k - 1] in ("under", "within"):
            comma = next((j for j in range(k - 2, max(0, k - 8), -1) if self.texts[j] == ","), None)
            if comma is not None and all(t.isalpha() and t.islower() for t in self.texts[comma + 1 : k - 1]):
                return True
        # "X (HCAB), the teaching hospital of the Universidad Y (UNVC), and Z signed": the one a description of X
        # names, in an appositive that a comma closes
        if k >= 3 and self.lowers[k - 1] == "of" and self.texts[org.end : org.end + 1] == [","]:
            comma = next((j for j in range(k - 2, max(0, k - 7), -1) if self.texts[j] == ","), None)
            described = self.lowers[comma + 1 : k - 1] if comma is not None else []
            if described[:1] in (["the"], ["a"], ["an"], ["its"]) and all(t.isalpha() and t.islower() for t in described) \
                    and any(t in self.lex.kind_nouns or t in ("affiliate", "subsidiary", "arm") for t in described):
                return True
        # "Dean of the Faculty of Medicine, Srinakhon University": the unit's institution, after its comma
        unit = self.org_ending_at(org.start - 1) if org.start and self.texts[org.start - 1] == "," else None
        return unit is not None and unit is not org and is_unit_name(unit.name, self.lex) and self.in_role_phrase(unit)

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

    def place(self, sent: Span) -> str | None:
        for ent in sent.ents:
            if ent.label_ == "GPE" and ent.start > sent.start and self.lowers[ent.start - 1] == "in":
                return ent.text
        return None

    # ------------------------------------------------------------ events, visits, partners


def title_text(text: str, lex: Lexicon | None = None) -> str:
    lex = lex or packaged_lexicon()
    text = re.sub(r"\s+", " ", text)
    # "vice-chair of the Executive Board (Raad van Bestuur)": the board's name in the home language says no more
    text = re.sub(r"(\w+) \([^()]*\)", lambda m: m[1] if m[1] in lex.governing_bodies else m[0], text)
    return " ".join(w if w.isupper() or w.startswith("(") or (n and w in lex.minor_words) else w[:1].upper() + w[1:]
                    for n, w in enumerate(text.split(" ")))


def without_legal_form(name: str, lex: Lexicon | None = None) -> str:
    """"Veridian Genomics, Inc." → "Veridian Genomics"; a name of one word keeps its form ("Roche AG")."""
    lex = lex or packaged_lexicon()
    words = name.replace(",", " ").split()
    popped = False
    while len(words) > 2 and (words[-1] in lex.company_suffixes or (words[-1] == "Public" and popped)):
        words.pop()  # and "Public" before a legal form: "… Public Company Limited"
        popped = True
    return " ".join(words)


def is_unit_name(name: str, lex: Lexicon | None = None) -> bool:
    """"College of Medicine", "Department of Surgery": a unit's name says what it does, not whose it is."""
    lex = lex or packaged_lexicon()
    words = name.split()
    return len(words) >= 3 and words[0] in lex.units and words[1] in ("of", "for")


def last_word(name: str) -> str:
    return name.split()[-1] if name else ""


def better_title(old: str, new: str) -> str:
    """The more specific of two names for one agreement ("Strategic Cooperation Agreement" over "agreement")."""
    if new[:1].isupper() and not old[:1].isupper():
        return new
    return new if len(new) > len(old) and new[:1].isupper() == old[:1].isupper() else old


def unique_names(orgs: Iterable[OrgSpan], lex: Lexicon | None = None) -> list[str]:
    lex = lex or packaged_lexicon()
    return list(dict.fromkeys(o.name for o in orgs if o.name not in lex.countries))


def pairs(items: tuple[str, ...]) -> Iterable[tuple[str, str]]:
    items = tuple(dict.fromkeys(items))
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            yield a, b
