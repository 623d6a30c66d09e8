"""Extraction on a dask.distributed cluster gives the local build's graph."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import networkx as nx
import pytest

from medcollab_kg.build import build_graph
from medcollab_kg.errors import KgError

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def graph_json(graph: nx.MultiDiGraph) -> str:
    return json.dumps(nx.node_link_data(graph, edges="edges"), sort_keys=True)


@pytest.mark.slow  # starts a scheduler and two worker processes, each loading the model: seconds
def test_a_local_cluster_builds_the_same_graph_as_a_local_build(tmp_path):
    distributed = pytest.importorskip("distributed")
    local = build_graph([RAW], graph_path=tmp_path / "local" / "graph.json", workers=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  ) as cluster:
        remote = build_graph([RAW], graph_path=tmp_path / "dask" / "graph.json", scheduler=cluster.scheduler_address)
        assert remote.extracted == 5
        # the workers loaded the model once each: a second build on them reuses it
        again = build_graph([RAW], graph_path=tmp_path / "dask" / "graph.json", scheduler=cluster.scheduler_address,
                            cache=False)
    assert graph_json(remote.graph) == graph_json(local.graph) == graph_json(again.graph)


def test_missing_dask_names_the_extra_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    with pytest.raises(KgError, match=r"pip install 'medcollab-kg\[dask\]'"):
        build_graph([RAW], graph_path=tmp_path / "graph.json", scheduler="tcp://127.0.0.1:8786")
