"""Our spaCy components: titles, people and organizations found by the rules in rules/*.json.

Each component matches, then sets annotations: `doc.spans["kg_titles"]`,
`doc._.kg_people` and `doc._.kg_orgs` (lists of the frozen spans below).
"""
from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.attrs import IDX, ORTH, SPACY
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from medcollab_kg.names import SAINTS
from medcollab_kg.nlp.lexicon import (
    DASHES,
    POSSESSIVES,
    Lexicon,
    fold_accents,
    initials_match,
    is_acronym,
    is_headline,
    load_lexicon,
    packaged_lexicon,
    spells_without_first,
)


@dataclass(frozen=True, slots=True)
class OrgSpan:
    start: int  # token offsets of the whole phrase, parentheticals included
    end: int
    name: str  # the organization this phrase names
    kind: str
    aliases: tuple[str, ...] = ()  # other names the phrase gives it (acronym, short name, possessive form)
    parent: str | None = None  # the larger organization it belongs to, when the phrase says
    parent_span: tuple[int, int] | None = None
    nested: bool = False  # lies inside another organization's phrase ("… of CQMU")


@dataclass(frozen=True, slots=True)
class PersonSpan:
    start: int  # honorific included
    end: int
    name: str  # display form: honorifics removed, capitals normalised ("ZHANG Shuyang" → "Zhang Shuyang")
    surname_only: bool = False


