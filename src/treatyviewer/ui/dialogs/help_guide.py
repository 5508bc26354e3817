"""Help → User Guide: a short guide for readers, and every shortcut from the registry.

The guide names commands the way the menus do ("View → Concordance (F9)"): menu
paths, command names and keys are read from the window's action registry when the
guide opens, so neither a renamed command nor a new shortcut can leave it stale.
Badge and change colours come from the shared palette (``io.report_palette``).
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from ...io import report_palette as palette
from ..common.actions import MENUS, ActionRegistry
from ..common.vocabulary import status_text
from .text_page import TextPage


def tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def _button(text: str) -> str:
    """A concordance button's caption, translated as the dock shows it."""
    return QCoreApplication.translate("ConcordanceDock", text)


def badge_meanings() -> dict[str, str]:
    """What each badge says about an article, in the interface language."""
    return {
        "unchanged": tr("the same wording in both texts"),
        "modified": tr("the wording changed; the changed words are marked in the text"),
        "moved": tr("the article stands at another place in the order of the text"),
        "renumbered": tr("the article carries another number"),
        "split": tr("one article of the older text became several in the newer one"),
        "merged": tr("several articles of the older text became one in the newer one"),
        "added": tr("only in the newer text"),
        "removed": tr("only in the older text"),
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
    """False for the media keys some standard shortcuts add on X11 ("Open", "Zoom In"):
    keys of special keyboards that would only puzzle readers of the guide."""
    return all(key[i].key().value < Qt.Key.Key_Back.value for i in range(key.count()))


class Commands:
    """Reads command names, menu paths and keys from the registry."""

    def __init__(self, registry: ActionRegistry) -> None:
        self.registry = registry
        self.menu_titles = {
            menu_id: plain_text(QCoreApplication.translate("MainWindow", title))
            for menu_id, title in MENUS
        }

    def path(self, action_id: str) -> str:
        """Where a command is found: "View → Concordance"."""
        spec = self.registry.specs[action_id]
        parts = [plain_text(self.registry[action_id].text())]
        menu = spec.menu
        while menu in self.registry.specs:  # a submenu such as File → Export
            parts.insert(0, plain_text(self.registry[menu].text()))
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
            tr("the older wording, struck through, and beside it the newer wording, underlined"),
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


def _h3(text: str) -> str:
    return f"<h3 style='margin-top:16px'>{escape(text)}</h3>"


def _p(text: str) -> str:
    return f"<p>{text}</p>"


def _items(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li style='margin-bottom:4px'>{i}</li>" for i in items) + "</ul>"


def _e(text: str) -> str:
    return escape(text)


def guide_html(registry: ActionRegistry) -> str:
    """The whole guide as HTML, in the interface language."""
    c = Commands(registry)
    title = tr("treatyviewer: User Guide")
    out = [f"<h2>{_e(title)}</h2>"]
    out.append(
        _p(
            _e(
                tr(
                    "treatyviewer puts two versions of a treaty side by side, pairs their "
                    "articles and marks what changed between them. Nothing in the texts is "
                    "altered: what you see is what the files say."
                )
            )
        )
    )

    out.append(_h3(tr("Opening texts")))
    out.append(
        _p(
            _e(
                tr(
                    "{0} asks for an older and a newer text: plain text, Markdown, Word (.docx), "
                    "PDF with a text layer, or TEI XML. {1} opens the draft of 1920 beside the "
                    "Treaty of Moscow of 1921 that come with the program."
                )
            ).format(c.cmd("file.open"), c.cmd("file.bundled"))
        )
    )

    out.append(_h3(tr("What the window shows")))
    out.append(
        _items(
            [
                _e(
                    tr(
                        "The older text is on the left and the newer on the right, each in its "
                        "own order: nothing is rearranged, so each text reads as it was written."
                    )
                ),
                _e(
                    tr(
                        "Articles that correspond are aligned at the same height. Where one "
                        "text says more, the other leaves space, so the next pair starts level."
                    )
                ),
                _e(
                    tr(
                        "The band between the texts joins each pair of articles, in the colour "
                        "of its badge. A band that slopes or crosses others shows an article "
                        "that moved."
                    )
                ),
                _e(
                    tr(
                        "The overview bar at the edge marks every change in the whole text; "
                        "click it to go there. Dark olive notches mark passages you annotated."
                    )
                ),
                _e(tr("{0} and {1} step from change to change.")).format(
                    c.cmd("go.next_change"), c.cmd("go.prev_change")
                ),
                _e(
                    tr(
                        "{0} shows one column, with deletions struck through and insertions "
                        "underlined; {1} hides the articles that did not change."
                    )
                ).format(c.cmd("view.mode.inline"), c.cmd("view.only_changed")),
                _e(
                    tr(
                        "{0} puts the older text on the right; it is still compared as the "
                        "older one, so deletions stay deletions."
                    )
                ).format(c.cmd("view.swap")),
                _e(
                    tr(
                        "When a file changes on disk it is read again at once, unless you have "
                        "notes or corrections on it: then a bar asks first. {0} reads both "
                        "files again."
                    )
                ).format(c.cmd("file.reload")),
            ]
        )
    )

    out.append(_h3(tr("Badges")))
    out.append(
        _p(_e(tr("Each article has a badge that says what happened to it between the texts:")))
    )
    out.append(badges_html())

    out.append(_h3(tr("Changes inside an article")))
    out.append(
        _p(
            _e(
                tr(
                    "Changed words are tinted. Colour is never the only sign: inserted words "
                    "are also underlined and deleted words struck through, so the marks survive "
                    "a black-and-white print and stay clear to colour-blind readers."
                )
            )
        )
    )
    out.append(changes_html())
    out.append(
        _p(
            _e(
                tr(
                    "The Ignore options in the View menu leave aside differences of case, "
                    "punctuation, spacing or numbering. {0} draws stronger colours and "
                    "bold marks."
                )
            ).format(c.cmd("view.high_contrast"))
        )
    )

    out.append(_h3(tr("Correcting the alignment")))
    out.append(
        _p(
            _e(
                tr(
                    "The pairing of articles is computed and can be wrong. {0} lists every "
                    "pair with its status; the “{1}” tab lists the pairings the program is least "
                    "sure of. Select a row and use the buttons below the table:"
                )
            ).format(c.cmd("view.concordance"), _e(_button("To review")))
        )
    )
    out.append(
        _items(
            f"<b>{_e(name)}</b> — {_e(text)}"
            for name, text in (
                (_button("Accept"), tr("keep the pairing as your own decision;")),
                (_button("Link with…"), tr("pair the selected article with another one;")),
                (
                    _button("Link selected"),
                    tr("join several selected rows into one pair, for a split or a merge;"),
                ),
                (
                    _button("Unlink"),
                    tr("separate the pair: each article then stands alone, as added or removed."),
                ),
            )
        )
    )
    out.append(
        _p(
            _e(
                tr(
                    "{0} and {1} take back and repeat corrections. Your corrections are saved "
                    "with the session."
                )
            ).format(c.cmd("edit.undo"), c.cmd("edit.redo"))
        )
    )

    out.append(_h3(tr("Notes")))
    out.append(
        _items(
            [
                _e(
                    tr("Select a passage in either text and choose {0} to write a note on it.")
                ).format(c.cmd("notes.annotate")),
                _e(
                    tr(
                        "In the note editor, link the note to the parties, persons and places "
                        "it concerns, and add tags of your own."
                    )
                ),
                _e(
                    tr(
                        "{0} shows all notes; search them or filter them by tag, entity or text. "
                        "{1} writes a note on the pair selected in the concordance."
                    )
                ).format(c.cmd("view.notes"), c.cmd("notes.pair")),
                _e(
                    tr(
                        "When a text changes, each note looks for its passage again by the "
                        "quoted words. A note whose passage is gone is kept as an orphan: the "
                        "notes list still shows it, with its quote, marked “{0}”."
                    )
                ).format(_e(QCoreApplication.translate("AnnotationPanel", "⚠ not found"))),
                _e(
                    tr("{0} and {1} exchange notes with other tools as W3C Web Annotations.")
                ).format(c.cmd("file.export_notes"), c.cmd("file.import_notes")),
            ]
        )
    )

    out.append(_h3(tr("Sessions")))
    out.append(
        _p(
            _e(
                tr(
                    "{0} keeps your work in one file (.tvproj): where the two texts are and "
                    "their checksums (not the texts themselves), your alignment corrections, "
                    "notes and view options. {1} opens it again. To share a session, send "
                    "the two texts with it. Unsaved work is also autosaved every two minutes; "
                    "if treatyviewer closes unexpectedly, the next start offers to recover it."
                )
            ).format(c.cmd("file.save_session"), c.cmd("file.open_session"))
        )
    )

    out.append(_h3(tr("Parties and places")))
    out.append(
        _p(
            _e(
                tr(
                    "{0} lists the parties, persons and places the texts name, with how often "
                    "each text names them, in any of their spellings. Select one to highlight "
                    "its mentions in both texts and go from one to the next."
                )
            ).format(c.cmd("view.entities"))
        )
    )

    out.append(_h3(tr("Export")))
    out.append(
        _items(
            [
                _e(tr("{0}: a printable comparison; your notes become PDF comments.")).format(
                    c.cmd("file.export.pdf")
                ),
                _e(tr("{0}: the same as a single web page that needs no other files.")).format(
                    c.cmd("file.export.html")
                ),
                _e(tr("{0}: the concordance of articles as a spreadsheet table.")).format(
                    c.cmd("file.export.csv")
                ),
                _e(tr("{0}: the whole comparison as data, for scripts.")).format(
                    c.cmd("file.export.json")
                ),
            ]
        )
    )

    out.append(_h3(tr("Text encodings")))
    out.append(
        _p(
            _e(
                tr(
                    "Plain-text files are decoded automatically. If a text looks garbled "
                    "(Cyrillic shown as “Ð¡Ð¾”, for example), choose {0} or {1} and pick the "
                    "encoding: Windows-1251 or KOI8-R for older Russian files, Windows-1254 "
                    "for Turkish ones."
                )
            ).format(c.cmd("file.encoding.old"), c.cmd("file.encoding.new"))
        )
    )
    out.append(
        _p(
            _e(
                tr("{0} sets the language of menus and messages; the texts are not translated.")
            ).format(c.cmd("view.language"))
        )
    )

    out.append(_h3(tr("Keyboard shortcuts")))
    out.append(shortcuts_html(c))
    return "".join(out)


class UserGuideDialog(TextPage):
    """Non-modal: the reader can keep the guide open beside the window."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user-guide")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.view.document().setDocumentMargin(14)
        self.fill(
            self.tr("treatyviewer User Guide"),
            self.tr("User guide"),
            guide_html(registry),
            (760, 720),
        )
