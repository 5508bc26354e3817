"""Words no sentence ends on, in the languages the texts come in.

A line that ends on one ("… in accordance with", "…spätestens am") goes on into the
next: a number opening that line ("Article 5.", "14. Tag nach…", "(1) above") is the
sentence's, not a heading's or a point's.
"""

from __future__ import annotations

import re

_GOES_ON_WORDS = (
    r"(?i:of|with|in|under|to|by|and|or|see|per|from|the|an|if"
    r"|de|du|des|à|et|ou|le|la|les|selon|par|au|aux"
    r"|der|die|das|dem|den|und|oder|für|von|vom|zu|zur|zum|mit|im|am|bei|nach|gemäß"
    r"|el|los|las|del|al|en|según|conforme|para|por|con"
    r"|il|lo|gli|della|dei|delle|nel|nella|di|da|per|secondo"
    r"|do|dos|das|no|na|nos|nas|pelo|pela|em|com"
    r"|van|het|een|voor|volgens"
    r"|во|со|или|по|согласно|ve|veya|ile|göre)"
    r"|a|o|y|e|в|с|и|к"
)
"""Words no sentence ends on; a lone letter only in lower case (a capital one may be a
designator: "Annex A", "Article O")."""
_WORD_ALONE = r"(?<![^\s(«\"“])"
"""A word standing alone: at a line's start or after a space or an opening mark, not the
end of another ("qualcomm.com", "e-mail")."""
ASIDE = r"\([^\W\d_]{1,12}\)"
"""A word in brackets after the last word, which leaves the sentence going on: "…from
section 6 to (new)" / "Appendix A."."""
ASIDE_RE = re.compile(ASIDE)
CONTINUES_SENTENCE_RE = re.compile(
    rf"(?:[,;(]|{_WORD_ALONE}(?:{_GOES_ON_WORDS})(?:[ \t]+{ASIDE})?)[ \t]*$"
)
"""A line that goes on into the next: a line-final "Article 5" after it continues the
sentence ("… in accordance with" / "Article 5.") rather than heading an article."""
GOES_ON_RE = re.compile(rf"{_WORD_ALONE}(?:{_GOES_ON_WORDS})[ \t]*$")
"""A line that ends on a word no sentence ends on ("…spätestens am"): the number that
opens the next line ("14. Tag nach…") is the sentence's, not a point's."""
