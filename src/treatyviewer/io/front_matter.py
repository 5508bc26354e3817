"""What a Markdown file holds besides its text: the metadata block it may open
with (YAML "front matter") and comments for its tools ("<!-- markdownlint-disable -->").

Sites built from Markdown (Jekyll, Hugo, GitHub Pages) and collections of laws kept
in Git open each file with a block fenced by "---" lines: its title, slug,
redirects, tags. It is not the document's text; compared, it shows every change of a
web address or a tag as a change of the document. The block is set aside and the
reader is told so, with its line count, so nothing is hidden. Comments that fill
lines of their own are never shown by a Markdown viewer; they go the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.holds import holds

OWN_TITLE = "own_title"
"""The metadata key of the title a file gives itself, when it is read by its file name."""
_FENCE = "---"
MAX_LINES = 200
"""A metadata block longer than this is more likely a text that opens with a rule."""
_FIELD_RE = re.compile(r"[ \t]*(?:[^\W\d][\w\- ]*:(?:[ \t].*)?|- .*|#.*|)$")
"""A line of a simple YAML block: "key: value", "key:", "- item", a comment, blank."""


@dataclass(frozen=True)
class SetAside:
    """A text with what was taken out of it, and what the reader is told of that."""

    text: str
    warnings: tuple[str, ...] = ()
    title: str = ""
    """The title its front matter gives ("title: …", Korean "제목: …"), if any."""


_TOML_FENCE = "+++"
_TOML_FIELD_RE = re.compile(r"[ \t]*(?:[A-Za-z_][\w\-.]*[ \t]*=.*|\[[^\]]+\]|#.*|)$")
"""A line of a TOML block, as Hugo sites open a page with: "key = value", "[table]"."""


def split_front_matter(text: str) -> SetAside:
    """The text without its front matter, when it opens with one: YAML between "---"
    lines, or TOML between "+++" lines."""
    fence = next((f for f in (_FENCE, _TOML_FENCE) if text.startswith(f + "\n")), None)
    if fence is None:
        return SetAside(text)
    fields, ends = (_FIELD_RE, (_FENCE, "...")) if fence == _FENCE else (_TOML_FIELD_RE, (fence,))
    lines = text.split("\n", MAX_LINES + 1)
    for k in range(1, min(len(lines), MAX_LINES)):
        if lines[k].rstrip() in ends:
            if k == 1 or not any(line.strip() for line in lines[1:k]):
                return SetAside(text)  # "---" twice: two rules, not metadata
            if not all(fields.match(line) or line.startswith((" ", "\t"))
                       for line in lines[1:k]):  # fmt: skip
                return SetAside(text)
            rest = text.split("\n", k + 1)[k + 1] if len(lines) > k + 1 else ""
            told = (
                f"its front matter (metadata between '{fence}' lines, lines 1-{k + 1}) "
                "is not compared"
            )
            return SetAside(rest, (told,), _title_field(lines[1:k]))
    return SetAside(text)


TITLE_KEYS = ("title", "제목", "titre", "titel", "título", "titolo", "tytuł", "başlık",
              "название", "заголовок", "标题", "標題", "名称", "タイトル")  # fmt: skip
"""Keys a metadata block names a document's title by, in the languages of law collections."""
_TOP_FIELD_RE = re.compile(r"([^\s:#=][^:=]*?)[ \t]*[:=][ \t]+(.+)")


def _title_field(lines: list[str]) -> str:
    """The value of the block's title field ("" without one), unquoted."""
    for line in lines:
        found = _TOP_FIELD_RE.fullmatch(line.rstrip())
        if found and found.group(1).casefold() in TITLE_KEYS:
            return found.group(2).strip().strip("'\"").strip()
    return ""


_HEADING_RE = re.compile(r"#[ \t]+(.+?)[ \t#]*")


def first_heading(text: str) -> str:
    """The text of a Markdown file's opening heading ("# 中华人民共和国立法法"), "" when the
    file opens otherwise: a document's own title, as its front matter may give it."""
    for line in text.split("\n", 20)[:20]:
        if line.strip():
            found = _HEADING_RE.fullmatch(line.strip())
            return found.group(1) if found else ""
    return ""


_COMMENT_LINES_RE = re.compile(r"^[ \t]*<!--(?:(?!-->).)*-->[ \t]*(?:\n|$)", re.M | re.S)
"""A comment that fills its lines: from a line's start to a line's end."""


def drop_comment_lines(text: str) -> SetAside:
    """The text without the comments that fill lines of their own; a comment inside a
    line of text stays, as it may be the text's own words."""
    if not holds(text, "<!--"):
        return SetAside(text)
    lines = 0

    def count(match: re.Match[str]) -> str:
        nonlocal lines
        lines += match.group(0).count("\n") + (not match.group(0).endswith("\n"))
        return ""

    kept = _COMMENT_LINES_RE.sub(count, text)
    if not lines:
        return SetAside(text)
    plural = "s" if lines > 1 else ""
    return SetAside(kept, (f"{lines} line{plural} of HTML comments (<!-- ... -->) not compared",))


_DIV_FENCE_RE = re.compile(r"^[ \t]*:{3,}[ \t]*(?:\{[^}\n]*\}|[\w-]+)?[ \t]*(?:\n|$)", re.M)
"""A line that opens or closes a Pandoc (Quarto) fenced div: "::: {#art-3 .art}", ":::"."""
_ATTRIBUTES_RE = re.compile(
    r"[ \t]+\{(?:[#.][\w:-]+|[\w-]+=\S+)(?:[ \t]+(?:[#.][\w:-]+|[\w-]+=\S+))*\}[ \t]*$", re.M
)
"""Pandoc attributes after a heading or a line: "## I. Finalidades {#fines .unnumbered}"."""


def drop_div_fences(text: str) -> SetAside:
    """The text without the lines that fence Pandoc's divs and without the attributes
    set after its lines: markup for the tools that build a site, never shown, which
    kept "**Art. 3**." under a fence from reading as an article's heading."""
    if not holds(text, ":::") and "{" not in text:
        return SetAside(text)
    fences = len(_DIV_FENCE_RE.findall(text)) if holds(text, ":::") else 0
    kept = _DIV_FENCE_RE.sub("", text) if fences else text
    kept, marks = _ATTRIBUTES_RE.subn("", kept) if "{" in kept else (kept, 0)
    if not fences and not marks:
        return SetAside(text)
    said = []
    if fences:
        said.append(f"{fences} fence line{'s' if fences > 1 else ''} of Pandoc divs (:::)")
    if marks:
        said.append(f"{marks} attribute block{'s' if marks > 1 else ''} ({{#id .class}})")
    return SetAside(kept, (" and ".join(said) + " not compared",))
