"""The spaCy pipeline: a statistical model plus our rule components.

`build_nlp` and `pipeline_version` load on first use, so code that only needs the
rule words (nlp.lexicon) never imports spaCy.
"""

from typing import Any


def __getattr__(name: str) -> Any:
    if name in ("build_nlp", "pipeline_version"):
        from medcollab_kg.nlp import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'medcollab_kg.nlp' has no attribute {name!r}")


__all__ = ["build_nlp", "pipeline_version"]
