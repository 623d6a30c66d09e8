"""The words of press releases as one validated `Lexicon`, read from a rules folder (rules/*.json by default), and
name helpers that need no spaCy.

The spaCy components take their lexicon through their config (`rules`: a folder holding the three rule files) and
save it with the pipeline; the facts layer reads the lexicon the components used from the Doc. Code that reads no
Doc (names.py, resolution.py) uses the packaged one, `load_lexicon()`.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from medcollab_kg.errors import RulesError
from medcollab_kg.nlp.rules import RULES_FILES, check_rules, fingerprint_of, load_rules

ACRONYM_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ&-]*[A-Z]$|^[A-ZÀ-ÖØ-Þ][A-Z]+s?$")  # also "ÉSGL"
DASHES = {"-", "–", "—"}
ELIDED_ARTICLE = re.compile(r"^(?:l|d|dell|dall|nell|sull|all)['’](?=\w)", re.IGNORECASE)
POSSESSIVES = {"'s", "’s"}


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every word list extraction reads, built once from the three rule files (`rules`: file name → its object).
    The sets and tables below are derived from `rules` by `from_rules` and never change."""

    rules: Mapping[str, Mapping[str, Any]]
    fingerprint: str  # changes whenever a word of the rules does: the fact cache is keyed on it
    # organizations.json
    heads: HeadWords
    weak_heads: Mapping[str, str]
    field_words: frozenset[str]
    company_suffixes: frozenset[str]
    name_prefixes: Mapping[str, str]
    legal_prefixes: frozenset[str]
    name_translations: Mapping[str, str]
    name_joiners: frozenset[str]
    possessive_names: frozenset[str]
    not_acronyms: frozenset[str]
    field_nouns: frozenset[str]
    units: frozenset[str]
    owned_units: frozenset[str]  # "X University College of Medicine": the unit's part after its university's name
    not_orgs: frozenset[str]
    address_words: frozenset[str]
    connectors: frozenset[str]
    leading: frozenset[str]
    describing_participles: frozenset[str]
    company_nouns: dict[str, str]  # noun → the kind of organization it introduces
    generic_modifiers: frozenset[str]
    months: frozenset[str]
    slot_before: frozenset[str]
    slot_after: frozenset[str]
    board_members: frozenset[str]
    board_kinds: frozenset[str]  # "the Executive Board": part of a title, like "the Board"
    governing_organs: tuple[tuple[str, ...], ...]  # "the Party Committee": part of a title, like "the Board"
    hereafter: frozenset[str]
    press_verbs: frozenset[str]
    countries: frozenset[str]
    stock_exchanges: frozenset[str]  # "(Nasdaq: HLVD)": the ticker after one is no organization
    head_first: frozenset[str]  # "Hospital General Santa Ana": a head written first …
    head_first_kinds: frozenset[str]  # … with its kind words, then the name
    world_regions: frozenset[str]  # "Southern Africa": a region a post covers
    governing_bodies: frozenset[str]
    governing_places: frozenset[str]  # "Kerio County has signed": a place's government as a party
    governing_prefixes: frozenset[str]  # "Region Norrsund": a regional authority, its place word first
    locatives: frozenset[str]
    government_levels: frozenset[str]  # "the provincial government of Capiz"
    local_government_nouns: frozenset[str]  # "signed with the city of Rybnik"
    noun_forms: Mapping[str, list[str]]
    specialties: frozenset[str]  # "Rheumatology": a unit's field, joined by "and" to another
    saint_abbreviations: frozenset[str]  # "św.", "Sf.": in a name, where no sentence ends
    native_nouns: frozenset[str]  # "Szpital", "Universidad": an institution's noun in another language
    # people.json
    honorifics: frozenset[str]
    worded_honorifics: frozenset[str]  # as written, a whole word ("Sheikh", not "Pharm."): also a surname
    abbreviated_honorifics: frozenset[str]  # only ever in lower case with a full stop: "dr n. med.", "Dr. rer. nat."
    honorific_links: frozenset[str]
    not_names: frozenset[str]
    particles: frozenset[str]
    name_abbreviations: frozenset[str]  # "Jose Ma. Villar": a given name, shortened
    credentials: frozenset[str]
    byline_staff: frozenset[str]  # "By Our Correspondent": a desk, not a reporter
    academic_titles: frozenset[str]  # posts held only at a university or one of its schools
    academic_ranks: frozenset[str]  # words before "professor" in a rank: "associate", "adjunct"
    caption_positions: frozenset[str]  # "(2nd left)" after a name in a caption
    government_title_words: frozenset[str]  # a title with one of these is held at a government body
    plural_titles: Mapping[str, str]  # "vice-chancellors" → "Vice-Chancellor"
    name_suffixes: frozenset[str]
    things: frozenset[str]
    titles: tuple[str, ...]
    occupations: frozenset[str]  # posts only in lower case: "consultant nephrologist at X"
    occupation_modifiers: frozenset[str]  # "consultant", "attending": lower-case words before an occupation
    title_abbreviations: Mapping[str, str]  # "VC" → "Vice-Chancellor"
    title_modifiers: frozenset[str]  # lower case
    title_words: frozenset[str]
    title_case_titles: frozenset[str]  # the words of the titles as written
    # facts.json: read by the facts layer (facts/), as its ArticleContext's `lex`
    facts: Mapping[str, Any]
    agreement_heads: tuple[tuple[str, ...], ...]
    heads_by_first_word: Mapping[str, list[tuple[str, ...]]]  # in rule order, so the first match wins
    signed_only_heads: frozenset[str]  # "the document", "the renewal": an agreement only as the one signed
    agreement_modifiers: frozenset[str]
    signing_verbs: frozenset[str]
    signed_verbs: frozenset[str]
    signing_phrases: Mapping[str, list[tuple[str, ...]]]  # first word → the phrases it begins
    conditional_heads: frozenset[str]
    announce_verbs: frozenset[str]  # "A today announced a research collaboration with B": a deal, as if signed
    unrealised: frozenset[str]
    realised_before_to: frozenset[str]
    unrealised_modifiers: frozenset[str]
    event_heads: Mapping[str, str]
    organize_verbs: frozenset[str]
    partner_cues: frozenset[str]
    definite: frozenset[str]
    truncation_connectors: frozenset[str]
    post_verbs: Mapping[str, str]
    post_phrases: tuple[tuple[str, ...], ...]  # "will serve as", "was named": the post after the name follows
    plural_heads: frozenset[str]
    counts: Mapping[str, int]
    party_counts: Mapping[str, int]  # "three-way", "tripartite": an agreement's number of parties
    groups: frozenset[str]
    signed: frozenset[str]
    group_nouns: frozenset[str]  # "the university delegation": a group of the organization the noun names
    list_joiners: frozenset[str]
    list_breakers: frozenset[str]  # words that end a list of parties: another phrase begins
    minor_words: frozenset[str]  # kept lower case in a title: "Head of Nursing"
    passive: frozenset[str]
    presence_verbs: Mapping[str, list[str]]  # "looked on": a witness, with the words one of which must follow
    attending_verbs: frozenset[str]  # "A and B attended the ceremony on behalf of X"
    head_nouns: Mapping[str, tuple[str, ...]]
    kind_nouns: Mapping[str, str]
    ordinals: frozenset[str]
    ordinal_places: Mapping[str, int]  # "the second agreement": the party's second

    @classmethod
    def from_rules(cls, rules: Mapping[str, Any], folder: str = "rules") -> Lexicon:
        """The lexicon of three rule objects (organizations, people, facts), each checked with check_rules; a
        missing file or key is a RulesError naming it."""
        for name in RULES_FILES:
            if name not in rules:
                raise RulesError(f"{folder}/{name}.json is missing. Fix: copy it from the package's nlp/rules.")
            check_rules(name, rules[name], folder)
        orgs, people, facts = (Keys(rules[name], f"{folder}/{name}.json") for name in RULES_FILES)
        agreement_heads = tuple(tuple(h) for h in facts["agreement_heads"])
        heads_by_first_word: dict[str, list[tuple[str, ...]]] = {}
        for head in agreement_heads:
            heads_by_first_word.setdefault(head[0], []).append(head)
        signing_phrases: dict[str, list[tuple[str, ...]]] = {}
        for phrase in facts["signing_phrases"]:
            signing_phrases.setdefault(phrase.split()[0], []).append(tuple(phrase.split()))
        return cls(
            rules={name: rules[name] for name in RULES_FILES},
            fingerprint=fingerprint_of(rules),
            heads=HeadWords(orgs["heads"], endings=orgs["head_endings"]),
            weak_heads=orgs["weak_heads"],
            field_words=frozenset(orgs["field_words"]),
            company_suffixes=frozenset(orgs["company_suffixes"]),
            name_prefixes=orgs["name_prefixes"],
            legal_prefixes=frozenset(orgs["legal_prefixes"]),
            name_translations=orgs["name_translations"],
            name_joiners=frozenset(orgs["name_joiners"]),
            possessive_names=frozenset(orgs["possessive_names"]),
            not_acronyms=frozenset(orgs["not_acronyms"]),
            field_nouns=frozenset(orgs["field_nouns"]),
            units=frozenset(orgs["units"]),
            owned_units=frozenset(orgs["owned_units"]),
            not_orgs=frozenset(w for word in orgs["not_organizations"] for w in (word, word.upper())),  # "FORUM"
            address_words=frozenset(orgs["address_words"]),
            connectors=frozenset(orgs["connectors"]),
            leading=frozenset(orgs["leading_words"]),
            describing_participles=frozenset(orgs["describing_participles"]),
            company_nouns=dict(orgs["company_nouns"]),
            generic_modifiers=frozenset(orgs["generic_modifiers"]),
            months=frozenset(orgs["months"]),
            slot_before=frozenset(orgs["slot_before"]),
            slot_after=frozenset(orgs["slot_after"]),
            board_members=frozenset(orgs["board_members"]),
            board_kinds=frozenset(orgs["board_kinds"]),
            governing_organs=tuple(tuple(organ.split()) for organ in orgs["governing_organs"]),
            hereafter=frozenset(orgs["hereafter"]),
            press_verbs=frozenset(orgs["press_verbs"]),
            countries=frozenset(orgs["countries"]),
            stock_exchanges=frozenset(orgs["stock_exchanges"]),
            head_first=frozenset(orgs["head_first"]),
            head_first_kinds=frozenset(orgs["head_first_kinds"]),
            world_regions=frozenset(orgs["world_regions"]),
            governing_bodies=frozenset(orgs["governing_bodies"]),
            governing_places=frozenset(orgs["governing_places"]),
            governing_prefixes=frozenset(orgs["governing_prefixes"]),
            locatives=frozenset(orgs["locatives"]),
            government_levels=frozenset(orgs["government_levels"]),
            local_government_nouns=frozenset(orgs["local_government_nouns"]),
            noun_forms=orgs["noun_forms"],
            saint_abbreviations=frozenset(orgs["saint_abbreviations"]),
            specialties=frozenset(orgs["specialties"]),
            native_nouns=frozenset(form for noun, forms in orgs["noun_forms"].items() for form in forms if form != noun),
            honorifics=frozenset(h.lower().rstrip(".") for h in people["honorifics"]),
            worded_honorifics=frozenset(h for h in people["honorifics"] if h.isalpha()),
            abbreviated_honorifics=frozenset(h.rstrip(".") for h in people["honorifics"] if h.islower() and h.endswith(".")
                                             and not any(g.lower() == h.rstrip(".") for g in people["honorifics"])),
            honorific_links=frozenset(people["honorific_links"]),
            not_names=frozenset(people["not_names"]) | frozenset(people["things"]),
            particles=frozenset(people["name_particles"]),
            name_abbreviations=frozenset(people["name_abbreviations"]),
            credentials=frozenset(people["credentials"]),
            byline_staff=frozenset(people["byline_staff"]),
            academic_titles=frozenset(people["academic_titles"]),
            academic_ranks=frozenset(people["academic_ranks"]),
            caption_positions=frozenset(people["caption_positions"]),
            government_title_words=frozenset(people["government_title_words"]),
            plural_titles={f"{t}s".lower(): t for t in people["titles"]},
            name_suffixes=frozenset(people["name_suffixes"]),
            things=frozenset(w.lower() for w in people["things"]) | frozenset(people["things"]),
            titles=tuple(people["titles"]),
            occupations=frozenset(people["occupations"]),
            occupation_modifiers=frozenset(people["occupation_modifiers"]),
            title_abbreviations={short.lower(): full for short, full in people["title_abbreviations"].items()},
            title_modifiers=frozenset(m.lower() for m in people["title_modifiers"]),
            title_words=frozenset(w.lower() for t in people["titles"] for w in re.split(r"[\s-]", t))
            | frozenset(m.lower() for m in people["title_modifiers"]),
            title_case_titles=frozenset(t for title in people["titles"] for t in title.split()),
            facts=rules["facts"],
            agreement_heads=agreement_heads,
            heads_by_first_word=heads_by_first_word,
            signed_only_heads=frozenset(facts["signed_only_heads"]),
            agreement_modifiers=frozenset(facts["agreement_modifiers"]),
            signing_verbs=frozenset(facts["signing_verbs"]),
            signed_verbs=frozenset(facts["signed_verbs"]),
            signing_phrases=signing_phrases,
            conditional_heads=frozenset(facts["conditional_heads"]),
            announce_verbs=frozenset(facts["announce_verbs"]),
            unrealised=frozenset(facts["unrealised"]),
            realised_before_to=frozenset(facts["realised_before_to"]),
            unrealised_modifiers=frozenset(facts["unrealised_modifiers"]),
            event_heads=facts["event_heads"],
            organize_verbs=frozenset(facts["organize_verbs"]),
            partner_cues=frozenset(facts["partner_cues"]),
            definite=frozenset(facts["definite"]),
            truncation_connectors=frozenset(facts["truncation_connectors"]),
            post_verbs=facts["post_verbs"],
            post_phrases=tuple(tuple(phrase.split()) for phrase in facts["post_phrases"]),
            plural_heads=frozenset(facts["plural_heads"]),
            counts=facts["counts"],
            party_counts=facts["party_counts"],
            groups=frozenset(facts["groups"]),
            signed=frozenset(facts["signed"]),
            group_nouns=frozenset(facts["group_nouns"]),
            list_joiners=frozenset(facts["list_joiners"]),
            list_breakers=frozenset(facts["list_breakers"]),
            minor_words=frozenset(facts["minor_words"]),
            passive=frozenset(facts["passive"]),
            presence_verbs=facts["presence_verbs"],
            attending_verbs=frozenset(facts["attending_verbs"]),
            head_nouns={kind: tuple(nouns) for kind, nouns in facts["head_nouns"].items()},
            kind_nouns=facts["kind_nouns"],
            ordinals=frozenset(facts["ordinals"]),
            ordinal_places=facts["ordinal_places"],
        )

    def is_honorific(self, text: str) -> bool:
        key = text.lower().rstrip(".")
        # (not a capitalised word without the full stop: "Tuul Med Travel LLC" is no "dr n. med.")
        return key in self.honorifics and not (key in self.abbreviated_honorifics and text == key.capitalize())

    def to_disk(self, folder: Path) -> None:
        """Write the three rule files into `folder` (created if need be); load_lexicon(folder) reads them back."""
        folder.mkdir(parents=True, exist_ok=True)
        for name in RULES_FILES:
            (folder / f"{name}.json").write_text(json.dumps(self.rules[name], ensure_ascii=False, indent=2) + "\n",
                                                 "utf-8")


