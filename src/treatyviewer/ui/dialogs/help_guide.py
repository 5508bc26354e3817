"""Help → User Guide: a short guide for readers, and every shortcut from the registry.

The guide names commands the way the menus do ("View → Concordance (F9)"): menu
paths, command names and keys are read from the window's action registry when the
guide opens, so neither a renamed command nor a new shortcut can leave it stale.
Badge and change colours come from the shared palette (``io.report_palette``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from ..common.actions import ActionRegistry
from .guide_parts import (
    Commands,
    badges_html,
    bullets,
    button,
    changes_html,
    esc,
    h3,
    para,
    reader_help,
    shortcuts_html,
    tr,
)
from .text_page import TextPage


def guide_html(registry: ActionRegistry) -> str:
    """The whole guide as HTML, in the interface language."""
    c = Commands(registry)
    more = reader_help()
    title = tr("treatyviewer: User Guide")
    out = [f"<h2>{esc(title)}</h2>"]
    out.append(
        para(
            esc(
                tr(
                    "treatyviewer puts two versions of a treaty side by side, pairs their "
                    "articles and marks what changed between them. Nothing in the texts is "
                    "altered: what you see is what the files say."
                )
            )
        )
    )

    out.append(h3(tr("Opening texts")))
    out.append(
        para(
            esc(
                tr(
                    "{0} asks for an older and a newer text: plain text, Markdown, Word (.docx), "
                    "PDF with a text layer, a web page (HTML) or TEI XML. {1} opens the draft of "
                    "1920 beside the Treaty of Moscow of 1921 that come with the program."
                )
            ).format(c.cmd("file.open"), c.cmd("file.bundled"))
        )
    )
    out.append(
        para(
            esc(
                tr(
                    "Each text is cut into its units by its headings: articles, sections and "
                    "clauses as statutes, treaties and contracts number them in many languages "
                    "(“Article 5”, “§ 5”, “A. Definitions”), "
                    "or the headings a policy gives without numbers (Markdown “## Your "
                    "rights”, Word's Heading styles, a web page's headings). A text with "
                    "neither is compared paragraph by paragraph. The metadata a Markdown file "
                    "opens with and its comment lines are not compared; a note above the texts "
                    "says so."
                )
            )
        )
    )

    out.append(h3(tr("What the window shows")))
    out.append(
        bullets(
            [
                esc(
                    tr(
                        "The older text is on the left and the newer on the right, each in its "
                        "own order: nothing is rearranged, so each text reads as it was written."
                    )
                ),
                esc(
                    tr(
                        "Articles that correspond are aligned at the same height. Where one "
                        "text says more, the other leaves space, so the next pair starts level."
                    )
                ),
                esc(
                    tr(
                        "The band between the texts joins each pair of articles, in the colour "
                        "of its badge. A band that slopes or crosses others shows an article "
                        "that moved."
                    )
                ),
                esc(
                    tr(
                        "The overview bar at the edge marks every change in the whole text; "
                        "click it to go there. Dark olive notches mark passages you annotated."
                    )
                ),
                esc(tr("{0} and {1} step from change to change.")).format(
                    c.cmd("go.next_change"), c.cmd("go.prev_change")
                )
                + " "
                + esc(more["stops"]),
                esc(
                    tr(
                        "{0} and {1} move the keyboard focus from text to text and panel to "
                        "panel; a ring shows which text has it."
                    )
                ).format(c.cmd("go.next_pane"), c.cmd("go.previous_pane")),
                esc(
                    tr(
                        "{0} shows one column, with deletions struck through and insertions "
                        "underlined; {1} hides the articles that did not change."
                    )
                ).format(c.cmd("view.mode.inline"), c.cmd("view.only_changed"))
                + " "
                + esc(more["views"]),
                esc(more["fate"]),
                esc(
                    tr(
                        "{0} puts the older text on the right; it is still compared as the "
                        "older one, so deletions stay deletions."
                    )
                ).format(c.cmd("view.swap")),
                esc(
                    tr(
                        "When a file changes on disk it is read again at once, unless you have "
                        "notes or corrections on it: then a bar asks first. {0} reads both "
                        "files again."
                    )
                ).format(c.cmd("file.reload")),
            ]
        )
    )

    out.append(h3(tr("Badges")))
    out.append(
        para(esc(tr("Each article has a badge that says what happened to it between the texts:")))
    )
    out.append(badges_html())

    out.append(h3(tr("Changes inside an article")))
    out.append(
        para(
            esc(
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
        para(
            esc(
                tr(
                    "Every change has a class: wording and figures are changes of substance; "
                    "name variants, spelling, case, punctuation, spacing, references that "
                    "only follow a renumbering and the numbers of paragraphs and points are "
                    "changes of form, drawn lighter. The Show "
                    "menu hides or shows each class; {0} keeps wording and figures only, and "
                    "Next Change then visits only those. {1} draws stronger colours and "
                    "bold marks."
                )
            ).format(c.cmd("show.substance_only"), c.cmd("view.high_contrast"))
        )
    )

    out.append(h3(tr("Correcting the alignment")))
    out.append(
        para(
            esc(
                tr(
                    "The pairing of articles is computed and can be wrong. {0} lists every "
                    "pair with its status; the “{1}” tab lists the pairings the program is least "
                    "sure of. Select a row and use the buttons above the table, beside the filter:"
                )
            ).format(c.cmd("view.concordance"), esc(button("To review")))
        )
    )
    out.append(
        bullets(
            f"<b>{esc(name)}</b> — {esc(text)}"
            for name, text in (
                (
                    button("Accept"),
                    tr(
                        "keep the pairing as your own decision (no other pairing changes); "
                        "in “To review” the next pairing is then chosen;"
                    ),
                ),
                (button("Link with…"), tr("pair the selected article with another one;")),
                (
                    button("Link selected"),
                    tr("join several selected rows into one pair, for a split or a merge;"),
                ),
                (
                    button("Unlink"),
                    tr("separate the pair: each article then stands alone, as added or removed."),
                ),
            )
        )
    )
    out.append(
        para(
            esc(
                tr(
                    "Three figures stand beside each pair. Similarity is the share of the two "
                    "articles' words they have in common, counted over both, so an article "
                    "kept whole under three new paragraphs is only 26 % similar. Kept is the "
                    "share of the older article's words the newer one keeps: 100 % when words "
                    "were only added, low when the wording was rewritten. Confidence is how "
                    "likely it is that they are counterparts at all, whatever their wording: "
                    "an article rewritten in place can be little similar and still surely "
                    "paired, while two articles built from the same formulas can read alike "
                    "and not be counterparts. Pairs under the review threshold ({0}) are "
                    "listed in “{1}”."
                )
            ).format(c.cmd("edit.preferences"), esc(button("To review")))
            + " "
            + esc(
                tr(
                    "A pairing you set yourself (Link with…, Link selected, Accept) reads "
                    "“{0}” instead of a confidence: the program does not rate your choices."
                )
            ).format(esc(QCoreApplication.translate("ConcordanceModel", "set by you")))
        )
    )
    out.append(
        para(
            esc(
                tr(
                    "{0} and {1} take back and repeat corrections. Your corrections are saved "
                    "with the session."
                )
            ).format(c.cmd("edit.undo"), c.cmd("edit.redo"))
        )
    )

    out.append(h3(tr("Notes")))
    out.append(
        bullets(
            [
                esc(
                    tr("Select a passage in either text and choose {0} to write a note on it.")
                ).format(c.cmd("notes.annotate"))
                + " "
                + esc(more["notes"]),
                esc(
                    tr(
                        "In the note editor, link the note to the parties, persons and places "
                        "it concerns, and add tags of your own."
                    )
                ),
                esc(
                    tr(
                        "{0} shows all notes; search them or filter them by tag, entity or text. "
                        "{1} writes a note on the pair selected in the concordance."
                    )
                ).format(c.cmd("view.notes"), c.cmd("notes.pair")),
                esc(
                    tr(
                        "When a text changes, each note looks for its passage again by the "
                        "quoted words. A note whose passage is gone is kept as an orphan: the "
                        "notes list still shows it, with its quote, marked “{0}”."
                    )
                ).format(esc(QCoreApplication.translate("AnnotationPanel", "⚠ not found"))),
                esc(
                    tr("{0} and {1} exchange notes with other tools as W3C Web Annotations.")
                ).format(c.cmd("file.export_notes"), c.cmd("file.import_notes")),
            ]
        )
    )

    out.append(h3(tr("Sessions")))
    out.append(
        para(
            esc(
                tr(
                    "{0} keeps your work in one file (.tvproj): where the two texts are and "
                    "their checksums (not the texts themselves), your alignment corrections, "
                    "notes and view options. {1} opens it again. To share a session, send "
                    "the two texts with it. Unsaved work is also autosaved a second after "
                    "each change; if treatyviewer closes unexpectedly, the next start offers "
                    "to recover it."
                )
            ).format(c.cmd("file.save_session"), c.cmd("file.open_session"))
            + " "
            + esc(more["session"])
        )
    )

    out.append(h3(tr("Chains of versions")))
    out.append(
        para(
            esc(
                tr(
                    "{0} opens three versions of a text or more, oldest first; {1} opens the "
                    "draft of 1920, the Treaty of Moscow and the Treaty of Kars. The texts are "
                    "compared two neighbours at a time: the buttons above them choose the pair, "
                    "and {2} and {3} step to the next or the previous one. {4} follows each "
                    "article through every version (where it came from, what it became, where "
                    "it was split, merged or dropped); {5} shows the article you are reading "
                    "in each version."
                )
            ).format(
                c.cmd("file.open_chain"),
                c.cmd("file.bundled_chain"),
                c.cmd("go.next_pair"),
                c.cmd("go.prev_pair"),
                c.cmd("view.lineages"),
                c.cmd("view.history"),
            )
        )
    )

    out.append(h3(tr("Parties and places")))
    out.append(
        para(
            esc(
                tr(
                    "{0} lists the parties, persons and places the texts name, with how often "
                    "each text names them, in any of their spellings. Select one to highlight "
                    "its mentions in both texts and go from one to the next."
                )
            ).format(c.cmd("view.entities"))
            + " "
            + esc(more["entities"])
        )
    )

    out.append(h3(tr("Map")))
    out.append(
        para(
            esc(
                tr(
                    "{0} shows where the places the texts name lie, and the lines and areas the "
                    "treaty's articles draw: the frontier of Art. I, Batum, Nakhichevan. The places "
                    "and lines of the article you are reading stand out. Click a place, or reach it "
                    "with Tab and the arrow keys and press Enter, to list its mentions in each text "
                    "and the notes linked to it; click a mention to show the passage. Both, Earlier "
                    "and Later show what each text names. The lines are our drawings from the "
                    "treaty, not surveyed boundaries."
                )
            ).format(c.cmd("view.map"))
        )
    )

    out.append(h3(tr("Export")))
    out.append(
        bullets(
            [
                esc(
                    tr(
                        "{0}: a printable comparison; your notes become PDF comments (a chain's "
                        "report prints them, numbered, under the version they are on)."
                    )
                ).format(c.cmd("file.export.pdf"))
                + " "
                + esc(more["export"]).format(c.cmd("edit.preferences")),
                esc(tr("{0}: the same pages on paper, without the comments and links.")).format(
                    c.cmd("file.print")
                ),
                esc(tr("{0}: the same as a single web page that needs no other files.")).format(
                    c.cmd("file.export.html")
                ),
                esc(tr("{0}: the concordance of articles as a spreadsheet table.")).format(
                    c.cmd("file.export.csv")
                ),
                esc(tr("{0}: the whole comparison as data, for scripts.")).format(
                    c.cmd("file.export.json")
                ),
                esc(
                    tr("{0}: the texts as a TEI critical apparatus, with your notes, for editions.")
                ).format(c.cmd("file.export.tei")),
            ]
        )
    )

    out.append(h3(tr("Text encodings")))
    out.append(
        para(
            esc(
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
        para(
            esc(
                tr("{0} sets the language of menus and messages; the texts are not translated.")
            ).format(c.cmd("view.language"))
        )
    )

    out.append(h3(tr("Keyboard shortcuts")))
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

    @classmethod
    def raise_for(cls, registry: ActionRegistry, parent: QWidget) -> UserGuideDialog:
        """The one guide of ``parent``, opened or raised to the front."""
        guide = parent.findChild(cls)
        if guide is None:
            guide = cls(registry, parent)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide
