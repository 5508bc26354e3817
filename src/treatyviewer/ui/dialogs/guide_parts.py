"""The pieces of the User Guide: command paths and keys read from the action registry,
the badge and change samples in the shared palette, and small HTML helpers."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from ...core.article_pair import REWRITTEN_BELOW
from ...io import report_palette as palette
from ..common.actions import MENUS, ActionRegistry
from ..common.vocabulary import percent, status_text


def tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def button(text: str) -> str:
    """A concordance button's caption, translated as the dock shows it."""
    return QCoreApplication.translate("ConcordanceDock", text)


def badge_meanings() -> dict[str, str]:
    """What each badge says about an article, in the interface language."""
    return {
        "unchanged": tr("the same wording in both texts"),
        "modified": tr("the wording changed; the changed words are marked in the text"),
        "rewritten": tr(
            "the wording changed nearly throughout: the two are less than {0} similar (an "
            "article written anew); it stands beside “modified”"
        ).format(percent(REWRITTEN_BELOW)),
        "moved": tr("the article stands at another place in the order of the text"),
        "renumbered": tr("the article carries another number"),
        "split": tr("one article of the older text became several in the newer one"),
        "merged": tr("several articles of the older text became one in the newer one"),
        "added": tr("only in the newer text"),
        "removed": tr("only in the older text"),
        "repealed": tr("struck out: the newer text keeps its number with a notice of repeal"),
        "unknown": tr(
            "unpaired, but not known to be added or removed: the edition gives an article "
            "in the same part of the text only as an editor's note, so the two cannot be compared"
        ),
        "reconstructed": tr(
            "the wording is reconstructed from secondary accounts, not an attested text"
        ),
        "paraphrased": tr("a summary of the passage, not a full rendering"),
    }


def plain_text(text: str) -> str:
    """A menu text without its accelerator mark ("&Open…" → "Open…")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(key: QKeySequence) -> str:
    """ "Ctrl+Shift+O" in every language: the names printed on keyboards."""
    return key.toString(QKeySequence.SequenceFormat.PortableText)


def on_the_keyboard(key: QKeySequence) -> bool:
    """False for the media keys some standard shortcuts add on X11 ("Open", "Zoom In",
    F14 for Undo): keys of special keyboards that would only puzzle readers of the guide."""
    return all(
        key[i].key().value < Qt.Key.Key_Back.value  # type: ignore[index]  # the stubs lack []
        and not Qt.Key.Key_F13.value <= key[i].key().value <= Qt.Key.Key_F35.value  # type: ignore[index]
        for i in range(key.count())
    )


class Commands:
    """Reads command names, menu paths and keys from the registry."""

    def __init__(self, registry: ActionRegistry) -> None:
        self.registry = registry
        self.menu_titles = {
            menu_id: plain_text(QCoreApplication.translate("MainWindow", title))
            for menu_id, title in MENUS
        }

    def path(self, action_id: str) -> str:
        """Where a command is found: "View → Concordance", by the name it was declared
        with: Edit → Undo is renamed after each step ("Undo Accept Art. 3 ↔ Art. IX"),
        which the guide had printed as the command's name."""
        spec = self.registry.specs[action_id]
        parts = [plain_text(spec.text)]
        menu = spec.menu
        while menu in self.registry.specs:  # a submenu such as File → Export
            parts.insert(0, plain_text(self.registry.specs[menu].text))
            menu = self.registry.specs[menu].menu
        parts.insert(0, self.menu_titles.get(menu, menu))
        return " → ".join(parts)

    def keys(self, action_id: str) -> list[str]:
        return [key_text(k) for k in self.registry[action_id].shortcuts() if on_the_keyboard(k)]

    def cmd(self, action_id: str) -> str:
        """The command in bold, with its first shortcut: "<b>View → Concordance</b> (F9)"."""
        keys = self.keys(action_id)
        out = f"<b>{escape(self.path(action_id))}</b>"
        return out + (f" ({escape(keys[0])})" if keys else "")

    def shortcuts(self) -> list[tuple[str, list[str]]]:
        """Every command with a shortcut, menu by menu, with all its keyboard keys."""
        keys: dict[str, list[str]] = {}
        for portable, action_id in self.registry.shortcut_table():
            key = QKeySequence(portable, QKeySequence.SequenceFormat.PortableText)
            if on_the_keyboard(key):
                keys.setdefault(action_id, []).append(key_text(key))
        order = [menu_id for menu_id, _title in MENUS]

        def menu_rank(action_id: str) -> int:
            menu = self.registry.specs[action_id].menu
            while menu in self.registry.specs:
                menu = self.registry.specs[menu].menu
            return order.index(menu) if menu in order else len(order)

        return sorted(keys.items(), key=lambda item: menu_rank(item[0]))


