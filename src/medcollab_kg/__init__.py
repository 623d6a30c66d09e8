"""medcollab-kg: news about medical collaborations → a knowledge graph."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("medcollab-kg")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"
