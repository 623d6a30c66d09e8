"""Doc → ArticleFacts: one module per relation family over a shared read-only article context."""
from medcollab_kg.facts.article import extract_facts

__all__ = ["extract_facts"]
