"""A share written with a percent sign ("42% said", "A third, 33%, say") is one token for the speaker
phrase before a cue, as "42 percent" is two words (see docs/quotes.md, twenty-fifth session, helper
quotes38)."""

from __future__ import annotations


def join_percent(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens with each "%" joined to the whole number right before it, no space between (not
    a figure with decimals: "than the 0.4% reported" is no share of people)."""
    if not any(t[2] == "%" for t in toks):
        return toks
    out: list[tuple[int, int, str]] = []
    for tok in toks:
        if (
            tok[2] == "%"
            and out
            and out[-1][1] == tok[0]
            and out[-1][2].isdigit()
            and not (len(out) > 1 and out[-2][1] == out[-1][0])  # "0.4%": the number runs on before
        ):
            s, _, w = out.pop()
            out.append((s, tok[1], w + "%"))
        else:
            out.append(tok)
    return out
