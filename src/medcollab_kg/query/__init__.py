"""Read-only questions over the graph, one module per job.

- lookup:   finding an entity by name (find_entity)
- grammar:  the forms a question may take (FORMS) and the time phrase at its end; ask() reads and answers one
- answers:  one function per kind of answer (signed_with, works_at, partners, timeline, …)
- cards:    everything about one entity (card)
- listings: people, orgs, agreements, events, path and stats as sortable records
- periods and reading: time bounds, and how every job reads nodes and edges

What other modules use is importable from here: `from medcollab_kg.query import ask`.
"""
from medcollab_kg.query.answers import (
    Answer,
    Hop,
    agreements_of,
    connect,
    partners,
    role_holders,
    signed_by,
    signed_for,
    signed_with,
    signers,
    timeline,
    witnesses,
    works_at,
    works_where,
)
from medcollab_kg.query.cards import Card, Fact, card
from medcollab_kg.query.grammar import (
    FORMS,
    MAX_QUESTION,
    SUPPORTED,
    TIME_PHRASES,
    Form,
    Result,
    ask,
    clean_question,
    parse,
    split_when,
)
from medcollab_kg.query.listings import Records, agreements, events, of_type, orgs, path, people, sort_records, stats
from medcollab_kg.query.lookup import ANY, ORG, PERSON, find_entity, name_index
from medcollab_kg.query.periods import Period, check_date, in_period
from medcollab_kg.query.reading import describe, display, edges, fact_neighbours, short, with_units

__all__ = [
    "ANY", "FORMS", "MAX_QUESTION", "ORG", "PERSON", "SUPPORTED", "TIME_PHRASES",
    "Answer", "Card", "Fact", "Form", "Hop", "Period", "Records", "Result",
    "agreements", "agreements_of", "ask", "card", "check_date", "clean_question", "connect", "describe", "display",
    "edges", "events", "fact_neighbours", "find_entity", "in_period", "name_index", "of_type", "orgs", "parse",
    "partners", "path", "people", "role_holders", "short", "signed_by", "signed_for", "signed_with", "signers",
    "sort_records", "split_when", "stats", "timeline", "with_units", "witnesses", "works_at", "works_where",
]
