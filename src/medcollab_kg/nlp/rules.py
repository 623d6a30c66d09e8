"""Load the rule files in rules/ once and check their shape; the rules are data, the code reads them (as a Lexicon,
nlp/lexicon.py)."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from typing import Any

from medcollab_kg.errors import RulesError


@cache
def load_rules(name: str) -> dict[str, Any]:
    rules: dict[str, Any] = json.loads(files("medcollab_kg.nlp").joinpath("rules").joinpath(f"{name}.json").read_text("utf-8"))
    check_rules(name, rules)
    return rules


def check_rules(name: str, rules: Any, folder: str = "rules") -> None:
    """A rule file holds notes (`*_doc` strings), word lists, lists of phrases split into words, tables whose
    values are words, numbers or word lists, and spaCy patterns (`{"label": …, "pattern": …}`, checked again when
    a Matcher is built from them); a word list names each word once. A file edited into any
    other shape stops the tool with the file and the key, not with a puzzle deep in extraction. `folder`: where the
    file was read, for the message."""
    if not isinstance(rules, dict):
        raise RulesError(f"{folder}/{name}.json must hold one object. Fix: restore it from the package.")
    for key, value in rules.items():
        where = f"{folder}/{name}.json, key {key!r}"
        if isinstance(value, str) and (key == "_doc" or key.endswith("_doc")):
            continue
        if isinstance(value, list) and all(isinstance(v, str) and v for v in value):
            repeated = sorted({v for v in value if value.count(v) > 1})
            if repeated:
                raise RulesError(f"{where} lists {', '.join(map(repr, repeated))} twice. Fix: keep one of each.")
        elif isinstance(value, list) and all(isinstance(v, list) and v and all(isinstance(w, str) for w in v)
                                             for v in value):
            continue  # phrases as their words: [["memorandum", "of", "understanding"], …]
        elif isinstance(value, list) and all(isinstance(v, dict) and set(v) == {"label", "pattern"} and isinstance(
                v["label"], str) and isinstance(v["pattern"], (str, list)) and v["pattern"] for v in value):
            continue  # spaCy patterns, as spaCy's SpanRuler takes them
        elif not (isinstance(value, dict) and all(
                isinstance(v, (str, int)) or (isinstance(v, list) and all(isinstance(w, str) for w in v))
                for v in value.values())):
            raise RulesError(f"{where} is neither a word list nor a table of words. Fix: compare it with the "
                             "other keys of the file.")


RULES_FILES = ("organizations", "people", "facts")


def rules_fingerprint() -> str:
    """Changes whenever a packaged rule file changes, so cached facts are re-extracted."""
    return fingerprint_of({name: load_rules(name) for name in RULES_FILES})


def fingerprint_of(rules: Mapping[str, Any]) -> str:
    """The fingerprint of rule objects by file name (RULES_FILES): the same words give the same one."""
    digest = hashlib.sha256()
    for name in RULES_FILES:
        digest.update(json.dumps(rules[name], sort_keys=True).encode())
    return digest.hexdigest()[:12]