def badge(status: str) -> str:
    colour = palette.BADGE_COLOURS[status]
    return (
        f"<span style='background:{colour};color:{palette.badge_text_colour(colour)}'>"
        f"&nbsp;{escape(status_text(status))}&nbsp;</span>"
    )


def badges_html() -> str:
    """The badge table: every status in its palette colour, with what it means."""
    meanings = badge_meanings()
    rows = "".join(
        f"<tr><td valign=top style='padding-right:10px'>{badge(status)}</td>"
        f"<td>{escape(meanings[status])}</td></tr>"
        for status in palette.BADGE_COLOURS
    )
    return f"<table cellpadding=3 cellspacing=0>{rows}</table>"


def changes_html() -> str:
    """Inserted, deleted and replaced words as the texts show them."""
    samples = (
        ("insert", tr("inserted"), tr("only in the newer text; underlined")),
        ("delete", tr("deleted"), tr("only in the older text; struck through")),
        (
            "replace_old",
            tr("replaced"),
            tr(
                "the older wording, struck through, and beside it the newer wording, "
                "underlined; both with a line above"
            ),
        ),
    )
    rows = []
    for kind, word, meaning in samples:
        bg, fg, decoration = palette.RUN_STYLES[kind]
        sample = (
            f"<span style='background:{bg};color:{fg};text-decoration:{decoration}'>"
            f"&nbsp;{escape(word)}&nbsp;</span>"
        )
        if kind == "replace_old":
            bg, fg, decoration = palette.RUN_STYLES["replace_new"]
            sample += (
                f" <span style='background:{bg};color:{fg};text-decoration:{decoration}'>"
                f"&nbsp;{escape(word)}&nbsp;</span>"
            )
        rows.append(
            f"<tr><td valign=top style='padding-right:10px'>{sample}</td>"
            f"<td>{escape(meaning)}</td></tr>"
        )
    return f"<table cellpadding=3 cellspacing=0>{''.join(rows)}</table>"


def shortcuts_html(commands: Commands) -> str:
    head = "".join(
        f"<th align=left width='{width}%' style='background:#e6e6e6;color:#1b1b1b'>{escape(h)}</th>"
        for h, width in ((tr("Keys"), 30), (tr("Command"), 42), (tr("Menu"), 28))
    )
    rows = [f"<tr>{head}</tr>"]
    for action_id, keys in commands.shortcuts():
        path = commands.path(action_id).split(" → ")
        rows.append(
            "<tr>"
            f"<td valign=top><b>{'<br>'.join(escape(k) for k in keys)}</b></td>"
            f"<td valign=top>{escape(path[-1])}</td>"
            f"<td valign=top>{escape(' → '.join(path[:-1]))}</td>"
            "</tr>"
        )
    return (
        "<table border=1 cellspacing=0 cellpadding=4 width='100%' style='border-color:#999999'>"
        + "".join(rows)
        + "</table>"
    )


def h3(text: str) -> str:
    return f"<h3 style='margin-top:16px'>{escape(text)}</h3>"


def para(text: str) -> str:
    return f"<p>{text}</p>"


def bullets(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li style='margin-bottom:4px'>{i}</li>" for i in items) + "</ul>"


def esc(text: str) -> str:
    return escape(text)


def reader_help() -> dict[str, str]:
    """Sentences on stepping, views, unpaired articles, notes, sessions and exports."""
    return {
        "stops": tr(
            "Every article only one text has is one stop too; the status bar says how "
            "many changes are in the wording and how many are whole articles."
        ),
        "views": tr(
            "Every view keeps the article you are reading, and shows the same notes, "
            "mentions and badges."
        ),
        "fate": tr(
            "An article only one text has says which articles its matter went to (or came "
            "from) when the editors' notes tell, with a line on what became of it; the "
            "concordance and the PDF say the same."
        ),
        "notes": tr(
            "A selection is widened to whole words. Clicking a passage with a note selects "
            "the note."
        ),
        "session": tr(
            "A session also remembers the article you were reading and the note you had selected."
        ),
        "entities": tr(
            "Its mentions are marked in both texts at once, and the notes linked to it "
            "are listed under it."
        ),
        "export": tr(
            "Your notes are signed with the name set in {0} (your login name until you "
            "set one); choose whether the export carries your notes, the curated ones or both."
        ),
    }
