"""The lexicon reaches the components through their config and is saved with the pipeline."""
import dataclasses
import json
from pathlib import Path

import pytest

from medcollab_kg.errors import RulesError
from medcollab_kg.facts import extract_facts
from medcollab_kg.models import Article
from medcollab_kg.nlp.lexicon import load_lexicon
from medcollab_kg.nlp.pipeline import build_nlp, model_version, pipeline_version
from medcollab_kg.nlp.rules import RULES_FILES

ARTICLE = Path(__file__).parent / "heldout10" / "corpus" / "004_jordan-two-agreements.txt"
DISPENSARY = "The Kestrel Dispensary signed a memorandum of understanding with Tasman University on Monday."


def facts_of(nlp, path: Path) -> dict:
    text = path.read_text("utf-8")
    return dataclasses.asdict(extract_facts(nlp(text), Article(name=path.name, path=str(path), text=text, sha256="x")))


def rules_folder(tmp_path: Path, **changes) -> Path:
    """A copy of the packaged rules, with changes(rules by file name) applied."""
    rules = {name: json.loads(json.dumps(load_lexicon().rules[name])) for name in RULES_FILES}
    for change in changes.values():
        change(rules)
    folder = tmp_path / "rules"
    folder.mkdir()
    for name in RULES_FILES:
        (folder / f"{name}.json").write_text(json.dumps(rules[name]), "utf-8")
    return folder


def orgs(nlp, text: str) -> list[str]:
    return [o.name for o in nlp(text)._.kg_orgs]


def test_a_saved_pipeline_loads_back_and_extracts_the_same(nlp, tmp_path):
    import spacy

    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "kg_orgs" / "organizations.json").is_file()
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert facts_of(loaded, ARTICLE) == facts_of(nlp, ARTICLE) and facts_of(nlp, ARTICLE)["agreements"]
    assert pipeline_version(loaded) == pipeline_version(nlp)


def test_a_saved_pipeline_keeps_its_own_rules(tmp_path):
    import spacy

    custom = build_nlp("blank", rules_folder(tmp_path, heads=lambda r: r["organizations"]["heads"].update(
        Dispensary="hospital")))
    custom.to_disk(tmp_path / "pipeline")
    (tmp_path / "rules" / "organizations.json").unlink()  # the saved pipeline needs its first folder no more
    loaded = spacy.load(tmp_path / "pipeline")
    assert "Kestrel Dispensary" in orgs(loaded, DISPENSARY)
    assert build_nlp(str(tmp_path / "pipeline")).pipe_names == loaded.pipe_names  # used as it is
    assert model_version(str(tmp_path / "pipeline")) is None  # its rules are its own: the caller loads it


def test_a_word_added_to_a_rules_folder_changes_what_is_found_and_the_cache_key(tmp_path):
    packaged = build_nlp("blank")
    folder = rules_folder(tmp_path, heads=lambda r: r["organizations"]["heads"].update(Dispensary="hospital"))
    custom = build_nlp("blank", folder)
    assert "Kestrel Dispensary" not in orgs(packaged, DISPENSARY)
    assert "Kestrel Dispensary" in orgs(custom, DISPENSARY)
    assert pipeline_version(custom) != pipeline_version(packaged)
    assert model_version("blank", folder) == pipeline_version(custom)
    assert model_version("blank") == pipeline_version(packaged)


@pytest.mark.parametrize("break_it, says", [
    (lambda folder: (folder / "people.json").write_text('{"titles": "Dean"}'), "people.json, key 'titles' is neither"),
    (lambda folder: (folder / "people.json").write_text('{"titles": ["Dean"]}'), "people.json lacks the key"),
    (lambda folder: (folder / "facts.json").write_text("{not json"), "facts.json cannot be read as JSON"),
    (lambda folder: (folder / "organizations.json").unlink(), "organizations.json is missing"),
])
def test_a_malformed_rules_folder_is_one_line_naming_the_file(tmp_path, break_it, says):
    folder = rules_folder(tmp_path)
    break_it(folder)
    with pytest.raises(RulesError, match=says) as error:
        build_nlp("blank", folder)
    assert "\n" not in str(error.value) and str(folder) in str(error.value)


def test_the_packaged_lexicon_is_read_once_and_keeps_the_old_fingerprint():
    from medcollab_kg.nlp.rules import rules_fingerprint

    assert load_lexicon() is load_lexicon(None)
    assert load_lexicon().fingerprint == rules_fingerprint()
    assert load_lexicon(Path(__file__).parents[1] / "src" / "medcollab_kg" / "nlp" / "rules").fingerprint \
        == rules_fingerprint()


def test_the_facts_layer_reads_the_lexicon_the_components_used(tmp_path):
    from medcollab_kg.facts.context import ArticleContext

    custom = build_nlp("blank", rules_folder(tmp_path))
    doc = custom(DISPENSARY)
    assert ArticleContext(doc, Article(name="a", path="a", text=DISPENSARY, sha256="x")).lex is custom.get_pipe(
        "kg_orgs").lexicon is doc._.kg_lexicon
    assert build_nlp("blank").make_doc(DISPENSARY)._.kg_lexicon is load_lexicon()  # no component read it


SIGNED_WITH_BLESSING = ("Kestrel University and Tasman General Hospital signed a memorandum of understanding on Monday. "
                        "It was signed by Dr. Anna Berglund and Prof. Tomas Lindqvist, with the blessing of Dr. Mara Holtby.")


def test_a_signing_cue_added_to_the_rules_is_matched(tmp_path):
    """The signing cues are spaCy Matcher patterns in facts.json: a token pattern added there makes a witness."""
    blessing = {"label": "witness", "pattern": [{"LOWER": "with"}, {"LOWER": "the"},
                                                {"LOWER": {"IN": ["blessing", "approval"]}}, {"LOWER": "of"}]}
    custom = build_nlp(None, rules_folder(tmp_path, cue=lambda r: r["facts"]["signing_cues"].append(blessing)))
    article = Article(name="a.txt", path="a.txt", text=SIGNED_WITH_BLESSING, sha256="x")
    (agreement,) = extract_facts(custom(SIGNED_WITH_BLESSING), article).agreements
    assert agreement.witnesses == ("Mara Holtby",)
    assert {s.person for s in agreement.signatories} == {"Anna Berglund", "Tomas Lindqvist"}


def test_a_malformed_signing_cue_names_the_pattern(tmp_path):
    wrong = {"label": "witness", "pattern": [{"LOWERR": "overseen"}, {"LOWER": "by"}]}
    custom = build_nlp("blank", rules_folder(tmp_path, cue=lambda r: r["facts"]["signing_cues"].append(wrong)))
    text = "The memorandum was signed by Dr. Anna Berglund."
    with pytest.raises(RulesError, match=r"signing_cues', pattern \d+ \(witness\): .*LOWERR"):
        extract_facts(custom(text), Article(name="a.txt", path="a.txt", text=text, sha256="x"))
