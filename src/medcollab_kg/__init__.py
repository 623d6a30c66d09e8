"""medcollab-kg: news about medical collaborations → a knowledge graph."""


def __getattr__(name: str) -> str:
    # looked up on first use: importlib.metadata costs every command a noticeable share of its start-up
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("medcollab-kg")
        except PackageNotFoundError:  # running from a source tree without install
            return "0.0.0"
    raise AttributeError(f"module 'medcollab_kg' has no attribute {name!r}")