class HeadWords(dict[str, str]):
    """The head words of the rules, and a capitalised word that ends in one of the rules' endings: "Kreisklinikum",
    "Kantonsspital" (languages that join words make a head of any place or order)."""

    def __init__(self, heads: Mapping[str, str], endings: Mapping[str, str]) -> None:
        super().__init__(heads)
        self.endings = dict(sorted(endings.items(), key=lambda e: -len(e[0])))
        self.seen: dict[str, str | None] = {}  # each word's answer, asked for again and again

    def ending_kind(self, word: object) -> str | None:
        if not isinstance(word, str) or len(word) < 6 or not word[:1].isupper() or not word.isalpha():
            return None
        if word not in self.seen:
            lower = word.lower()
            self.seen[word] = next((kind for end, kind in self.endings.items()
                                    if lower.endswith(end) and len(lower) > len(end) + 2), None)
        return self.seen[word]

    def __contains__(self, word: object) -> bool:
        return dict.__contains__(self, word) or self.ending_kind(word) is not None

    def __missing__(self, word: str) -> str:
        kind = self.ending_kind(word)
        if kind is None:
            raise KeyError(word)
        return kind

    def get(self, word: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self[word] if word in self else default


class Keys:
    """A rule object whose missing key is a RulesError naming the file and the key."""

    def __init__(self, rules: Mapping[str, Any], where: str):
        self.rules, self.where = rules, where

    def __getitem__(self, key: str) -> Any:
        try:
            return self.rules[key]
        except KeyError:
            raise RulesError(f"{self.where} lacks the key {key!r}. Fix: copy it from the package's nlp/rules.") from None


def load_lexicon(folder: Path | str | None = None) -> Lexicon:
    """The lexicon of a rules folder holding organizations.json, people.json and facts.json; None: the packaged
    rules (read once). A file that is missing, not JSON or of another shape is a RulesError naming it."""
    if folder is None:
        return packaged_lexicon()
    folder = Path(folder)
    rules = {}
    for name in RULES_FILES:
        path = folder / f"{name}.json"
        try:
            rules[name] = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise RulesError(f"{path} is missing. Fix: copy it from the package's nlp/rules.") from None
        except (OSError, ValueError) as exc:
            raise RulesError(f"{path} cannot be read as JSON ({str(exc).splitlines()[0][:100]}). Fix: correct it, "
                             "or copy it from the package's nlp/rules.") from None
    return Lexicon.from_rules(rules, str(folder))


@cache
def packaged_lexicon() -> Lexicon:
    return Lexicon.from_rules({name: load_rules(name) for name in RULES_FILES})


def is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 10 and bool(ACRONYM_RE.match(text)) and sum(c.isupper() for c in text) >= 2


def fold_accents(text: str) -> str:
    """"Hélène" → "Helene"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@cache
def with_plain_spellings(words: frozenset[str]) -> frozenset[str]:
    return words | {fold_accents(w) for w in words}


def initials_match(acronym: str, words: list[str], connectors: Iterable[str] | None = None) -> bool:
    """Does `acronym` spell the initials of `words`? Letters may also come from inside a word
    ("CQMU" = Chongqing Medical University), connector words (`connectors`; default: the packaged lexicon's)
    may be skipped."""
    # (a connector is known with its accent, "für", and also without it once the word is stripped below)
    skipped = with_plain_spellings(frozenset(packaged_lexicon().connectors if connectors is None else connectors))
    letters = [c.lower() for c in fold_accents(acronym) if c.isalpha()]
    # (an elided article gives no letter: "Cliniques Universitaires de l'Ubangi" is CUU)
    words = [ELIDED_ARTICLE.sub("", w) for w in words if w and w[0].isalnum()]
    # (and a letter's accent is dropped: "École romande des sciences infirmières" is ERSI)
    words = [fold_accents(w) for w in words]

    def match(li: int, wi: int) -> bool:
        if li == len(letters):
            return all(w.lower() in skipped or w.lower() == "the" for w in words[wi:])
        if wi == len(words):
            return False
        word = words[wi].lower()
        if (word in skipped or word == "the") and match(li, wi + 1):
            return True
        if word[0] != letters[li]:
            return False
        # this word gives its first letter and maybe more letters from inside it
        pos, li2 = 1, li + 1
        if match(li2, wi + 1):
            return True
        while li2 < len(letters):
            found = word.find(letters[li2], pos)
            if found < 0:
                break
            pos, li2 = found + 1, li2 + 1
            if match(li2, wi + 1):
                return True
        return False

    return len(letters) >= 2 and match(0, 0)


def spells_without_first(acronym: str, words: list[str], connectors: Iterable[str] | None = None) -> bool:
    """Does `acronym` spell the initials of `words` after the first? "HNMU" for "Ivan Horbach National Medical
    University": a founder's given name is often left out of the acronym."""
    return sum(c.isalpha() for c in acronym) >= 3 and len(words) > 2 and words[0].isalpha() and words[0].istitle() \
        and initials_match(acronym, words[1:], connectors)


def is_headline(sentence: str) -> bool:
    """A line that does not end like a sentence: a headline or title."""
    return not sentence.rstrip("”\"' \n").endswith((".", "!", "?"))