for _name in ("kg_people", "kg_orgs"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


# ---------------------------------------------------------------- the lexicon


# Each component hands its lexicon to the Docs it reads, for the helpers below and the facts layer: weak keys, so
# an entry goes with its Doc; nothing in the Doc's own data, so a Doc serialises as before.
_LEXICONS: weakref.WeakKeyDictionary[Doc, Lexicon] = weakref.WeakKeyDictionary()


def lexicon(doc: Doc) -> Lexicon:
    """The lexicon of the components that read `doc` (also `doc._.kg_lexicon`); the packaged one for a Doc that
    none of them read."""
    return _LEXICONS.get(doc) or packaged_lexicon()


if not Doc.has_extension("kg_lexicon"):
    Doc.set_extension("kg_lexicon", getter=lexicon)


class RuleComponent:
    """A component that reads a Lexicon, as spaCy's EntityRuler reads its patterns: from the folder its config
    names (`rules`; None: the packaged rules), or from the folder of a saved pipeline (from_disk), which keeps a
    copy of the rule files it was saved with. The folder is read on first use, so a pipeline loaded from disk
    never needs the folder it was first built from."""

    def __init__(self, rules: str | None = None):
        self.rules = rules
        self._lexicon: Lexicon | None = None

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self.use(load_lexicon(self.rules))
        return self._lexicon  # type: ignore[return-value]

    def use(self, lex: Lexicon) -> None:
        self._lexicon = lex

    def __call__(self, doc: Doc) -> Doc:
        lex = _LEXICONS[doc] = self.lexicon
        return self.process(doc, lex)

    def process(self, doc: Doc, lex: Lexicon) -> Doc:
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        """The rule files of this component's lexicon, in folder `path`."""
        if "rules" not in exclude:
            self.lexicon.to_disk(Path(path))

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> RuleComponent:
        if "rules" not in exclude:
            self.use(load_lexicon(Path(path)))
        return self


# ---------------------------------------------------------------- token texts


@dataclass(frozen=True, slots=True)
class Words:
    """A Doc's token texts, read once and shared by the components and extraction: spaCy makes a new Token
    object on every doc[i] and for every token of a loop over a Doc or Span, and reading the rules' words
    through them was most of the rules' time. Lexical flags follow from the text (spaCy's is_alpha is
    str.isalpha, is_upper str.isupper, …); sentence starts and entities are read from the Doc, as they change."""

    texts: list[str]
    lowers: list[str]  # token.lower_
    spaces: list[str]  # token.whitespace_: "" or " "
    starts: list[int]  # token.idx
    text: str  # doc.text

    @classmethod
    def read(cls, doc: Doc) -> Words:
        orths, starts, spaced = doc.to_array([ORTH, IDX, SPACY]).T.tolist()  # no Token objects at all
        texts = [doc.vocab.strings[orth] for orth in orths]
        spaces = [" " if space else "" for space in spaced]
        return cls(texts, [text.lower() for text in texts], spaces, starts,
                   "".join([text + space for text, space in zip(texts, spaces, strict=True)]))

    def text_of(self, start: int, end: int) -> str:
        """doc[start:end].text, sliced from the Doc's text (0 <= start, end <= len(doc))."""
        if start >= end:
            return ""
        return self.text[self.starts[start] : self.starts[end - 1] + len(self.texts[end - 1])]

    def merged(self, starts: list[int], size: int) -> Words:
        """The Words after merging `size` tokens into one at each of `starts`, without reading the Doc again."""
        texts, lowers, spaces, offsets = list(self.texts), list(self.lowers), list(self.spaces), list(self.starts)
        for i in reversed(starts):
            text = self.text_of(i, i + size)
            texts[i : i + size], lowers[i : i + size] = [text], [text.lower()]
            spaces[i : i + size], offsets[i : i + size] = [spaces[i + size - 1]], [offsets[i]]
        return Words(texts, lowers, spaces, offsets, self.text)


# Weak keys: an entry goes with its Doc. The values hold no Token (a Token refers to its Doc, which would then
# never be freed).
_WORDS: weakref.WeakKeyDictionary[Doc, Words] = weakref.WeakKeyDictionary()


def words(doc: Doc) -> Words:
    """The Doc's Words, read on first use. Only merging or splitting tokens makes them stale, and it changes
    the Doc's length: kg_abbreviations merges, before anything else reads them."""
    found = _WORDS.get(doc)
    if found is None or len(found.texts) != len(doc):
        found = _WORDS[doc] = Words.read(doc)
    return found


@dataclass(frozen=True, slots=True)
class Entities:
    """The model's entities, read once per Doc: (start, end, label) spans and each token's label ("" outside)."""

    spans: list[tuple[int, int, str]]
    labels: list[str]  # per token
    starts: set[int]  # tokens that begin an entity

    @classmethod
    def read(cls, doc: Doc) -> Entities:
        spans = [(e.start, e.end, e.label_) for e in doc.ents]
        labels = [""] * len(doc)
        for start, end, label in spans:
            labels[start:end] = [label] * (end - start)
        return cls(spans, labels, {start for start, _, _ in spans})

    def exactly(self, start: int, end: int, label: str) -> bool:
        return (start, end, label) in self.spans


_ENTITIES: weakref.WeakKeyDictionary[Doc, Entities] = weakref.WeakKeyDictionary()


def entities(doc: Doc) -> Entities:
    """The Doc's Entities, read on first use (after kg_abbreviations, the only component that retokenizes)."""
    found = _ENTITIES.get(doc)
    if found is None or len(found.labels) != len(doc):
        found = _ENTITIES[doc] = Entities.read(doc)
    return found


# ---------------------------------------------------------------- helpers


def is_capitalised(text: str) -> bool:
    # "Second", not "2nd"; the capital is nearly always the letter, so the loop over the rest seldom runs
    return text[:1].isupper() and (text[0].isalpha() or any(c.isalpha() for c in text))


def foreign_word(lex: Lexicon, word: str) -> bool:
    """A word of institutions' names in another language ("université", "école"), not an English spelling of one
    ("center")."""
    return lex.name_translations.get(word, word) != word and word != "center"


def head_kind(lex: Lexicon, texts: list[str]) -> str | None:
    """The kind given by the last head word in `texts` (a phrase's token texts), if any; a closing lower-case
    head counts too ("the Santa Brígida hospital"). Before "of" the head is the name's own: the First Hospital
    of Jilin University is a hospital."""
    if "of" in texts[1:]:
        own = head_kind(lex, texts[: texts.index("of", 1)])
        if own:
            return own
    # "PT Sehat Abadi", "NHS Lothian": a word written first makes an organization of that kind of the words after it
    kind = lex.name_prefixes.get(texts[0]) if len(texts) > 1 else None
    for n, text in enumerate(texts):
        if n and f"{texts[n - 1]} {text}" in lex.heads:  # "Medical City", but not any "City"; "Hospitals Group"
            kind = lex.heads[f"{texts[n - 1]} {text}"]
        elif text in lex.heads:
            kind = lex.heads[text]
        elif n == len(texts) - 1 and n and text.islower() and text.capitalize() in lex.heads:
            kind = lex.heads[text.capitalize()]
        elif n == 1 and text.islower() and text.capitalize() in lex.heads and foreign_word(lex, text):
            kind = lex.heads[text.capitalize()]  # "Haute école de santé X": a head in another language, in lower case
        elif n == len(texts) - 1 and n and text in lex.company_suffixes and (text.isupper() or text.count(".") >= 2) \
                and (len(text) >= 3 or texts[n - 1] != ","):
            # "Qazmed Pharm JSC", "Siam Medica PCL", "Teranga BioPharma SA", "Medisonar sp. z o.o.": a legal form in
            # capitals or initials closes a company's name (not "Adelaide, SA")
            kind = "company"
    return kind


def weak_head_kind(doc: Doc, start: int, end: int) -> str | None:
    """"Stanford Medicine", "Northwell Health": a name ending in a word that names an institution only as the
    last word of a proper name. With a model, the model must read some of it as an organization, so that a
    field ("Family Medicine", "Global Health") is not taken for one."""
    lex = lexicon(doc)
    texts = words(doc).texts[start:end]
    if len(texts) < 2 or not is_capitalised(texts[0]) or texts[0] in lex.months:
        return None
    # the longest ending that is a weak head: "Health Care System", "Health System", "System"
    last = next((ending for size in (3, 2) if len(texts) > size and (ending := " ".join(texts[-size:])) in lex.weak_heads),
                texts[-1])
    if last not in lex.weak_heads or len(last.split()) == len(texts):
        return None
    lowers = words(doc).lowers[start:end]
    if lowers[0] in lex.title_words and lowers[0] not in ("medical", "clinical", "research", "general"):
        return None  # "Deputy Health Minister": a title, not a name
    if is_acronym(texts[0]):
        return None  # "NUS Medicine": a unit of the acronym's institution (acronym_prefix)
    if lowers[0] in lex.field_words or any(lower in lex.connectors for lower in lowers):
        return None  # "Nuclear Medicine", "Medicines and Healthcare": a field, or a longer name cut short
    if all(t in lex.field_nouns for t in texts[: -len(last.split())]):
        return None  # "Medical Services", "Health Service": an office or a service, not a name
    titled = end < len(doc) and any(span.start == end for span in doc.spans.get("kg_titles", []))
    if doc.has_annotation("ENT_IOB") and "ORG" not in entities(doc).labels[start:end] \
            and not titled and not org_slot(doc, start, end):
        return None  # with a model, the model or the sentence must place an organization here
    return lex.weak_heads[last]


def model_org_kind(doc: Doc, start: int, end: int) -> str | None:
    """"Roche", "Medtronic", "Al Noor Group": a run with no head word that the model reads as an organization,
    all of it and nothing more, in a place where an organization goes. Companies and brands look like this."""
    lex = lexicon(doc)
    w = words(doc)
    texts = w.texts[start:end]
    if not entities(doc).exactly(start, end, "ORG"):
        return None
    if any(t in lex.not_orgs or t in lex.things or t.lower() in lex.things or lex.is_honorific(t) or t in lex.months for t in texts):
        return None
    if w.text_of(start, end) in lex.countries or is_acronym(texts[0]):
        return None  # acronyms have rules of their own
    if not all(is_capitalised(t) or w.lowers[i] in lex.connectors or not t.isalpha()
               for i, t in enumerate(texts, start)):
        return None
    titles = {span.start for span in doc.spans.get("kg_titles", [])}
    if end + 1 < len(w.texts) and w.texts[end] == "," and titles & set(range(end + 1, end + 5)):
        return None  # "Ewa Sobczak, Head of …": a person the model missed
    if sum(t.isalpha() for t in texts) < 2:
        return None  # a lone word the model calls an organization is as often a surname or a field
    if all(t in lex.field_nouns or t.lower() in lex.connectors or not t.isalpha() for t in texts):
        return None  # "Research and Innovation", "Academic Planning": a field or an office
    return "other" if org_slot(doc, start, end) else None


def org_slot(doc: Doc, start: int, end: int) -> bool:
    """Is there an organization's place around tokens start:end: "with X", "between X and", "X has signed"?"""
    lex = lexicon(doc)
    lowers = words(doc).lowers
    before = lowers[start - 1] if start else ""
    if start and before == "the":
        before = lowers[start - 2] if start > 1 else ""
    after = lowers[end] if end < len(lowers) else ""
    # "President and CEO of X", "Chief Executive, X;": right after a title
    k = start - 2 if start > 1 and lowers[start - 1] == "the" else start - 1
    titled = before in ("of", "at", ",") and any(span.end == k for span in doc.spans.get("kg_titles", []))
    # "Coral Coast Health, Tasman University and …": the first of a list of organizations
    listed = after == "," and end + 1 < len(lowers) \
        and head_kind(lex, capitalised_run(words(doc).texts, end + 1)) is not None
    # "Dr Aroha Ngata (Tasman Bay Health)": in brackets after a person, the organization the person is from
    bracketed = before == "(" and after == ")" and any(p.end == start - 1 for p in doc._.kg_people or [])
    # "Aurelian Health Technologies, the Singapore-based clinical AI company, today announced": described as one
    described = after == "," and any(lower in lex.company_nouns for lower in lowers[end + 2 : end + 8]) \
        and end + 1 < len(lowers) and lowers[end + 1] in ("a", "an", "the")
    return before in lex.slot_before or after in lex.slot_after or titled or listed or bracketed or described


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    text = re.sub(r"^(the|The|THE)\s+", "", text)
    return re.sub(r"\s*([–—-])\s*", lambda m: m.group(1) if m.group(1) == "-" else f" {m.group(1)} ", text)


def span_text(doc: Doc, start: int, end: int) -> str:
    return tidy(words(doc).text_of(start, end))


# ---------------------------------------------------------------- titles


# `rules`: a folder holding organizations.json, people.json and facts.json; None: the packaged rules (nlp/rules)
RULES_CONFIG: dict[str, str | None] = {"rules": None}


@Language.factory("kg_titles", assigns=["doc.spans"], default_config=RULES_CONFIG)
def make_title_ruler(nlp: Language, name: str, rules: str | None) -> TitleRuler:
    return TitleRuler(nlp, rules)


class TitleRuler(RuleComponent):
    """Job titles ("Vice President", "Associate Provost (Mainland Affairs)") → doc.spans["kg_titles"]."""

    def __init__(self, nlp: Language, rules: str | None = None):
        super().__init__(rules)
        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")

    def use(self, lex: Lexicon) -> None:
        super().use(lex)
        # base titles by phrase (fast), then modifiers ("Vice", "Acting", "Honorary") by walking left
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.matcher.add("TITLE", [self.nlp.make_doc(title.lower()) for title in lex.titles])
        self.modifiers = lex.title_modifiers
        # occupations by their lower-case text only: capitalised they begin names ("Specialist Hospital")
        self.occupations = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.occupations.add("OCCUPATION", [self.nlp.make_doc(word) for word in lex.occupations])
        self.occupation_modifiers = lex.occupation_modifiers

    def matches(self, doc: Doc) -> list[Span]:
        w = words(doc)
        lowers = w.lowers
        # base titles, and "Chief Nursing Officer", "chief data officer", "chief nursing executive" (read from the
        # words: spaCy's Matcher makes a Token object per word, twice); then modifiers: "interim", "Vice"
        chief_officer = [(0, i, i + size) for i in range(len(lowers) - 2) if lowers[i] == "chief"
                         for size in (3, 4)  # "chief data officer", "chief medical information officer"
                         if lowers[i + size - 1 : i + size] in (["officer"], ["executive"])  # "chief nursing executive"
                         and all(t.isalpha() for t in w.texts[i + 1 : i + size - 1])]
        found = []
        titles = [*self.matcher(doc), *chief_officer]
        in_title = {i for _, start, end in titles for i in range(start, end)}
        for _, start, end in self.occupations(doc):
            if end - 1 in in_title:
                continue  # "chief physician": a title
            while start > 0 and w.texts[start - 1] in self.occupation_modifiers:
                start -= 1  # "consultant nephrologist", "senior research scientist"
            found.append(Span(doc, start, end, label="OCCUPATION"))
        for _, start, end in titles:
            # (not the last word of a name before it: "College of Nursing Dean X", "Tuana Health Group CEO X")
            while start > 0 and lowers[start - 1] in self.modifiers and not ends_a_name(w.texts, start - 1) \
                    and not name_goes_on(w.texts, w.text, start - 1):
                start -= 1
            while start > 1 and w.texts[start - 1] == "-" and lowers[start - 2] in self.modifiers \
                    and not w.spaces[start - 2] and not w.spaces[start - 1]:
                start -= 2  # "vice-chair", "co-director": a modifier joined by a hyphen
            if start > 1 and lowers[start - 1] == "hospital" and lowers[start] == "director" and (
                    w.texts[start - 2] in POSSESSIVES or lowers[start - 2] in ("the", "a", "as") or is_acronym(w.texts[start - 2])
                    or not is_capitalised(w.texts[start - 2]) or w.texts[start - 1] == "hospital"):
                start -= 1  # "LUH's Hospital Director", "SHCH Hospital Director", "by hospital director X", "its
                # Hospital Director": the hospital's director (not a name's last word: "Kvarner University Hospital
                # Director")
            found.append(Span(doc, start, end))
        # "Driftless Regional Medical Center Chief Executive Officer": a title whose last word begins a longer one
        # ("Medical Center Chief", "Chief Executive Officer") gives way to it
        longer = {span.start for span in found if len(span) > 1}
        return filter_spans([span for span in found if not (len(span) > 1 and span.end - 1 in longer)])

    def process(self, doc: Doc, lex: Lexicon) -> Doc:
        w = words(doc)
        texts, n = w.texts, len(w.texts)
        spans = []
        found = self.matches(doc)
        starts = {m.start for m in found}
        ends = {m.end for m in found}
        for span in found:
            if span.start and w.lowers[span.start - 1] in lex.name_translations \
                    and w.lowers[span.end : span.end + 1] in (["de"], ["del"], ["da"], ["do"], ["di"], ["della"]):
                continue  # "Universidad Nacional Mayor del Chillón": a word of an institution's name
            if surname_half(doc, span.start):
                continue  # "Tama Henare-Bishop": the second half of a surname
            # a lower-case title counts only in "title of/at X" ("Ge Wei, vice rector of UM") or right before a
            # name ("Swan River Cancer Centre medical director Dr. Nikhil Raman")
            after = w.lowers[span.end] if span.end < n else ""
            if span.label_ == "OCCUPATION" and after not in ("at", "of", "with"):
                continue  # "a haematologist who has led the institute", "a specialist in T cells": a post only where held
            # "vice-chancellor (VC) Prof. X", "vice-president (research) Professor X"
            name_at = after_title_acronym(doc, qualifier_end(doc, span.end))
            before_name = name_at < n and (lex.is_honorific(texts[name_at]) or is_name_token(doc, name_at) or (
                # "CMNHS dean Associate Professor X": a rank of two words before the name
                w.lowers[name_at] in lex.academic_ranks and w.lowers[name_at + 1 : name_at + 2] == ["professor"]))
            # "X, GBDI's chief …", "X, MD, the institute's director"
            start = title_start(doc, span.start)  # (with its field: "the centre's human resources director")
            # (also past an organization's name: "John Baird, NHS Carrick and Lorne chairman, said")
            comma = next((k for k in range(start - 1, max(0, start - 9), -1) if texts[k] == ","), None)
            # (also after an owner told by its noun: "X, the health system's chief executive")
            appositive = "," in texts[max(0, start - 4) : start] or (
                start > 0 and texts[start - 1] in POSSESSIVES and "," in texts[max(0, start - 6) : start]) or (
                comma is not None and all(
                is_capitalised(t) or t in ("and", "of", "&") for t in texts[comma + 1 : start]))
            named_next = after == "," and span.end + 1 < n and (  # "with its director, Prof. X"
                lex.is_honorific(texts[span.end + 1]) or is_name_token(doc, span.end + 1))
            # "co-founder and CEO of X": a lower-case title joined to another (also "co-founder and chief executive",
            # and a list of them: "the company's founder, president and chief executive officer, Dr X")
            joined = (after in ("and", "&") and span.end + 1 in starts) or (
                after == "," and span.end + 1 in starts and texts[span.end + 1].islower()) or (
                span.start >= 2 and w.lowers[span.start - 1] in ("and", "&") and span.start - 1 in ends)
            # "Romania's ambassador to Italy, X": a government post sent to a country
            sent_to = after == "to" and w.lowers[span.end - 1] in lex.government_title_words
            if texts[span.end - 1][:1].islower() and after not in ("of", "at", "for") and not before_name and not sent_to \
                    and not appositive and not named_next and not joined:
                continue
            end = qualifier_end(doc, field_end(doc, span.end))
            if w.lowers[span.start] in BARE_HONORIFICS and span.end - span.start == 1 and start == span.start \
                    and end == span.end:
                continue  # "Councillor Rees": a form of address; "Councillor for Health", "health councillor": a post
            if sent_to:  # "Thai Ambassador to Vietnam Chanin Boonyarat": the country is the post's, not the name's
                end = next((span.end + 1 + size for size in (3, 2, 1)
                            if w.text_of(span.end + 1, min(n, span.end + 1 + size)) in lex.countries), end)
            if texts[end : end + 1] == [":"]:  # "Deputy Vice-Chancellor: Research and Innovation": its portfolio
                k = end + 1
                while k < n and (texts[k] in lex.field_nouns or (w.lowers[k] in ("and", "&") and k > end + 1)):
                    k += 1
                end = k if k > end + 1 and texts[k - 1] in lex.field_nouns else end
            elif texts[end : end + 1] == [","] and texts[span.end - 1][:1].isupper():
                end = comma_portfolio_end(doc, end)
            elif w.lowers[end : end + 2] == ["to", "government"]:
                end += 2  # "Principal Secretary to Government, Health & Family Welfare Department"
            if end < n and w.lowers[end - 1] in ("and", "&"):
                # "Director of Medical Education and Training": a field goes on past its "and" (the model may read
                # "Training" as a name), else the "and" is not the title's
                end = field_words_end(doc, end) if texts[end] in lex.field_nouns else end - 1
            if 0 < start < end - 1 and f"{texts[start - 1]} {texts[start]}" in lex.heads:
                start += 1  # "… Local Health District Chief Executive": the district is the organization's
            spans.append(Span(doc, start, end, label="TITLE"))
        # "Managing Director/Chief Executive Officer", "Principal-cum-Chief Superintendent": two titles joined by a
        # slash or by "-cum-" are one post, as written
        posts: list[Span] = []
        for span in sorted(spans, key=lambda span: span.start):
            if posts and span.start == posts[-1].end + 1 and texts[posts[-1].end] == "/" \
                    and not w.spaces[posts[-1].end - 1] and not w.spaces[posts[-1].end]:
                posts[-1] = Span(doc, posts[-1].start, span.end, label="TITLE")
            elif posts and span.start == posts[-1].end + 3 and w.text_of(posts[-1].end, span.start) == "-cum-":
                posts[-1] = Span(doc, posts[-1].start, span.end, label="TITLE")
            else:
                posts.append(span)
        spans = posts
        taken = {i for span in spans for i in range(span.start, span.end)}
        doc.spans["kg_titles"] = sorted([*spans, *academic_ranks(doc, taken)], key=lambda span: span.start)
        return doc


def academic_ranks(doc: Doc, taken: set[int]) -> list[Span]:
    """"Ana Ruiz, a professor of surgery at X", "and associate professor at Y": a rank stated as a post (before a
    name, "Professor Ana Ruiz" is an honorific)."""
    lex = lexicon(doc)
    lowers, n = words(doc).lowers, len(doc)
    spans = []
    for i in range(1, n - 1):
        if lowers[i] != "professor" or i in taken or lowers[i + 1] not in ("of", "at", "in"):
            continue
        start = i
        while start > 0 and lowers[start - 1] in lex.academic_ranks:
            start -= 1
        if start > 0 and lowers[start - 1] in (",", "a", "an", "and", "as"):
            spans.append(Span(doc, start, rank_field_end(doc, i + 1), label="TITLE"))
    return spans


def rank_field_end(doc: Doc, end: int) -> int:
    """A professor's field, "of Internal Medicine" or "of obstetrics and gynaecology", up to "at", "in" or a
    punctuation mark; not an organization ("professor of Lakeview University")."""
    lex = lexicon(doc)
    w = words(doc)
    texts, lowers, n = w.texts, w.lowers, len(doc)
    if lowers[end] != "of":
        return end
    k = end + 1
    while k < n and k - end <= 5 and texts[k].isalpha() and lowers[k] not in ("at", "in") and texts[k] not in lex.heads:
        k += 1
    return k if k > end + 1 and (k == n or lowers[k] in ("at", "in") or doc[k].is_punct) else end


OWNERS = POSSESSIVES | {"its", "their", "his", "her", "our"}


def after_title_acronym(doc: Doc, end: int) -> int:
    """Where a title's bracketed acronym ends: "vice-chancellor (VC) Prof. X" names X after "(VC)"."""
    texts = words(doc).texts
    if texts[end : end + 1] == ["("] and texts[end + 2 : end + 3] == [")"] and is_acronym(texts[end + 1]):
        return end + 3
    return end


def title_start(doc: Doc, start: int) -> int:
    """"the hospital's Commercial Director", "KMC Health Officer": capitalised words between an owner and a
    title belong to the title."""
    lex = lexicon(doc)
    texts = words(doc).texts
    if texts[start][:1].islower():
        # "AIIMS Tezpur executive director": a title in lower case takes no capitalised words, but its field's
        # lower-case words ("Tallgrass County health commissioner", "the county's public health director")
        k = start
        while k > 0 and start - k < 2 and texts[k - 1].isalpha() and texts[k - 1].islower() \
                and texts[k - 1].capitalize() in lex.field_nouns and texts[k - 1] not in lex.title_modifiers:
            k -= 1
        return k
    if (portfolio := portfolio_start(doc, start)) is not None:
        return portfolio
    if start >= 2 and texts[start - 1] in lex.heads and texts[start - 2] == "," and texts[start - 1].istitle() \
            and lex.heads[texts[start - 1]] == "hospital":
        return start - 1  # "Dr. X, Hospital Director of Y": an appositive's post, not an organization's name
    k = start
    while k > 0 and start - k < 3 and is_capitalised(texts[k - 1]) and texts[k - 1].isalpha() \
            and texts[k - 1] not in lex.heads and texts[k - 1] not in lex.weak_heads and not is_acronym(texts[k - 1]) \
            and not lex.is_honorific(texts[k - 1]) and texts[k - 1] not in lex.months \
            and entities(doc).labels[k - 1] != "GPE" and not ends_a_name(texts, k - 1):
        k -= 1  # (not "PCU Manila Chancellor": the campus's town is not the title's)
    owner = k > 0 and (texts[k - 1] in OWNERS or (is_acronym(texts[k - 1]) and texts[k - 1] not in lex.credentials
                                                  and texts[k - 1] not in lex.name_prefixes
                                                  # (not "CC Morava Director": after an acronym, a field's words only)
                                                  and all(t in lex.field_nouns for t in texts[k:start])))
    # "Jane Roe, Communications Manager, X", "Media contact: Finance Director …": a field's words after a comma or at
    # a line's start are the title's, as after an owner
    led = k == 0 or texts[k - 1] in (",", ":") or texts[k - 1].startswith("\n")
    if k < start and (owner or (led and all(t in lex.field_nouns for t in texts[k:start]))):
        return k
    return start


def portfolio_start(doc: Doc, start: int) -> int | None:
    """"Health Minister X", "Deputy Health and Family Welfare Minister": a minister's or secretary's portfolio
    written before the title belongs to it, with the modifiers before the portfolio."""
    lex = lexicon(doc)
    texts, lowers = words(doc).texts, words(doc).lowers
    if lowers[start] not in ("minister", "secretary"):
        return None
    k = start
    while k > 0 and (texts[k - 1] in lex.field_nouns or (texts[k - 1] in ("and", "&") and k < start
                                                           and k > 1 and texts[k - 2] in lex.field_nouns)):
        k -= 1
    if k == start or (lowers[k - 1 : k] == ["of"] and (k < 2 or not texts[k - 2].islower())):
        # (not "Ministry of Health and Population Secretary X": the portfolio ends the ministry's name; but "under the
        # patronage of Health Minister X")
        return None
    while k > 0 and lowers[k - 1] in lex.title_modifiers:
        k -= 1
    return k


def name_goes_on(texts: list[str], text: str, i: int) -> bool:
    """Is the capitalised word i ("Group") the last of a name the article also writes without the title after it
    ("Tuana Health Group CEO Kerem Aslan" and "Tuana Health Group, which operates …")?"""
    if i < 1 or not is_capitalised(texts[i]) or not is_capitalised(texts[i - 1]):
        return False
    pair = f"{texts[i - 1]} {texts[i]}"
    # (a whole word: "Deputy Vice-Chancellor" is not "Deputy Vice" written alone)
    return len(re.findall(rf"{re.escape(pair)}(?![\w-])", text)) > text.count(f"{pair} {texts[i + 1]}")


def ends_a_name(texts: list[str], i: int) -> bool:
    """Is word i the last of a name "X of Y" ("College of Nursing Dean X"), not part of the title after it?"""
    return i >= 2 and texts[i - 1] == "of" and is_capitalised(texts[i - 2])


def comma_portfolio_end(doc: Doc, comma: int) -> int:
    """End of a portfolio written after a title and a comma, "Vice President, Academic Affairs", "Director of Nursing,
    Quality and Patient Experience" (the title's own words, mostly of an office and opening with one, then a stop),
    else the comma (not "Chief Executive, Riverbend Health": an organization's name)."""
    lex = lexicon(doc)
    w = words(doc)
    texts, n = w.texts, len(w.texts)
    k = comma + 1
    while k < n and k - comma <= 7 and (is_capitalised(texts[k]) and texts[k].isalpha()
                                        or (w.lowers[k] in ("and", "&") and k > comma + 1)):
        k += 1
    run = [t for t in texts[comma + 1 : k] if t not in ("and", "&")]
    stops = k == n or texts[k] in (",", ".", ";", ")", "at") or "\n" in texts[k] + w.spaces[k - 1]
    if not run or not stops or texts[k - 1] in ("and", "&") or run[0] not in lex.field_nouns \
            or sum(t in lex.field_nouns for t in run) * 2 < len(run) \
            or any(entities(doc).labels[i] in ("PERSON", "ORG", "GPE") for i in range(comma + 1, k)) \
            or (texts[k : k + 1] == [","] and k + 1 < n and texts[k + 1] in lex.field_nouns) \
            or head_kind(lex, run) is not None or lex.is_honorific(run[0]) or any(is_acronym(t) for t in run):
        return comma  # (not "Dean, SUHS Medicine": an organization's short name)
    return k


def field_end(doc: Doc, end: int) -> int:
    """Keep a field with its title ("Chief of Oncology", "Director of Clinical Services", "Vice President for
    Research") but not an organization ("President of Stanford", "Director of Shenzhen Bay Laboratory")."""
    lex = lexicon(doc)
    w = words(doc)
    texts, lowers, n = w.texts, w.lowers, len(w.texts)
    if end + 1 < n and texts[end] in lex.field_nouns and texts[end - 1][:1].isupper():
        # "Secretary Health Adeel Marwat", "Secretary Primary Healthcare and Medical Education Imran Dogar":
        # the field written straight after the title (South Asian usage), then a name
        k = field_words_end(doc, end)
        if k + 1 < n and is_place_word(doc, k) and (lex.is_honorific(texts[k + 1]) or name_shape_at(doc, k + 1)):
            k += 1  # "Secretary Health Balochistan Abdul Basit Rind": the province the post serves, then the name
        # (also before its organization: "Provost and Vice-President Academic of LUHS", "Vice-President Research and
        # Innovation at X"; not a unit's name: "Dean Faculty of Allied Health Sciences")
        unit = any(t in lex.heads for t in texts[end:k])
        return k if k < n and (lex.is_honorific(texts[k]) or name_shape_at(doc, k)
                               or (lowers[k] in ("of", "at") and not unit)) else end
    if end + 1 >= n or lowers[end] not in ("of", "for"):
        return end
    ents = entities(doc)
    ministry = ministry_field_end(doc, end)
    if ministry:
        return ministry  # "Minister of Health and Family Welfare NAME", when the article names that ministry
    # "Minister for Health and Population Hari Gurung", "Deputy Minister of Health DO Quang Khai": a field
    # of office words, then a name
    k = field_words_end(doc, end + 1)
    if k > end + 1 and k < n and (lex.is_honorific(texts[k]) or person_starts(doc, k) or name_shape_at(doc, k)):
        return k
    board = end + 2 if lowers[end + 1] == "the" else end + 1
    if board + 1 < n and lowers[board] in lex.board_kinds and lowers[board + 1] == "board":
        board += 1  # "Chair of the Executive Board of UKF"
    if board < n and lowers[board] == "board":
        # "Chair of the Board of Trustees of X": the board is part of the title, X is the organization
        if lowers[board + 1 : board + 2] == ["of"] and board + 2 < n and lowers[board + 2] in lex.board_members:
            return board + 3
        return board + 1
    # "Secretary of the Party Committee of X", "Chairman of the Governing Council of Y": the organ is the title's
    organ = next((len(o) for o in lex.governing_organs if tuple(lowers[board : board + len(o)]) == o), 0)
    if organ and lowers[board + organ : board + organ + 1] in (["of"], ["at"]):
        return board + organ
    if any(t in lex.company_suffixes for t in capitalised_run(texts, board)[:5]):
        return end  # "General Director of Qazmed Pharm JSC Ruslan Ibrayev": a company, not a field
    if texts[end + 1].islower():  # "head of international relations", "chief of cardiac surgery at X"
        k = end + 1
        while k < n and k - end <= 5 and texts[k].isalpha() and texts[k].islower() and (not doc[k].is_stop or (
                lowers[k] == "and" and k > end + 1 and k + 1 < n and texts[k + 1].isalpha() and texts[k + 1].islower()
                and not doc[k + 1].is_stop)):  # "acting director of research and innovation"
            k += 1
        # "chief of clinics Dr. X", "vice-rector for internationalisation Catarina Gouveia": a name after the field
        # closes it too
        closes = k == n or doc[k].is_punct or lowers[k] in ("at", "and") or lex.is_honorific(texts[k]) \
            or person_starts(doc, k)
        return k if k > end + 1 and closes else end
    # "Regional Programmes Director for Southern Africa Tawonga Phiri": a field of a country or region ends with it
    place = end + 2 if lowers[end + 1] == "the" else end + 1
    region = next((place + size for size in (3, 2, 1)
                   if (named := w.text_of(place, min(n, place + size))) in lex.countries or named in lex.world_regions), None)
    if region is not None:
        after = region
        while after < n and is_capitalised(texts[after]):
            after += 1
        if after > region and head_kind(lex, texts[place:after]) is None:  # (not "of Gulf Medical City")
            return region
    k = end + 1

    def named_person(k: int) -> bool:  # (not "Vice-Rector for Research and Lifelong Learning, Professor X": the
        # model's person there is the field's second half, the name follows its comma)
        e = next((e for s, e, label in ents.spans if s == k and label == "PERSON"), None)
        return e is not None and not (lowers[k - 1] == "and" and texts[e : e + 1] == [","] and e + 1 < n
                                      and (lex.is_honorific(texts[e + 1]) or person_starts(doc, e + 1)))

    # "Director of Research and Innovation", "Academic Affairs and Training": a field may join two words
    while k < n and k - end <= 4 + (lowers[end + 1 : k].count("and") + lowers[end + 1 : k].count("&")) \
            and not (k > end + 1 and named_person(k)) and (
            is_capitalised(texts[k]) or (
                lowers[k] in ("and", "&") and k > end + 1 and k + 1 < n and is_capitalised(texts[k + 1])
                and texts[k + 1] not in lex.heads and (lowers[k + 1] not in lex.title_words or (
                    # "Vice-Rector for Science and Research": a field word that could begin a title, and none does
                    texts[k + 1] in lex.field_nouns and not (k + 2 < n and is_capitalised(texts[k + 2])
                                                              and lowers[k + 2] in lex.title_words))))) \
            and (texts[k] not in lex.heads or (k == end + 1 and texts[k] in lex.field_nouns
                                                # "Director General of Pharmaceuticals and Medical Devices": a
                                                # field first, which alone names no company
                                                and texts[k] not in lex.head_first)) \
            and not lex.is_honorific(texts[k]) and not is_acronym(texts[k]) and not INITIAL_NAME.fullmatch(texts[k]) \
            and not (k + 1 < n and texts[k + 1] in POSSESSIVES):  # "Dean of Cartwright's Faculty of …": an owner
        k += 1
    if k == end + 1:
        return end
    if texts[k - 1] in ("Health", "Healthcare", "Medicine") and k - end > 2 and not any(
            t in lex.field_nouns or t.lower() in lex.connectors for t in texts[end + 1 : k - 1]):
        return end  # "chief nursing officer for Ozark Vale Health", "of Marrowstone Health": name words, then "Health"
    if k + 1 < n and lowers[k - 1] == "and" and lex.is_honorific(texts[k]) and lowers[k + 1] == "of":
        k -= 1  # "… and Professor of Surgery": a second title, not a name
    # (also after a comma, a field's words: "Vice-Minister of Integrated Health Care, Dr. X", not "Mayor of
    # Brezno, X")
    after_comma = k + 1 if k + 1 < n and texts[k] == "," and texts[end + 1 : k] and all(
        t in lex.field_nouns or t.lower() in lex.connectors or FIELD_ADJECTIVE.fullmatch(t) for t in texts[end + 1 : k]) else k
    name_follows = after_comma < n and (lex.is_honorific(texts[after_comma]) or (
        after_comma in ents.starts and ents.labels[after_comma] == "PERSON") or INITIAL_NAME.fullmatch(texts[after_comma]) is not None)
    title_follows = k + 1 < n and lowers[k] == "and" and (lowers[k + 1] in lex.title_words or lex.is_honorific(texts[k + 1]))
    # "Vice-President for International Relations of the Université X": the field, then its organization
    at = k + 2 if k + 1 < n and lowers[k + 1] == "the" else k + 1
    # ("Director of Administration of the FMC": a field that is also a head word, then an organization)
    fields_only = all(t in lex.field_nouns or t.lower() in lex.connectors for t in texts[end + 1 : k])
    # (also "Director of Rehabilitation Services at QIRS": a field, then the organization's acronym after "at")
    if k < n and lowers[k] in ("of", "at") and at < n and (
            head_kind(lex, capitalised_run(texts, at)) is not None or ((fields_only or lowers[end] == "for"
                                                                        or lowers[k] == "at") and is_acronym(texts[at]))) \
            and (head_kind(lex, texts[end + 1 : k]) is None or fields_only):
        return k
    # (a spaced dash ends the field: "Vice-Rector for Research – for X University")
    spaced_dash = k < n and texts[k] in DASHES and bool(doc[k - 1].whitespace_)
    if k < n and (is_capitalised(texts[k]) or lowers[k] in lex.connectors) and not (name_follows or title_follows) \
            and not spaced_dash:
        return end
    if names_an_org(doc, end + 1, k):
        return end  # "CEO of Neurovex", where the article also writes "Neurovex SAS": a short name, not a field
    if k < n and texts[k] == "," and any((lowers[m] in lex.describing_participles and texts[m - 1] == "-")
                                         or ("-" in lowers[m] and lowers[m].rpartition("-")[2] in lex.describing_participles)
                                         for m in range(k + 1, min(k + 5, n))):
        return end  # "president of Jackson, Tenn.-based Ridgeway College": the town describes the organization
    # "Director of Global Health, Westmere Hospital": a field, then the organization after a comma
    org_follows = k + 1 < n and texts[k] == "," and head_kind(lex, capitalised_run(texts, k + 1)) is not None
    # after "of", a name the model knows is the organization, unless a person's name follows the phrase
    fieldlike = all(t in lex.field_nouns or t.lower() in lex.connectors for t in texts[end + 1 : k])  # "Research and …"
    if lowers[end] == "of" and not (name_follows or org_follows or fieldlike) \
            and ents.starts & set(range(end + 1, k)):
        return end
    if lowers[end] == "of" and title_follows and not fieldlike and ents.exactly(end + 1, k, "ORG"):
        return end  # "Chief Clinical Officer of Riverside Health Partners and Professor of Surgery"
    if fieldlike and texts[k : k + 1] == [","] \
            and (listed := closed_list_end(doc, k, lambda m: texts[m] in lex.field_nouns)) is not None:
        return listed  # "Director of Research, Innovation and Development at X": a list of fields that "and" closes
    return k


def is_place_word(doc: Doc, k: int) -> bool:
    """Is token k a place the model or the article names as one ("Balochistan" where it writes "Government of
    Balochistan" or the model reads a GPE there)?"""
    w = words(doc)
    return is_capitalised(w.texts[k]) and not is_acronym(w.texts[k]) and (entities(doc).labels[k] == "GPE" or any(
        w.texts[i] == w.texts[k] and (entities(doc).labels[i] == "GPE" or w.lowers[i - 1] in ("of", "in"))
        for i in range(1, len(w.texts)) if i != k))


def field_words_end(doc: Doc, start: int) -> int:
    """Where a field of office words from `start` ends: "Health", "Health and Population"."""
    lex, w = lexicon(doc), words(doc)
    k, n = start, len(w.texts)
    while k < n and (w.texts[k] in lex.field_nouns or (w.lowers[k] in ("and", "&") and k > start and k + 1 < n
                                                       and w.texts[k + 1] in lex.field_nouns)):
        k += 1
    return k


def person_starts(doc: Doc, k: int) -> bool:
    """Does a person's name the model found start at k, or right after a SURNAME in capitals at k?"""
    ents = entities(doc)
    texts = words(doc).texts
    k = k + 1 if texts[k].isupper() and texts[k].isalpha() else k
    ent = next((e for e in doc.ents if e.start == k), None) if k in ents.starts else None
    return ent is not None and ent.label_ == "PERSON" and all(is_name_token(doc, i) for i in range(ent.start, ent.end))


def name_shape_at(doc: Doc, k: int) -> bool:
    """Two to four name words from k, then punctuation, a lower-case word or a member's letters: "Khawaja Imran
    Latif, who …", "Deirdre Houlihan TD"."""
    texts, lex = words(doc).texts, lexicon(doc)
    m, count = k, 0
    while count < 4 and m < len(texts) and texts[m] not in lex.field_nouns and (end := name_word_end(doc, m)):
        m, count = end, count + 1
    return count >= 2 and (m == len(texts) or not is_capitalised(texts[m])
                           or (texts[m] in lex.credentials and texts[m].isupper()))


def ministry_field_end(doc: Doc, end: int) -> int | None:
    """After "Minister of" (or "Secretary of"), the end of the longest field that the article also writes as
    "Ministry of …" (or "Department of …")."""
    w = words(doc)
    office = w.lowers[end - 1].rpartition("-")[2] if end >= 1 else ""  # (also "Vice-Minister")
    if end < 1 or end >= len(w.texts) or w.lowers[end] != "of" or office not in ("minister", "secretary"):
        return None
    body = "Ministry of " if office == "minister" else "Department of "
    best = None
    for k in range(end + 2, min(end + 10, len(w.texts) + 1)):  # (a portfolio of several fields too)
        if not is_capitalised(w.texts[k - 1]):
            continue
        if re.search(re.escape(body + w.text_of(end + 1, k)) + r"\b", w.text):
            best = k
    return best


def names_an_org(doc: Doc, start: int, end: int) -> bool:
    """Do tokens start:end begin an organization's name elsewhere in the article ("Neurovex" in "Neurovex
    SAS", "Veridian" in "Veridian Genomics, Inc.")?"""
    lex = lexicon(doc)
    w = words(doc)
    phrase = w.text_of(start, end)
    for match in re.finditer(re.escape(phrase) + r"(,? )((?:[\w.]+ ?){1,3})", w.text):
        following = match.group(2).split()
        if match.group(1) == ", " and following[0] not in lex.company_suffixes:
            continue  # "Global Health, Westmere Hospital": a list, not one name
        if any(word in lex.heads or word in lex.weak_heads for word in following):
            return True
    return False


def with_legal_form(doc: Doc, start: int, end: int) -> bool:
    """Are tokens start:end a company's name that the article also writes with its legal form ("Brightcross
    Pharmacy" and "Brightcross Pharmacy Limited")?"""
    lex, w = lexicon(doc), words(doc)
    return end - start >= 2 and any(
        match.group(1) in lex.company_suffixes or match.group(1).rstrip(".") in lex.company_suffixes
        for match in re.finditer(re.escape(w.text_of(start, end)) + r",? ([\w.]+)", w.text))


def named_again(texts: list[str], head: int, end: int) -> bool:
    """Is the last word of the name after the head word at `head` ("… Institute Bakhodir Ergashev") written
    elsewhere in the article, not after that head word: a surname, not the last word of a campus's name?"""
    surname, length = texts[end - 1], end - head - 1
    return any(text == surname and k != end - 1 and (k < length or texts[k - length] != texts[head])
               for k, text in enumerate(texts))


def capitalised_run(texts: list[str], start: int) -> list[str]:
    """The capitalised words (and connectors inside them) from `start`: "Westmere Hospital", "University of X"."""
    k = start
    while k < len(texts) and (is_capitalised(texts[k]) or (k > start and texts[k] in ("of", "for", "and", "&"))):
        k += 1
    return texts[start:k]


def qualifier_end(doc: Doc, end: int) -> int:
    """Keep a qualifier such as "(Mainland Affairs)" with its title."""
    lex = lexicon(doc)
    w = words(doc)
    texts = w.texts
    if end < len(texts) and texts[end] == "(":
        for i in range(end + 1, min(end + 8, len(texts))):
            if texts[i] == ")":
                # "(Mainland Affairs)", "(Academic and International)", "(designate)", "(ad interim)"
                inner = [t for t, lower in zip(texts[end + 1 : i], w.lowers[end + 1 : i], strict=True)
                         if lower not in ("and", "&", "of", ",")]
                # (but not the same post in the home language: "managing director (director gerente)")
                # (nor the post in English after one in the home language: "Director Gerente (Managing Director)")
                gloss = (i - end > 2 and any(lower.capitalize() in lex.titles for lower in w.lowers[end + 1 : i])
                         and all(t.islower() for t in texts[end + 1 : i])) \
                    or (texts[i - 1].istitle() and texts[i - 1] in lex.titles)
                if inner and not gloss and all(t.isalpha() and not is_acronym(t) and t not in lex.heads for t in inner):
                    return i + 1
                break
    return end


# ---------------------------------------------------------------- people


@Language.factory("kg_people", assigns=["doc._.kg_people"], default_config=RULES_CONFIG)
def make_people_finder(nlp: Language, name: str, rules: str | None) -> PeopleFinder:
    return PeopleFinder(rules)


class PeopleFinder(RuleComponent):
    """People from the model's PERSON entities and from honorific or title + name, cleaned of honorifics."""

    def process(self, doc: Doc, lex: Lexicon) -> Doc:
        w = words(doc)
        texts, lowers, n = w.texts, w.lowers, len(w.texts)
        in_title = {i for span in doc.spans.get("kg_titles", []) for i in range(span.start, span.end)}
        candidates: list[tuple[int, int]] = []
        title_starts = {span.start for span in doc.spans.get("kg_titles", [])}
        for ent in doc.ents:
            owned = ent.start >= 2 and texts[ent.start - 1] in POSSESSIVES and texts[ent.start - 2].islower()
            owned = owned or (ent.end - ent.start == 1 and ent.end in title_starts)  # "Cardivex CEO X": its owner
            # "Swasthya Setu Fellowship", "Nagisa Prefecture" (not "Orla Fennelly-Ward": a surname's second half)
            thing = any((texts[k] in lex.things or texts[k] in lex.heads or texts[k] in lex.governing_places)
                        and not surname_half(doc, k) for k in range(ent.start, ent.end))
            thing = thing or (ent.end - ent.start >= 2 and texts[ent.end - 1] in lex.weak_heads)  # "Prairie Sky Health"
            # "… per le Malattie Rare", "… of Tropical Medicine": the tail of a name, after its connector
            k = ent.start - 1
            while k > 0 and lowers[k] in lex.connectors - {"and", "&", "-", "–"}:
                k -= 1
            thing = thing or (k < ent.start - 1 and is_capitalised(texts[k]))  # not "in the presence of NAME"
            # "Universitas Gadjah Sari", "Hospital Ramón Vidal": a name after an institution's head word
            # (but "Director of Gwangan Sarang Hospital Jeong Dae-ho": a name after the organization of a title)
            thing = thing or (ent.start > 0 and texts[ent.start - 1] in lex.heads and not titled_org_before(doc, ent.start))
            # "Hospital Pakar Seri Kenanga": the head word a few capitalised words before
            k = ent.start - 1
            while k >= 0 and ent.start - k <= 3 and is_capitalised(texts[k]) and texts[k] not in lex.heads \
                    and not lex.is_honorific(texts[k]) and texts[k] not in lex.title_case_titles:
                k -= 1
            thing = thing or (0 <= k < ent.start - 1 and texts[k] in lex.heads and texts[k].istitle())
            # "AIIMS Raipur", "IIT Roorkee": a campus named after the institution's acronym
            thing = thing or (ent.end - ent.start <= 3 and ent.start > 0 and is_acronym(texts[ent.start - 1])
                              and texts[ent.start - 1] not in lex.credentials)  # also "RSUD Sultan Aji Dipati"
            # "Tarnby DHB chief executive Rohan Pritchard": an acronym before a title ends an organization's name
            thing = thing or (ent.end - ent.start >= 2 and len(texts[ent.end - 1]) >= 3 and is_acronym(texts[ent.end - 1])
                              and ent.end in in_title)
            thing = thing or (ent.start >= 2 and (lex.is_honorific(texts[ent.start - 1]) or texts[ent.start - 1] in DOCTOR)
                              and named_after_doctor(doc, ent.start - 1)) \
                or (ent.start >= 3 and texts[ent.start - 1] == "." and lex.is_honorific(texts[ent.start - 2])
                    and named_after_doctor(doc, ent.start - 2))  # "RSUP Prof. dr. Halim …": "dr" split from its stop
            thing = thing or (ent.start > 0 and lowers[ent.start - 1] in lex.company_nouns)  # "imaging company X Y"
            thing = thing or prefixed_government(lex, texts[ent.start : ent.end])  # "Helse Nordfjell's chief executive"
            after = lowers[ent.end + 1] if ent.end < n - 1 and lowers[ent.end] in lex.government_levels else \
                lowers[ent.end] if ent.end < n else ""
            thing = thing or after == "government"  # "the Sabah state government"
            # "from rural Karnataka and Andhra Pradesh", "Taxila, Wah, Hasan Abdal and …": a list of places
            labels = entities(doc).labels
            thing = thing or (ent.start >= 2 and lowers[ent.start - 1] == "and" and labels[ent.start - 2] == "GPE"
                              and not lex.is_honorific(texts[ent.start])) \
                or (ent.end + 2 < n and lowers[ent.end] in (",", "and") and labels[ent.end + 1] == "GPE"
                    and texts[ent.end + 2] not in POSSESSIVES and ent.start > 0 and labels[ent.start - 1] == ""
                    and not lex.is_honorific(texts[ent.start - 1]) and lowers[ent.start - 1] in ("in", "from", "and", ","))
            thing = thing or (ent.start > 1 and lowers[ent.start - 1].rpartition("-")[2] in lex.describing_participles
                              and (texts[ent.start - 2] == "-" or "-" in texts[ent.start - 1]))  # "Boston-based X"
            # "PT Bumi Sehat Farma Tbk": a legal form before or in the name makes it a company's
            thing = thing or any(t in lex.company_suffixes for t in texts[ent.start : ent.end]) \
                or legal_form_after(doc, ent.end) \
                or (ent.start > 0 and texts[ent.start - 1] in lex.name_prefixes) or texts[ent.start] in lex.name_prefixes \
                or (ent.start > 2 and texts[ent.start - 1] == "and" and texts[ent.start - 3] in lex.name_prefixes)
            # "the Nore and Suir Hospitals Group", "Strangford and Mourne HSC Trust": a place word joined by "and" to
            # the rest of a name (not "signed by Lin and Westfield University's …")
            thing = thing or (ent.end - ent.start == 1 and lowers[ent.end : ent.end + 1] in (["and"], ["&"])
                              and ent.end + 1 < n and texts[ent.end + 1] not in lex.heads
                              and (ent.start == 0 or doc[ent.start].is_sent_start
                                   or lowers[ent.start - 1] in ("the", "of", "with", "between"))
                              and continues_into_org(doc, ent.end + 1))
            # "St John of God Hospital", "Saint Joseph of Arimathea Medical Center": a saint's name, then the head word
            thing = thing or (lowers[ent.start].rstrip(".") in SAINTS and lowers[ent.end : ent.end + 1] == ["of"]
                              and continues_into_org(doc, ent.end + 1))
            # "Aravali Heart and Kidney Institute": a field word ends the model's name, another field and a head follow
            thing = thing or (texts[ent.end - 1] in lex.field_nouns and lowers[ent.end : ent.end + 1] == ["and"]
                              and ent.end + 1 < n and texts[ent.end + 1] in lex.field_nouns
                              and continues_into_org(doc, ent.end + 1))
            # "signed by Ashok Srinivasan": the model may read a signer's name as a building or an organization
            # (also after a post and a comma: "the managing director of the Spanish hospital, Montserrat Ibarra";
            # before one, "Tama Henare-Bishop, General Manager of X"; and before "who": "with Gráinne Tuohy-Barrett,
            # who heads …")
            misread = ent.label_ in ("FAC", "ORG") and ent.start > 1 and (
                (lowers[ent.start - 1] == "by" and lowers[ent.start - 2] in SIGNED_BY) or after_post(doc, ent.start)
                or before_post(doc, ent.end)
                or (lowers[ent.end : ent.end + 2] == [",", "who"] and lowers[ent.start - 1] in ("with", "and", "by"))) \
                and 2 <= ent.end - ent.start - 2 * texts[ent.start : ent.end].count("-") <= 3 \
                and all((texts[k] == "-" and ent.start < k < ent.end - 1 and not w.spaces[k - 1] and not w.spaces[k])
                        or (is_name_token(doc, k) and texts[k] not in lex.heads and texts[k] not in lex.weak_heads
                            and not is_acronym(texts[k])) for k in range(ent.start, ent.end))
            if (ent.label_ == "PERSON" or misread) and not continues_into_org(doc, ent.end) and not owned \
                    and not thing:
                start = ent.start
                if start >= 2 and texts[start - 1] == "-" and not w.spaces[start - 2] and not w.spaces[start - 1] \
                        and is_capitalised(texts[start - 2]):
                    start -= 2  # "Pierre-Antoine Lefèvre": the model may leave out the first half of the name
                given = start  # "…, Luís Filipe Rebelo Carvalho": the given names the model left out, after a comma
                while given > 0 and start - given < 2 and entities(doc).labels[given - 1] == "" and texts[given - 1].isalpha() \
                        and texts[given - 1].istitle() and is_name_token(doc, given - 1) \
                        and not doc[given - 1].is_sent_start:
                    given -= 1
                # (a member's letters the model read with the name are not counted: "Conor Mac Giolla Rua TD")
                named_end = ent.end - (texts[ent.end - 1] in lex.credentials and texts[ent.end - 1].isupper())
                if given < start and given > 0 and texts[given - 1] == "," and named_end - given <= 4:
                    start = given
                elif start > 1 and lowers[start - 2] == "by" and entities(doc).labels[start - 1] == "GPE" \
                        and texts[start - 1].istitle() and is_name_token(doc, start - 1) and ent.end - start <= 4:
                    start -= 1  # "attended by Beatriz Elena Arango": the model may read a given name as a place
                if candidates and candidates[-1][1] == start and ent.end - candidates[-1][0] <= MAX_NAME_WORDS \
                        and not lex.is_honorific(texts[start]) and start == ent.start:
                    # "…, Márcia Valéria Bezerra Queiroz": one name the model read as two people side by side
                    start = candidates.pop()[0]
                # "Raffaele Dell'Erba", "Ana D'Souza": a surname with an elided particle, which the model may leave out
                name_end = ent.end + (ent.end < n and ELIDED_SURNAME.fullmatch(texts[ent.end]) is not None)
                candidates.append((start, name_end))
        for i, text in enumerate(texts):
            # "Prof. Nancy IP", "Dr Wang Zhenyi", and "President Nancy IP" when no model tags names
            # (also a title in the plural before its names: "YUH Vice Presidents Sun Lei and Qiao Dongmei")
            pair = i + 1 < n and lex.is_honorific(f"{text} {texts[i + 1]}")  # "Tan Sri"
            if lex.is_honorific(text) or pair or (i in in_title and i + 1 not in in_title) \
                    or (lowers[i] in lex.plural_titles and text[:1].isupper()):
                j = i + 2 if pair else i + 1
                if i in in_title and j < n and texts[j] == ":" and w.texts[max(0, i - 12) : i].count("(") > 0:
                    j += 1  # "(President: Emi Ueda)"
                elif i in in_title and j + 2 < n and lowers[j] in ("of", "at") \
                        and is_acronym(texts[(a := j + 2 if lowers[j + 1] == "the" else j + 1)]) \
                        and texts[a] not in lex.name_prefixes and a + 1 < n and texts[a + 1][:1].isalpha() \
                        and (entities(doc).labels[a + 1] in ("", "PERSON") or a + 1 not in entities(doc).starts
                             and entities(doc).labels[a] == "ORG") \
                        and not lex.is_honorific(texts[a + 1]):
                    # "Head of BPTK Arief Nugroho Santoso": the acronym is the post's, a name follows (which the model
                    # may read with the acronym as one organization)
                    j = a + 1
                while j < n:
                    if j + 1 < n and lex.is_honorific(f"{texts[j]} {texts[j + 1]}"):
                        j += 2  # "Chairman Tan Sri X": an honorific of two words
                    elif lex.is_honorific(texts[j]) or (texts[j] in (".", "'", "’") and not (  # (not a sentence's end)
                            texts[j] == "." and i in in_title and j + 1 < n and doc[j + 1].is_sent_start)) \
                            or bracketed_honorific(doc, j) \
                            or (texts[j] in lex.honorific_links and j + 1 < n and lex.is_honorific(texts[j + 1])) \
                            or (texts[j] in lex.honorific_links and ends_honorific(lex, texts, j)):  # "Datuk Seri"
                        j += 1  # "Assoc. Prof. Dr.", "Dato' Dr."
                    else:
                        break
                k, count = j, 0
                while count < MAX_NAME_WORDS and k not in in_title and (end := name_word_end(doc, k)) \
                        and (lex.is_honorific(text) or texts[k] not in lex.field_nouns):  # "Director External Linkages"
                    k, count = end, count + 1
                    if count and (past := nickname_end(doc, k)) and name_word_end(doc, past):
                        k = past  # 'Governor Ramon "Monching" dela Cruz': the nickname in quotes is not the name
                # not "Dr. Hisham Barakat Hospital", "Sheikh Khalifa Medical City": an institution named after a person
                if count and (lex.is_honorific(text) or pair or count >= 2) and not continues_into_org(doc, k) \
                        and not (lex.is_honorific(text) and named_after_doctor(doc, i)):
                    candidates.append((i + 1 if lowers[i] in lex.plural_titles else i, k))
        # "the Cabinet Secretary for Health, Rhodri Llewyn MS, …", "…, Deirdre Mac Lochlainn TD.", "witnessed by
        # Carys Pryce MS, the …", "Ewan Dalgleish MSP, the …" opening a sentence: a name between a comma, a linking
        # word or a sentence's start and a member's letters, which the model may miss, cut short or read as an
        # organization
        for comma in [i for i in range(n - 3) if lowers[i] in (",", "by", "and", "with")] \
                + [s.start - 1 for s in doc.sents if s.start]:
            k, count = comma + 1, 0
            while count < 4 and (end := name_word_end(doc, k)) and texts[k] not in lex.field_nouns:
                k, count = end, count + 1
            if count >= 2 and k < n and texts[k] in lex.credentials and texts[k].isupper() \
                    and (k + 1 == n or not texts[k + 1].isalpha()):
                candidates.append((comma + 1, k))
        # "By Valeria Quiroga Lanús" on a line of its own: the reporter, whom the model may read as an organization
        for i in range(n - 2):
            if texts[i] == "By" and (i == 0 or "\n" in texts[i - 1] + w.spaces[i - 1]):
                k, count = i + 1, 0
                while count < 4 and (end := name_word_end(doc, k)):
                    k, count = end, count + 1
                if count >= 2 and (k == n or "\n" in w.spaces[k - 1] + texts[k] or texts[k] in ("|", ",")) \
                        and lex.byline_staff.isdisjoint(texts[i + 1 : k]):
                    candidates.append((i + 1, k))
        # "Governor of Delger-Khaan aimag Ch.Tumurbaatar": a Mongolian name with its father's initial, one word
        candidates += [(i, i + 1) for i, text in enumerate(texts) if "." in text and INITIAL_NAME.fullmatch(text)
                       and i not in in_title and text.replace(".", "") not in lex.credentials]

        def titled_org_ends(i: int) -> bool:  # "Governor of Kagawa Prefecture", "Director of the Center for X"
            k = i - 1
            while k > 0 and i - k < 10 and k not in in_title and (
                    is_capitalised(texts[k]) or lowers[k] in ("of", "the", "and", "for", "&")):
                k -= 1
            return k in in_title and k + 2 < i and lowers[k + 1] == "of" and is_capitalised(texts[i - 1])

        for i in range(1, n - 1):
            # "Dean of the Graduate School of Medicine SATO Emi", "Prepared by: OTSUKA Rina", "Governor of Kagawa
            # Prefecture HIRAOKA Masaru": a SURNAME in capitals and a given name, right after an organization's name,
            # a title or a colon
            if texts[i].isupper() and texts[i].isalpha() and len(texts[i]) >= 2 \
                    and (texts[i] not in lex.credentials or i - 1 in in_title) \
                    and (texts[i - 1] in lex.heads or texts[i - 1] in lex.weak_heads or texts[i - 1] == ":"
                         or titled_org_ends(i)
                         or i - 1 in in_title or (lowers[i - 1] in (",", "and")  # "…, and ITO Tomoya (director of …)"
                                                  and texts[i + 2 : i + 3] == ["("])) \
                    and not texts[i + 1].isupper() and (end := name_word_end(doc, i + 1)) \
                    and all(texts[k + 1 : k + 2] == texts[i + 1 : i + 2] for k in range(n) if texts[k] == texts[i]):
                # (once, or each time with the same given name: not an acronym such as "NMU Hospital")
                if end < n and i - 1 in in_title and (more := name_word_end(doc, end)):
                    end = more  # "Deputy Minister of Health DO Quang Khai": two given names
                if end == n or not is_capitalised(texts[end]):
                    candidates.append((i, end))
        labels = entities(doc).labels
        for span in doc.spans.get("kg_titles", []):
            # "Deputy Director of Hoa Sen Central Hospital Tran Quoc Khanh and …": the name right after the
            # organization's head word, where the model reads a person
            if lowers[span.end : span.end + 1] == ["of"]:
                h = span.end + 1  # (also "of the regional Health Department X")
                while h < n and h - span.end < 10 and (is_capitalised(texts[h]) or lowers[h] in ("of", "the", "and")
                                                       or texts[h] in POSSESSIVES or (  # "People's Committee"
                        texts[h] == "-" and not w.spaces[h - 1] and not w.spaces[h]) or (  # "Al-Nuzha Medical Group"
                        lowers[h - 1] == "the" and texts[h].isalpha() and texts[h].islower())) and texts[h] not in lex.heads:
                    h += 1
                # "… of Øresund University Hospital Mette Kjærgaard": the last of the head words after a name's own
                # word (not "of the University Hospital Antônio Lustosa", a hospital named after a person)
                while h + 1 < n and texts[h] in lex.heads and texts[h + 1] in lex.heads and is_capitalised(texts[h - 1]) \
                        and texts[h - 1] not in lex.heads:
                    h += 1
                m, count = h + 1, 0
                if lowers[m : m + 1] == ["of"]:  # "Head of the Department of International Relations Elvin Bagirov"
                    k = m + 1
                    while k < n and (texts[k] in lex.field_nouns or (k > m + 1 and lowers[k] in ("and", "&"))):
                        k += 1
                    m = k if k > m + 1 and texts[k - 1] in lex.field_nouns else m
                first = m
                while h < n and texts[h] in lex.heads and count < 4 and (end := name_word_end(doc, m)) \
                        and texts[m] not in lex.heads:
                    m, count = end, count + 1
                # (the model reads a person there, or the surname is written again on its own: "Ergashev said")
                # (or, where the model reads no place there, the name ends a sentence or says something)
                # (or three name words, or a SURNAME in capitals, before a verb: "… Ngo Thanh Hai also attended")
                unplaced = not {"GPE", "LOC", "FAC", "NORP"} & set(labels[first:m]) \
                    and not any(lowers[k] in lex.name_translations for k in range(first, m))  # "Fundación Salud Sin …"
                if 2 <= count and (m == n or texts[m] in (",", ".", ";", "(") or lowers[m] in ("and", "said")
                                   or (unplaced and texts[m].isalpha() and texts[m].islower() and lowers[m] != "of")) \
                        and ("PERSON" in labels[first:m] or named_again(texts, first - 1, m) or (
                            unplaced and lowers[m : m + 1] in (["said"], ["."])) or (
                            unplaced and (count >= 3 or texts[first].isupper() or person_shaped(texts, first, m))
                            and lowers[m : m + 1] != ["of"])) \
                        and (lowers[h - 1] not in ("of", "the") or first > h + 1) \
                        and texts[h - 1] not in lex.name_prefixes:  # not "Scuola X Y", "E.S.E. Hospital X Y"
                    candidates.append((first, m))
            # "Ambassador to the RoK Nguyen Van Hung", "Ambassador to Japan Tran Van Nam": a country, then the name
            if lowers[span.end : span.end + 1] == ["to"]:
                c = span.end + 2 if lowers[span.end + 1 : span.end + 2] == ["the"] else span.end + 1
                country = country_end(doc, c)
                if country is None and c < n and (is_acronym(texts[c]) or labels[c] == "GPE") \
                        and (c + 1 >= n or labels[c + 1] != "GPE"):
                    country = c + 1
                if country is not None and texts[country : country + 1] == [","]:
                    country += 1  # "Romania's ambassador to Italy, Adrian Bogza"
            # "Deputy Minister of Health of the Republic of Uzbekistan Bekzod Normurodov": a post of a country's
            # government, the country, then the name
            elif lowers[span.end : span.end + 1] == ["of"]:
                k, country = span.end, None
                while k < min(n, span.end + 14) and (is_capitalised(texts[k]) or lowers[k] in ("of", "the", "and", "for")):
                    if lowers[k] == "of" and (found := country_end(doc, k + 2 if lowers[k + 1 : k + 2] == ["the"] else k + 1)):
                        country = found
                    k += 1
            else:
                country = None
            if country is not None:
                m, count = country, 0
                while count < 4 and (end := name_word_end(doc, m)):
                    m, count = end, count + 1
                if count >= 2 and (m == n or not is_capitalised(texts[m])):
                    candidates.append((country, m))
            # "Ana Ruiz, Founding President of …": the name in front of an appositive title (also "Ana Ruiz, the dean
            # of …", "…, a professor of surgery")
            comma = span.start - 2 if lowers[span.start - 1] in ("a", "an", "the") else span.start - 1
            if texts[comma] in POSSESSIVES:  # "Nadia Okafor, Corvala's co-founder and chief executive"
                comma -= 1
                while comma > 0 and is_capitalised(texts[comma]) and span.start - comma <= 4:
                    comma -= 1
                the = comma  # "Ada Reyes-Lowell, the health system's chief executive": an owner told by its noun
                while the > 0 and the > comma - 3 and texts[the].isalpha() and texts[the].islower() and lowers[the] != "the":
                    the -= 1
                named_next = texts[span.end : span.end + 1] == [","] and span.end + 1 < n and (
                    lex.is_honorific(texts[span.end + 1]) or is_name_token(doc, span.end + 1))
                if texts[comma] != "," and lowers[the] == "the" and texts[the - 1] == "," and not named_next:
                    comma = the - 1  # (not "…, the trust's Chair, Dame X": the name follows)
            while comma >= 3 and texts[comma] == "," and texts[comma - 2] == "," \
                    and texts[comma - 1].replace(".", "") in lex.credentials:
                comma -= 2  # "Nadia Okafor, Ph.D., co-founder and CEO of …"
            if comma >= 2 and texts[comma] == ",":
                k = comma
                named = 0  # name words, a hyphenated one ("Joon-ho", "Pierre-Antoine") counting once
                while k > 0 and named < 4 and (is_name_token(doc, k - 1) or hyphen_tail(doc, k - 1)):
                    k -= 3 if hyphen_tail(doc, k - 1) else 1
                    named += 1
                    if k >= 2 and texts[k - 1] == "-" and not w.spaces[k - 2] and not w.spaces[k - 1] \
                            and is_name_token(doc, k - 2):
                        k -= 2  # "Pierre-Antoine": one hyphenated given name
                if named >= 2 and (k == 0 or not is_capitalised(texts[k - 1])):
                    candidates.append((k, comma))
            # "the Consul of Spain in Monterrey, Beatriz Aranda Olmedo": the name after the title's phrase
            k = span.end
            while k < n and k - span.end < 14 and (
                    is_capitalised(texts[k]) or lowers[k] in ("of", "for", "at", "in", "the")
                    or (k > span.end + 1 and lowers[k] in lex.connectors and is_capitalised(texts[k - 1]))):
                k += 1  # (also "the Executive President of the Agencia Nacional de Inversiones (ANI), X")
            if k + 2 < n and texts[k] == "(" and is_acronym(texts[k + 1]) and texts[k + 2] == ")" and k > span.end:
                k += 3
            if k < n and texts[k] == ",":
                j = k + 1
                # "the Registrar, Awadh University, S K Tiwari": the title's organization between commas
                o = j
                while o < n and o - j < 8 and is_capitalised(texts[o]) and texts[o] not in lex.heads:
                    o += 1
                if o + 1 < n and texts[o] in lex.heads and texts[o + 1] == "," and o > j:
                    j = o + 2
                first = j
                while j < n and lex.is_honorific(texts[j]):
                    j += 1
                m, count = j, 0
                while count < 4 and (end := name_word_end(doc, m)):
                    m, count = end, count + 1
                if count >= 2 and (m == n or texts[m] in (",", ".", ";") or lowers[m] == "and"):
                    candidates.append((first, m))
        # "Wendell Park, MD, MPH": two or three name words before a comma and a degree are a person's name
        for i in range(3, n - 1):
            if texts[i].replace(".", "") in lex.credentials and texts[i - 1] == "," and texts[i + 1] in (",", ".", ";"):
                k = i - 1
                while k > 0 and i - 1 - k < 3 and is_name_token(doc, k - 1):
                    k -= 1
                if i - 1 - k >= 2 and (k == 0 or not is_capitalised(texts[k - 1])):
                    candidates.append((k, i - 1))
        # "Governor B.Enkhtuvshin", "Director of Khangai Medical Centre G.Enkhtuya": an initial and a name in one word
        candidates += [(i, i + 1) for i, text in enumerate(texts) if text[1:2] == "." and INITIAL_NAME.fullmatch(text)
                       and text.replace(".", "") not in lex.credentials]  # not Indonesian degrees: "M.Kes", "M.Hum"
        candidates += listed_surnames_first(doc, candidates) + named_beside_a_person(doc, candidates)
        # (a name with a patronymic is read whole: not "Sciences Pavel Andreyevich Korolyov")
        patronymic = with_patronymics(doc)
        candidates = [c for c in candidates if not any(c[0] < e and s < c[1] for s, e in patronymic)] + patronymic
        # "Vice Chancellor QMU Tahira Qureshi": an acronym the article defines in brackets begins no name
        # (also the first word of a short name in brackets: "(CC Morava)")
        defined = {texts[k] for k in range(1, n - 1) if texts[k - 1] == "(" and is_acronym(texts[k])
                   and (texts[k + 1] == ")" or texts[k + 2 : k + 3] == [")"])}
        # "Nana Ofosu Agyeman Kwarteng II": a surname with its numeral, which the model may read as a second name
        candidates += [(start, last + 1) for start, end in candidates if (last := name_word_end(doc, end))
                       and last < n and texts[last] in lex.name_suffixes]
        # "Hendrik-Jan van 't Erve", "Marloes ten Hove": the model's name may stop inside or before the particles of
        # the surname (not before a Romance particle, which also joins places' names: "Mimoso do Sul")
        candidates += [(start, last) for start, end in candidates if end < n and (
            (texts[end - 1] in lex.particles and (last := name_word_end(doc, end - 1)))
            or ((texts[end] in lex.particles and texts[end] not in ROMANCE_PARTICLES
                 or (texts[end] == "an" and texts[end - 1] in IRISH_SURNAME_WORDS))  # "Liam Mac | an tSaoir"
                and (last := name_word_end(doc, end)))) and last > end]
        people = []
        datelines: set[str] = set()  # "Montes Claros – The …": that place is no person anywhere in the article
        for start, end in merge_ranges(candidates):
            person = clean_person(doc, start, end, in_title, defined)
            if person and opens_dateline(doc, person.start, person.end):
                datelines.add(span_text(doc, person.start, person.end))
            elif person:
                people.append(person)
        doc._.kg_people = [p for p in people if (lex.is_honorific(texts[p.start])
                                                 or span_text(doc, p.start, p.end) not in datelines)
                           and not eponym_before_acronym(doc, p.start, p.end)]
        return doc


def after_post(doc: Doc, i: int) -> bool:
    """Does a post end just before token i, past lower-case words and a comma ("the managing director of the Spanish
    hospital, X")?"""
    texts, labels = words(doc).texts, entities(doc).labels
    return i > 2 and texts[i - 1] == "," and any(
        i - 9 <= t.end < i and all(texts[k].islower() or labels[k] == "NORP" for k in range(t.end, i - 1))
        for t in doc.spans.get("kg_titles", []))


def surname_half(doc: Doc, i: int) -> bool:
    """Is token i the second half of a hyphenated surname ("Fennelly-Ward", "Henare-Bishop")?"""
    w = words(doc)
    return i > 1 and w.texts[i - 1] == "-" and not w.spaces[i - 2] and not w.spaces[i - 1] \
        and is_capitalised(w.texts[i - 2]) and w.texts[i - 2] not in lexicon(doc).heads \
        and w.lowers[i - 2] not in lexicon(doc).title_modifiers


def before_post(doc: Doc, i: int) -> bool:
    """Does a post of an organization follow token i after a comma ("Tama Henare-Bishop, General Manager of X", "X,
    the current chairman of the management board of Y")?"""
    texts, lowers = words(doc).texts, words(doc).lowers
    if not (i + 2 < len(texts) and texts[i] == ","):
        return False
    k = i + 1 + (lowers[i + 1] == "the")
    starts = {i + 1, k} | ({k + 1} if k > i + 1 and texts[k].isalpha() and texts[k].islower() else set())
    return any(t.start in starts and t.end < len(texts) and lowers[t.end] in ("of", "at")
               for t in doc.spans.get("kg_titles", []))


# honorifics that are also given names in the middle of a name: "Abdirashid Sheikh Mahad Osman"
NAME_HONORIFICS = frozenset({"Sheikh", "Shaikh", "Haji", "Hajji", "Syed", "Sayed"})
PATRONYM_LINKS = frozenset({"bin", "bint", "binti", "binte", "ibn", "a/l", "a/p", "s/o", "d/o"})
ROMANCE_PARTICLES = frozenset({"de", "da", "das", "do", "dos", "di", "del", "della", "dei", "degli", "du", "la", "le",
                               "e", "i", "y", "dela", "delos"})
FIELD_ADJECTIVE = re.compile(r"[A-Z][a-z]{3,}(ic|al|ive|ary|ory|ous|ular|arian)")  # "Metabolic", "Regenerative", "Tropical"
PATRONYMIC = re.compile(r"\w{3,}(ovich|evich|ovna|evna|ichna|uly|kyzy|qyzy)")


def with_patronymics(doc: Doc) -> list[tuple[int, int]]:
    """"Arkady Semyonovich Lavrentyev", "Marat Yerlanuly Kassymov", "Bakyt Nurlan uulu": a given name, a patronymic
    and a surname (or a father's name and "uulu" or "kyzy") are one person's name."""
    lex, w = lexicon(doc), words(doc)
    texts, n = w.texts, len(w.texts)

    def name_word(i: int) -> bool:
        return 0 <= i < n and texts[i].isalpha() and texts[i].istitle() and texts[i] not in lex.heads \
            and texts[i] not in lex.months and not lex.is_honorific(texts[i]) and is_name_token(doc, i)

    def with_honorifics(start: int) -> int:  # "Rector Prof. Asel Toktogulovna Bekturova": the span keeps "Prof."
        while start > 0 and (lex.is_honorific(texts[start - 1]) or texts[start - 1] == "." and start > 1
                             and lex.is_honorific(texts[start - 2])):
            start -= 1
        return start

    found = [(with_honorifics(i - 1), i + 2) for i in range(1, n - 1) if PATRONYMIC.fullmatch(texts[i])
             and name_word(i) and name_word(i - 1) and name_word(i + 1)]
    # (a sentence's first word only when the model reads a person there: not "Later Nurlan uulu said")
    return found + [(with_honorifics(i - 2), i + 1) for i in range(2, n) if texts[i].islower()
                    and texts[i] in lex.name_suffixes and name_word(i - 1) and name_word(i - 2)
                    and (not doc[i - 2].is_sent_start or entities(doc).labels[i - 2] == "PERSON")]


SURNAME_ENDING = re.compile(r"\w{2,}(ov|ova|ev|eva|enko|yan|dze|shvili|uly|kyzy|ski|ska|sky|ić)")


def person_shaped(texts: list[str], start: int, end: int) -> bool:
    """Do the words start to end read as a person's name on their own shape: a Korean or Chinese given name in two
    hyphened syllables ("Park Seung-hoon"), or a surname with an ending of the region's surnames ("Farrukh
    Nazarov", "Shakhnoza Yuldasheva")?"""
    hyphened = any(texts[k] == "-" and texts[k + 1].islower() for k in range(start + 1, end - 1))
    return hyphened or SURNAME_ENDING.fullmatch(texts[end - 1]) is not None


ENGLISH_LINKS = frozenset({"of", "for", "on", "the", "and", "&", "at"})


def legal_form_after(doc: Doc, end: int) -> bool:
    """Does a company's legal form close the name going on at `end` ("Maelor Bio, Inc.", "Lumensa Brasil Tecnologia em
    Saúde Ltda.")? The words before it are a company's, not a person's."""
    lex = lexicon(doc)
    texts, lowers = words(doc).texts, words(doc).lowers
    if texts[end : end + 1] == [","]:  # (not "Devon Mariani, Co-op Student")
        return texts[end + 1 : end + 2] != [] and texts[end + 1] in lex.company_suffixes and texts[end + 2 : end + 3] != ["-"]
    k = end
    while k < len(texts) and k - end <= 6 and texts[k] not in lex.company_suffixes \
            and (is_capitalised(texts[k]) or (lowers[k] in lex.connectors and lowers[k] not in ENGLISH_LINKS)):
        k += 1  # (not "Ana Souza of Vila Nova Ltda.": her company)
    return k < len(texts) and texts[k] in lex.company_suffixes


def titled_org_before(doc: Doc, i: int) -> bool:
    """Does an organization's name that follows a title's "of" end at token i, its head word last ("Director of
    Gwangan Sarang Hospital", "Rector of the Saryarka Medical University")?"""
    lex = lexicon(doc)
    texts, lowers = words(doc).texts, words(doc).lowers
    k = i - 1
    while k > 0 and (is_capitalised(texts[k]) or lowers[k] in ("of", "and", "for")) and lowers[k - 1] != "of":
        k -= 1
    if k < 2 or k == i - 1 or not is_capitalised(texts[k]) or texts[k] in lex.heads:
        return False  # "Hospital Ramón Vidal": a head word that opens the name is not its end
    of = k - 2 if lowers[k - 1] == "the" else k - 1
    return lowers[of] == "of" and any(span.end == of for span in doc.spans.get("kg_titles", []))


def opens_dateline(doc: Doc, start: int, end: int) -> bool:
    """"Bahir Dar — The …", "Buenos Aires, 22 August 2024 —": a place opening the article's first line, before a
    dash or a date, is its dateline, not a person."""
    lex = lexicon(doc)
    w = words(doc)
    if 0 < start < end < len(doc) and w.texts[start - 1] == "(" and w.texts[end] == ")" and start >= 2 \
            and (entities(doc).labels[start - 2] == "DATE" or w.texts[start - 2].isdigit()):
        return True  # "CUSCO, Oct. 8, 2024 (Agencia Sur Andina) -": the news agency after the date
    if start and "\n" not in w.texts[start - 1] + w.spaces[start - 1] or end >= len(doc) or lex.is_honorific(w.texts[start]):
        return False
    after = w.texts[end]
    return after in DASHES or after == "," and end + 1 < len(doc) and entities(doc).labels[end + 1] == "DATE"


def hyphen_tail(doc: Doc, i: int) -> bool:
    """Token i ends a hyphenated given name: "ho" in "Joon-ho", "yi" in "Ming-yi"."""
    w = words(doc)
    return i >= 2 and w.texts[i].isalpha() and w.texts[i].islower() and w.texts[i - 1] == "-" \
        and not w.spaces[i - 2] and not w.spaces[i - 1] and is_name_token(doc, i - 2)


def named_beside_a_person(doc: Doc, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"the rectors of the two universities, Oleksandr Hnatiuk and Andrei Ciobanu": two or three name words joined by
    "and" to a person found (`found`) are a person too, though the model reads an organization there."""
    lex = lexicon(doc)
    w = words(doc)
    texts, lowers, n = w.texts, w.lowers, len(w.texts)
    labels = entities(doc).labels

    def plain(start: int, end: int) -> bool:  # no head word, acronym, title, field or place among the words
        return 2 <= end - start <= 3 and all(
            is_name_token(doc, k) and texts[k] not in lex.heads and texts[k] not in lex.weak_heads
            and texts[k] not in lex.field_nouns and not is_acronym(texts[k]) and "." not in texts[k]
            and lowers[k] not in lex.title_words and lowers[k] not in lex.plural_titles
            and labels[k] not in ("GPE", "LOC", "NORP", "FAC") for k in range(start, end))

    added = []
    for start, end in found:
        before = start - 2  # "A B and <person>"
        if before > 0 and lowers[start - 1] == "and":
            k = before
            while k > 0 and before - k < 2 and is_name_token(doc, k - 1):
                k -= 1
            if plain(k, before + 1) and (k == 0 or texts[k - 1] in (",", ":")
                                         or not is_capitalised(texts[k - 1]) and texts[k - 1] != "-"):
                added.append((k, before + 1))
        if end + 2 < n and lowers[end] == "and":  # "<person> and A B,"
            k = end + 1
            while k < n and k - end <= 3 and is_name_token(doc, k):
                k += 1
            if plain(end + 1, k) and (k == n or texts[k] in (",", ".", ";") or texts[k].islower()):
                added.append((end + 1, k))
    return added


def listed_surnames_first(doc: Doc, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"CHEN Bo and LI Na, ZHAO Lei and SUN Yan": a SURNAME in capitals and a given name listed next to a person
    of that shape is a person too (not an acronym and a place, as "AIIMS Raipur")."""
    lex = lexicon(doc)
    texts, n = words(doc).texts, len(doc)

    def pair(i: int) -> int | None:
        if i + 1 < n and texts[i].isupper() and texts[i].isalpha() and texts[i] not in lex.credentials \
                and (end := name_word_end(doc, i + 1)) and not texts[i + 1].isupper():
            return end
        return None

    people = [(s, e) for s, e in found if pair(s) == e]
    added: list[tuple[int, int]] = []
    changed = True
    while changed:
        changed = False
        for start, end in people + added:
            for i in (end + 1, end + 2):  # after "and" or ",", or ", and"
                if i < n and set(texts[end:i]) <= {"and", ",", ";"} and (e := pair(i)) \
                        and (i, e) not in people + added:
                    added.append((i, e))
                    changed = True
            for i in range(max(0, start - 4), start - 1):
                if (e := pair(i)) and set(texts[e:start]) <= {"and", ",", ";"} and e < start \
                        and (i, e) not in people + added:
                    added.append((i, e))
                    changed = True
    return added


def is_name_token(doc: Doc, i: int) -> bool:
    """A capitalised word that may be part of a person's name (not a title, head word or sentence opener),
    or a middle initial ("Jonathan R. Feld")."""
    lex = lexicon(doc)
    text = words(doc).texts[i]
    if len(text) == 2 and text[0].isupper() and text[1] == "." and i and is_name_token(doc, i - 1):
        return True
    if INITIALS.fullmatch(text):
        texts = words(doc).texts
        j = i + 1  # past more initials written apart: "Dr. M. K. Raghunath"
        while j < min(i + 3, len(texts)) and INITIALS.fullmatch(texts[j]):
            j += 1
        if j < len(texts) and not INITIALS.fullmatch(texts[j]) and is_name_token(doc, j):
            return True  # "Dr K.P. Sreelatha", "A. Rahman": initials before a surname
    if INITIAL_NAME.fullmatch(text) and text not in lex.credentials:  # (not "M.Epid", a degree)
        return True  # "B.Enkhtuvshin": Mongolian and Central Asian news write the father's initial so
    if text in lex.name_abbreviations or (text in lex.name_suffixes and i and is_name_token(doc, i - 1)):
        return True  # "Jose Ma. Villar", "Rodolfo Villanueva Jr."
    w = words(doc)
    if i and IRISH_MUTATED.fullmatch(text) and w.texts[i - 1] in ("an", *IRISH_SURNAME_WORDS):
        return True  # "Liam Mac an tSaoir", "Seán Ó hAodha": an Irish surname's word after its mutation
    if i and ELIDED_PARTICLE_NAME.fullmatch(text) and is_capitalised(w.texts[i - 1]) and w.texts[i - 1].isalpha() \
            and w.texts[i - 1] not in lex.heads and w.texts[i - 1] not in lex.weak_heads:
        return True  # "Celeste Sousa Pontes d'Alva", "Ana d'Almeida": a surname with its elided particle in lower case
    if not text[:1].isupper() or not text.replace("-", "").replace("'", "").isalpha():
        return False
    if i + 2 < len(w.texts) and w.texts[i + 1] == "-" and not w.spaces[i] and not w.spaces[i + 1] \
            and w.texts[i + 2].isalpha() and w.texts[i + 2].islower() and i and is_capitalised(w.texts[i - 1]):
        return True  # "Hwang In-sook", "Lee Do-hyun": a hyphenated given name, though "In" or "Do" is a word
    if text in lex.credentials and i and is_capitalised(words(doc).texts[i - 1]) \
            and not any(span.end == i for span in doc.spans.get("kg_titles", [])):
        return False  # "Rebecca Lindqvist MP", "Anand Rao PhD": a post-nominal after the name (not a title)
    if (i + 1 < len(w.texts) and f"{text} {w.texts[i + 1]}" in lex.heads) or (i and f"{w.texts[i - 1]} {text}" in lex.heads):
        return False  # "Rumah Sakit Cahaya Medika": a head of two words, neither of them a name's
    if text.lower() in lex.title_words and surname_half(doc, i) and is_name_token(doc, i - 2):
        return True  # "Tama Henare-Bishop": a word that is also a title, as the second half of a surname
    return not (text in lex.heads or text in lex.weak_heads or text in lex.not_names or text.lower() in lex.title_words
                or (doc[i].is_sent_start and doc[i].is_stop))


VOWELS = re.compile(r"[AEIOUY]")
PEOPLE_SERVED = ("children", "people", "persons", "patients", "women", "adults", "families", "survivors")
IRISH_SURNAME_WORDS = ("Mac", "Nic", "Mhic", "Ó", "Ní", "Uí")
IRISH_MUTATED = re.compile(r"(?:t|h|n|bh|b|d|g|m)[A-ZÁÉÍÓÚ][a-záéíóú]+")  # "tSaoir", "hAodha", "nGallchóir"
# "Maria Helena Albuquerque Tavares de Mello": Portuguese and Spanish names run to five words
MAX_NAME_WORDS = 5
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
ELIDED_PARTICLE_NAME = re.compile(r"d['’][A-ZÀ-Ý][a-zà-ÿ]+")
ELIDED_SURNAME = re.compile(r"(?:D|Dell|Dall|Degl|Dei|L|O)['’][A-Z][a-z]+")
INITIAL_NAME = re.compile(r"(?:[A-Z]|Ts|Ch|Sh|Kh|Zh)\.[A-Z][a-z]{2,}(?:-[A-Za-z][a-z]+)?")


OPENING_QUOTES = ('"', "“", "«")
CLOSING_QUOTES = ('"', "”", "»")
DOCTOR = frozenset({"Doctor", "Doctora", "Doutor", "Doutora"})  # spelt out in a name: "Hospital Provincial Doctor X"
SIGNED_BY = frozenset({"signed", "countersigned", "initialled", "initialed", "witnessed", "and"})  # "… and by A"
NEWS_PAGES = frozenset({"news", "newsroom", "press", "media", "releases", "stories", "updates", "blog", "bulletin"})
NAME_LINKS = ("bin", "bint", "ibn")  # "Noura bint Abdulrahman": a patronymic, in lower case inside a name
ARABIC_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an")  # "Qaa al-Rim", lower case inside a name


def masthead_dash(texts: list[str], start: int, dash: int) -> bool:
    """"Clydeholm University – University news", "X – Press Office", "X – College of Medicine – Media": a dash
    before the page or office of a masthead (not within "Media Office – Press Statement", a masthead of its own)."""
    return texts[start].lower() not in NEWS_PAGES and any(t.lower() in NEWS_PAGES for t in texts[dash + 1 : dash + 4])


def nickname_end(doc: Doc, i: int) -> int | None:
    """After a nickname in quotes at token i ('"Monching"' in 'Ramon "Monching" dela Cruz'), where the name goes on."""
    texts = words(doc).texts
    if i + 2 < len(texts) and texts[i] in OPENING_QUOTES and texts[i + 2] in CLOSING_QUOTES and texts[i + 1].istitle():
        return i + 3
    return None


def eponym_before_acronym(doc: Doc, start: int, end: int) -> bool:
    """"the Hospital Materno-Infantil Maria Djassi (HMIMD)": a name that ends an institution's name written head
    first, as the acronym after it spells (the institution's words and the name's); also one after a prefix that
    makes a name an organization ("PT Vaksin Husada Nusantara (VHN)")."""
    lex = lexicon(doc)
    texts, n = words(doc).texts, len(doc)
    if not (end + 2 < n and texts[end] == "(" and is_acronym(texts[end + 1]) and texts[end + 2] == ")"):
        return False
    k = start
    while k > 0 and start - k < 5 and (is_capitalised(texts[k - 1]) or texts[k - 1] in lex.connectors
                                       or texts[k - 1] == "-"):
        k -= 1
        if texts[k] in lex.heads and lex.heads[texts[k]] in ("hospital", "institute", "center", "school", "university"):
            spelt = [part for t in texts[k:end] if t != "-" for part in t.split("-")]
            return initials_match(texts[end + 1], spelt, lex.connectors)
        if texts[k] in lex.name_prefixes:  # "PT Vaksin Husada Nusantara (VHN)": a company's words after its legal form
            return initials_match(texts[end + 1], texts[k + 1 : end], lex.connectors)
    return False


def named_after_doctor(doc: Doc, i: int) -> bool:
    """"Hospital Zonal Dr. Enrique Fontana", "Hospital General Dr. Manuel Gea Reyes": the honorific at i goes on a
    name for an institution whose head word opens the phrase before it; also in quotes: Hospital Zonal "Dr. X"."""
    lex = lexicon(doc)
    texts = words(doc).texts
    while i > 1 and (lex.is_honorific(texts[i - 1]) or (texts[i - 1] == "." and lex.is_honorific(texts[i - 2]))):
        i -= 1  # the first of a chain: 'General Hospital "Prim. Dr. X"'
    if i > 0 and lex.name_prefixes.get(texts[i - 1]) == "hospital":
        return True  # "RSUP Dr. Hartono Wiradisastra"
    end = i - 1 if texts[i - 1] in OPENING_QUOTES else i  # where the institution's own words end
    if end < i and end > 0 and lex.heads.get(texts[end - 1]) in ("hospital", "institute", "center"):
        return True  # 'General Hospital "Prim. Dr. Esad Kurtović"': in quotes right after the head word
    k = end - 1
    while k > 0 and i - k <= 4 and (is_capitalised(texts[k]) or texts[k] in lex.connectors and k < end - 1) \
            and (texts[k] not in lex.heads or texts[k] in lex.head_first_kinds) \
            and f"{texts[k]} {texts[k + 1]}" not in lex.heads:  # (also "Hospital de Clínicas Dr. X",
        k -= 1  # "Hospital Escuela Dr. X")
    if texts[k] not in lex.heads and k + 1 < end and texts[k + 1] in lex.head_first_kinds:
        k += 1  # "the Escola Superior de Saúde Dona X": a head word that opens its name went on past it
    # ("Rumah Sakit Umum Pusat Prof. dr. X": a head of two words)
    head = lex.heads.get(texts[k]) or (lex.heads.get(f"{texts[k]} {texts[k + 1]}") if k + 1 < end else None)
    # (also a school's named so in its own language: "Escola Superior de Saúde Dona X")
    return k >= 0 and end - k >= 2 and (head in ("hospital", "institute", "center", "laboratory") or (
        head == "school" and foreign_word(lex, texts[k].lower()))) \
        and texts[k].istitle() and (k == 0 or not is_capitalised(texts[k - 1]) or texts[k - 1] == "The")


def continues_into_org(doc: Doc, end: int) -> bool:
    """"Brantwood Children's Hospital", "Swasthya Setu Fellowship", "the Primeros Mil Días programme": a name the
    model took for a person runs on into the word for an organization or a thing."""
    lex = lexicon(doc)
    w = words(doc)
    texts, lowers, n = w.texts, w.lowers, len(w.texts)
    k = end + 1 if end < n and texts[end] in POSSESSIVES else end
    if k < n and lowers[k] in lex.things:
        return True
    while k < n and k - end <= 5 and (is_capitalised(texts[k]) or texts[k] in POSSESSIVES
                                      or (texts[k] in NAME_LINKS and k + 1 < n and is_capitalised(texts[k + 1]))):
        if texts[k] in lex.heads or texts[k] in lex.weak_heads or lowers[k] in lex.things:
            return True
        k += 1
    return False


def name_word_end(doc: Doc, i: int) -> int | None:
    """End of the name word at token i: "Zhang", "IP", hyphenated "Mei-Ling", "Ji-hoon", or with a particle
    before it: "bin Salman", "al-Rashid", "van Dijk"."""
    lex = lexicon(doc)
    w = words(doc)
    texts, spaces, n = w.texts, w.spaces, len(w.texts)
    if i < n and texts[i] in lex.particles and i + 1 < n:
        after = i + 2 if texts[i + 1] == "-" and not spaces[i] else i + 1
        if after + 1 < n and texts[after] in lex.worded_honorifics and is_capitalised(texts[after + 1]):
            after += 1  # "Rosli bin Haji Hamdan": the father's honorific inside the name
        return name_word_end(doc, after)  # "de la Fuente": particles chain
    if i < n and texts[i].islower() and texts[i] in lex.name_suffixes:
        return i + 1  # "Bakyt Nurlan uulu": "son of", written after the father's name
    if 0 < i < n - 1 and texts[i] == "an" and texts[i - 1] in IRISH_SURNAME_WORDS and is_name_token(doc, i + 1):
        return i + 2  # "Mac an tSaoir", "Mac an Bhaird": the article inside an Irish surname
    if i >= n or not is_name_token(doc, i):
        return None
    end = i + 1
    while end + 1 < n and texts[end] == "-" and not spaces[end - 1] and not spaces[end] and texts[end + 1].isalpha():
        end += 2
    if end < n and texts[end] == "." and not spaces[i] and f"{texts[i]}." in lex.name_abbreviations:
        end += 1  # "Ma" "." in "Jose Ma. Villar"
    if end + 1 < n and texts[end] in ("'", "’") and not spaces[end - 1] and spaces[end] and is_capitalised(texts[end + 1]):
        end += 1  # "Achieng' Odhiambo": a name's own apostrophe, then the surname
    elif end < n and texts[end] in ("'", "’") and not spaces[end - 1] and texts[end - 1].lower().endswith("ng") \
            and (spaces[end] or end + 1 == n or doc[end + 1].is_punct) \
            and not any(texts[k] in ("'", "‘") and not spaces[k] and (k == 0 or spaces[k - 1] or texts[k - 1] == "\n")
                        for k in range(max(0, i - 30), i)):
        end += 1  # "Peter Oduong', the CEO": the ng' of Luo and Swahili names, at the name's end (not a quote's)
    return end


def merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def bracketed_honorific(doc: Doc, i: int) -> bool:
    """A bracket around an honorific, as in "Prof. (Mrs.) Ngozi Adeyemi" or "Chief (Dr.) Tunde Bello"."""
    lex = lexicon(doc)
    texts = words(doc).texts
    def after_rank(k: int) -> bool:  # "Brig. (R) Dr. X": retired; "Kolonel Laut (K) dr. X": the corps; after a rank
        return ends_honorific(lex, texts, k - (texts[k - 1 : k] == ["."]))

    def letter(k: int) -> bool:
        return len(texts[k]) == 1 and texts[k].isupper()

    if letter(i):
        return 0 < i < len(texts) - 1 and texts[i - 1] == "(" and texts[i + 1] == ")" and after_rank(i - 1)
    if texts[i] == "(":
        return i + 2 < len(texts) and texts[i + 2] == ")" and (lex.is_honorific(texts[i + 1]) or (
            letter(i + 1) and after_rank(i)))
    return texts[i] == ")" and i > 0 and (lex.is_honorific(texts[i - 1]) or (
        letter(i - 1) and i > 2 and texts[i - 2] == "(" and after_rank(i - 2)))


def ends_honorific(lex: Lexicon, texts: list[str], i: int) -> bool:
    """Does an honorific of one or two words end just before word i ("Datuk Seri", "Laksamana Pertama TNI")?"""
    return (i > 0 and lex.is_honorific(texts[i - 1])) or (i > 1 and lex.is_honorific(f"{texts[i - 2]} {texts[i - 1]}"))


def initials_then_name(doc: Doc, names: list[str]) -> bool:
    """"CHN Lat-Dior" where the article writes "Centre Hospitalier National Lat-Dior": the initials of a name's first
    words, then the rest of it, name an organization, not a person."""
    first = names[0]
    if not (2 <= len(first) <= 5 and first.isupper() and first.isalpha()) or len(names) < 2:
        return False
    words = r"\s+".join(rf"{letter}[\w'’-]*" for letter in first)
    return re.search(rf"\b{words}\s+{re.escape(' '.join(names[1:]))}\b", doc.text) is not None


GIVEN_NAME_HONORIFICS = ("Prince", "Princess")  # "Dr. Prince T. Dolo": a given name, after another honorific


def given_name_after_honorific(texts: list[str], i: int, start: int) -> bool:
    return texts[i] in GIVEN_NAME_HONORIFICS and i > start and texts[i - 1].rstrip(".") in ("", "Dr", "Mr", "Mrs", "Ms", "Prof")


def clean_person(doc: Doc, start: int, end: int, in_title: set[int], acronyms: set[str] | None = None) -> PersonSpan | None:
    """The person of a candidate span: without the title or honorifics before the name, nor an acronym of the
    article's (`acronyms`) after the title ("Vice Chancellor QMU Saima Javed")."""
    lex = lexicon(doc)
    w = words(doc)
    texts = w.texts
    # "Rahma bint Saleh al Balushi": the model's span may begin at the father's name, after "bint"
    while start >= 2 and w.lowers[start - 1] in PATRONYM_LINKS and is_capitalised(texts[start - 2]) \
            and not lex.is_honorific(texts[start - 2]) and start - 2 not in in_title:
        start -= 2
    first = start
    while first < end and not given_name_after_honorific(texts, first, start) \
            and (lex.is_honorific(texts[first]) or first in in_title or texts[first] in (".", "'", "’", ":")
                           or (first + 2 < end and lex.is_honorific(f"{texts[first]} {texts[first + 1]}"))  # "Tan Sri"
                           or (first > 0 and lex.is_honorific(f"{texts[first - 1]} {texts[first]}"))  # "Professor Emeritus"
                           or texts[first] in lex.company_suffixes  # "Qazmed Pharm JSC Ruslan Ibrayev"
                           or (texts[first] in (acronyms or ()) and first - 1 in in_title and first + 2 < end)
                           or bracketed_honorific(doc, first)
                           or (texts[first] in lex.honorific_links and first + 1 < end and lex.is_honorific(texts[first + 1]))
                           or (texts[first] in lex.honorific_links and ends_honorific(lex, texts, first))):
        first += 1
    if first == start and first > 0 and texts[first] in lex.particles and texts[first - 1].isalpha() \
            and texts[first - 1].islower() and (w.lowers[first - 1] in lex.name_translations
                                                or ROMANCE_ADJECTIVE.fullmatch(texts[first - 1])):
        return None  # "Hôpital régional de Kolda": the place in an institution's name written in its own language
    if first + 2 < end and texts[first] in lex.countries and w.lowers[first - 1 : first] == ["to"]:
        first += 1  # "Ambassador of Vietnam to Belarus Le Van Khanh": the model's span began at the country
    # "Director Research Prof Dr Kamran Rafiq": words before a later honorific are not the name
    # (not a whole word that ends the name: "Hamza Sheikh", "Tama Henare-Bishop", surnames; but "Kafr El-Sheikh",
    # "X Pharm.")
    later = [k for k in range(first + 1, end) if lex.is_honorific(texts[k]) and not bracketed_honorific(doc, k)
             and not given_name_after_honorific(texts, k, start)
             and w.lowers[k - 1] not in lex.particles  # (not "Rosli bin Haji Hamdan": the father's honorific)
             # (nor "Dr. Abdirashid Sheikh Mahad Osman": a worded one after the given name the honorific opened)
             and not (texts[k] in NAME_HONORIFICS and k == first + 1 and first > start and len(texts[first]) >= 3
                      and texts[first].isalpha() and texts[first] not in lex.field_nouns
                      and not lex.is_honorific(texts[first]))
             and (texts[k] not in lex.worded_honorifics or (texts[k - 1] == "-" and w.lowers[k - 2] in ARABIC_ARTICLES) or any(
                 not lex.is_honorific(texts[j]) and texts[j] not in (".", "'", "’") for j in range(k + 1, end)))]
    if later:
        start = first = later[0]
        while first < end and (lex.is_honorific(texts[first]) or texts[first] in (".", "'", "’")):
            first += 1
    titled = [k for k in range(first + 1, end - 1) if k in in_title and k + 1 not in in_title]
    if titled:  # "Nueva Aurora Governor Ramon dela Cruz": the model's span began at the place, the name follows the title
        start = first = titled[-1] + 1
        while first < end and (lex.is_honorific(texts[first]) or texts[first] in (".", "'", "’")):
            first += 1
    # (not "of AOU San Marco, Dr. X", "of RSUD Karang Asri dr. X", "of RSUP Dr. X", nor a name the text writes
    # again: "(…, AOU San Marco)")
    after = end + 1 if texts[end : end + 1] == [","] else end
    of_the = 2 if w.lowers[first + 1 : first + 2] == ["the"] else 1  # (also "Mission Director of the DTHM X")
    acronym = first + of_the if w.lowers[first : first + 1] in (["of"], ["at"]) and first - 1 in in_title else first \
        if first >= 2 and w.lowers[first - 1] in ("of", "at") and first - 2 in in_title else None
    if acronym is not None and (acronym + 2 < end or acronym + 2 == end and INITIAL_NAME.fullmatch(texts[acronym + 1])) \
            and is_acronym(texts[acronym]) and texts[acronym] not in lex.name_prefixes \
            and doc.text.count(w.text_of(acronym, end)) == 1 \
            and not (after < len(texts) and (lex.is_honorific(texts[after]) or after in entities(doc).starts)):
        start = first = acronym + 1  # "Head of BPTK Arief Nugroho Santoso": the post's organization, then the name
    if first < end and texts[first] in lex.name_prefixes:
        return None  # "NHS Carrick", "PT Bumi Sehat": the words of an organization's name
    if first + 2 <= end and first > 0 and w.lowers[first - 1] in ("of", "at") and is_acronym(texts[first]) \
            and (INITIALS.fullmatch(texts[first + 1]) or len(texts[first + 1]) == 1):
        first += 1  # "dean-director of VKMCH R. Lakshman": the acronym is the title's organization (not "of SATO Emi")
    names: list[str] = []
    i = first
    while i < end and (word_end := name_word_end(doc, i)) and word_end <= end:
        names.append(w.text_of(i, word_end))
        i = word_end
        if (past := nickname_end(doc, i)) and past < end:
            i = past  # 'Ramon "Monching" dela Cruz'
    # (initials count for no word: "W. M. Upul Senarath Bandara", nor does a particle written capitalised:
    # "Claudia Patricia Barros De la Hoz")
    counted = [n for n in names if not INITIALS.fullmatch(n) and n.lower() not in lex.particles
               and n not in lex.name_suffixes]
    # (names all in capitals are a list of acronyms, but after an honorific a surname: "Mr ABENA NKOU reminded …")
    capitals = all(n.isupper() for n in names) and not (
        first > start and lex.is_honorific(texts[start]) and 2 <= len(names) <= 3
        and not (start and texts[start - 1].isupper())  # (not a masthead in capitals: "HOSPITAL X DR. Y Z")
        and all(len(n) >= 3 and n.isalpha() and VOWELS.search(fold_accents(n)) and n not in (acronyms or ())
                for n in names))
    if not names or len(counted) > MAX_NAME_WORDS or capitals \
            or (names[-1] in lex.possessive_names and texts[i : i + 1] in (["and"], ["'s"], ["’s"])) \
            or is_brand_name(names) or names[0] in (acronyms or ()) or any(no_name_letters(n) for n in names) \
            or initials_then_name(doc, names) or any(n.lower() in lex.press_verbs and n.endswith("s") for n in names[1:]) \
            or (len(names) > 1 and names[-1].lower() in lex.press_verbs and i < len(texts) and is_capitalised(texts[i])):
        # (also a Title Case headline's verb: "Saúde Tejo Signs Management and Training Agreement", "… Saúde Sign Letter
        # of Intent"; not "Said", a name; nor the people a hospital serves: "Al Daayen Women and Children's Hospital")
        return None  # nothing left, a list of names, an acronym ("HKUST"), a company ("Clarion MedTech") or "CC Morava"
    name = " ".join("-".join(part.capitalize() for part in n.split("-")) if n.isupper() and len(n) > 1 and "." not in n
                    and n not in lex.name_suffixes else n for n in names)  # "SARR-DIOUF" is "Sarr-Diouf"; "II" stays
    if first >= 2 and texts[first - 1] in ("'", "‘", "ʻ") and not w.spaces[first - 1] and w.spaces[first - 2] \
            and texts[i : i + 1] not in (["'"], ["’"]):
        # "Dr 'Ofa Vainikolo": a Tongan or Hawaiian name opens with its glottal stop (not "launched 'Stroke Setu'", a
        # name in single quotes)
        name = texts[first - 1] + name
    span_start = first  # the span keeps its honorifics ("Prof. Nancy IP") but not a title before them
    while span_start > start and span_start - 1 not in in_title and (
            lex.is_honorific(texts[span_start - 1]) or texts[span_start - 1] in (".", "'", "’")
            or (span_start - 2 >= start and lex.is_honorific(f"{texts[span_start - 2]} {texts[span_start - 1]}"))
            or (span_start < first and lex.is_honorific(f"{texts[span_start - 1]} {texts[span_start]}"))
            or bracketed_honorific(doc, span_start - 1)):
        span_start -= 1
    if len(names) == 1 and INITIAL_NAME.fullmatch(names[0]):
        return PersonSpan(span_start, i, name)  # "B.Enkhtuvshin": a full name in one word
    if len(names) == 1:
        # a lone capitalised word is a surname only when it reads like one ("Prof. Ip", "Ip said")
        return None if is_acronym(names[0]) else PersonSpan(span_start, i, name, surname_only=True)
    return PersonSpan(span_start, i, name)


# ---------------------------------------------------------------- organizations


@Language.factory("kg_orgs", assigns=["doc._.kg_orgs"], default_config=RULES_CONFIG)
def make_org_finder(nlp: Language, name: str, rules: str | None) -> OrgFinder:
    return OrgFinder(rules)


class OrgFinder(RuleComponent):
    """Organizations: runs of capitalised words around a head word ("… University", "… Hospital"),
    acronyms defined in parentheses or spelling a name's initials, nested and possessive units."""

    def process(self, doc: Doc, lex: Lexicon) -> Doc:
        blocked = {i for span in doc.spans.get("kg_titles", []) for i in range(span.start, span.end)}
        texts, lowers = words(doc).texts, words(doc).lowers
        doc._.kg_people = [p for p in doc._.kg_people or [] if not named_after(doc, p) and not last_word_of_name(doc, p)]
        for person in doc._.kg_people or []:
            blocked.update(range(person.start, person.end))
            k = person.end  # "Professor Helen Gatenby AO FAHMS": the letters after a name are no organization
            while k < len(texts) and (texts[k] in lex.credentials
                                      or texts[k] == "," and texts[k + 1 : k + 2] and texts[k + 1] in lex.credentials):
                blocked.add(k)  # (also after a comma: "Shri X, IAS, Commissioner …")
                k += 1
        # "signed by Lin and University of X vice chancellor Y": a word of a name found in full elsewhere, before "and"
        name_words = {word for p in doc._.kg_people or [] if not p.surname_only for word in p.name.split()}
        blocked.update(i for i in range(len(texts) - 1) if texts[i] in name_words and texts[i + 1] in ("and", ",")
                       and (i == 0 or not is_capitalised(texts[i - 1])))
        # "Minutes later, Cárcamo Zelaya signed": the two surnames of someone named in full before ("Dr. Josué Alfredo
        # Cárcamo Zelaya"), which the model may read as an organization
        # (a name with its honorific: the model's people include places and institutions)
        tails: dict[str, set[tuple[str, ...]]] = {}  # by their first word, which few tokens are
        for p in doc._.kg_people or []:
            words_ = p.name.split()
            if not p.surname_only and len(words_) >= 3 and lex.is_honorific(texts[p.start]):
                for k in range(1, len(words_) - 1):
                    tails.setdefault(words_[k], set()).add(tuple(words_[k:]))
        for i in (i for i, t in enumerate(texts[:-1]) if t in tails):
            for tail in tails[texts[i]]:
                end = i + len(tail)
                if tuple(texts[i:end]) == tail and end < len(texts) and not is_capitalised(texts[end]) \
                        and (i == 0 or not (is_capitalised(texts[i - 1]) or lowers[i - 1] in lex.connectors)):
                    blocked.update(range(i, end))
        # "(Nasdaq: HLVD)", "(NSE: RUPN; BSE: 543871)": a listing, not an organization (the exchange nor the ticker)
        # ("Euronext Growth Paris: ALCVN": the exchange's market and town too)
        for i in range(2, len(texts)):
            if texts[i - 1] == ":":
                start = next((b for b in range(i - 2, max(i - 6, -1), -1) if texts[b] in lex.stock_exchanges
                              and (b == 0 or texts[b - 1] in ("(", ";", ","))), None)
                if start is not None:
                    blocked.update(range(start, i + 1))
        # "LISBON--(BUSINESS WIRE)--April 15", "QUEBEC CITY, Oct. 8, 2024 /CNW/ -": the wire that carries a release is
        # none of its organizations
        for i in range(1, len(texts) - 2):
            if (texts[i - 1], texts[i]) == ("--", "(") or (texts[i] == "/" and (texts[i - 1] in (",", ".") or texts[i - 1].isdigit())):
                close = next((k for k in range(i + 1, min(i + 6, len(texts))) if texts[k] in (")", "/", "/.")), None)
                if close is not None and (texts[i] == "/" or texts[close + 1 : close + 2] == ["--"]):
                    blocked.update(range(i, close + 1))
        # "HE Managing Director Dr. X": "His Excellency" in short before a title, not an organization (but "HE Wei",
        # a SURNAME in capitals, is a person's)
        title_starts = {span.start for span in doc.spans.get("kg_titles", [])}
        blocked.update(i for i in range(len(texts) - 1) if texts[i] == "HE"
                       and (i + 1 in title_starts or lex.is_honorific(texts[i + 1])))
        runs = find_runs(doc, blocked)
        orgs = with_listed_fields(doc, [org for run in runs for org in read_run(doc, *run)])
        quoted, forms = quoted_companies(doc, orgs, blocked)
        blocked |= forms  # (the legal form before the quotes is no organization of its own)
        orgs = sorted([*(o for o in orgs if not (o.start in forms and o.end == o.start + 1)), *quoted], key=lambda o: o.start)
        orgs = spelled_long_forms(doc, orgs)
        orgs = joint_offices(doc, orgs)
        orgs = with_namesakes(doc, orgs)
        doc._.kg_people = [p for p in doc._.kg_people or [] if not any(o.start <= p.start < o.end for o in orgs)]
        orgs = companies_with_their_market(doc, orgs)
        orgs = attach_parentheticals(doc, orgs)
        orgs = places_after_acronyms(doc, orgs)
        orgs = owners_after_brackets(doc, orgs)
        orgs = units_after_brackets(doc, orgs)
        # "St. Anne Hospital (Szpital św. Anny)": a saint's or founder's name in the bracketed name is no person here
        bracketed = {i for o in orgs if texts[o.end - 1] == ")" and ";" not in texts[o.start : o.end]  # (not a profile)
                     for i in range(o.start, o.end)}
        doc._.kg_people = [p for p in doc._.kg_people or [] if not {p.start, p.end - 1} <= bracketed]
        orgs = attach_acronyms(doc, orgs, blocked)
        orgs = departments_of_governments(doc, nest(doc, orgs))
        orgs += governing_places(doc, orgs, blocked)
        orgs += governments_in_lower_case(doc, orgs, blocked)
        orgs = [with_host_country(doc, o) for o in orgs]
        orgs = [with_place_level(doc, o) for o in orgs]
        documents = agreement_acronyms(doc)
        # (nor a name cut inside brackets: "a Department of Health (DOH)-retained hospital" gives no "DOH)-retained
        # hospital")
        doc._.kg_orgs = sorted((o for o in orgs if o.name not in documents and o.name.count("(") == o.name.count(")")),
                               key=lambda o: o.start)
        return doc


def joint_offices(doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """"the Pan American Health Organization/World Health Organization (PAHO/WHO)", "PAHO/WHO will …": an office
    that acts for two organizations, written with a slash, is the first one (the regional office), not both; a pair
    of names is one phrase, to the end of the second."""
    w = words(doc)
    joined: list[OrgSpan] = []
    for org in orgs:
        first = joined[-1] if joined else None
        # (both acronyms or both names: in "(Rumah Sakit Umum Pusat/RSUP Dr. X)" the slash gives a short form)
        if first is not None and org.start == first.end + 1 and w.texts[first.end] == "/" \
                and not w.spaces[first.end - 1] and not w.spaces[first.end] \
                and is_acronym(w.texts[first.start]) is is_acronym(w.texts[org.start]):
            if not is_acronym(w.texts[org.start]):
                joined[-1] = replace(first, end=org.end)  # (a pair of acronyms keeps the first's own phrase)
        else:
            joined.append(org)
    return joined


def quoted_companies(doc: Doc, orgs: list[OrgSpan], blocked: set[int]) -> tuple[list[OrgSpan], set[int]]:
    """'AS "Gaujas Farma"', 'SIA "Rīgas Medicīna"', 'OOO "Medtekh"': a company's legal form before its name in quotes,
    as Baltic and Russian-speaking outlets write it; the name in quotes is the company, with or without a head word.
    The companies not found yet, and where their legal forms are."""
    lex = lexicon(doc)
    texts = words(doc).texts
    taken = {k for o in orgs for k in range(o.start, o.end)}
    found, forms = [], set()
    for i in range(len(texts) - 3):
        if lex.name_prefixes.get(texts[i]) != "company" or texts[i + 1] not in OPENING_QUOTES:
            continue
        close = next((k for k in range(i + 3, min(i + 8, len(texts))) if texts[k] in CLOSING_QUOTES), None)
        if close is None or not all(is_capitalised(t) or t == "-" for t in texts[i + 2 : close]) \
                or blocked & set(range(i + 2, close)):
            continue
        forms.add(i)
        if not taken & set(range(i + 2, close)):
            found.append(OrgSpan(i + 2, close, span_text(doc, i + 2, close), "company"))
    return found, forms


def is_demonym(lex: Lexicon, text: str) -> bool:
    """"Armenian", "Italian", "Vietnamese": the adjective of a country the lexicon knows (not "Nairobi")."""
    return nationality_shaped(text) and any(
        text.startswith(country[: max(4, len(country) - 2)]) for country in lex.countries if " " not in country)


def nationality_shaped(text: str) -> bool:
    """"Brazilian", "Belgian", "Japanese", "Danish", "Omani": the shape of an adjective of a nation."""
    return re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish|ic|i)", text) is not None


def with_listed_fields(doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """"the College of Science, Technology and Health": a unit's fields listed with commas are all its name's."""
    lex = lexicon(doc)
    w = words(doc)
    texts, n = w.texts, len(w.texts)
    labels = entities(doc).labels

    def listed_field_end(k: int) -> int:  # one field of one or two words: "Technology", "Social Affairs" (else k)
        m = k
        while m < n and m - k < 2 and is_capitalised(texts[m]) and texts[m].isalpha() and texts[m] not in lex.heads \
                and not lex.is_honorific(texts[m]) and labels[m] not in ("PERSON", "GPE", "LOC", "NORP") \
                and (texts[m] in lex.field_nouns or m > k or texts[m + 1 : m + 2] in ([","], ["and"], [")"], ["."])
                     or m + 1 == n or "\n" in texts[m + 1] + w.spaces[m]):
            m += 1
        return m

    found, added = [], []
    for org in orgs:
        k = org.end
        # (also "Ministry for Science, Culture and Tourism", "Ministry of Labour, Health and Social Affairs")
        if (" of " in org.name or " for " in org.name) and texts[k : k + 1] == [","] \
                and (texts[org.end - 1] in lex.field_nouns or "Ministry" in org.name.split()):
            while k + 1 < n and texts[k] == "," and (end := listed_field_end(k + 1)) > k + 1 \
                    and texts[end : end + 1] in ([","], ["and"]):
                k = end  # ", Technology"
            last = listed_field_end(k + 1) if k + 1 < n and texts[k] == "and" else k + 1
            if k > org.end and last > k + 1 and not any(o.start == k + 1 for o in orgs) \
                    and (last == n or not is_capitalised(texts[last]) or "\n" in w.spaces[last - 1]):
                added.append((org.end, last))
                org = replace(org, end=last, name=span_text(doc, org.start, last))
        found.append(org)
    return [o for o in found if not any(start <= o.start < end for start, end in added)]


def named_after(doc: Doc, person: PersonSpan) -> bool:
    """"Hospital General Santa Ana de Los Altos", "Hospital Escuela Dr. Alejandro Urbina Castillo": the name after a
    head written first with only its kind words ("Hospital General") is the institution's, not a person there; so is
    the doctor's name after a hospital's prefix ("RSUD dr. Ratna Kumalasari"), and the name before a head in a
    language that writes it in lower case ("Dals universitetssjukhus")."""
    lex, texts = lexicon(doc), words(doc).texts
    if person.end < len(texts) and is_native_head(lex, texts[person.end]):
        return True
    k = person.start
    while k > 0 and person.start - k < 3 and texts[k - 1].isalpha() and texts[k - 1].istitle() \
            and not lex.is_honorific(texts[k - 1]):
        k -= 1  # (the model may read the name from its second word: "RSUD dr. Siti [Rahayu Lestari]")
    honorific = k - 2 if texts[k - 1 : k] == ["."] else k - 1
    if honorific > 0 and lex.is_honorific(texts[honorific]) and lex.name_prefixes.get(texts[honorific - 1]) == "hospital":
        return True
    if quoted_eponym(doc, person.start, person.end):
        return True
    k = person.start
    while k > 0 and texts[k - 1] in lex.head_first_kinds:
        k -= 1
    return 0 < k < person.start and texts[k - 1] in lex.head_first \
        and (k == 1 or not is_capitalised(texts[k - 2]) or texts[k - 2] == "The")


def quoted_eponym(doc: Doc, start: int, end: int) -> bool:
    """'Medical University "Prof. Dr. Boyan Karaivanov"', 'UMHAT "Sveti Naum"': a name in quotes right after an
    institution's head word or acronym names the institution."""
    lex, texts = lexicon(doc), words(doc).texts
    k = start
    while k > 0 and (lex.is_honorific(texts[k - 1]) or texts[k - 1] == "."):
        k -= 1
    return k > 1 and end < len(texts) and texts[k - 1] in OPENING_QUOTES and texts[end] in CLOSING_QUOTES \
        and (texts[k - 2] in lex.heads or (is_acronym(texts[k - 2]) and texts[k - 2] not in lex.credentials))


def no_name_letters(word: str) -> bool:
    """"Mourne and Lagan HSCT", "Tarnby DHB": capitals without a vowel, which no name is written with."""
    return len(word) >= 3 and word.isupper() and word.isalpha() and not VOWELS.search(fold_accents(word))


def is_native_head(lex: Lexicon, text: str) -> bool:
    """"Fjordbys universitet", "Dals universitetssjukhus": a head word in a language that writes it in lower
    case after the name."""
    return text.islower() and (text in lex.native_nouns or lex.heads.ending_kind(text.capitalize()) is not None)


def last_word_of_name(doc: Doc, person: PersonSpan) -> bool:
    """"Université du Littoral Sahélien": one capitalised word the model reads as a person ends the name of words
    before it that hold a head word."""
    lex, texts = lexicon(doc), words(doc).texts
    # (not a name after the head word itself: "Director of the X Medical Centre G.Erdenebileg")
    if person.end - person.start != 1 or person.start == 0 or not texts[person.start].isalpha() \
            or not is_capitalised(texts[person.start - 1]) or lex.is_honorific(texts[person.start - 1]) \
            or texts[person.start - 1] in lex.heads:
        return False
    k = person.start - 1
    while k > 0 and person.start - k < 6 and (is_capitalised(texts[k - 1]) or texts[k - 1].lower() in lex.connectors):
        k -= 1
    return any(t in lex.heads for t in texts[k : person.start])


GOVERNMENT_UNITS = ("Department", "Directorate", "Ministry")


def departments_of_governments(doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """"the Health and Family Welfare Department, Government of Assam": a department and the government after its
    comma are one name, as Indian releases write a state's department."""
    texts = words(doc).texts
    starts = {o.start: o for o in orgs if not o.nested}
    joined: dict[int, OrgSpan] = {}
    for org in orgs:
        government = starts.get(org.end + 1)
        if not org.nested and government is not None and texts[org.end] == "," \
                and government.name.startswith("Government of ") and set(GOVERNMENT_UNITS) & set(org.name.split()):
            joined[org.start] = replace(org, end=government.end, name=f"{org.name}, {government.name}")
            joined[government.start] = joined[org.start]
    if not joined:
        return orgs
    return [*dict.fromkeys(joined.get(o.start, o) if not o.nested else o for o in orgs)]


# adjectives as French, Italian and Spanish write them after a head ("lémanique", "cantonal", "vaudois")
ROMANCE_ADJECTIVE = re.compile(r"\w{3,}(?:iques?|iennes?|oises?|aises?|ois|ais|aires?|ales?|al|aux|elles?|iens?)")


def romance_words_end(doc: Doc, start: int, end: int) -> int:
    """"Institut national de recherche biomédicale et en santé": a name in French, Italian or Spanish may go on in
    lower case, in words of names and adjectives joined by connectors, after a head of its own language."""
    lex, w = lexicon(doc), words(doc)
    # (the run may hold names listed before it: "the Université X and the Institut national de …"; the head is its
    # last capitalised word)
    head = max((k for k in range(start, end) if w.texts[k][:1].isupper()), default=None)
    if head is None or not foreign_word(lex, w.lowers[head]):
        return end
    k, last = end, end
    while k < len(w.texts) and k - end < 8 and w.texts[k].isalpha() and w.texts[k].islower() and (
            w.lowers[k] in lex.connectors or w.lowers[k] in lex.name_translations or ROMANCE_ADJECTIVE.fullmatch(w.texts[k])):
        k += 1
        if w.lowers[k - 1] not in lex.connectors:
            last = k
    # "École romande des sciences infirmières (ERSI)": lower-case words the acronym after them spells are the name's
    k = end
    while k < len(w.texts) and k - end < 8 and w.texts[k].isalpha() and w.texts[k].islower():
        k += 1
    if k > last and w.texts[k : k + 1] == ["("] and k + 2 < len(w.texts) and w.texts[k + 2] == ")" \
            and is_acronym(w.texts[k + 1]) and initials_match(w.texts[k + 1], w.texts[head:k], lex.connectors):
        return k
    return last


MISSIONS = ("Embassy", "Consulate", "Consulate General", "Consulate-General", "High Commission")


def country_end(doc: Doc, start: int) -> int | None:
    """The end of the country named from `start`, the longest name that fits ("United States of America", not
    "United States"), if one is."""
    w = words(doc)
    countries = lexicon(doc).countries
    # (by tokens, so that a hyphenated name, "Guinea-Bissau", three tokens, is found too)
    return max((end for end in range(start + 1, min(len(w.texts), start + 7) + 1) if w.text_of(start, end) in countries),
               default=None)


def with_host_country(doc: Doc, org: OrgSpan) -> OrgSpan:
    """"the Embassy of Switzerland in Romania", "the Embassy of Kazakhstan in the Republic of Korea", "the Chinese
    Embassy in Zambia": where a mission is, is part of its name."""
    w = words(doc)
    mission = org.name.removeprefix("the ").startswith(MISSIONS) or org.name.endswith(MISSIONS)
    if not mission or w.lowers[org.end : org.end + 1] != ["in"]:
        return org
    start = org.end + 2 if w.lowers[org.end + 1 : org.end + 2] == ["the"] else org.end + 1
    country = country_end(doc, start)
    end = country or start
    labels = entities(doc).labels
    while country is None and end < min(start + 6, len(w.texts)) and (
            (labels[end] == "GPE" and is_capitalised(w.texts[end]))  # "the United Republic of Tanzania"
            or ((w.lowers[end] == "of" or labels[end] == "GPE") and end > start and end + 1 < len(w.texts)
                and labels[end + 1] == "GPE" and is_capitalised(w.texts[end + 1]))):  # (and "Dar es Salaam")
        end += 1
    if end == start:  # a town the model did not read as a place: "… of Bangladesh in Colombo."
        while end < min(start + 3, len(w.texts)) and is_capitalised(w.texts[end]) and w.texts[end].isalpha() \
                and w.texts[end] not in lexicon(doc).heads:
            end += 1
        end = end if end < len(w.texts) and not is_capitalised(w.texts[end]) else start
    if end == start:
        return org
    return replace(org, end=end, name=f"{org.name} in {w.text_of(org.end + 1, end)}")


def with_place_level(doc: Doc, org: OrgSpan) -> OrgSpan:
    """"The Phu Lam provincial Department of Health", "the Hai Long municipal People's Committee": a place and its
    level of government written in lower case before the name are part of it (the model may read the place as a
    person)."""
    lex = lexicon(doc)
    w = words(doc)
    texts, k = w.texts, org.start
    if org.nested or k < 3 or w.lowers[k - 1] not in lex.government_levels:
        return org
    start = k - 1
    while start > 0 and k - 1 - start < 3 and is_capitalised(texts[start - 1]) and texts[start - 1].isalpha() \
            and texts[start - 1] not in lex.heads and w.lowers[start - 1] != "the":
        start -= 1
    if start == k - 1 or w.lowers[start - 1] != "the" \
            or any(span.start < k - 1 and span.end > start for span in doc.spans.get("kg_titles", [])):
        return org
    doc._.kg_people = [p for p in doc._.kg_people or [] if p.end <= start or p.start >= k - 1]
    return replace(org, start=start, name=f"{w.text_of(start, k)} {org.name}")


def agreement_acronyms(doc: Doc) -> set[str]:
    """"a Letter of Intent (LoI)", "a Clinical Trial Agreement (CTA)": short names of documents, not organizations."""
    lex = lexicon(doc)
    w = words(doc)
    return {w.texts[k + 1] for k in range(1, len(w.texts) - 2)
            if w.texts[k] == "(" and w.texts[k + 2] == ")" and is_acronym(w.texts[k + 1])
            and any(tuple(w.lowers[max(k - len(h), 0) : k]) == h for h in lex.agreement_heads)}


def governments_in_lower_case(doc: Doc, orgs: list[OrgSpan], blocked: set[int]) -> list[OrgSpan]:
    """"the government of Japan", "the provincial government of Capiz", "the Sabah state government",
    "Cambodia's health ministry": a government that wire copy names in lower case around its place."""
    lex = lexicon(doc)
    w = words(doc)
    texts, lowers, n = w.texts, w.lowers, len(w.texts)
    labels = entities(doc).labels
    taken = blocked | {i for o in orgs for i in range(o.start, o.end)}

    def place(i: int) -> bool:
        return i not in taken and is_capitalised(texts[i]) and (labels[i] in ("GPE", "NORP") or texts[i] in lex.countries)

    in_orgs = {i for o in orgs for i in range(o.start, o.end)}

    def town(i: int) -> bool:  # (the model may read the town as a person: after "the city of" it is a place)
        return i not in in_orgs and is_capitalised(texts[i]) and texts[i] not in lex.heads and labels[i] != "ORG"

    found = []
    for k, word in enumerate(texts):
        # "signed with the city of Rybnik": a local government as a party (not "in the city of Rybnik", a place)
        if word in lex.local_government_nouns and 2 <= k and k + 2 < n and lowers[k - 1] == "the" \
                and lowers[k + 1] == "of" and town(k + 2) and (lowers[k - 2] in ("with", "and", "between", ",")
                                                                or doc[k - 1].is_sent_start):
            end = k + 3
            while end < n and end - k < 5 and town(end):
                end += 1
            name = f"{word.capitalize()} of {w.text_of(k + 2, end)}"
            found.append(OrgSpan(k, end, name, "government", (w.text_of(k, end),)))
            continue
        if k in taken or word not in ("government", "ministry"):
            continue
        if k + 1 < n and texts[k + 1].isalpha() and texts[k + 1].islower() and not doc[k + 1].is_stop \
                and not texts[k + 1].endswith(("ed", "s")):
            continue  # "a Shanghai government delegation": a word about something else (not "… government signed")
        level = k - 1 if k and lowers[k - 1] in lex.government_levels else k
        if word == "government" and k + 2 < n and lowers[k + 1] == "of" and k + 2 not in taken and is_capitalised(texts[k + 2]):
            end = k + 3
            while end < n and end not in taken and is_capitalised(texts[end]):
                end += 1
            name = " ".join([*(t.capitalize() for t in texts[level:k]), "Government of", w.text_of(k + 2, end)])
            found.append(OrgSpan(level, end, name, "government", (w.text_of(level, end),)))
        elif word == "government" and level > 0 and (place(level - 1) or (  # "the Sabah state government"
                level < k and level >= 2 and lowers[level - 2] == "the" and level - 1 not in taken
                and is_capitalised(texts[level - 1]) and texts[level - 1].isalpha())):
            start = level - 1
            while start > 0 and place(start - 1):
                start -= 1
            name = " ".join([w.text_of(start, level), *(t.capitalize() for t in texts[level : k + 1])])
            found.append(OrgSpan(start, k + 1, name, "government", (w.text_of(start, k + 1),)))
        elif word == "ministry" and k >= 3 and texts[k - 2] in ("'s", "’s") and texts[k - 3] in lex.countries \
                and texts[k - 1].isalpha() and texts[k - 1].islower():
            name = f"{texts[k - 3]}{texts[k - 2]} {texts[k - 1].capitalize()} Ministry"  # "Cambodia's health ministry"
            found.append(OrgSpan(k - 3, k + 1, name, "government", (w.text_of(k - 3, k + 1),)))
    return found


def located_after(doc: Doc, start: int) -> bool:
    """Does a locative come before the place at `start`: "in Kerio County", and past the words that narrow the
    place down, "in central China's Hubei Province"?"""
    lex = lexicon(doc)
    texts, lowers = words(doc).texts, words(doc).lowers
    j = start - 1
    if j >= 2 and texts[j] in ("'s", "’s") and is_capitalised(texts[j - 1]):
        j -= 2  # "China's"
    while j > 0 and start - j < 5 and texts[j].isalpha() and texts[j].islower() and lowers[j] not in lex.locatives:
        j -= 1  # "central", "southwest", "northern"
    # (but "the Department of Health of Vietnam's Quang Lam Province": the province's department)
    return j >= 0 and lowers[j] in lex.locatives and (j == start - 1 or lowers[j] != "of")


# titles that alone are forms of address ("Councillor Rees"), posts only with a portfolio
BARE_HONORIFICS = frozenset({"councillor", "councilor"})
# "Region": more often where something is ("the Northern Region") than a government that acts
PLACES_MOSTLY = frozenset({"Region"})


def governing_places(doc: Doc, orgs: list[OrgSpan], blocked: set[int]) -> list[OrgSpan]:
    """"Kerio County has signed …", "… an agreement with Yeongsan City on …": a city or county that acts, not one
    where something is (after "in", "at", "of")."""
    lex = lexicon(doc)
    w = words(doc)
    texts, n = w.texts, len(w.texts)
    taken = blocked | {i for o in orgs for i in range(o.start, o.end)}
    title_starts = {span.start for span in doc.spans.get("kg_titles", [])}
    found = []
    for k, text in enumerate(texts):
        # (a name may follow: "Governor of Kagawa Prefecture HIRAOKA Masaru"; the owner of a post may: "the Apulia
        # Region's Councillor for Health")
        owner = k + 2 < n and texts[k + 1] in POSSESSIVES and k + 2 in title_starts
        if text not in lex.governing_places or k in taken or (k + 1 < n and not owner and (
                (is_capitalised(texts[k + 1]) and k + 1 not in blocked) or texts[k + 1] in ("-", "'s", "’s"))):
            continue
        start = k
        while start > 0 and k - start < 3 and is_capitalised(texts[start - 1]) and start - 1 not in taken \
                and texts[start - 1].isalpha() and not doc[start].is_sent_start:
            start -= 1
        if start > 0 and texts[start - 1] in ("-", "–"):
            continue  # "Lika-Senj County, the least populated county": a hyphened place's name, not its government
        if text in PLACES_MOSTLY and not owner and (w.lowers[k + 1 : k + 2] == ["government"] or not (
                doc[start].is_sent_start or (start > 0 and doc[start - 1].is_sent_start and w.lowers[start - 1] == "the"))):
            continue  # "the Northern Region of the country": a region governs only as its sentence's subject or a post's
        # "between the Ministry, X Governorate and Y": an item of a list of parties (not "Y Hospital, Jiangsu Province")
        listed = texts[start - 1 : start] == [","] and any(o.end == start - 1 for o in orgs) and w.lowers[k + 1 : k + 2] == ["and"]
        dated = start >= 2 and texts[start - 1] == ":" and texts[start - 2].isdigit()  # "HUMLA, 25 April 2025: X …"
        if start == k or (start > 0 and (located_after(doc, start) or texts[start - 1] in (",", "(", ":"))
                          and not official_of(doc, start) and not listed and not dated) or texts[start] in lex.months:
            continue  # "in Kerio County", "Kurashiki, Okayama Prefecture", "(Head Office: Kobe City": where, not who
        if k + 2 < n and texts[k + 1] == "," and (texts[k + 2][:1].isdigit() or texts[k + 2] in lex.months
                                                  or entities(doc).labels[k + 2] == "DATE"):
            continue  # "Thanh Lam City, 21 May 2025": a dateline
        found.append(OrgSpan(start, k + 1, span_text(doc, start, k + 1), "government"))
    # "the Province of Oost-Maasland", "Governor of the City of Tarn": the place word first, the government whose
    # official is named or that acts
    for k, text in enumerate(texts[:-2]):
        if text not in lex.governing_places or k in taken or w.lowers[k + 1] != "of" or not is_capitalised(texts[k + 2]):
            continue
        end = k + 3
        while end < n and end - k < 8 and texts[end] not in lex.months and (is_capitalised(texts[end]) or (
                texts[end] in ("-", "–") and end + 1 < n and is_capitalised(texts[end + 1]))):
            end += 1
        before = k - 1 - (w.lowers[k - 1 : k] == ["the"])
        if before >= 0 and w.lowers[before] in ("in", "at", "from", "near", "within", "across") or texts[k + 2] in lex.months \
                or any(i in taken for i in range(k, end)) or (k > 0 and is_capitalised(texts[k - 1])
                                                               and w.lowers[k - 1] not in ("the", "a")):
            continue  # "in the City of Tarn": where (nor "the Upper East Region of Ghana": a name's last word)
        found.append(OrgSpan(k, end, span_text(doc, k, end), "government"))
    # "Region Norrsund and Norrsund University signed": a Nordic regional authority, written with "Region" first
    for k in range(n - 1):
        if k in taken or k + 1 in taken or not prefixed_government(lex, texts[k : k + 2]) \
                or (k > 0 and is_capitalised(texts[k - 1]) and w.lowers[k - 1] not in lex.leading):
            continue  # (not "Tunga Valley Region Development Board")
        end = k + 3 if k + 2 < n and k + 2 not in taken and prefixed_government(lex, texts[k : k + 3]) else k + 2
        if end < n and texts[end] in lex.company_suffixes:
            end += 1  # "Helse Nordfjell RHF"
        if end >= n or not is_capitalised(texts[end]):
            found.append(OrgSpan(k, end, span_text(doc, k, end), "government"))
    return found


def prefixed_government(lex: Lexicon, texts: list[str]) -> bool:
    """"Region Norrsund", "Region Västra Dal": a regional authority's word, then one or two words of its place."""
    return 2 <= len(texts) <= 3 and texts[0] in lex.governing_prefixes and all(
        is_capitalised(t) and t.isalpha() and t not in lex.heads and t not in lex.months and t not in lex.field_nouns
        and t not in lex.weak_heads for t in texts[1:])


def official_of(doc: Doc, start: int) -> bool:
    """"Mayor of Suryabinayak Municipality", "Deputy Marshal of the Lubawa Voivodeship": the place after a title and
    "of" is the government the official serves."""
    texts = words(doc).texts
    k = start - 1 - (texts[start - 1 : start] == ["the"])
    return k > 0 and texts[k] == "of" and any(span.end == k for span in doc.spans.get("kg_titles", []))


def named_in_quotes(doc: Doc, i: int, blocked: set[int]) -> int | None:
    """'The "Iuliu Stanca" University of Medicine and Pharmacy': a person's name in quotes opens an institution's
    name when capitalised words with a head word follow the closing quote; where those words begin, if so (i: an
    opening quote)."""
    texts, n = words(doc).texts, len(doc)
    if i in blocked:
        return None
    close = next((k for k in range(i + 2, min(i + 6, n)) if texts[k] in CLOSING_QUOTES), None)
    if close is None or not all(is_capitalised(t) for t in texts[i + 1 : close]):
        return None
    k = close + 1
    while k < n and k - close <= 4 and is_capitalised(texts[k]) and texts[k] not in lexicon(doc).heads:
        k += 1
    institution = k < n and lexicon(doc).heads.get(texts[k]) in ("university", "hospital", "institute", "center")
    return close + 1 if institution and is_capitalised(texts[close + 1]) else None  # (not a unit: "X" Faculty of …)


ELIDED = re.compile(r"(?:d|l|dell|all|nell)['’][A-ZÀ-Ý]")  # a French or Italian article elided before a name
OF_PLACE = ("de", "du", "des")  # "CHU de Treichville": the town after a French "of"


def find_runs(doc: Doc, blocked: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words and connectors, not crossing titles, names or sentences."""
    lex = lexicon(doc)
    runs = []
    w = words(doc)
    texts, lowers, n = w.texts, w.lowers, len(w.texts)
    i = 0
    while i < n:
        text = texts[i]
        quoted = named_in_quotes(doc, i, blocked) if text in OPENING_QUOTES else None  # a rare word: test it first
        # most words are not capitalised: their first letter tells, before the fuller tests
        if quoted is None and (i in blocked or not text[:1].isupper() or not is_capitalised(text) or text.rstrip(".") in lex.months) \
                or (lex.is_honorific(text) and not continues_into_org(doc, i + 2 if texts[i + 1 : i + 2] == ["."] else i + 1)) \
                or (text in lex.legal_prefixes and texts[i + 1 : i + 2] and texts[i + 1] in OPENING_QUOTES):
            i += 1  # (but "Dr. Soetomo Hospital"; and 'NJSC "Esil Medical University"': the name in quotes)
            continue
        # ("Sgt. Harold Biggs VA Medical Center": an honorific the tokenizer split from its full stop)
        j = quoted or (i + 2 if lex.is_honorific(text) and texts[i + 1 : i + 2] == ["."] and not w.spaces[i] else i + 1)
        while j < n and j not in blocked and not hard_break(doc, j):
            t = texts[j]
            if j + 2 < n and texts[j + 1] == "." and not w.spaces[j] and not w.spaces[j + 1] \
                    and INITIAL_NAME.fullmatch(f"{t}.{texts[j + 2]}"):
                break  # "of TMU Ts.Oyunchimeg": a name the tokenizer split at its initial
            if j == i + 1 and i and lowers[i - 1] == "the" and texts[i] in lex.heads and re.fullmatch(r"[A-ZÀ-Ý]\.", t) \
                    and j + 1 < n and is_capitalised(texts[j + 1]) and texts[j + 1] not in lex.heads:
                break  # a caption's "Chancellor of the Ministry V. Grigonis": the noun, then a person's initial
            if texts[j - 1] in lex.company_suffixes and texts[j - 1].endswith(".") and lowers[j] in lex.leading:
                break  # "… Pvt Ltd. The hospital …": the legal form's full stop also ended the sentence
            if texts[j - 1] in lex.company_suffixes and j - 1 > i and lowers[j] in ("of", "for"):
                break  # "Pellikaan Bioanalytics A/S of Leiden", "X SAS for the Spanish rights": the legal form ends it
            if lowers[j] == "e" and (is_acronym(texts[j - 1]) or texts[j + 1 : j + 2] and texts[j + 1] in lex.heads):
                break  # "UFVJ e Hospital das Clínicas": two names listed (but "Universidade de Entre Douro e Minho")
            if texts[j - 1] in lex.heads and len(t) > 4 and t.endswith("ed") and t[:1].isupper() \
                    and t not in lex.company_suffixes and t not in lex.heads:
                break  # a Title Case headline's verb after a name: "… Health Directorate Renewed for Three More Years"
            if (is_capitalised(t) and t.rstrip(".") not in lex.months and (not lex.is_honorific(t) or (
                    j + 1 < n and texts[j + 1] in lex.company_suffixes))) or (  # "Qazmed Pharm JSC"
                    lowers[j] in lex.connectors and t not in DASHES) or t in lex.company_suffixes \
                    or ELIDED.match(t):  # "BioPanonija d.o.o.", "CHU d'Anyama", "Ospedale dell'Angelo"
                j += 1
            elif (t in POSSESSIVES or (t in DASHES and head_kind(lex, texts[i:j])
                                       and not masthead_dash(texts, i, j))) and j + 1 < n \
                    and is_capitalised(texts[j + 1]) and j + 1 not in blocked and not lex.is_honorific(texts[j + 1]):
                # "Islands Healthcare Complex – Macao …", "Lakeshore Children's Hospital"; not a dateline's
                # "Tokyo, Japan - Sakura Pharma …" or a masthead's "X University – University news"
                j += 1
            elif lowers[j] == "with" and j >= 2 and lowers[j - 2] == "for" and lowers[j - 1] in PEOPLE_SERVED \
                    and j + 1 < n and is_capitalised(texts[j + 1]) and head_kind(lex, texts[i:j]):
                j += 1  # "Zvjezdica Foundation for Children with Cancer": the people it serves
            elif t == "z" and texts[j - 1].lower() == "sp." and texts[j + 1 : j + 2] == ["o.o."]:
                j += 2  # "Medisonar sp. z o.o.", "MediSim Sp. z o.o.": the Polish limited company
                break
            elif (lex.is_honorific(t) or t in DOCTOR) and j + 1 < n and is_capitalised(texts[j + 1]) \
                    and named_after_doctor(doc, j):
                j += 1  # "Hospital Zonal Dr. Enrique Fontana", "Hospital Provincial Doctor Aurelio Rivas"
            elif lex.is_honorific(t) and j + 2 < n and texts[j + 1].islower() and lex.is_honorific(texts[j + 1]) \
                    and named_after_doctor(doc, j):
                j += 1  # "RSUP Prof. dr. Halim Mokodompit": honorifics in a chain, the next one in lower case
            elif lex.is_honorific(t) and texts[j + 1 : j + 2] == ["."] and not w.spaces[j] and j + 2 < n \
                    and is_capitalised(texts[j + 2]) and named_after_doctor(doc, j):
                j += 2  # "RSUD dr. Ratna Kumalasari": a lower-case honorific, split from its full stop
            elif t in OPENING_QUOTES and j + 2 < n and lex.is_honorific(texts[j + 1]) and named_after_doctor(doc, j + 1) \
                    and (close := next((k for k in range(j + 2, min(j + 8, n)) if texts[k] in CLOSING_QUOTES), None)):
                j = close + 1  # 'Hospital Zonal "Dr. Enrique Fontana"'
                break
            elif t == "-" and not w.spaces[j - 1] and not w.spaces[j] and j + 1 < n \
                    and lowers[j + 1] in lex.describing_participles and (
                        texts[j + 1].islower() or is_headline(doc[j].sent.text)):  # (not "Population-Based Registry")
                while j > i and is_capitalised(texts[j - 1]) and texts[j - 1].isalpha() and texts[j - 1] not in lex.heads:
                    j -= 1  # "… and Osaka-based Kazahana Pharmaceutical", "New York-based": the place describes the name
                break  # after it
            elif t == "-" and not w.spaces[j - 1] and not w.spaces[j] and j + 1 < n and j - 2 > i \
                    and lowers[j - 2] in lex.connectors and texts[j + 1].islower() and texts[j + 1].endswith(("ed", "ing")):
                j -= 1  # "… Medical Technology on AI-assisted ultrasound": a word describing what follows, not a name's
                break
            elif t == "-" and not w.spaces[j - 1] and not w.spaces[j] and j + 1 < n and (
                    texts[j + 1].isalpha() or ELIDED.match(texts[j + 1])):
                j += 2  # "Neuro-oncology", "Cheung Yuk-lin", "Notre-Dame-de-l'Anse": one hyphenated word
            elif t in NAME_LINKS and j + 1 < n and is_capitalised(texts[j + 1]) and continues_into_org(doc, j + 1):
                j += 1  # "Princess Noura bint Abdulrahman University": a patronymic inside a name ending in a head
            elif t in ARABIC_ARTICLES and j + 2 < n and texts[j + 1] == "-" and not w.spaces[j] and not w.spaces[j + 1] \
                    and is_capitalised(texts[j + 2]):
                j += 3  # "Qaa al-Rim Governmental Hospital", "Wadi el-Natrun": the article joins a place's name
            elif t.isalpha() and t.islower() and ROMANCE_ADJECTIVE.fullmatch(t) and lowers[j] not in lex.name_translations \
                    and foreign_word(lex, lowers[j - 1]) and texts[j - 1] in lex.heads:
                j += 1  # "Université lémanique", "Hôpital cantonal": a French head's adjective, in lower case
            elif lowers[j] in lex.name_translations and t.islower() and j + 1 < n \
                    and (texts[j - 1] in lex.heads or (lowers[j - 1] in lex.name_translations and texts[j - 1].islower())
                         or (foreign_word(lex, lowers[j])  # "Haute école"
                             and lex.name_translations[lowers[j]].capitalize() in lex.heads)
                         or (lowers[j - 1] in lex.connectors and j - 2 >= i and lowers[j - 2] in lex.name_translations)) \
                    and (is_capitalised(texts[j + 1]) or (lowers[j + 1] in lex.name_translations and texts[j + 1].islower())
                         or (lowers[j + 1] in lex.connectors and (k := next((m for m in range(j + 2, min(j + 4, n))
                                                                             if lowers[m] not in lex.connectors), n)) < n
                             and (is_capitalised(texts[k]) or ELIDED.match(texts[k])  # "… de la Dranse"
                                  or (lowers[k] in lex.name_translations and texts[k].islower())))):  # "école de santé"
                j += 1  # "Hôpital universitaire Saint-Lambert": French writes the adjective of a name in lower case
            elif texts[j - 1] == "No" and j - 1 > i and (doc[j].like_num or (
                    t == "." and j + 1 < n and doc[j + 1].like_num)):
                j += 1 if doc[j].like_num else 2  # "City Hospital No. 2", "Polyclinic No 7": the number is the name's
                break
            elif t.isdigit() and len(t) <= 3 and lex.heads.get(texts[j - 1]) == "hospital" and not (
                    j + 1 < n and (texts[j + 1] in ("%", "-") or texts[j + 1].islower() and texts[j + 1].endswith("s")
                                   and texts[j + 1] not in ("has", "is", "was", "does"))):
                j += 1  # "Military Central Hospital 186", "Hospital 117 has" (not "Hospital 300 beds")
                break
            elif t == "," and j + 1 < n and texts[j + 1] in lex.company_suffixes and j + 1 not in blocked \
                    and not (texts[j + 1] in lex.legal_prefixes and texts[j + 2 : j + 3] in (['"'], ["“"], ["«"])):
                j += 2  # "Veridian Genomics, Inc.", "Huaxin Medical Technology Co., Ltd." (not "…, JSC "Name"": the
                # legal form written before a quoted name is the next organization's)
            elif t == "," and (listed := portfolio_list_end(doc, i, j, blocked)) is not None:
                j = listed  # "Ministry of Health, Labour and Welfare": a portfolio of several fields
                break
            elif t == "." and not w.spaces[j - 1] and texts[j - 1] in lex.company_suffixes and j + 1 < n \
                    and texts[j + 1] in lex.company_suffixes:
                j += 1  # "Pvt" "." "Ltd.": the tokenizer split one legal form
            elif t == "(" and j + 3 < n and texts[j + 1] in lex.company_suffixes and texts[j + 2] == ")" \
                    and texts[j + 3] in lex.company_suffixes:
                j += 4  # "CareLink Pharmacies (Pvt) Ltd", "Karoo Health (Pty) Ltd"
            else:
                break
        j = romance_words_end(doc, i, j)
        while j > i and (lowers[j - 1] in lex.connectors or texts[j - 1] in DASHES):
            j -= 1
        if j - i >= 3 and texts[i + 1] in lex.head_first and (entities(doc).labels[i] == "NORP" or lowers[i] in (
                "private", "public")):
            i += 1  # "the Cuban Hospital Clinicoquirúrgico X", "Private Hospital Santa Bárbara": a description first
        elif j - i >= 3 and i > 0 and lowers[i - 1] == "the" and nationality_shaped(texts[i]) \
                and lowers[i] not in lex.native_nouns and (
                    lowers[i + 1] in lex.native_nouns
                    or (entities(doc).labels[i] == "NORP" and texts[i + 1] not in lex.heads
                        and texts[i + 1] not in lex.field_nouns and (f"{texts[i + 1]} {texts[i + 2]}" in lex.heads
                                                                     or lex.heads.ending_kind(texts[i + 1]) is not None))):
            # "the Brazilian Instituto de Tecnologia X", "the Italian Azienda Ospedaliera X", "the German
            # Universitätsklinikum X": an English adjective before a name in its own language
            i += 1
        if (of := next((m for m in range(i + 2, j - 1) if lowers[m] == "of"), None)) is not None \
                and any(" ".join(texts[of - size : of]) in lex.weak_heads for size in (1, 2, 3)) \
                and head_kind(lex, texts[i:j]) is None \
                and (all(label == "GPE" for label in entities(doc).labels[of + 1 : j])
                     or (texts[j : j + 1] == [","] and j + 1 < n and entities(doc).labels[j + 1] == "GPE")):
            j = of  # "Ozark Health System of Springdale, Arkansas": the town is where it is, not its name's
        elif of is not None and any(texts[k] in lex.head_first for k in range(i, of - 2)) \
                and lowers[of - 1] not in lex.connectors \
                and all(label == "GPE" for label in entities(doc).labels[of + 1 : j]) and texts[j : j + 1] == [","] \
                and country_end(doc, j + 1) is not None:
            j = of  # "the Hospital Universitario Virgen de la Caleta of Málaga, Spain": a name in its own language, then
            # in English where it is
        if j - i >= 4 and entities(doc).labels[j - 1] == "NORP" and lowers[j - 2] == "the" and lowers[j - 3] == "and" \
                and (j == n or texts[j].islower()):
            j -= 3  # "Amstelveld UMC and the Belgian university hospital UZ X": a description begins the next party
        native = j < n and is_native_head(lex, texts[j])
        if j < n and texts[j].islower() and texts[j].capitalize() in lex.heads and j not in blocked and j > i \
                and texts[j - 1] not in lex.heads and (native or entities(doc).labels[j - 1] != "NORP") \
                and not (texts[j].endswith("s") and not native) and not doc[i].like_num \
                and not (i and texts[i - 1].isalpha() and texts[i - 1].islower() and lowers[i - 1] not in lex.leading) \
                and not (i and lowers[i - 1] in ("a", "an")) \
                and (lex.heads[texts[j].capitalize()] != "company" or (j + 1 < n and is_capitalised(texts[j + 1]))) \
                and not (lowers[j] in lex.company_nouns and j + 1 < n and is_capitalised(texts[j + 1])) \
                and not (lowers[i - 1 : i] != ["the"] and not native
                         and all(label in ("GPE", "NORP") for label in entities(doc).labels[i:j])) \
                and not (j - i == 1 and not native and is_demonym(lex, texts[i])
                         and texts[j + 1 : j + 2] in (["'s"], ["’s"])):  # "the Armenian institute's director"
            # "the Santa Brígida hospital": a short name with its kind in lower case (not "a clinical AI company",
            # not "deal with Shenzhen hospital": a hospital in a place, nor "the Cambridge biotech on Monday": trade
            # press describing a company named before, nor "Finnish AI company X": it describes the X after it)
            j += 1
            if j < n and lowers[j - 1] == "university" and lowers[j] in ("hospital", "clinic"):
                j += 1  # "the Kassel university hospital"
        if j + 1 < n and lowers[j] in lex.company_nouns and is_capitalised(texts[j + 1]):
            # "A and Finnish AI company X": the words before "company" describe X, and end the run at its "and"
            j = next((k for k in range(j - 1, i, -1) if lowers[k] in ("and", ",")), i)
        if j > i and not is_dateline(doc, i, j) and not all(t in lex.credentials for t in texts[i:j]):
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def portfolio_list_end(doc: Doc, start: int, comma: int, blocked: set[int]) -> int | None:
    """"Ministry of Health, Labour and Welfare", "Department of Science, Technology and Training": after a
    government body's or a department's "of" field, a list of fields that "and" closes belongs to the name. Where
    the list ends, or None."""
    lex = lexicon(doc)
    texts, lowers = words(doc).texts, words(doc).lowers
    labels = entities(doc).labels
    if "of" not in lowers[start:comma] or head_kind(lex, texts[start:comma]) not in (
            "government", "department", "faculty", "school"):
        return None

    def field_word(m: int) -> bool:  # (the model may read "Hand Surgery" as a person)
        return texts[m] in lex.field_nouns or (m + 1 < len(texts) and texts[m + 1] in lex.field_nouns)

    return closed_list_end(doc, comma, lambda m: is_capitalised(texts[m]) and texts[m] not in lex.heads
                           and (m not in blocked or field_word(m)) and not lex.is_honorific(texts[m])
                           and (labels[m] not in ("GPE", "NORP", "PERSON") or field_word(m)))


def closed_list_end(doc: Doc, comma: int, item_word: Callable[[int], bool]) -> int | None:
    """Where a list after a comma, of items of one to three words that `item_word` accepts, which "and" closes, ends:
    "…, Labour and Welfare"; None if there is no such list. The list is the last thing of its phrase: no more
    capitalised words follow, and no "and" but "and the" another name."""
    texts, lowers, n = words(doc).texts, words(doc).lowers, len(doc)
    k, joined = comma, False
    while k < n and texts[k] in (",", "and") and not joined:
        joined = texts[k] == "and"
        m = k + 1
        while m < n and m - k <= 3 and item_word(m):
            m += 1
        if m == k + 1:
            return None
        k = m
    return k if joined and (k == n or not is_capitalised(texts[k])) and (
        lowers[k : k + 1] != ["and"] or lowers[k + 1 : k + 2] == ["the"]) else None


def hard_break(doc: Doc, j: int) -> bool:
    """A sentence start after punctuation or a line break; the parser may also (wrongly) start one mid-name."""
    if not doc[j].is_sent_start:
        return False
    prev = doc[j - 1]
    return prev.is_punct or prev.is_space or "\n" in prev.whitespace_


def is_dateline(doc: Doc, start: int, end: int) -> bool:
    """"BELO HORIZONTE, 14 March 2025 –": a place in capitals opening a paragraph, not an acronym."""
    w = words(doc)
    opens = start == 0 or "\n" in w.texts[start - 1] + w.spaces[start - 1]
    # "BALTIMORE and SAN DIEGO, Oct. 2", "ABU DHABI // Updated …"
    return opens and all(t.isupper() or not t.isalpha() or t in ("and", "&") for t in w.texts[start:end]) and (
        end < len(w.texts) and w.texts[end] in (",", "(", "—", "–", "-", "--", ":", "/", "//"))


def is_byline(doc: Doc, start: int, end: int) -> bool:
    """The outlet, clock or credit of a byline, or a heading, not an organization of the story: "TNN | Aug 14, 2024,
    06.12 AM IST", "Posted On: 22 JAN 2025 4:35PM by PIB Delhi", "By BRIAN KIPRUTO", "Photo: KATE MORRELL", "THE
    LARGER TREND"."""
    w = words(doc)
    if start and w.texts[start] in ("AM", "PM") and any(c.isdigit() for c in w.texts[start - 1]):
        return True
    if w.lowers[end - 1] in ("photo", "photos") and w.texts[end : end + 1] in (["/"], [")"]):
        return True  # "(PMU Photo/Jess Albrecht)": a photo credit
    opens = start == 0 or "\n" in w.texts[start - 1] + w.spaces[start - 1]
    if opens and end < len(w.texts) and w.texts[end] == "|":
        return True
    line_start = next((k + 1 for k in range(start - 1, -1, -1) if "\n" in w.texts[k] + w.spaces[k]), 0)
    before = w.lowers[line_start:start]
    if before == ["by"] and w.texts[end : end + 1] == [","] and "\n" not in w.spaces[end - 1]:
        # "By MWAPE SAKALA, Lusaka": the reporter, then the town the story is filed from
        line_end = next((k + 1 for k in range(end, len(w.texts)) if "\n" in w.texts[k] + w.spaces[k]), len(w.texts))
        return line_end - end <= 5 and all(is_capitalised(t) or t == "," or t.isspace() for t in w.texts[end + 1 : line_end])
    if not (end == len(w.texts) or "\n" in w.spaces[end - 1] + w.texts[end]):
        return False  # the rest ends its line
    if before and before[-1] == "by" and (before == ["by"] or any(c.isdigit() for t in before for c in t)):
        return True  # the reporter, or the outlet after the date
    if w.lowers[max(0, start - 2) : start] in (["photo", ":"], ["photos", ":"], ["credit", ":"]):
        return True  # the photographer
    # a heading in capitals with no kind word
    return end - start >= 2 and all(t.isupper() or not t.isalpha() for t in w.texts[line_start:end]) \
        and not any(head_kind(lexicon(doc), [t.capitalize()]) for t in w.texts[start:end])


def leads(doc: Doc, i: int, end: int) -> bool:
    """Is token i a sentence's or phrase's leading word ("About", "During", "the"), not part of a name? A capitalised
    "An" that the article also writes inside a sentence before the same word is a name's own: "An Khang Healthcare"."""
    w = words(doc)
    if w.lowers[i] not in lexicon(doc).leading:
        return False
    if w.texts[i] in lexicon(doc).name_prefixes and i + 1 < end and w.texts[i + 1].istitle():
        return False  # Estonian "AS Kalevi Labor": a legal form, not "as"
    return not (w.texts[i] == "An" and i + 1 < end and re.search(rf"[a-z,;(] An {re.escape(w.texts[i + 1])}\b", doc.text))


def read_run(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """One run → the organizations it names (split "A and B", "A's B", trim "Hall of …")."""
    lex = lexicon(doc)
    w = words(doc)
    dash = next((k for k in range(start + 1, end) if w.texts[k] in DASHES), None)
    if dash is not None and is_dateline(doc, start, dash):
        start = dash + 1  # "PRETORIA – The University of …": the dateline is not part of the name
    # leading sentence words ("About", "During") and determiners are not part of a name (but a capitalised "An"
    # inside a sentence is a name's own word: Vietnamese "An Khang Healthcare")
    while start < end and leads(doc, start, end):
        start += 1
    if start < end and is_byline(doc, start, end):
        return []
    if end - start >= 2 and w.lowers[end - 1] in ("is", "are", "was", "were") and w.lowers[start] in lexicon(doc).counts:
        return []  # a heading in Title Case: "The Five Member Hospitals Are:"
    # "Kochi-based Keraleeyam Biologics", "Da Nang-based X Hospital": where it is based is not part of its name
    based = next((k for k in range(start + 1, min(start + 4, end - 2)) if w.texts[k] == "-"
                  and w.lowers[k + 1] in lex.describing_participles
                  and (w.texts[k + 1].islower() or is_headline(doc[k].sent.text))), None)
    # (but in a sentence, a capitalised "Population-Based Cancer Registry" is the name's own word)
    if end - start >= 4 and w.texts[end - 2] == "-" and w.lowers[end - 1] in lex.describing_participles \
            and w.lowers[end - 4] in ("and", ","):
        end -= 4  # "The University of Taranaki and Hāwera-based X": the next one's description ends this name
    if based is not None:
        start = based + 2
    elif start + 1 < end and describing_word(doc, start):
        start += 1  # "Tenn.-based Cumberland Ridge Health": one word after an abbreviation's full stop
    if start >= end or not any(is_capitalised(t) for t in w.texts[start:end]):
        return []  # (nor "the Dakar-based company": its kind alone)
    # "People's Hospital", "Women's Hospital": the possessive of such a noun is part of the name
    mark = next((k for k in range(start, end) if w.texts[k] in POSSESSIVES and w.texts[k - 1] not in lex.possessive_names),
                None)
    if mark is not None:
        return read_possessive(doc, start, mark, end)
    # "Chengdu X Biologics and U.S.-based Y Inc.": the same word, past the "and", describes the name after it
    orgs = [replace(org, start=org.start + 1, name=span_text(doc, org.start + 1, org.end))
            if org.end - org.start > 1 and describing_word(doc, org.start) and org.name.startswith(w.texts[org.start])
            else org for org in read_run_plain(doc, start, end)]
    if not orgs and start > 0 and w.lowers[start - 1].endswith("based") and (end == len(w.texts) or not (
            w.texts[end].isalpha() and w.texts[end].islower() and is_noun(doc[end]))):
        # "Boston-based Lumenpath" (not "EU-funded X project", "the Boston-based X programme")
        return [OrgSpan(start, end, span_text(doc, start, end), "company")]
    return orgs


def describing_word(doc: Doc, i: int) -> bool:
    """Is token i a place and a participle in one word ("U.S.-based", "Tenn.-based"), which describes the name after
    it?"""
    lower = words(doc).lowers[i]
    return "-" in lower and lower.rpartition("-")[2] in lexicon(doc).describing_participles


def read_run_plain(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    lex = lexicon(doc)
    w = words(doc)
    texts, lowers = w.texts, w.lowers
    # "Health Insurance Fund": a two-word head overrules its word that alone names no organization; so does an
    # acronym defined for the name ("the Global Lung Health Fund (GLHF)", a body that signs, not a grant's source)
    defined = texts[end : end + 1] == ["("] and end + 2 < len(texts) and is_acronym(texts[end + 1]) \
        and texts[end + 2] == ")" and texts[end - 1] in lex.heads
    not_orgs = [k for k in range(start, end) if texts[k] in lex.not_orgs
                and not (k > start and f"{texts[k - 1]} {texts[k]}" in lex.heads) and not (defined and k == end - 1)]
    joined = next((k for k in range(start + 1, end - 1) if lowers[k] == "and"), end)
    alone = w.text_of(start, joined)
    if joined + 2 < end and lowers[joined + 1] == "the" and head_kind(lex, texts[start:joined]) is None \
            and head_kind(lex, texts[joined + 2 : end]) and all(is_capitalised(t) for t in texts[start:joined]) \
            and doc.text.count(alone) > doc.text.count(w.text_of(start, end)) \
            and re.search(rf"\b{re.escape(alone)} (?!and )[A-Z]", doc.text) \
            and not any(e.text == alone and e.label_ in ("GPE", "LOC") for e in doc.ents) \
            and entities(doc).labels[joined - 1] not in ("GPE", "NORP", "PERSON"):
        # "Nordmed and the Greater Poland Institute of X": the first words of a name the article writes in full
        # ("Nordmed Imaging S.A."), used on their own, then another name
        return [OrgSpan(start, joined, alone, "other"), *read_run_plain(doc, joined + 2, end)]
    if not_orgs and not (all(texts[k] in lex.address_words for k in not_orgs) and head_kind(lex, texts[not_orgs[-1] + 1 : end])):
        if joined < not_orgs[0] and lowers[joined + 1] == "the" and head_kind(lex, texts[start:joined]):
            return read_run_plain(doc, start, joined)  # "Sawad University and the Murjan Grant Programme": the first
        return [o for o in acronym_prefix(doc, start, end)]  # "Hospital Road", "MoU Signing", but "Silk Road … Institute"
    if start > 0 and lowers[start - 1] in lex.company_nouns and not head_kind(lex, texts[start:joined]):
        # "imaging company Noordlicht Imaging and X Medical Center": the company's name, then another
        return [OrgSpan(start, joined, span_text(doc, start, joined), lex.company_nouns[lowers[start - 1]]),
                *(read_run_plain(doc, joined + 1, end) if joined < end else [])]
    if 0 < start and end + 1 < len(texts) and texts[start - 1] in OPENING_QUOTES and texts[end] in CLOSING_QUOTES \
            and lowers[end + 1] in lex.company_nouns and "and" not in lowers[start:end]:
        # 'and "Horus Healthcare Management" company': a name in quotes, then the noun of its kind
        return [OrgSpan(start, end, span_text(doc, start, end), lex.company_nouns[lowers[end + 1]])]
    if not head_kind(lex, texts[start:end]):
        # "Harbor Crest Healthcare and Lumio Health Technologies": two names without head words
        ands = [k for k in range(start + 1, end - 1) if lowers[k] == "and"]
        # (or an acronym on one side: "TUHSC and Comal Springs Health")
        def side(s: int, e: int) -> str | None:
            return "other" if e - s == 1 and is_acronym(texts[s]) else weak_head_kind(doc, s, e)

        if len(ands) == 1 and (first := side(start, ands[0])) and (second := side(ands[0] + 1, end)) \
                and not (is_acronym(texts[start]) and is_acronym(texts[end - 1])
                         and not all(f"({texts[k]})" in doc.text for k in (start, end - 1))):
            # (two acronyms are two names where the article defines both: "the IUOP and AMECOL")
            return [OrgSpan(start, ands[0], span_text(doc, start, ands[0]), first),
                    OrgSpan(ands[0] + 1, end, span_text(doc, ands[0] + 1, end), second)]
        if start > 0 and lowers[start - 1] in ("in", "from", "across") and "and" in lowers[start:end] \
                and weak_head_kind(doc, start, end) is None:
            return []  # "laboratories in Enugu and Port Harcourt": places the model took for an organization
        kind = weak_head_kind(doc, start, end) or model_org_kind(doc, start, end)
        if kind and not is_described(doc, start):
            return [OrgSpan(start, end, span_text(doc, start, end), kind)]
        if (spelled := spelled_by_acronym(doc, start, end)) is not None:
            return [OrgSpan(spelled, end, span_text(doc, spelled, end), "other")]
        if (short := short_with_acronym(doc, start, end)) is not None:
            return [short]
        return acronym_prefix(doc, start, end)
    if is_described(doc, start):
        return []
    if start > 0 and texts[start - 1] == ")" and start + 2 < end and lowers[start + 1] == "and" and head_kind(
            lex, texts[start + 2 : end]):
        start += 2  # "X University (XU) Lahore and Y Trust": the town of the name before its acronym, then Y
    # "A and B" is two organizations when each side has its own head word, unless the acronym after the run spells
    # the words from A on: "X University and the Coralline Hospital and Health Service (CHHS)"
    pieces, piece_start = [], start
    inner = paren_content(doc, end)
    spelled = end
    if inner is not None and inner[1] - inner[0] == 1 and is_acronym(texts[inner[0]]):
        spelled = next((k for k in range(start, end) if (k == start or lowers[k - 1] in ("and", "the")) and is_capitalised(
            texts[k]) and initials_match(texts[inner[0]], texts[k:end], lex.connectors)), end)
    for i in range(start, end):
        if i == spelled - 1 and lowers[i] == "and" and i > piece_start and head_kind(lex, texts[piece_start:i]):
            # "… University Health Board and Nyanza Lakeside Teaching and Referral Hospital (NLTRH)": the acronym
            # spells the second name, which begins after the "and"
            pieces.append((piece_start, i))
            piece_start = i + 1
            continue
        if lowers[i] == "and" and i > piece_start and not spelled < i:
            nxt = next((k for k in range(i + 1, end) if lowers[k] == "and"), end)
            left, right = texts[piece_start:i], texts[i + 1 : nxt]
            # "University of Wexmoor and Harrowgate and Tolland University Hospitals NHS Foundation Trust": a bare
            # name between two "and"s begins the next name, which joins two places
            before = max((k for k in range(piece_start, i) if lowers[k] == "and"), default=piece_start - 1)
            if before >= start and lowers[before] == "and" and 1 <= i - before - 1 <= 2 \
                    and not head_kind(lex, texts[before + 1 : i]) \
                    and all(is_capitalised(t) and t not in lex.field_nouns and t.lower() not in lex.field_words
                            for t in texts[before + 1 : i]) \
                    and head_kind(lex, texts[start:before]) and head_kind(lex, right) and right[0] != "the":
                if before > piece_start:
                    pieces.append((piece_start, before))
                    piece_start = before + 1
                continue
            if (left[-1] in lex.possessive_names or left[-1] in ("Maternity", "Mother")) and right[0] in lex.possessive_names:
                continue  # "Al Daayen Women and Children's Hospital", "X Maternity and Children's Hospital": whom a
                # hospital serves, joined
            trust = right[-2:] == ["NHS", "Trust"] or right[-3:] == ["NHS", "Foundation", "Trust"]
            if trust and 1 <= len(left) <= 2 and not head_kind(lex, left) \
                    and all(t.isalpha() and t.istitle() for t in left):
                continue  # "Wexcombe and Tarn Valley Hospitals NHS Foundation Trust": a trust named for two places
            if texts[piece_start] in lex.name_prefixes and right and not head_kind(lex, right) and right[0] != "the" \
                    and not is_acronym(right[0]):  # (not "CHU Andranomena and FLS")
                continue  # "NHS Carrick and Lorne": the words after a prefix are the organization's
            # (also a place's government: "Kagawa Prefecture and Sanuki Medical University have concluded")
            unnamed_left = left[-1] in lex.things | lex.not_orgs | lex.governing_places \
                or place_before(doc, piece_start, i) == piece_start
            # (also "… of Health and Allied Sciences of Tanzania": the country after the fields)
            # (and "Clinic for Oncology and Radiotherapy of Kvarner Hospital": the fields, then the owner)
            fields = right[: right.index("of")] if "of" in right else right
            # (also "Clinic for Oncology and Radiotherapy")
            owned = not {"of", "for"}.isdisjoint(lowers[piece_start:i])
            if owned and fields and fields[-1] != "the" and (not head_kind(lex, fields) or (
                    "of" not in fields and fields[-1] not in lex.heads)) and all(
                    t in lex.field_nouns or t in lex.specialties or t.lower() in lex.field_words or t.lower() in lex.connectors
                    or (k == len(fields) - 2 and FIELD_ADJECTIVE.fullmatch(t) and t not in lex.heads)
                    or (len(t) == 1 and t.isupper() and fields[k + 1 : k + 2] == ["-"])  # "E-Health", "e-Health"
                    for k, t in enumerate(fields)):
                continue  # "College of Nursing and Health Sciences", "… of Pathology and Laboratory Medicine": fields
                # (also "National Center for Kidney and Metabolic Medicine": an adjective before the field)
            if left[-1] in lex.heads and "of" not in lowers[piece_start:i] and 0 < len(right) <= 3 and head_kind(lex, right) \
                    and (all(t in lex.heads or t in lex.field_nouns or t in lex.generic_modifiers for t in right)
                         or " ".join(right) in lex.heads):
                continue  # "X Specialist Hospital and Research Centre", "X Hospital and Health Service": one name
            if len(left) <= 3 and not head_kind(lex, left) and FIELD_ADJECTIVE.fullmatch(right[0]) and head_kind(lex, right) \
                    and all(FIELD_ADJECTIVE.fullmatch(t) or t in lex.generic_modifiers for t in left):
                continue  # "Republican Scientific and Practical Centre", "Clinical and Translational Science Institute"
            if left[-1] in lex.field_nouns and 2 <= len(right) <= 3 and right[-1] in lex.heads \
                    and all(t in lex.field_nouns for t in right[:-1]):
                continue  # "Ergene University Research and Application Hospital": two fields before the head
            if nxt == end and not head_kind(lex, right) and {"NORP", "GPE"} & set(entities(doc).labels[i + 1 : nxt]) \
                    and not is_acronym(right[0]):  # but "… and RSUD Long Kedang": an acronym names a campus
                end = i  # "… Health Sciences and the Italian nursing school X": a description follows
                break
            # "… University of Australia and the Wairangi Health Rūnanga": "and the" starts another name
            another = lowers[i + 1 : i + 2] == ["the"] and is_named(doc, piece_start, i)
            if lowers[i + 1 : i + 2] == ["the"] and piece_start > 0 and lowers[piece_start - 1] == "of" \
                    and i - piece_start <= 2 and not head_kind(lex, texts[piece_start:i]) and nxt == end \
                    and is_named(doc, i + 1, end):
                piece_start = i + 1  # '… "Vasile Cojocaru" of Chișinău and the Ramat Eshel Medical Center': a town
                continue
            # ("X School of Pharmacy and Brightcross Pharmacy sign …", where "Brightcross Pharmacy Limited" is named too)
            if is_named(doc, piece_start, i) and (is_named(doc, i + 1, nxt) or with_legal_form(doc, i + 1, nxt)) or (
                    unnamed_left and is_named(doc, i + 1, nxt)) or another:
                pieces.append((piece_start, i))
                piece_start = i + 1
            elif nxt == end and left[-1] in lex.heads and not head_kind(lex, right):
                end = i  # "… Hospital and Spain", "… Skills Center and the Smart Care Demonstration Ward"
                break
    pieces.append((piece_start, end))
    orgs = []
    for s, e in pieces:
        while s < e and leads(doc, s, e):
            s += 1
        # "Director of Research and Development for Dyfed Valleys Health Board": a title's field before "for"
        joint = next((k for k in range(s + 1, e - 1) if lowers[k] == "for"), None)
        if joint is not None and all(texts[k] in lex.field_nouns or lowers[k] in ("and", "&") for k in range(s, joint)) \
                and head_kind(lex, texts[joint + 1 : e]):
            s = joint + 1
        # "Academic Conference Hall of the Innovation Centre": a place before "of" is not part of the name
        for k in range(s, e):
            if lowers[k] == "of" and not head_kind(lex, texts[s:k]) and not is_acronym(texts[s]) \
                    and lowers[s].rstrip(".") not in SAINTS:  # (not "St John of God Hospital": a saint's name)
                if head_kind(lex, texts[k + 1 : e]) or any(is_acronym(t) for t in texts[k + 1 : e]):
                    s = k + 1
                    while s < e and lowers[s] in lex.connectors:
                        s += 1
                break
        # "Seorin University Hospital of the Republic of Korea", "Nam Ou Provincial Hospital of Laos": the country a
        # distinct name is in, not part of it (but "National University of Singapore", "Chinese University of Hong
        # Kong": a university's name holds its country)
        for k in range(s + 2, e - 1):
            country = w.text_of(k + 2, e) if lowers[k + 1] == "the" else w.text_of(k + 1, e)
            # (nor after a name's own fields: "University of Health and Allied Sciences of Tanzania")
            fielded = "of" in lowers[s:k] and "and" in lowers[lowers.index("of", s, k) : k]
            # (nor a country the name's acronym in brackets follows: "… of the Republic of Moldova (USMF)", but "… of
            # the Republic of Korea (ROK)" is the country's)
            acronym = texts[e + 1] if texts[e : e + 1] == ["("] and e + 2 < len(texts) and texts[e + 2] == ")" else None
            if lowers[k] == "of" and country in lex.countries and ("of" not in lowers[s:k] or fielded) \
                    and (acronym is None or initials_match(acronym, country.split(), lex.connectors)) \
                    and (lowers[k + 1] == "the" or fielded or head_kind(lex, texts[s:k]) in ("hospital", "center")) \
                    and head_kind(lex, texts[s:k]) not in (None, "government") \
                    and any(t not in lex.heads and t not in lex.generic_modifiers and t not in lex.field_nouns
                            for t in texts[s:k]):  # (but a ministry's country is its name's: "… of Tajikistan")
                e = k
                break
        # "chief representative of Austro-Sino Healthcare Group for China": the country it serves is not its name's
        for k in range(s + 2, e - 1):
            if lowers[k] == "for" and w.text_of(k + 1, e).removeprefix("the ") in lex.countries \
                    and head_kind(lex, texts[s:k]) is not None or (lowers[k] == "for" and weak_head_kind(doc, s, k)
                                                                    and w.text_of(k + 1, e) in lex.countries):
                e = k
                break
        phrase = " ".join(texts[s:e])
        kind = lex.heads.get(phrase) or head_kind(lex, texts[s:e]) or weak_head_kind(doc, s, e)
        # a head word alone is no name, but "the Department of Health (DOH)" is a government's
        if s < e and kind and not (e - s == 1 and texts[s] in lex.heads) and (
                phrase not in lex.heads or (lex.heads[phrase] == "government" and "of" in texts[s:e])):
            whole = OrgSpan(s, e, span_text(doc, s, e), kind)
            parts = split_of(doc, whole)
            orgs.extend(parts if len(parts) > 1 else split_owner_first(doc, whole))
        elif s < e and len(pieces) > 1 and prefixed_government(lex, texts[s:e]):
            orgs.append(OrgSpan(s, e, span_text(doc, s, e), "government"))  # "Region Norrsund and X University"
        elif s < e and len(pieces) > 1 and 2 <= e - s <= 3 and is_named(doc, s, e) and is_brand_name(texts[s:e]):
            orgs.append(OrgSpan(s, e, span_text(doc, s, e), "company"))  # "… and Clarion MedTech Ireland and …"
        elif s < e:
            orgs.extend(acronym_prefix(doc, s, e))
    return orgs


def short_with_acronym(doc: Doc, start: int, end: int) -> OrgSpan | None:
    """"Tarnby DHB" where the article names "Tarnby District Health Board": the first words of a name, then the
    acronym of the rest of it (its full name is told by the facts layer, ArticleContext.truncated_names)."""
    lex = lexicon(doc)
    texts = words(doc).texts
    acronym, prefix = texts[end - 1], texts[start : end - 1]
    if not prefix or len(acronym) < 2 or not is_acronym(acronym) or acronym in lex.not_acronyms \
            or texts[start - 1 : start] == ["("]:  # "(Delft UMC)": a short name defined in brackets, read there
        return None
    for k in range(len(texts) - len(prefix)):
        if k == start or texts[k : k + len(prefix)] != prefix:
            continue
        m = k + len(prefix)
        while m < len(texts) and m - k < len(prefix) + 6 and (is_capitalised(texts[m]) or texts[m] in lex.connectors):
            m += 1
            if initials_match(acronym, texts[k + len(prefix) : m], lex.connectors) and head_kind(lex, texts[k:m]):
                # (and the words joined to them by "and" there too: "Mourne and Lagan HSCT")
                joined = 2 if k >= 2 and start >= 2 and texts[k - 2 : k] == texts[start - 2 : start] \
                    and texts[k - 1] in ("and", "&") and is_capitalised(texts[k - 2]) else 0
                return OrgSpan(start - joined, end, span_text(doc, start - joined, end), head_kind(lex, texts[k:m]) or "other")
    return None


def spelled_by_acronym(doc: Doc, start: int, end: int) -> int | None:
    """"The Himalayan Blood Transfusion Service (HBTS)": a name with no head word is an organization's when
    the acronym in brackets after it spells its initials; the start of that name, or None."""
    lex = lexicon(doc)
    inner = paren_content(doc, end)
    texts = words(doc).texts
    if inner is None or inner[1] - inner[0] != 1 or not is_acronym(acronym := texts[inner[0]]) \
            or acronym in lex.not_acronyms or acronym in lex.countries:
        return None
    for s in range(start, end - 1):  # two words at least: one capitalised word and its initial is a person's
        if is_capitalised(texts[s]) and texts[s] not in lex.not_orgs and initials_match(acronym, texts[s:end], lex.connectors) \
                and not any(t in lex.not_orgs or lex.is_honorific(t) for t in texts[s:end]):
            labels = set(entities(doc).labels[s:end])
            # "Greater Bay Area (GBA)", "Universal Health Coverage (UHC)": the model knows a place or a thing
            return None if labels - {"ORG", ""} and "ORG" not in labels else s
    return None


def read_possessive(doc: Doc, start: int, mark: int, end: int) -> list[OrgSpan]:
    """"NUS's Yong Loo Lin School of Medicine" is a unit of NUS; "Hong Kong's University Grants Committee"
    is just the committee; "Lakeshore Children's Hospital" is one name."""
    w = words(doc)
    owners, units = read_run(doc, start, mark), read_run(doc, mark + 1, end)
    owner = owners[-1] if owners and owners[-1].end == mark else None
    place_start = place_before(doc, start, mark)
    if place_start is not None and place_start > start and w.lowers[place_start - 1] == "and":
        owner = None  # "… de Traslasierra and France's Institut Vercors": the place starts the next item
    if place_start is not None and place_start - 1 > start and w.lowers[place_start - 1] == "of" and units \
            and units[0].start == mark + 1:
        # "the Faculty of Medicine of Thailand's Mae Ping University": the faculty of that university
        inner = read_run(doc, start, place_start - 1)
        if inner and inner[-1].end == place_start - 1 and is_unit(lexicon(doc), inner[-1]):
            unit, parent = inner[-1], units[0]
            return [*inner[:-1], OrgSpan(unit.start, parent.end, f"{unit.name} of {parent.name}", unit.kind,
                                         (w.text_of(unit.start, parent.end),), parent.name, (parent.start, parent.end)),
                    replace(parent, nested=True), *units[1:]]
    if owner and units and units[0].start == mark + 1:
        unit = units[0]
        alias = f"{owner.name}{w.texts[mark]} {unit.name}"
        return [*owners[:-1], replace(owner, nested=True),
                OrgSpan(owner.start, unit.end, unit.name, unit.kind, unit.aliases + (alias,), owner.name,
                        (owner.start, owner.end)), *units[1:]]
    if owner:  # "OKMU's Center for iPS …": the owner is named, what it owns is not (fully) a name
        return owners + units
    if units and units[0].start == mark + 1 and mark + 2 < end and w.texts[mark + 1] in lexicon(doc).units \
            and w.lowers[mark + 2] == "of":
        return units  # "Cartwright's Faculty of Medicine", "the University's School of Engineering": the unit
    lex = lexicon(doc)
    if place_start is None and mark - start == 1 and w.texts[start].istitle() and w.texts[start] not in lex.heads \
            and w.texts[start] not in lex.weak_heads \
            and units and units[0].start == mark + 1 \
            and len(named := units[0].name.split()) >= 2 and (named[0] not in lex.heads or len(named) >= 4) \
            and head_kind(lex, named):
        # "Busan's Donghan General Hospital", "Monterrey's Universidad Tecnológica del Norte": a town the model does not
        # know owns nothing either (but "King's College Hospital" is one name)
        place_start = start
    if place_start is not None:  # "Spain's Guadarrama Health Research Institute": a place owns nothing here
        # ("X Center of Mongolia's Khentii province": the center, without its "of")
        before = place_start - 1 if place_start > start and w.lowers[place_start - 1] in ("and", "of") else place_start
        if units and units[0].start == mark + 1:  # the phrase, place included, names the unit
            alias = f"{w.text_of(place_start, mark)}{w.texts[mark]} {units[0].name}"
            units[0] = replace(units[0], start=place_start, aliases=units[0].aliases + (alias,))
        return (read_run(doc, start, before) if before > start else []) + units
    if mark - start == 1 and w.texts[start] in lexicon(doc).heads:
        return units  # "the University's Science Park": the owner is a kind named before, the rest no name of its own
    return read_run_plain(doc, start, end) or units


def place_before(doc: Doc, start: int, end: int) -> int | None:
    """The start of a place name (a country, or a place the model knows) that ends at `end`."""
    lex = lexicon(doc)
    w = words(doc)
    places = None  # the model's places ending at `end`, read once
    for k in range(start, end):
        if w.text_of(k, end) in lex.countries:
            return k
        if places is None:
            places = {ent.start for ent in doc.ents if ent.label_ in ("GPE", "LOC", "NORP") and ent.end == end}
        if k in places:
            return k
    return None


BRAND = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]")  # "MedAxis", "HealthBridge": a brand name, written as one word


# a brand word inside a longer name: "MedTech", "MoveWell"; not a surname ("McKenzie", "DeShawn", "VanDyke",
# "NicLeòid")
BRAND_WORD = re.compile(r"^(?!Mac|Nic|Mhic|Van|Von|Del|Des|Fitz)[A-Z][a-z]{2,}[A-Z][a-z]")


def is_brand_name(texts: list[str]) -> bool:
    """"Clarion MedTech Ireland": a name with a brand word in it."""
    return any(BRAND_WORD.search(t) for t in texts)


def is_named(doc: Doc, start: int, end: int) -> bool:
    """Enough for one side of "A and B" (tokens start to end) to be an organization of its own."""
    lex = lexicon(doc)
    w = words(doc)
    texts = [t for t, lower in zip(w.texts[start:end], w.lowers[start:end], strict=True)
             if lower not in lex.leading or t in lex.name_prefixes]
    while start < end and leads(doc, start, end):
        start += 1
    return bool(head_kind(lex, texts)) or (len(texts) == 1 and (is_acronym(texts[0]) or BRAND.search(texts[0]) is not None)) \
        or prefixed_government(lex, texts) \
        or (2 <= len(texts) <= 4 and is_acronym(texts[0])
            and (campus := acronym_prefix(doc, end - len(texts), end)) != [] and campus[0].end == end) \
        or weak_head_kind(doc, start, end) is not None \
        or entities(doc).exactly(start, end, "ORG") \
        or (2 <= len(texts) <= 4 and is_acronym(texts[0]) and (ELIDED.match(texts[-1]) or is_capitalised(texts[-1]))
            and all(ELIDED.match(t) or is_capitalised(t) or t.lower() in OF_PLACE for t in texts[1:])) \
        or (2 <= len(texts) <= 4 and is_acronym(texts[-1]) and not lex.connectors.intersection(w.lowers[start:end])) \
        or (2 <= len(texts) <= 3 and is_brand_name(texts) and not lex.connectors.intersection(w.lowers[start:end])
            and not any(t in lex.generic_modifiers or t in lex.field_nouns for t in texts))
    # "… and HealthBridge International", "Eastern Harbour LHD and …" (not "… Surgery of SHUH"), "Clarion MedTech
    # Ireland and …", "CHU d'Anyama and …", "CHU de Treichville and …"


def is_described(doc: Doc, start: int) -> bool:
    """"a Grade 3A General Hospital", "a new Faculty of Medicine": a description, not a name."""
    if start and doc[start - 1].like_num:
        return True  # "America's 50 Best Hospitals"
    w = words(doc)
    i = start - 1
    while i >= 0 and (is_capitalised(w.texts[i]) or any(c.isdigit() for c in w.texts[i]) or w.lowers[i] == "new"):
        i -= 1
    return i >= 0 and w.lowers[i] in ("a", "an")


def acronym_prefix(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """A run that starts with an acronym: "PUMCH", or a prefixed unit ("NUS Medicine", "UM FHS")."""
    lex = lexicon(doc)
    texts = words(doc).texts
    first = texts[start]
    if not is_acronym(first) or first in lex.countries or first in lex.not_orgs or first in lex.not_acronyms:
        return []
    if end - start == 2 and end < len(texts) and texts[end].islower() and is_noun(doc[end]) \
            and not any(span.start == end for span in doc.spans.get("kg_titles", [])):  # "AIIMS Patna director"
        return [OrgSpan(start, start + 1, first, "other")]  # "FCMU Taichung campus": a place, not a unit
    if end - start == 2 and texts[start + 1] not in lex.not_orgs and (
        end >= len(texts) or not is_capitalised(texts[end]) or ((lex.is_honorific(texts[end]) or any(
            span.start == end for span in doc.spans.get("kg_titles", [])))  # "CC Morava Director X"
            and texts[start + 1].lower() not in lex.title_modifiers)  # (not "MUMS Senior Vice Chancellor")
    ) and doc[start + 1].pos_ not in ("VERB", "AUX"):
        second = texts[start + 1]
        if is_acronym(second) or second in lex.units or second in lex.weak_heads or second.lower() in lex.field_words:
            # "UM FHS", "NUS Medicine": a unit of the institution the acronym names
            return [OrgSpan(start, end, span_text(doc, start, end), "other", parent=first,
                            parent_span=(start, start + 1))]
        if second.isalpha():
            # "IIT Roorkee", "AIIMS Raipur": one campus of a national system is an institution of its own
            return [OrgSpan(start, end, span_text(doc, start, end), "other")]
    if 2 <= end - start <= 3 and (ELIDED.match(texts[start + 1]) or (
            end - start == 3 and texts[start + 1] in OF_PLACE and is_capitalised(texts[start + 2]))) \
            and (end >= len(texts) or not is_capitalised(texts[end])):
        return [OrgSpan(start, end, span_text(doc, start, end), "other")]  # "CHU d'Anyama", "CHU de Treichville"
    if end - start == 4 and texts[start + 2] == "-" and is_capitalised(texts[start + 1]) and is_capitalised(texts[start + 3]) \
            and texts[start + 1].isalpha() and texts[start + 3].isalpha() and (end >= len(texts) or not is_capitalised(texts[end])):
        return [OrgSpan(start, end, span_text(doc, start, end), "other")]  # "FMC Odo-Ayan": a campus in a hyphenated town
    if 3 <= end - start <= 4 and all(t.isalpha() and t[0].isupper() and not t.isupper() and t not in lex.heads
                                     and t not in lex.weak_heads and t not in lex.not_orgs for t in texts[start + 1 : end]) \
            and (end >= len(texts) or not is_capitalised(texts[end])):
        # "RSUD Sultan Aji Dipati": an acronym for a kind of institution, then the institution's own name
        return [OrgSpan(start, end, span_text(doc, start, end), "other")]
    return [OrgSpan(start, start + 1, first, "other")]


def companies_with_their_market(doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """"Rheinwald Medizintechnik (China) Co., Ltd.", "Corvexa (Yunqiao) Clinical Services Co., Ltd.": a company's
    name holds the place of its branch in brackets; the words before the bracket are the name's first (the model
    may read them as a person's)."""
    lex = lexicon(doc)
    texts = words(doc).texts
    found: list[OrgSpan] = []
    covered: set[int] = set()
    for org in orgs:
        close = org.start - 1
        if close < 4 or texts[close] != ")" or texts[org.end - 1].rstrip(".") not in {t.rstrip(".") for t in
                                                                                      lex.company_suffixes}:
            continue
        open_ = next((k for k in range(close - 1, max(close - 5, 0), -1) if texts[k] == "("), None)
        if open_ is None or not all(is_capitalised(t) for t in texts[open_ + 1 : close]):
            continue
        start = open_
        while start > 0 and open_ - start < 4 and is_capitalised(texts[start - 1]) and texts[start - 1].isalpha() \
                and not doc[start].is_sent_start:
            start -= 1
        if start == open_ or texts[start] in lex.months:
            continue
        found.append(OrgSpan(start, org.end, span_text(doc, start, org.end), "company"))
        covered.update(range(start, org.end))
    if not found:
        return orgs
    doc._.kg_people = [p for p in doc._.kg_people or [] if p.start not in covered]
    return sorted([o for o in orgs if o.start not in covered] + found, key=lambda o: o.start)


def lone_acronym(doc: Doc, s: int, orgs: list[OrgSpan] | None = None) -> tuple[str, ...]:
    """"(CHU Val de Loire)", later "the CHU": the acronym that begins the one bracketed short name it begins
    names the organization alone too; unless `orgs` has one it spells ("(SUHS Medicine)" for a school of the
    Straits University of Health Sciences) or the article gives it alone in brackets."""
    texts = words(doc).texts
    names = {span_text(doc, *inner) for k in range(len(texts) - 1) if texts[k] == "(" and texts[k + 1] == texts[s]
             and (inner := paren_content(doc, k)) is not None}
    if len(names) != 1 and (orgs is not None or len(names - {texts[s]}) != 1):
        return ()  # (not with "(CHU Nantes)" and "(CHU Rennes)")
    # (nor the owner after a unit's "of": "the Faculty of Medicine of Lung Cheung University (LCU Medicine)")
    spelled = [o.name.split()[k:] for o in orgs or () if texts[s] not in o.name.split()
               for k, word in enumerate(["of", *o.name.split()]) if word == "of"]  # (the whole name, each tail)
    if any(initials_match(texts[s], name, lexicon(doc).connectors) for name in spelled):
        return ()
    return (texts[s],)


def spelled_long_forms(doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """"the Agence régionale de santé Garonne-Pyrénées (ARS Garonne-Pyrénées)", "Azienda ospedaliera di Ronco (AO
    Ronco)": a name in another language, some of its words in lower case, is told by the acronym after it, which
    spells the initials of all its words (and may repeat the place after them). The acronym alone names it too."""
    lex = lexicon(doc)
    texts = words(doc).texts
    found: list[OrgSpan] = []
    for k in [k for k in range(2, len(texts)) if texts[k] == "("]:  # (the few brackets, not every token)
        inner = paren_content(doc, k)
        if inner is None or not is_acronym(texts[inner[0]]) or len(texts[inner[0]]) < 3 \
                or not all(is_capitalised(t.removeprefix("l'").removeprefix("l’")) or t == "-" or t in lex.connectors
                           for t in texts[inner[0] + 1 : inner[1]]):
            continue  # (the place with its article: "(CIUSSS de la Yamaska)")
        acronym, place = texts[inner[0]], texts[inner[0] + 1 : inner[1]]
        name_end = k - len(place)
        if texts[name_end:k] != place or name_end < 2:
            continue
        start = next((j for j in range(name_end - 2, max(name_end - 12, 0), -1)
                      if not all(t.isalpha() for t in texts[j:name_end]) or initials_match(acronym, texts[j:name_end],
                                                                                          lex.connectors)), None)
        if start is None or not all(t.isalpha() for t in texts[start:name_end]) or not is_capitalised(texts[start]) \
                or doc[start].is_sent_start or not any(t.islower() and t not in lex.connectors
                                                       for t in texts[start:name_end]):
            continue  # (a name in capitals only is read as any other)
        name = span_text(doc, start, k)
        kind = head_kind(lex, texts[start:k]) or "other"
        found.append(OrgSpan(start, k, name, kind, lone_acronym(doc, inner[0])))
    if not found:
        return orgs
    spans = [(o.start, inner[1] + 1) for o in found if (inner := paren_content(doc, o.end))]
    doc._.kg_people = [p for p in doc._.kg_people or [] if not any(s <= p.start < e for s, e in spans)]
    kept = [o for o in orgs if not any(s <= o.start < e for s, e in spans)]
    return sorted(kept + found, key=lambda o: o.start)


def paren_content(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start, end) of the tokens inside a parenthesis opening at token i."""
    texts = words(doc).texts
    if i < len(texts) and texts[i] == "(":
        for j in range(i + 1, min(i + 14, len(texts))):
            if texts[j] == ")":
                return (i + 1, j) if j > i + 1 else None
            if texts[j] == "(":
                return None
    return None


def company_profile(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start, end) of a long bracket of a company's profile that ends with the name the text uses: '(head office:
    Mito City; Chairman of the Board: X; hereinafter "Seiwakai")'."""
    texts = words(doc).texts
    if i >= len(texts) or texts[i] != "(":
        return None
    end = next((j for j in range(i + 1, min(i + 40, len(texts))) if texts[j] in ("(", ")")), None)
    if end is None or texts[end] != ")" or ";" not in texts[i + 1 : end] or texts[end - 1] not in QUOTES:
        return None
    return i + 1, end


def past_bracket(doc: Doc, end: int) -> int:
    """The token after a name ending at `end`, past the brackets that follow it: "X University (XU) and"."""
    bracket = paren_content(doc, end)
    return bracket[1] + 1 if bracket else end


def town_campus(doc: Doc, org: OrgSpan) -> OrgSpan | None:
    """"All India Institute of Medical Sciences, Raipur (AIIMS Raipur)": one campus of an institution, named
    by its town after a comma, and its acronym with the town."""
    lex = lexicon(doc)
    texts, end = words(doc).texts, org.end
    town_end = end + 2
    while town_end + 1 < len(texts) and texts[town_end] == "-" and is_capitalised(texts[town_end + 1]):
        town_end += 2  # "Igbara-Ode": a hyphened town
    if town_end >= len(texts) or texts[end] != "," or not is_capitalised(texts[end + 1]) or texts[town_end] != "(":
        return None
    town = texts[end + 1 : town_end]
    inner = paren_content(doc, town_end)
    if inner is None or not is_acronym(texts[inner[0]]) \
            or not initials_match(texts[inner[0]], org.name.split(), lex.connectors):
        return None
    after_acronym = texts[inner[0] + 1 : inner[1]]
    # "(DIT-D)" for "Dwarka Institute of Technology, Delhi": the acronym, a hyphen, the town's first letters
    hyphened = len(after_acronym) == 2 and after_acronym[0] == "-" and town[0].startswith(after_acronym[1]) \
        and is_capitalised(after_acronym[1]) and not doc[inner[0]].whitespace_
    if after_acronym != town and not hyphened:
        return None
    return replace(org, end=inner[1] + 1, name=f"{org.name}, {span_text(doc, end + 1, town_end)}",
                   aliases=tuple(dict.fromkeys(org.aliases + (span_text(doc, *inner),))))


def generic_name(lex: Lexicon, name: str) -> bool:
    """A name of common words only ("Government Medical College", "Ministry of Health"), which many bodies share."""
    return all(t in lex.heads or t in lex.field_nouns or t.lower() in lex.field_words or t in lex.generic_modifiers
               or t.lower() in lex.connectors for t in name.split())


def with_town(doc: Doc, org: OrgSpan) -> OrgSpan | None:
    """"Government Medical College, Perinthalmanna, on Saturday signed …": a name of common words only is told
    apart from the others of its kind by the town after its comma, which is part of its name."""
    lex = lexicon(doc)
    w = words(doc)
    texts, end = w.texts, org.end
    if org.parent or not generic_name(lex, org.name):
        return None
    town_end, hyphens = end + 1, 0
    while town_end < len(texts) and town_end - end - hyphens <= 2 and is_capitalised(texts[town_end]) \
            and texts[town_end].isalpha() and texts[town_end] not in lex.heads and not lex.is_honorific(texts[town_end]) \
            and texts[town_end] not in lex.months and not is_acronym(texts[town_end]) \
            and entities(doc).labels[town_end] != "DATE":  # the model reads a town as anything, a person too
        town_end += 1
        while town_end + 1 < len(texts) and texts[town_end] == "-" and not w.spaces[town_end - 1] \
                and is_capitalised(texts[town_end + 1]) and texts[town_end + 1].isalpha():
            town_end, hyphens = town_end + 2, hyphens + 2  # "Orile-Ede", "Okpo-Ata": a hyphened town is one word
    if town_end - hyphens == end + 3 and ("PERSON" in entities(doc).labels[end + 1 : town_end]
                                          or (any(p.start == end + 1 for p in doc._.kg_people or [])
                                              and entities(doc).labels[end + 1] not in ("GPE", "LOC"))):
        return None  # "District Hospital, Ravi Menon, said": a person's two names (which the model may miss)
    if end < len(texts) and w.lowers[end] == "in" and 1 < town_end - end <= 3 and org.kind in ("hospital", "center") \
            and (town_end >= len(texts) or not is_capitalised(texts[town_end])):
        # "the Provincial Specialist Hospital in Zdrojowice" (not a faculty: "the Faculty of Medicine in Kandy" is
        # a university's, which the article may name)
        return replace(org, end=town_end, name=f"{org.name} in {w.text_of(end + 1, town_end)}")
    if end >= len(texts) or texts[end] != "," or town_end == end + 1 or town_end - end - hyphens > 3 \
            or town_end >= len(texts) or texts[town_end] not in (",", ".", "(", ";"):
        return None
    return replace(org, end=town_end, name=f"{org.name}, {w.text_of(end + 1, town_end)}")


CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")


def camel_short(word: str, name: list[str]) -> bool:
    """"UniAdda" for "University of the Adda", "MedUni" for "Medical University": a word joined from the starts of
    the name's words, in order."""
    parts = CAMEL_PARTS.findall(word)
    if len(parts) < 2 or "".join(parts) != word:
        return False
    rest = iter(w.lower() for w in name)
    return all(any(w.startswith(p.lower()) for w in rest) for p in parts)


def acronym_and_field(lex: Lexicon, word: str, name: list[str]) -> bool:
    """"LRUMed" for "Faculty of Medicine of Lion Rock University": the acronym of a unit's institution, then the
    start of its field."""
    joined = re.fullmatch(r"([A-Z]{2,})([A-Z][a-z]{2,})", word)
    if joined is None:
        return False
    field = [w for w in name if w.lower().startswith(joined[2].lower())]
    rest = [w for w in name if w not in field and w not in lex.units]
    return bool(field) and len(rest) < len(name) - 1 and initials_match(joined[1], rest, lex.connectors)


def native_and_short_name(doc: Doc, org: OrgSpan, s: int, e: int, by_start: dict[int, OrgSpan]) -> tuple[str, ...] | None:
    """"Rheinfels University Hospital (Universitätsklinikum Rheinfels, UKRF)", "Lakeside Army Hospital
    (Heereskrankenhaus Seeburg, HKH Seeburg)": the name in brackets (s to e) in the home language, then after its
    comma the acronym of that name, alone or with its town or owner. The names it gives, or None."""
    lex = lexicon(doc)
    texts = words(doc).texts
    if e - s >= 3 and texts[e - 2] == "," and ((is_acronym(texts[e - 1]) and (
            initials_match(texts[e - 1], texts[s : e - 2], lex.connectors)
            or initials_match(texts[e - 1], org.name.split(), lex.connectors)))  # not "(Melbourne, VIC)"
            or camel_short(texts[e - 1], texts[s : e - 2])):  # "(University of the Adda, UniAdda)"
        comma = e - 2
    elif e - s >= 4 and texts[e - 3] == "," and is_acronym(texts[e - 2]) and (
            texts[e - 1] in org.name.split() or texts[e - 1] in texts[s : e - 3] or is_acronym(texts[e - 1])) \
            and initials_match(texts[e - 2], [t for t in texts[s : e - 3] if t != texts[e - 1]], lex.connectors):
        comma = e - 3  # "(Fakultas Kedokteran, FK UNBA)": the acronym with its owner's
    else:
        return None
    native = by_start.get(s)
    return ((native.name,) if native and native.end == comma else ()) + (span_text(doc, comma + 1, e),)


def attach_parentheticals(doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """"Long Name (ACR)", "Long Name (Short Name)", "ACR (Long Name)", and country tails "(USA)"."""
    lex = lexicon(doc)
    texts = words(doc).texts
    by_start = {o.start: o for o in orgs if not o.nested}
    inside: set[int] = set()
    result = []
    for org in orgs:
        if org.nested or org.start in inside:
            result.append(org) if org.start not in inside else None
            continue
        if (campus := town_campus(doc, org)) is not None:
            result.append(campus)  # "Federal Medical Centre, Ogbomoso (FMC Ogbomoso)"
            inside.update(range(org.end, campus.end))
            continue
        if (town := with_town(doc, org)) is not None:
            inside.update(range(org.end, town.end))
            if paren_content(doc, town.end) is None:
                result.append(town)
                continue
            org = town  # "Federal Teaching Hospital, Ososa (FETHOS)": the town's name, then its acronym
        quoted = with_quoted_eponym(doc, org)  # 'IRCCS Istituto Oncologico "Aurelio Ferrandi" (IOAF)'
        inside.update(range(org.end, quoted.end))
        org = quoted
        if (local := native_after_town(doc, org)) is not None:
            result.append(local)  # "St. Anne Hospital in Kielno (Szpital św. Anny w Kielnie)"
            inside.update(range(org.end, local.end))
            continue
        if (placed := acronym_after_town(doc, org)) is not None:
            inside.update(range(org.end, placed.end))
            org = placed  # "Helena Wieczorkowska Medical University in Rzeszów (UMHW)": the acronym is the name's
        inner = paren_content(doc, org.end + (texts[org.end : org.end + 1] == ["*"]))
        if inner and not any(c.isascii() and c.isalpha() for t in texts[inner[0] : inner[1]] for c in t):
            # 'Zhuhai X Co., Ltd.* (珠海…有限公司) ("X Imaging")': a filing's name in Chinese, then the short name
            inner = paren_content(doc, inner[1] + 1) or inner
        inner = inner or company_profile(doc, org.end)
        if not inner:
            result.append(org)
            continue
        s, e = inner
        if all(t in lex.company_suffixes or t == "." for t in texts[s:e]) and e + 1 < len(doc) \
                and texts[e + 1] in lex.company_suffixes:
            # "Hilal-e-Shifa Pharmaceuticals (Pvt.) Limited": a legal form in brackets, then the rest of it
            result.append(replace(org, end=e + 2, name=f"{org.name} ({span_text(doc, s, e)}) {texts[e + 1]}"))
            inside.update(range(s, e + 2))
            continue
        # "(hereafter NIMR)", "(hereinafter “Huaxia AI”)", "(referred to as the Institute)": the name the text
        # uses from here on
        # (also a name in quotes alone: 'Grupo Saúde Tejo, S.A. ("Saúde Tejo")')
        profile_end = max((k for k in range(s, e) if texts[k] == ";"), default=None)
        if profile_end is not None and words(doc).lowers[profile_end + 1] in lex.hereafter:
            profile_end += 1  # '(head office: Mito; Chairman: X; hereinafter "Seiwakai")'
        if profile_end is not None and e - profile_end > 3 and texts[profile_end + 1] in QUOTES and texts[e - 1] in QUOTES:
            # '(Headquarters: Tokyo; President: X; "Nagisa")': a company's profile, then the name the text uses
            result.append(replace(org, end=inner[1] + 1, aliases=tuple(dict.fromkeys(
                org.aliases + (span_text(doc, profile_end + 2, e - 1),)))))
            inside.update(range(profile_end + 1, e))
            continue
        hereafter = words(doc).lowers[s] in lex.hereafter or texts[s] in QUOTES
        while s < e and (words(doc).lowers[s] in lex.hereafter or texts[s] in QUOTES):
            s += 1
        while e > s and texts[e - 1] in QUOTES:
            e -= 1
        if hereafter and (choice := next((k for k in range(s, e) if words(doc).lowers[k] == "or"
                                          and texts[k - 1] in QUOTES), None)) is not None:
            e = choice - 1  # '("Kookaburra" or "the Company")': the first name given
        if s >= e:
            result.append(org)
            continue
        # "(ARS Centre-Ouest, the regional health agency)": the short name, then a gloss in lower case
        gloss = next((k for k in range(s + 1, e - 2) if texts[k] == "," and words(doc).lowers[k + 1] in ("the", "a", "an")
                      and all(t.islower() for t in texts[k + 1 : e])), None)
        e = gloss if gloss is not None else e
        # "(GU, President Lim Chae-won)": the short name, then the head of the organization
        post = s + 2
        while post < e - 1 and words(doc).lowers[post] in lex.title_modifiers and texts[post][:1].isupper():
            post += 1
        headed = e - s >= 4 and texts[s + 1] == "," and texts[post] in lex.title_case_titles \
            and not any(t in lex.heads for t in texts[s + 2 : e])
        e = s + 1 if headed else e
        text = span_text(doc, s, e)
        widened = replace(org, end=s + 1 if headed else inner[1] + 1)  # (the head's name is a person's)
        # where a name after the acronym and its comma starts: "(INRBS, the French National Institute for …)"
        named_at = s + 2 + int(e - s > 3 and words(doc).lowers[s + 2] == "the")
        if hereafter and not (e - s == 1 and is_acronym(text)):
            result.append(replace(widened, aliases=tuple(dict.fromkeys(org.aliases + (text,)))))
            inside.update(range(inner[0], inner[1]))
            continue
        if text in lex.countries or any(ent.label_ == "GPE" and ent.start == s and ent.end == e for ent in doc.ents) \
                and not (is_acronym(text) and initials_match(text, org.name.split(), lex.connectors | {
                    m.lower() for m in lex.generic_modifiers})) \
                and not (e - s == 1 and syllables_of(text.lower(), [w.lower() for w in org.name.split()
                                                                    if w[:1].isupper()])):
            # "Temple University (USA)": the country is not part of the name (but "Hospital Civil Regional Valle
            # de Atemajac (HCVA)" is its acronym, a generic word left out, and "(Unsuma)" its syllables, though the
            # model reads a place)
            result.append(widened)
        elif e - s == 1 and acronym_and_field(lex, text, org.name.split()):
            result.append(replace(widened, aliases=tuple(dict.fromkeys(org.aliases + (text,)))))
        elif e - s == 1 and is_acronym(text):
            result.append(define_acronym(doc, widened, org, text, orgs))
        elif e - s == 1 and is_short_form(text, org.name):
            result.append(replace(widened, aliases=tuple(dict.fromkeys(org.aliases + (text,)))))
        elif e - s >= 2 and is_acronym(texts[s]) and org.name.endswith(" " + span_text(doc, s + 1, e)) and initials_match(
                texts[s], org.name[: -len(span_text(doc, s + 1, e))].split(), lex.connectors):
            # "Centre Hospitalier Régional de Kolda (CHR de Kolda)": the acronym of the first words, then the rest
            result.append(replace(widened, aliases=tuple(dict.fromkeys(org.aliases + (text,) + lone_acronym(doc, s, orgs)))))
        elif e - s == 3 and is_acronym(texts[s]) and texts[s + 1] == "-" and not doc[s].whitespace_ \
                and not doc[s + 1].whitespace_ and is_capitalised(texts[s + 2]):
            # "(MU-Varna)": one short name, the acronym with its town
            result.append(replace(widened, aliases=tuple(dict.fromkeys(org.aliases + (text,)))))
        elif e - s >= 3 and is_acronym(texts[s]) and texts[s + 1] == "," and (
                span_text(doc, s + 2, e) in lex.countries or any(
                    ent.label_ == "GPE" and ent.start == s + 2 and ent.end == e for ent in doc.ents)):
            # "Harbin Songhua Medical University (HSMU, People's Republic of China)": the acronym, then its country
            result.append(define_acronym(doc, widened, org, texts[s], orgs))
        elif e - s >= 3 and is_acronym(texts[s]) and (texts[s + 1] in DASHES or (
                texts[s + 1] in (";", ",") and initials_match(texts[s], org.name.split(), lex.connectors)
                and is_capitalised(texts[named_at])  # (after a semicolon, in any case: "(NIVE; Viện Dịch tễ Thú y)")
                and (texts[s + 1] == ";" or all(is_capitalised(t) or t.lower() in lex.connectors
                                                for t in texts[named_at:e])))):
            # "Institut Orchard (IOR - Orchard Institute for Research)": the acronym, then the name in English
            # (or "Dhaulagiri University of Health Sciences (DUHS; Dhaulagiri Swasthya Bigyan Bishwabidyalaya)":
            # then the name in the home language; "(INRBS, the French National Institute for …)")
            english = span_text(doc, named_at, e)
            result.append(replace(widened, aliases=tuple(dict.fromkeys(org.aliases + (texts[s], english)))))
        elif (names := native_and_short_name(doc, org, s, e, by_start)) is not None:
            result.append(replace(widened, aliases=tuple(dict.fromkeys(org.aliases + names))))
        elif (home_names := native_name(doc, s, e)) is not None:
            # "Medical University of Kielno (Uniwersytet Medyczny w Kielnie, UMK)": its name in the home
            # language, whatever its acronym spells
            result.append(replace(widened, aliases=tuple(dict.fromkeys(org.aliases + home_names))))
        elif e - s == 2 and texts[s] in org.name.split() and is_capitalised(texts[s]) and not is_acronym(texts[s]) \
                and is_acronym(texts[s + 1]) and texts[s + 1] not in lex.company_suffixes:
            # "Africa Centres for Disease Control and Prevention (Africa CDC)", "Vesijärvi University of Applied
            # Sciences (Vesijärvi UAS)": a word of the name, then an acronym of the rest
            result.append(replace(widened, aliases=tuple(dict.fromkeys(org.aliases + (text,)))))
        elif e - s >= 2 and is_native_head(lex, texts[e - 1]):
            # "Dal University Hospital (Dals universitetssjukhus)": its name in the home language
            result.append(replace(widened, aliases=tuple(dict.fromkeys(org.aliases + (text,)))))
        # (not a name-prefixed short name, "(CHU Val de Maine)": an alias, below)
        elif (inner_org := by_start.get(s)) and inner_org.end == e \
                and not (texts[s] in lex.name_prefixes and texts[s] not in org.name.split()):
            if is_acronym(org.name) and initials_match(org.name, text.split(), lex.connectors):
                result.append(replace(widened, name=inner_org.name, kind=inner_org.kind, aliases=(org.name,)))
            else:
                # "Long Name (Short Name)": the article calls it by the short name from here on (and "the CHU"
                # for "(CHU Saint-Aurèle)")
                lone = lone_acronym(doc, s, orgs) if e - s >= 2 and is_acronym(texts[s]) else ()
                result.append(replace(widened, name=inner_org.name, aliases=org.aliases + (org.name,) + lone))
        elif 2 <= e - s <= 4 and texts[s].istitle() and texts[s].isalpha() and texts[s] not in lex.heads \
                and all(is_capitalised(t) and t in org.name.split() for t in texts[s + 1 : e]) \
                and texts[s] not in org.name.split() and s not in by_start:
            # "The Regional Health Directorate of Alto Marañón (Diresa Alto Marañón)": a word of its own in the home
            # language, then the place of the full name
            result.append(replace(widened, aliases=tuple(dict.fromkeys(org.aliases + (text,)))))
        elif 2 <= e - s <= 5 and is_acronym(texts[s]) and is_capitalised(texts[e - 1]) \
                and all(is_capitalised(t) or t.lower() in lex.connectors for t in texts[s:e]):
            # "The Loire Valley University Hospital (CHU Val de Loire)": its short name in its own language
            result.append(replace(widened, aliases=tuple(dict.fromkeys(org.aliases + (text,) + lone_acronym(doc, s, orgs)))))
        else:
            result.append(org)
            continue
        inside.update(range(s, e))
    return result


QUOTES = {'"', "“", "”", "'", "‘", "’"}


INITIALS = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-z]?\.){1,3}$")  # "N.P.", "P.", "Yu."


def with_namesakes(doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """"Pridonsk State Medical University named after N.P. Zaretsky", "the National Research Centre named after
    Academician P.S. Gorelov": the namesake ends the name, and names it in short with the head ("Gorelov Centre")."""
    lex = lexicon(doc)
    texts, n = words(doc).texts, len(doc)
    found: list[OrgSpan] = []
    for org in orgs:
        k = org.end + 2
        if texts[org.end : k] != ["named", "after"] or org.nested:
            found.append(org)
            continue
        while k < n and lex.is_honorific(texts[k]):
            k += 1  # "Academician", "Professor"
        while k < n and INITIALS.match(texts[k]):
            k += 1
        surname = k
        while k < n and k - surname < 3 and is_capitalised(texts[k]) and texts[k].replace("-", "").isalpha() \
                and texts[k] not in lex.heads:
            k += 1
        if k == surname:
            found.append(org)
            continue
        head = next((t for t in reversed(texts[org.start : org.end]) if t in lex.heads), None)
        # (also the name without its namesake: "Pridonsk State Medical University")
        short = (org.name, f"{texts[k - 1]} {head}") if head is not None else (org.name,)
        found.append(replace(org, end=k, name=span_text(doc, org.start, k), aliases=(*org.aliases, *short)))
    return found


def places_after_acronyms(doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """"Combined Military Hospital (CMH) Bhawal", "the Centre intégré … (CIUSSS) du Bas-Richelieu": the place after
    the acronym ends the name, when the article writes the acronym with that place again ("CMH Bhawal")."""
    lex = lexicon(doc)
    w = words(doc)
    texts, n = w.texts, len(w.texts)
    text = doc.text.replace("\n", " ")
    found: list[OrgSpan] = []
    for org in orgs:
        if texts[org.end - 1] != ")" or not org.aliases or not is_acronym(acronym := org.aliases[0]):
            found.append(org)
            continue
        k = org.end
        while k < n and texts[k] in lex.connectors and texts[k] not in ("and", "&", "-", "–"):
            k += 1  # "du", "de la"
        words_read = 0
        while k < n and words_read < 3 and is_capitalised(texts[k]) and texts[k] not in lex.heads:
            k += 3 if k + 2 < n and texts[k + 1] == "-" and not w.spaces[k] else 1  # "Bas-Richelieu"
            words_read += 1
        place = w.text_of(org.end, k)
        if not words_read or k < n and is_capitalised(texts[k]) or f"{acronym} {place}" not in text:
            found.append(org)
            continue
        bare = org.name.rsplit(" (", 1)[0] if org.name.endswith(")") else org.name
        found.append(replace(org, end=k, name=f"{bare} {place}", aliases=(*org.aliases, f"{acronym} {place}")))
    return found


def owners_after_brackets(doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """"The Regional Ministry of Health (Consejería de Sanidad) of the Junta de Arlanza": the name goes on past its
    bracket, as if the bracket were not there (a unit's, "the Faculty of Medicine (FMUL) of the University of X",
    is its parent: see nest)."""
    w, lex = words(doc), lexicon(doc)
    by_start = {o.start: o for o in orgs if not o.nested}
    joined: dict[int, OrgSpan] = {}  # the bracketed organization's start: its owner
    for org in orgs:
        if org.nested or w.texts[org.end - 1] != ")" or w.lowers[org.end : org.end + 1] != ["of"] or is_unit(lex, org):
            continue
        owner = by_start.get(org.end + 2 if w.lowers[org.end + 1 : org.end + 2] == ["the"] else org.end + 1)
        if owner is not None and not owner.parent and w.texts[owner.end - 1] != ")" and not is_acronym(owner.name):
            joined[org.start] = owner
    owned = {owner.start for owner in joined.values()}
    return [replace(org, end=owner.end, name=f"{org.name} {w.text_of(org.end, owner.end)}")
            if not org.nested and (owner := joined.get(org.start)) is not None else org
            for org in orgs if org.nested or org.start not in owned]


def units_after_brackets(doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """"the Tsukumo University (TKU) Graduate School of Medicine": a unit named right after its university's acronym
    is the university's unit, named with the university in front."""
    w, lex = words(doc), lexicon(doc)
    by_start = {o.start: o for o in orgs if not o.nested}
    found = list(orgs)
    for n, org in enumerate(orgs):
        unit = by_start.get(org.end)
        if org.nested or org.parent or w.texts[org.end - 1] != ")" or unit is None or not is_unit(lex, unit) \
                or unit.parent or is_unit(lex, org) or w.spaces[org.end - 1] == "":
            continue
        found[n] = replace(org, nested=True)
        found[found.index(unit)] = OrgSpan(org.start, unit.end, f"{org.name} {unit.name}", unit.kind,
                                           (*unit.aliases, w.text_of(org.start, unit.end)), org.name, (org.start, org.end))
    return found


def with_quoted_eponym(doc: Doc, org: OrgSpan) -> OrgSpan:
    """'Istituto Oncologico "Aurelio Ferrandi"', 'Oncological Institute "Prof. Dr. Ion Vlad" Arad (IOVA)': the name in
    quotes after the head word is part of the name, and so is the town between it and the bracket of the acronym."""
    texts, n, heads = words(doc).texts, len(doc), lexicon(doc).heads
    end = org.end
    if end < n and texts[end] in OPENING_QUOTES and not org.parent and any(t in heads for t in texts[org.start : end]):
        close = next((k for k in range(end + 2, min(end + 8, n)) if texts[k] in CLOSING_QUOTES), None)
        # (not 'NJSC "Esil Medical University"': a name of its own in quotes after a legal form)
        if close is not None and all((is_capitalised(t) or t == ".") and t not in heads for t in texts[end + 1 : close]):
            end = close + 1
    if texts[end - 1] not in CLOSING_QUOTES or org.parent:
        return org
    if end < n and texts[end] in lexicon(doc).company_suffixes:
        end += 1  # 'Hospital for Active Treatment "Sveta Elena" EAD': the legal form after the quoted name
    elif end + 1 < n and is_capitalised(texts[end]) and texts[end].isalpha() and texts[end + 1] == "(" \
            and texts[end] not in heads:
        end += 1  # the town
    elif end + 1 < n and texts[end] in ("-", "–", "—") and is_capitalised(texts[end + 1]) and texts[end + 1].isalpha() \
            and texts[end + 1] not in heads:  # 'Medical University "Prof. Dr. Ivan Petrov" - Varna': the town after a dash
        # (and a legal form after the town: 'Hospital for Active Treatment "Sveti Naum" - Ruse EAD')
        legal = end + 2 < n and texts[end + 2] in lexicon(doc).company_suffixes and texts[end + 2].isupper()
        return replace(org, end=end + 2 + legal, name=f"{span_text(doc, org.start, end)} {texts[end]} {texts[end + 1]}"
                       + (f" {texts[end + 2]}" if legal else ""))
    return org if end == org.end else replace(org, end=end, name=span_text(doc, org.start, end))


def native_name(doc: Doc, s: int, e: int) -> tuple[str, ...] | None:
    """The names in "(Szpital Miejski w Kielnie)" or "(Consejería de Sanidad, CS)": a capitalised name holding an
    institution's noun in another language, and the acronym after its comma."""
    texts = words(doc).texts
    lex = lexicon(doc)
    end = e - 2 if e - s >= 4 and texts[e - 2] == "," and is_acronym(texts[e - 1]) else e
    # (or a compound ending in one: "Bundeswehrkrankenhaus Lüneburg")
    if end - s < 2 or not is_capitalised(texts[s]) or not any(
            t.lower() in lex.native_nouns or lex.heads.ending_kind(t) for t in texts[s:end]) \
            or any(t in (",", ";", ":") for t in texts[s:end]):
        return None
    return (span_text(doc, s, end),) + ((texts[e - 1],) if end < e else ())


def native_after_town(doc: Doc, org: OrgSpan) -> OrgSpan | None:
    """"St. Anne Hospital in Kielno (Szpital św. Anny w Kielnie)": the town is part of the name, as the name in
    the home language shows."""
    town_end = town_after_in(doc, org, heads=True)
    inner = paren_content(doc, town_end) if town_end is not None else None
    native = native_name(doc, *inner) if inner else None
    if town_end is None or inner is None or native is None:
        return None
    return replace(org, end=inner[1] + 1, name=f"{org.name} in {words(doc).text_of(org.end + 1, town_end)}",
                   aliases=tuple(dict.fromkeys(org.aliases + native)))


def town_after_in(doc: Doc, org: OrgSpan, heads: bool) -> int | None:
    """The end of "in Town" right after an institution: one or two capitalised words (`heads`: head words too),
    "St. Anne Hospital in Kielno"."""
    texts, end = words(doc).texts, org.end
    if org.parent or words(doc).lowers[end : end + 1] != ["in"]:
        return None
    town_end = end + 1
    while town_end < len(texts) and town_end - end <= 2 and is_capitalised(texts[town_end]) and texts[town_end].isalpha() \
            and (heads or texts[town_end] not in lexicon(doc).heads):
        town_end += 1
    return town_end if town_end > end + 1 else None


def acronym_after_town(doc: Doc, org: OrgSpan) -> OrgSpan | None:
    """"Helena Wieczorkowska Medical University in Rzeszów (UMHW)": the acronym in brackets after the town where an
    institution is stands for the institution; the span runs to the bracket (the name stays as it is)."""
    town_end = town_after_in(doc, org, heads=False)
    inner = paren_content(doc, town_end) if town_end is not None else None
    if town_end is None or inner is None or inner[1] - inner[0] != 1 or not is_acronym(words(doc).texts[inner[0]]):
        return None
    return replace(org, end=town_end)


def is_short_form(text: str, name: str) -> bool:
    """"Universidad del Sur (USur)": one capitalised word with more capitals inside, holding a word of
    the name. Not "(McGill)" after an institute's name: that is its parent. A contraction in lower case
    ("Fundación Universitaria San Rafael (Unisanrafael)") begins as a word of the name does and holds a
    later one."""
    if not (text[:1].isupper() and text.isalpha()):
        return False
    capitalised = [word for word in name.split() if len(word) >= 3 and word[:1].isupper()]
    if sum(c.isupper() for c in text) >= 2:
        return any(word.lower() in text.lower() for word in capitalised) or capitals_begin_words(text, capitalised)
    return any(text.lower().startswith(first[:3].lower()) and any(word.lower() in text.lower()[3:]
                                                                   for word in capitalised[i + 1:])
               for i, first in enumerate(capitalised)) or syllables_of(text.lower(), [w.lower() for w in capitalised])


def capitals_begin_words(text: str, words: list[str]) -> bool:
    """"ULav" for "Université Laviolette", "UniTav" for "Università … del Tavoliere": each capital of `text` begins a
    piece that begins one of `words`, in order."""
    pieces, at = re.findall(r"[A-Z][a-z]*", text), 0
    if "".join(pieces) != text:
        return False
    for piece in pieces:
        at = next((k + 1 for k in range(at, len(words)) if words[k].startswith(piece)), -1)
        if at < 0:
            return False
    return True


def syllables_of(text: str, words: list[str]) -> bool:
    """"Universitas Sungai Mahakam (Unsuma)", "Universitas Padang Rimba (Unpari)": the first letters of the first
    word, then of later words in order ("Universitas Sam Ratu Langit (Unsrat)")."""
    def rest(text: str, words: list[str]) -> bool:
        return not text or any(text[:n] == word[:n] and rest(text[n:], words[i + 1:])
                               for i, word in enumerate(words) for n in range(1, min(len(word), len(text)) + 1))
    return len(words) >= 2 and any(text[:n] == words[0][:n] and text[n:] and rest(text[n:], words[1:])
                                   for n in range(2, min(len(words[0]), 4) + 1))


def define_acronym(doc: Doc, widened: OrgSpan, org: OrgSpan, acronym: str, orgs: list[OrgSpan]) -> OrgSpan:
    """Give "(ACR)" to the organization whose initials it spells: the whole phrase or its nested parent."""
    long_start = best_long_form(doc, org, acronym)
    if long_start is None or long_start == org.start:
        return replace(widened, aliases=tuple(dict.fromkeys(org.aliases + (acronym,))))
    for other in orgs:
        if other.nested and other.start == long_start and other.end == org.end:
            orgs[orgs.index(other)] = replace(other, aliases=other.aliases + (acronym,))
            return widened
    name = span_text(doc, long_start, org.end)
    return replace(widened, name=name, aliases=tuple(dict.fromkeys(org.aliases + (acronym, org.name))))


def best_long_form(doc: Doc, org: OrgSpan, acronym: str) -> int | None:
    """The start of the longest tail of `org` whose initials spell `acronym` ("Al-Waha University …" is
    WUHS: a hyphenated prefix stays with the name)."""
    lex = lexicon(doc)
    w = words(doc)
    for s in range(org.start, org.end):
        if w.lowers[s] in lex.connectors or not is_capitalised(w.texts[s]) or (
                s > org.start and w.texts[s - 1] in DASHES and not w.spaces[s - 1]) \
                or sum(t in QUOTES for t in w.texts[org.start : s]) % 2:  # (not from inside '"Prof. Ion Vladu"')
            continue
        if initials_match(acronym, w.texts[s : org.end], lex.connectors):
            # (not "… of the Republic of Korea (ROK)"; nor a bare kind and its town, "Danube Oncology Institute of
            # Bucharest (IOB)": the acronym of the name in its own language)
            bare = s > org.start and w.texts[s] in lex.heads and w.lowers[s + 1 : s + 2] == ["of"] \
                and 1 <= org.end - s - 2 <= 2 and all(t not in lex.heads for t in w.texts[s + 2 : org.end])
            return None if w.text_of(s, org.end) in lex.countries or bare else s
    return None


def attach_acronyms(doc: Doc, orgs: list[OrgSpan], blocked: set[int]) -> list[OrgSpan]:
    """Every use of an acronym the article defines or that spells an organization's initials."""
    lex = lexicon(doc)
    known: dict[str, OrgSpan] = {}
    for org in orgs:
        for alias in org.aliases:
            if is_acronym(alias):
                known.setdefault(alias, org)
    full_names = [o for o in orgs if not is_acronym(o.name)]
    covered = {i for o in orgs for i in range(o.start, o.end)}
    ner_orgs = {ent.text for ent in doc.ents if ent.label_ == "ORG"}
    result = list(orgs)
    undefined: list[OrgSpan] = []
    for org in orgs:
        if org.end - org.start == 1 and is_acronym(org.name) and org.name not in known:
            undefined.append(org)
    for org in undefined:
        if any(initials_match(org.name, o.name.split(), lex.connectors)
               or spells_without_first(org.name, o.name.split(), lex.connectors) for o in full_names):
            continue  # resolution links it to the spelled-out name
        if org.name in lex.not_acronyms or not acronym_in_slot(doc, org, ner_orgs):
            result.remove(org)
    # a short name the article defines ("hereinafter “Huaxia AI”"), wherever it is used afterwards
    texts = words(doc).texts
    for org in orgs:
        for alias in org.aliases:
            parts = alias.split()
            if len(parts) < 2 or not is_capitalised(parts[0]):
                continue
            for i in range(org.end, len(texts) - len(parts) + 1):
                end = i + len(parts)
                if texts[i:end] != parts:
                    continue
                # (a person the model read in it gives way too: "it and Sahel CDC signed")
                misread = [p for p in doc._.kg_people or [] if (p.start, p.end) == (i, end)]
                if blocked & set(range(i, end)) and not misread:
                    continue
                # (a part of it read on its own, "CC" of "CC Morava Director X", gives way to the whole)
                inside = [o for o in result if o.start < end and o.end > i]
                if all(i <= o.start and o.end <= end and (o.start, o.end) != (i, end) for o in inside):
                    doc._.kg_people = [p for p in doc._.kg_people or [] if p not in misread]
                    result = [o for o in result if o not in inside]
                    result.append(OrgSpan(i, end, alias, org.kind))
                    covered.update(range(i, end))
    # a one-word name ("biotech startup MediVera"), wherever it is written again ("MediVera CEO X")
    single = {o.name: o for o in orgs if o.end - o.start == 1 and not is_acronym(o.name) and is_capitalised(o.name)
              and o.name not in lex.heads and o.name not in lex.weak_heads}
    for i, text in enumerate(texts if single else ()):
        if text in single and i not in covered and i not in blocked and i > single[text].start:
            result.append(OrgSpan(i, i + 1, text, single[text].kind))
            covered.add(i)
    # acronyms inside other runs ("HKUST's", "PUMCH—such as") are picked up here too
    for i, text in enumerate(words(doc).texts if known else ()):
        if text in known and i not in covered and i not in blocked:
            result.append(OrgSpan(i, i + 1, text, "other"))
    return result


def is_noun(token: Token) -> bool:
    """"PET imaging" (a noun: the acronym modifies it) but not "KUHT signed" (a verb)."""
    if token.pos_:
        return token.pos_ in ("NOUN", "ADJ", "PROPN")
    # no tagger (trimmed or blank pipeline): past tenses, function words and the verbs of press releases are not
    return not (token.lower_.endswith("ed") or token.is_stop or token.lower_ in lexicon(token.doc).press_verbs)


def acronym_in_slot(doc: Doc, org: OrgSpan, ner_orgs: set[str]) -> bool:
    """An acronym nobody defines is an organization only where an organization's name goes."""
    before = words(doc).lowers[org.start - 1] if org.start else ""
    after = doc[org.end] if org.end < len(doc) else None
    modifier = after is not None and (after.text in DASHES or after.like_num or (
        after.text[:1].islower() and after.is_alpha and after.lower_ not in ("and", "or") and is_noun(after)))
    if any(span.start == org.end for span in doc.spans.get("kg_titles", [])):
        return True  # "VRMC chief of clinics Dr. X", "KoIMS Dean Dr. Y": an organization before a title
    if modifier:
        return False  # "PET imaging", "PET-guided": a modifier, not a name
    in_slot = before in ("of", "from", "at", "with", "by", "and", "between", "to", "join", "joined")
    return in_slot or (org.name in ner_orgs and before not in ("(",))


def nest(doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """Units inside institutions: "X of Y", "X (X1) of Y (Y1)" → one phrase naming X, with parent Y."""
    lex = lexicon(doc)
    lowers = words(doc).lowers
    orgs = sorted(orgs, key=lambda o: o.start)
    result: list[OrgSpan] = []
    i = 0
    while i < len(orgs):
        org = orgs[i]
        nxt = orgs[i + 1] if i + 1 < len(orgs) else None
        if nxt is not None and is_unit(lex, org) and not org.parent:
            # (past a quoted name's closing mark: '"Bereke Perinatal Centre" of the Health Department of X')
            gap = [t for t in lowers[org.end : nxt.start] if t not in ('"', "”", "»")]
            past = past_bracket(doc, nxt.end)
            after_nxt = lowers[past] if past < len(lowers) else ""  # (past its acronym: "…, X University (XU) and")
            # "the Faculty of Medicine, Hokkaido Sapporo University": a generic unit, then its university (not
            # "the Lahnstein Institute for …, Feliks Wrona Medical University in Kielce": a list of two)
            apposition = gap == [","] and nxt.kind == "university" and after_nxt not in (",", "and", "&") \
                and org.name.split()[0] in lex.units
            if gap in (["of"], ["of", "the"], ["of", "the", "of", "the"], ["at"], ["at", "the"]) or apposition:
                result.append(OrgSpan(org.start, nxt.end, org.name, org.kind, org.aliases, nxt.name,
                                      (nxt.start, nxt.end)))
                result.append(replace(nxt, nested=True))
                i += 2
                continue
        result.append(org)
        i += 1
    return result


def is_unit(lex: Lexicon, org: OrgSpan) -> bool:
    words = org.name.split()
    return any(w in lex.units for w in words) or org.kind in ("faculty", "department", "school", "hospital", "center",
                                                          "laboratory", "institute")


def split_of(doc: Doc, org: OrgSpan) -> list[OrgSpan]:
    """"Second Affiliated Hospital of CQMU" → that hospital, part of CQMU (also a mention of its own)."""
    lex = lexicon(doc)
    w = words(doc)
    for k, lower in enumerate(w.lowers[org.start : org.end]):
        if lower != "of" or k == 0:
            continue
        left = w.texts[org.start : org.start + k]
        right_start = org.start + k + 1
        while right_start < org.end and w.lowers[right_start] == "the":
            right_start += 1
        right = w.texts[right_start : org.end]
        if not right:
            continue
        left_named = head_kind(lex, left) and len(left) >= 2
        right_named = (head_kind(lex, right) and len(right) >= 2) or (len(right) == 1 and is_acronym(right[0]))
        if left_named and right_named:
            parent = OrgSpan(right_start, org.end, span_text(doc, right_start, org.end), head_kind(lex, right) or "other",
                             nested=True)
            short = span_text(doc, org.start, org.start + k)
            child = OrgSpan(org.start, org.end, org.name, org.kind, (short,), parent.name, (parent.start, parent.end))
            return [child, parent]
    return [org]


def split_owner_first(doc: Doc, org: OrgSpan) -> list[OrgSpan]:
    """"Mindanao Pacific University College of Medicine", "Lanna Thep University Faculty of Medicine": a university's
    name, then a unit's "College of", "Faculty of": the unit, part of that university (also a mention of its own)."""
    lex = lexicon(doc)
    w = words(doc)
    for k in range(org.start + 1, org.end - 3):
        if lex.heads.get(w.texts[k]) == "university" and w.texts[k + 1] in lex.owned_units and w.lowers[k + 2] == "of" \
                and head_kind(lex, w.texts[org.start : k + 1]) == "university" \
                and university_told(doc, w.texts[org.start : k + 1]):
            parent = OrgSpan(org.start, k + 1, span_text(doc, org.start, k + 1), "university", nested=True)
            kind = "school" if w.texts[k + 1] == "College" else lex.heads.get(w.texts[k + 1]) or org.kind  # (a unit)
            unit = replace(org, kind=kind, parent=parent.name,
                           parent_span=(parent.start, parent.end))
            return [unit, parent]
    return [org]


def university_told(doc: Doc, name: list[str]) -> bool:
    """Does the article speak of the university on its own: "the university signed", or its acronym ("MPU
    president")? Else a unit's name is just its name ("X University School of Medicine")."""
    lex = lexicon(doc)
    w = words(doc)
    return any((lower == "university" and w.lowers[i - 1] in ("the", "its") and w.texts[i] == "university")
               or (is_acronym(w.texts[i]) and initials_match(w.texts[i], name, lex.connectors))
               for i, lower in enumerate(w.lowers) if i)


# ---------------------------------------------------------------- sentences


@Language.factory("kg_abbreviations", assigns=["token.is_sent_start"], default_config=RULES_CONFIG)
def make_abbreviation_guard(nlp: Language, name: str, rules: str | None) -> AbbreviationGuard:
    return AbbreviationGuard(rules)


class AbbreviationGuard(RuleComponent):
    def process(self, doc: Doc, lex: Lexicon) -> Doc:
        return guard_abbreviations(doc)


def guard_abbreviations(doc: Doc) -> Doc:
    """"Prof." and "Dr." never end a sentence, a blank line always does (headlines, paragraphs), and a
    hyphenated acronym ("JBMU-FAH") is one token. Runs before the parser, which keeps these boundaries."""
    lex = lexicon(doc)
    w = words(doc)
    texts, spaces = w.texts, w.spaces
    # "signed an MoU.": the tokenizer keeps the full stop on a mixed-case acronym, as if it were an abbreviation
    splits = [i for i, text in enumerate(texts) if len(text) >= 4 and text[-1] == "." and "." not in text[:-1]
              and text[:-1].isalpha() and sum(c.isupper() for c in text) >= 2 and not text[:-1].isupper()]
    if splits:
        with doc.retokenize() as retokenizer:
            for i in splits:
                retokenizer.split(doc[i], [texts[i][:-1], "."], heads=[(doc[i], 1), doc[i]])
        for n, i in enumerate(splits):  # each split before moves a token one place on
            if i + n + 2 < len(doc):
                doc[i + n + 2].is_sent_start = True
        w = _WORDS[doc] = Words.read(doc)
        texts, spaces = w.texts, w.spaces
    merges: list[int] = []
    for k in [k for k, text in enumerate(texts[1:-1], 1) if text == "-"]:  # the few hyphens, left to right
        i = k - 1
        if (not merges or i >= merges[-1] + 3) and not spaces[i] and not spaces[k] and is_acronym(texts[i]) \
                and is_acronym(texts[k + 1]):
            merges.append(i)
    # "Ch.Tumurbaatar": a Mongolian name with its father's initial, written as one word
    merges += [k - 1 for k in range(1, len(texts) - 1) if texts[k] == "." and not spaces[k - 1] and not spaces[k]
               and INITIAL_NAME.fullmatch("".join(texts[k - 1 : k + 2]))
               and f"{texts[k - 1]}{texts[k + 1]}" not in lex.credentials]  # (not "M.Kes", a degree)
    merges.sort()
    if merges:
        with doc.retokenize() as retokenizer:
            for i in merges:
                retokenizer.merge(doc[i : i + 3])
        w = _WORDS[doc] = w.merged(merges, 3)  # "JBMU" "-" "FAH" → "JBMU-FAH"
        texts, spaces = w.texts, w.spaces
    # only a word ending in "." or a line break can move a boundary: look at those alone
    for i in [i for i, text in enumerate(texts[:-1]) if text[-1:] == "." or "\n" in text or "\n" in spaces[i]]:
        text = texts[i]
        abbreviation = text.endswith(".") and (text.lower().rstrip(".") in lex.honorifics or text in lex.name_abbreviations
                                               or text.lower() in lex.saint_abbreviations)
        split_abbreviation = text == "." and i and (texts[i - 1].lower().rstrip(".") in lex.honorifics or
                                                     f"{texts[i - 1]}." in lex.name_abbreviations
                                                     or f"{texts[i - 1].lower()}." in lex.saint_abbreviations) \
            and not spaces[i - 1]  # "Assoc" ".", "Ma" "."
        # "Sahyadri Lifesciences Pvt. Ltd.": a full stop between two legal forms ends no sentence
        # (also "Orchard MedTech Pte. Ltd. (Orchard MedTech) today signed": its short name in brackets after it)
        legal_form = (texts[i + 1] in lex.company_suffixes or texts[i + 1] == "(") and (texts[i] in lex.company_suffixes or (
            text == "." and i and texts[i - 1] in lex.company_suffixes))
        # "… NeoCor Dispositivos Médicos Ltda. signed on Monday": no sentence opens with a word in lower case
        lower_next = text.endswith(".") and "\n" not in spaces[i] and texts[i + 1].isalpha() and texts[i + 1].islower()
        if abbreviation or split_abbreviation or legal_form or lower_next:
            doc[i + 1].is_sent_start = False
        elif ("\n" in text or "\n" in spaces[i]) and (text.isspace() or spaces[i] == "\n") or "\n\n" in text:
            doc[i + 1].is_sent_start = True
    if doc.has_annotation("SENT_START"):  # the senter's own boundaries, which it may set inside a name
        # "… President Prof. Zhou | Haiming signed": a sentence ends in punctuation or a line break, never in a word
        for start in [s.start for s in doc.sents][1:]:
            if texts[start - 1][-1:].isalnum() and "\n" not in spaces[start - 1] and "\n" not in texts[start - 1]:
                doc[start].is_sent_start = False
    # "… Service (KCHHS) Chief Executive Dr X": a closing bracket ends no sentence unless a full stop is inside it
    # (nor a legal form in brackets: "Ravi Pharmaceuticals (Pvt.) Limited signed")
    for i in [i for i, text in enumerate(texts[1:-1], 1) if text == ")"]:
        legal = texts[i - 1] in lex.company_suffixes or "".join(texts[i - 2 : i]) in lex.company_suffixes
        if "\n" not in spaces[i] and (texts[i - 1][-1:] not in (".", "!", "?") or legal) and not texts[i + 1].isspace():
            doc[i + 1].is_sent_start = False
    return doc
