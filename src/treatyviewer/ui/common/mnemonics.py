"""Distinct Alt-letters in every menu, in every language.

Two items of one menu that share a letter make Alt+letter cycle between them instead
of choosing one, and translations and lists built at run time (recent files,
encodings, language names) cannot be checked by hand. So each menu, as it opens,
keeps the letter its text asks for when no item above took it, and the others get
the first free letter that starts a word of theirs, else any free letter.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QMenu, QMenuBar

KEPT = "treatyviewerMnemonicsKept"
"""Property set on a menu whose letters are kept distinct each time it opens."""


@dataclass(frozen=True)
class Marked:
    plain: str
    """The text with its markers taken out ("&&" read as one "&")."""
    at: int | None
    """Where the text's own marker stood in ``plain``, if it had one."""


def parse(text: str) -> Marked:
    plain: list[str] = []
    at = None
    k = 0
    while k < len(text):
        c = text[k]
        if c == "&" and k + 1 < len(text):
            if text[k + 1] == "&":
                plain.append("&")
                k += 2
                continue
            if at is None:
                at = len(plain)
            k += 1
            continue
        plain.append(c)
        k += 1
    return Marked("".join(plain), at)


def marked(plain: str, at: int | None) -> str:
    """``plain`` with its "&"s doubled and one marker before the character at ``at``."""
    if at is None:
        return plain.replace("&", "&&")
    return plain[:at].replace("&", "&&") + "&" + plain[at:].replace("&", "&&")


def _key(c: str) -> str:
    return c.casefold()


def _usable(c: str) -> bool:
    return c.isalnum()


def _choices(plain: str) -> list[int]:
    """Places a letter may be taken from: word starts first, then the rest in order."""
    starts = [
        k for k, c in enumerate(plain) if _usable(c) and (k == 0 or not plain[k - 1].isalnum())
    ]
    rest = [k for k, c in enumerate(plain) if _usable(c) and k not in starts]
    return starts + rest


def distinct(texts: list[str]) -> list[str]:
    """The texts with no two markers on the same letter, each kept where it may be."""
    items = [parse(t) for t in texts]
    taken: set[str] = set()
    chosen: list[int | None] = [None] * len(items)
    for n, item in enumerate(items):  # the texts' own letters, first come first kept
        if item.at is not None and item.at < len(item.plain) and _usable(item.plain[item.at]):
            key = _key(item.plain[item.at])
            if key not in taken:
                taken.add(key)
                chosen[n] = item.at
    for n, item in enumerate(items):
        if chosen[n] is not None:
            continue
        for k in _choices(item.plain):
            key = _key(item.plain[k])
            if key not in taken:
                taken.add(key)
                chosen[n] = k
                break
    return [marked(item.plain, at) for item, at in zip(items, chosen, strict=True)]


def keep_distinct(menu: QMenu) -> None:
    """Give ``menu`` (and every submenu, as it opens) distinct letters each time it opens."""
    if menu.property(KEPT):
        return
    menu.setProperty(KEPT, True)
    # Connected after the menu's own fillers (File → Open Recent), so it sees their items.
    menu.aboutToShow.connect(lambda: _apply(menu))


def _apply(menu: QMenu) -> None:
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    for action, text in zip(actions, distinct([a.text() for a in actions]), strict=True):
        if action.text() != text:
            action.setText(text)
        sub = action.menu()
        if isinstance(sub, QMenu):
            keep_distinct(sub)


def menubar_distinct(bar: QMenuBar) -> None:
    """The menu bar's titles, reached with Alt+letter without opening anything."""
    actions = [a for a in bar.actions() if not a.isSeparator()]
    for action, text in zip(actions, distinct([a.text() for a in actions]), strict=True):
        action.setText(text)
        sub = action.menu()
        if isinstance(sub, QMenu):
            keep_distinct(sub)
