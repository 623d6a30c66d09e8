"""Shared fixtures: the real spaCy pipeline and the sample graph, built once per test session."""
from __future__ import annotations

import os
import shutil
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
HELDOUT10 = ROOT / "tests" / "heldout10"
HELDOUT11 = ROOT / "tests" / "heldout11"
HELDOUT12 = ROOT / "tests" / "heldout12"
HELDOUT13 = ROOT / "tests" / "heldout13"
HELDOUT14 = ROOT / "tests" / "heldout14"
HELDOUT15 = ROOT / "tests" / "heldout15"
HELDOUT16 = ROOT / "tests" / "heldout16"
HELDOUT17 = ROOT / "tests" / "heldout17"
HELDOUT18 = ROOT / "tests" / "heldout18"
HELDOUT19 = ROOT / "tests" / "heldout19"
HELDOUT20 = ROOT / "tests" / "heldout20"
HELDOUT21 = ROOT / "tests" / "heldout21"
HELDOUT22 = ROOT / "tests" / "heldout22"
HELDOUT23 = ROOT / "tests" / "heldout23"
HELDOUT24 = ROOT / "tests" / "heldout24"
HELDOUT25 = ROOT / "tests" / "heldout25"
HELDOUT26 = ROOT / "tests" / "heldout26"
HELDOUT27 = ROOT / "tests" / "heldout27"
HELDOUT28 = ROOT / "tests" / "heldout28"
HELDOUT29 = ROOT / "tests" / "heldout29"
HELDOUT30 = ROOT / "tests" / "heldout30"
HELDOUT31 = ROOT / "tests" / "heldout31"
HELDOUT32 = ROOT / "tests" / "heldout32"
HELDOUT34 = ROOT / "tests" / "heldout34"
HELDOUT35 = ROOT / "tests" / "heldout35"
HELDOUT36 = ROOT / "tests" / "heldout36"
HELDOUT37 = ROOT / "tests" / "heldout37"
HELDOUT38 = ROOT / "tests" / "heldout38"
HELDOUT39 = ROOT / "tests" / "heldout39"
HELDOUT40 = ROOT / "tests" / "heldout40"
HELDOUT41 = ROOT / "tests" / "heldout41"
HELDOUT43 = ROOT / "tests" / "heldout43"
HELDOUT44 = ROOT / "tests" / "heldout44"
HELDOUT45 = ROOT / "tests" / "heldout45"
HELDOUT46 = ROOT / "tests" / "heldout46"
HELDOUT47 = ROOT / "tests" / "heldout47"
HELDOUT48 = ROOT / "tests" / "heldout48"
HELDOUT49 = ROOT / "tests" / "heldout49"
HELDOUT50 = ROOT / "tests" / "heldout50"
HELDOUT51 = ROOT / "tests" / "heldout51"
HELDOUT52 = ROOT / "tests" / "heldout52"
HELDOUT53 = ROOT / "tests" / "heldout53"
HELDOUT54 = ROOT / "tests" / "heldout54"
HELDOUT55 = ROOT / "tests" / "heldout55"
HELDOUT56 = ROOT / "tests" / "heldout56"
HELDOUT57 = ROOT / "tests" / "heldout57"
HELDOUT58 = ROOT / "tests" / "heldout58"
HELDOUT59 = ROOT / "tests" / "heldout59"
HELDOUT60 = ROOT / "tests" / "heldout60"
HELDOUT61 = ROOT / "tests" / "heldout61"
HELDOUT62 = ROOT / "tests" / "heldout62"
HELDOUT63 = ROOT / "tests" / "heldout63"
HELDOUT64 = ROOT / "tests" / "heldout64"
HELDOUT65 = ROOT / "tests" / "heldout65"
HELDOUT66 = ROOT / "tests" / "heldout66"
HELDOUT67 = ROOT / "tests" / "heldout67"
HELDOUT68 = ROOT / "tests" / "heldout68"
HELDOUT69 = ROOT / "tests" / "heldout69"
HELDOUT70 = ROOT / "tests" / "heldout70"
HELDOUT71 = ROOT / "tests" / "heldout71"
HELDOUT72 = ROOT / "tests" / "heldout72"
HELDOUT73 = ROOT / "tests" / "heldout73"
HELDOUT74 = ROOT / "tests" / "heldout74"
HELDOUT75 = ROOT / "tests" / "heldout75"
HELDOUT76 = ROOT / "tests" / "heldout76"
HELDOUT77 = ROOT / "tests" / "heldout77"
HELDOUT78 = ROOT / "tests" / "heldout78"
HELDOUT79 = ROOT / "tests" / "heldout79"
HELDOUT80 = ROOT / "tests" / "heldout80"
HELDOUT81 = ROOT / "tests" / "heldout81"
HELDOUT82 = ROOT / "tests" / "heldout82"
HELDOUT83 = ROOT / "tests" / "heldout83"
HELDOUT84 = ROOT / "tests" / "heldout84"
HELDOUT85 = ROOT / "tests" / "heldout85"
HELDOUT86 = ROOT / "tests" / "heldout86"
HELDOUT87 = ROOT / "tests" / "heldout87"
HELDOUT88 = ROOT / "tests" / "heldout88"
HELDOUT89 = ROOT / "tests" / "heldout89"
HELDOUT90 = ROOT / "tests" / "heldout90"
HELDOUT91 = ROOT / "tests" / "heldout91"
HELDOUT92 = ROOT / "tests" / "heldout92"
HELDOUT93 = ROOT / "tests" / "heldout93"
HELDOUT94 = ROOT / "tests" / "heldout94"
HELDOUT95 = ROOT / "tests" / "heldout95"
HELDOUT96 = ROOT / "tests" / "heldout96"
HELDOUT97 = ROOT / "tests" / "heldout97"
HELDOUT98 = ROOT / "tests" / "heldout98"
HELDOUT99 = ROOT / "tests" / "heldout99"
HELDOUT100 = ROOT / "tests" / "heldout100"
HELDOUT101 = ROOT / "tests" / "heldout101"
HELDOUT102 = ROOT / "tests" / "heldout102"
HELDOUT103 = ROOT / "tests" / "heldout103"
HELDOUT104 = ROOT / "tests" / "heldout104"
HELDOUT105 = ROOT / "tests" / "heldout105"
HELDOUT106 = ROOT / "tests" / "heldout106"
HELDOUT107 = ROOT / "tests" / "heldout107"
HELDOUT108 = ROOT / "tests" / "heldout108"
HELDOUT109 = ROOT / "tests" / "heldout109"
HELDOUT110 = ROOT / "tests" / "heldout110"
HELDOUT111 = ROOT / "tests" / "heldout111"
HELDOUT112 = ROOT / "tests" / "heldout112"
HELDOUT113 = ROOT / "tests" / "heldout113"
HELDOUT114 = ROOT / "tests" / "heldout114"
HELDOUT115 = ROOT / "tests" / "heldout115"
HELDOUT116 = ROOT / "tests" / "heldout116"
HELDOUT117 = ROOT / "tests" / "heldout117"
HELDOUT118 = ROOT / "tests" / "heldout118"
HELDOUT119 = ROOT / "tests" / "heldout119"
HELDOUT120 = ROOT / "tests" / "heldout120"
HELDOUT121 = ROOT / "tests" / "heldout121"
HELDOUT122 = ROOT / "tests" / "heldout122"
HELDOUT123 = ROOT / "tests" / "heldout123"
HELDOUT124 = ROOT / "tests" / "heldout124"
HELDOUT125 = ROOT / "tests" / "heldout125"
HELDOUT126 = ROOT / "tests" / "heldout126"
HELDOUT127 = ROOT / "tests" / "heldout127"
HELDOUT128 = ROOT / "tests" / "heldout128"
HELDOUT129 = ROOT / "tests" / "heldout129"
HELDOUT130 = ROOT / "tests" / "heldout130"
HELDOUT131 = ROOT / "tests" / "heldout131"
HELDOUT132 = ROOT / "tests" / "heldout132"
HELDOUT133 = ROOT / "tests" / "heldout133"
HELDOUT134 = ROOT / "tests" / "heldout134"
HELDOUT135 = ROOT / "tests" / "heldout135"
HELDOUT136 = ROOT / "tests" / "heldout136"
HELDOUT137 = ROOT / "tests" / "heldout137"
HELDOUT138 = ROOT / "tests" / "heldout138"
HELDOUT139 = ROOT / "tests" / "heldout139"
HELDOUT140 = ROOT / "tests" / "heldout140"
HELDOUT141 = ROOT / "tests" / "heldout141"
HELDOUT142 = ROOT / "tests" / "heldout142"
HELDOUT143 = ROOT / "tests" / "heldout143"
HELDOUT144 = ROOT / "tests" / "heldout144"
HELDOUT145 = ROOT / "tests" / "heldout145"
HELDOUT146 = ROOT / "tests" / "heldout146"
HELDOUT147 = ROOT / "tests" / "heldout147"
HELDOUT148 = ROOT / "tests" / "heldout148"
HELDOUT149 = ROOT / "tests" / "heldout149"
HELDOUT150 = ROOT / "tests" / "heldout150"
HELDOUT151 = ROOT / "tests" / "heldout151"
HELDOUT152 = ROOT / "tests" / "heldout152"
HELDOUT153 = ROOT / "tests" / "heldout153"
HELDOUT154 = ROOT / "tests" / "heldout154"
HELDOUT155 = ROOT / "tests" / "heldout155"
HELDOUT156 = ROOT / "tests" / "heldout156"
HELDOUT157 = ROOT / "tests" / "heldout157"
HELDOUT158 = ROOT / "tests" / "heldout158"
HELDOUT159 = ROOT / "tests" / "heldout159"
HELDOUT160 = ROOT / "tests" / "heldout160"
HELDOUT161 = ROOT / "tests" / "heldout161"
HELDOUT162 = ROOT / "tests" / "heldout162"
HELDOUT163 = ROOT / "tests" / "heldout163"
HELDOUT164 = ROOT / "tests" / "heldout164"
HELDOUT165 = ROOT / "tests" / "heldout165"
HELDOUT166 = ROOT / "tests" / "heldout166"
HELDOUT167 = ROOT / "tests" / "heldout167"
HELDOUT168 = ROOT / "tests" / "heldout168"
HELDOUT169 = ROOT / "tests" / "heldout169"
HELDOUT170 = ROOT / "tests" / "heldout170"
HELDOUT171 = ROOT / "tests" / "heldout171"
HELDOUT172 = ROOT / "tests" / "heldout172"
HELDOUT173 = ROOT / "tests" / "heldout173"
HELDOUT174 = ROOT / "tests" / "heldout174"
HELDOUT175 = ROOT / "tests" / "heldout175"
HELDOUT176 = ROOT / "tests" / "heldout176"
HELDOUT177 = ROOT / "tests" / "heldout177"
HELDOUT178 = ROOT / "tests" / "heldout178"
HELDOUT179 = ROOT / "tests" / "heldout179"
HELDOUT180 = ROOT / "tests" / "heldout180"
HELDOUT181 = ROOT / "tests" / "heldout181"
HELDOUT182 = ROOT / "tests" / "heldout182"
HELDOUT183 = ROOT / "tests" / "heldout183"
HELDOUT184 = ROOT / "tests" / "heldout184"
HELDOUT185 = ROOT / "tests" / "heldout185"
HELDOUT186 = ROOT / "tests" / "heldout186"
HELDOUT187 = ROOT / "tests" / "heldout187"
HELDOUT188 = ROOT / "tests" / "heldout188"
HELDOUT189 = ROOT / "tests" / "heldout189"
HELDOUT190 = ROOT / "tests" / "heldout190"
HELDOUT191 = ROOT / "tests" / "heldout191"
HELDOUT192 = ROOT / "tests" / "heldout192"
HELDOUT193 = ROOT / "tests" / "heldout193"
HELDOUT194 = ROOT / "tests" / "heldout194"
HELDOUT195 = ROOT / "tests" / "heldout195"
HELDOUT196 = ROOT / "tests" / "heldout196"
HELDOUT197 = ROOT / "tests" / "heldout197"
HELDOUT198 = ROOT / "tests" / "heldout198"
HELDOUT199 = ROOT / "tests" / "heldout199"
HELDOUT200 = ROOT / "tests" / "heldout200"
HELDOUT201 = ROOT / "tests" / "heldout201"
HELDOUT202 = ROOT / "tests" / "heldout202"
HELDOUT203 = ROOT / "tests" / "heldout203"
HELDOUT204 = ROOT / "tests" / "heldout204"
HELDOUT205 = ROOT / "tests" / "heldout205"
HELDOUT206 = ROOT / "tests" / "heldout206"
HELDOUT207 = ROOT / "tests" / "heldout207"
HELDOUT208 = ROOT / "tests" / "heldout208"
HELDOUT209 = ROOT / "tests" / "heldout209"
HELDOUT210 = ROOT / "tests" / "heldout210"
HELDOUT211 = ROOT / "tests" / "heldout211"
HELDOUT212 = ROOT / "tests" / "heldout212"
HELDOUT213 = ROOT / "tests" / "heldout213"
HELDOUT214 = ROOT / "tests" / "heldout214"
HELDOUT215 = ROOT / "tests" / "heldout215"
HELDOUT216 = ROOT / "tests" / "heldout216"
HELDOUT217 = ROOT / "tests" / "heldout217"
HELDOUT218 = ROOT / "tests" / "heldout218"
HELDOUT219 = ROOT / "tests" / "heldout219"
HELDOUT220 = ROOT / "tests" / "heldout220"
HELDOUT221 = ROOT / "tests" / "heldout221"
HELDOUT222 = ROOT / "tests" / "heldout222"
HELDOUT223 = ROOT / "tests" / "heldout223"
HELDOUT224 = ROOT / "tests" / "heldout224"
HELDOUT225 = ROOT / "tests" / "heldout225"
HELDOUT226 = ROOT / "tests" / "heldout226"
HELDOUT227 = ROOT / "tests" / "heldout227"
HELDOUT228 = ROOT / "tests" / "heldout228"
HELDOUT229 = ROOT / "tests" / "heldout229"
HELDOUT230 = ROOT / "tests" / "heldout230"
HELDOUT231 = ROOT / "tests" / "heldout231"
HELDOUT232 = ROOT / "tests" / "heldout232"
HELDOUT233 = ROOT / "tests" / "heldout233"
HELDOUT234 = ROOT / "tests" / "heldout234"
HELDOUT235 = ROOT / "tests" / "heldout235"
HELDOUT236 = ROOT / "tests" / "heldout236"
HELDOUT237 = ROOT / "tests" / "heldout237"
HELDOUT238 = ROOT / "tests" / "heldout238"
HELDOUT239 = ROOT / "tests" / "heldout239"
CHALLENGE = ROOT / "tests" / "challenge"
NO_BROWSER = ("chromium is not installed: the browser tests are skipped (make test installs it where it runs as root "
              "with apt-get)")


