"""Load the rule files in rules/ once; the rules are data, the code reads them."""
from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from medcollab_kg.errors import RulesError


@cache
def load_rules(name: str) -> dict[str, Any]:
    rules = json.loads(files("medcollab_kg.nlp").joinpath("rules", f"{name}.json").read_text("utf-8"))
    check_rules(name, rules)
    return rules


def check_rules(name: str, rules: Any) -> None:
    """A rule file holds notes (`*_doc` strings), word lists, lists of phrases split into words, and tables
    whose values are words, numbers or word lists; a word list names each word once. A file edited into any
    other shape stops the tool with the file and the key, not with a puzzle deep in extraction."""
    if not isinstance(rules, dict):
        raise RulesError(f"rules/{name}.json must hold one object. Fix: restore it from the package.")
    for key, value in rules.items():
        where = f"rules/{name}.json, key {key!r}"
        if isinstance(value, str) and (key == "_doc" or key.endswith("_doc")):
            continue
        if isinstance(value, list) and all(isinstance(v, str) and v for v in value):
            repeated = sorted({v for v in value if value.count(v) > 1})
            if repeated:
                raise RulesError(f"{where} lists {', '.join(map(repr, repeated))} twice. Fix: keep one of each.")
        elif isinstance(value, list) and all(isinstance(v, list) and v and all(isinstance(w, str) for w in v)
                                             for v in value):
            continue  # phrases as their words: [["memorandum", "of", "understanding"], …]
        elif not (isinstance(value, dict) and all(
                isinstance(v, (str, int)) or (isinstance(v, list) and all(isinstance(w, str) for w in v))
                for v in value.values())):
            raise RulesError(f"{where} is neither a word list nor a table of words. Fix: compare it with the "
                             "other keys of the file.")


RULES_FILES = ("organizations", "people", "facts")


def rules_fingerprint() -> str:
    """Changes whenever a rule file changes, so cached facts are re-extracted."""
    import hashlib

    digest = hashlib.sha256()
    for name in RULES_FILES:
        digest.update(json.dumps(load_rules(name), sort_keys=True).encode())
    return digest.hexdigest()[:12]
