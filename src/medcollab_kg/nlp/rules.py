"""Load the rule files in rules/ once; the rules are data, the code reads them."""
from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def load_rules(name: str) -> dict[str, Any]:
    return json.loads(files("medcollab_kg.nlp").joinpath("rules", f"{name}.json").read_text("utf-8"))


RULES_FILES = ("organizations", "people", "facts")


def rules_fingerprint() -> str:
    """Changes whenever a rule file changes, so cached facts are re-extracted."""
    import hashlib

    digest = hashlib.sha256()
    for name in RULES_FILES:
        digest.update(json.dumps(load_rules(name), sort_keys=True).encode())
    return digest.hexdigest()[:12]
