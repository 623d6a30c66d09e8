"""The errors a user can act on; each message names the fix."""


class KgError(Exception):
    """Base class: the CLI prints `Error: <message>` and exits with code 1."""


class InputError(KgError):
    """An article path or file that cannot be read."""


class GraphFileError(KgError):
    """A graph file that is missing, corrupt, not ours or too new."""


class ModelError(KgError):
    """A spaCy pipeline that cannot be loaded."""


class QueryError(KgError):
    """A question or name the graph cannot answer."""


class UsageError(KgError):
    """A question outside the supported forms; the CLI exits with code 2."""


class CacheError(KgError):
    """A fact cache that cannot be written (a full disk, a read-only folder); a damaged one is set aside instead."""


class BusyError(KgError):
    """Another build holds the graph and did not finish in time."""


class RulesError(KgError):
    """A rule file (nlp/rules/*.json) that is not the shape the code reads."""
