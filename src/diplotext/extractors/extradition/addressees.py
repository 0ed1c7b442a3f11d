"""A request sent somewhere: "Egypt would send a formal request for the extradition of X to
Washington", "the files were sent to the United States with a request for his extradition". The
"to" phrase names the state the request goes to (the one asked), not the destination of the
surrender (words in ``data/lexicon/events.txt``, section "request sending verbs")."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import Frame
from diplotext.extractors.extradition.vocabulary import REQUEST_NOUNS

__all__ = ["request_sent"]

_SENDING: Final = lexicon.words("events", "request sending verbs")


def request_sent(frame: Frame) -> bool:
    """Is the surrender noun part of a request that its clause's verb sends ("send a request for
    the extradition of X to Y", "sent ... with a request for his extradition")?"""
    clause = frame.clause
    if clause.predicate.lemma not in _SENDING:
        return False
    if any(o.head.lower() in REQUEST_NOUNS for o in frame.outer):
        return True
    return any(a.phrase.head.lower() in REQUEST_NOUNS for a in clause.args)
