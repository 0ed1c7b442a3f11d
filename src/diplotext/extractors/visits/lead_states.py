""" "Here" in a story with no dateline whose headline and lead name the visitor's own state and one
other, by its people ("told Freedonian business leaders") or a place in it ("in Freedonia's border
region"): "Ruritania's President X told Freedonian business leaders on Tuesday ... X arrived here
on Monday for a state visit": here is the other state. A state named as a party ("North Korea
must return to talks") or as an origin ("returned from Uganda") is no setting."""

from __future__ import annotations

from diplotext import geo
from diplotext.extractors.eventkit import EventContext
from diplotext.syntax import Entity

__all__ = ["lead_other_state"]


def lead_other_state(ctx: EventContext, skip: set[str | None]) -> Entity | None:
    """The one state other than ``skip`` (the visitor's own) that the headline and lead sentence
    name, when they name the visitor's own state too; ``None`` when there is a dateline, when
    they name none or several others, or when the visitor's state is not among them."""
    if ctx.dateline_code is not None or not skip - {None}:
        return None
    article = ctx.article
    layer = ctx.layer
    title_end = article.title_span[1] if article.title and article.title_span is not None else 0
    lead = next((i for i, (s, _) in enumerate(layer.sentences) if s >= title_end), None)
    if lead is None:
        return None
    found = [
        e
        for e in layer.entities_in(0, layer.sentences[lead][1])
        if e.code and e.kind in ("place", "state") and (e.kind == "state" or e.place_kind == "country")
    ]
    codes = {e.code for e in found}
    others = codes - skip
    if len(others) != 1 or not codes & skip:
        return None
    return next((e for e in found if e.code in others and _setting_form(ctx.text, e)), None)


def _setting_form(text: str, entity: Entity) -> bool:
    """Is the state named by its people's adjective ("Freedonian investors") or as the owner of a
    place the sentence is in ("in Freedonia's border region")?"""
    if geo.demonym_code(entity.text) is not None:
        after = text[entity.end : entity.end + 2]
        # "Argentine" is a name too: an adjective before a common noun ("Argentine investors")
        if geo.country_code(entity.text) is None or (after[:1] == " " and after[1:].islower()):
            return True
    return text[max(0, entity.start - 3) : entity.start] == "in " and text[entity.end : entity.end + 3] in (
        "'s ",
        "’s ",
    )
