"""A share written with a percent sign ("42% said", "Some 87% of those polled said") is one token
for the speaker phrase before a cue, as "42 percent" is two words (see docs/quotes.md,
twenty-fifth session, helper quotes38)."""

from __future__ import annotations


def join_percent(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens with a "%" joined to the whole number right before it, no space between, when the
    share ends the tokens or "of" or "who" follows it ("42% of those polled", "34% who said"): the
    head of a speaker phrase.
    Not a figure with decimals ("than the 0.4% reported" is no share of people), nor a share inside
    a longer phrase ("with 12% coming from false claims")."""
    if not any(t[2] == "%" for t in toks):
        return toks
    out: list[tuple[int, int, str]] = []
    last = len(toks) - 1
    for n, tok in enumerate(toks):
        if (
            tok[2] == "%"
            and out
            and out[-1][1] == tok[0]
            and out[-1][2].isdigit()
            and not (len(out) > 1 and out[-2][1] == out[-1][0])  # "0.4%": the number runs on before
            and (n == last or toks[n + 1][2].lower() in {"of", "who"})
        ):
            s, _, w = out.pop()
            out.append((s, tok[1], w + "%"))
        else:
            out.append(tok)
    return out
