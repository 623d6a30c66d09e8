"""Shared fixtures: the real spaCy pipeline and the sample graph, built once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "raw"
GOLD = ROOT / "tests" / "gold"
EXTRA = ROOT / "tests" / "extra"
HELDOUT = ROOT / "tests" / "heldout"
HELDOUT2 = ROOT / "tests" / "heldout2"
HELDOUT3 = ROOT / "tests" / "heldout3"
HELDOUT4 = ROOT / "tests" / "heldout4"
HELDOUT5 = ROOT / "tests" / "heldout5"
HELDOUT6 = ROOT / "tests" / "heldout6"
HELDOUT7 = ROOT / "tests" / "heldout7"
HELDOUT8 = ROOT / "tests" / "heldout8"
HELDOUT9 = ROOT / "tests" / "heldout9"
CHALLENGE = ROOT / "tests" / "challenge"


@pytest.fixture(scope="session")
def nlp():
    from medcollab_kg.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    from medcollab_kg.build import BuildOptions, build

    path = tmp_path_factory.mktemp("sample") / "graph.json"
    return build(BuildOptions([SAMPLES], graph_path=path))


@pytest.fixture(scope="session")
def sample_graph_path(sample_build) -> Path:
    return sample_build.path
