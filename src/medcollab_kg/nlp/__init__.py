"""The spaCy pipeline: a statistical model plus our rule components."""
from medcollab_kg.nlp.pipeline import build_nlp, pipeline_version

__all__ = ["build_nlp", "pipeline_version"]