def has_chromium() -> bool:
    return shutil.which("chromium") is not None or os.path.exists("/usr/bin/chromium")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that opens Chromium, through the `browser` fixture or a Browser of its own, is a browser test
    and a slow one, whichever file it is in."""
    for item in items:
        function = getattr(item, "function", None)
        if "browser" in getattr(item, "fixturenames", ()) or (function and "Browser" in function.__code__.co_names):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Browser tests need chromium; without it they are skipped here, before their fixtures build anything, and
    pytest -ra sums them up on one line."""
    if item.get_closest_marker("browser") and not has_chromium():
        pytest.skip(NO_BROWSER)


@pytest.fixture(scope="session", autouse=True)
def click_command_built_once():
    """typer's CliRunner.invoke turns the Typer app into its click command anew on every call (15 to 25 ms: it
    reads every command's signature), several seconds over the suite's hundreds of invocations. The command is
    the same each time, so it is built once per app here, as `kg` builds it once per process. (typer.testing
    calls get_command through this module-level name; typer is pinned below 0.29 in pyproject.toml.)"""
    import functools

    import typer.testing

    with pytest.MonkeyPatch.context() as patch:
        if hasattr(typer.testing, "_get_command"):
            patch.setattr(typer.testing, "_get_command", functools.cache(typer.testing._get_command))
        yield


@pytest.fixture(scope="session")
def nlp():
    """The pipeline builds use in this process (parallel.cached_nlp): the model is loaded once per session."""
    from medcollab_kg.parallel import cached_nlp

    return cached_nlp(None)


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    from medcollab_kg.build import BuildOptions, build

    path = tmp_path_factory.mktemp("sample") / "graph.json"
    return build(BuildOptions([SAMPLES], graph_path=path))


@pytest.fixture(scope="session")
def sample_graph_path(sample_build) -> Path:
    return sample_build.path
