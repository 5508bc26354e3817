"""The Map dock's contents: the canvas, which version to show, and what a place is.

Clicking a place (or choosing it with the keyboard) lists its mentions in each
version and the notes linked to it; activating a line jumps to the passage.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from html import escape
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.comparison import Comparison
from ...core.document import Document
from ...core.entities import Gazetteer, Mention
from ...core.map_data import BaseMap, TreatyFeatures
from ...core.map_places import bundled_map, features_of, named_in, place_mentions, places_in
from ...core.map_scene import MapScene, Version, build_scene, display_name
from ...core.resources import is_bundled_id
from ...io.map_style import colours
from ..common.names import about_entity, segment_name
from .map_canvas import MapCanvas

Side = Literal["old", "new"]
NotesFor = Callable[[str], list[tuple[str, str, int, int]]]
"""Entity id → notes linked to it: (text shown, side, start, end)."""
SPAN_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = 40
MENTIONS_SHOWN = 200
"""A long text can name a town thousands of times: the list shows the first ones."""


def _text_id(doc: Document) -> str | None:
    return doc.source if is_bundled_id(doc.source) else None


class MapPanel(QWidget):
    placeChosen = Signal(str)
    """The reader chose a place on the map: its gazetteer id."""
    goTo = Signal(str, int, int)
    """(side, start, end): show this passage."""

    def __init__(self, gazetteer: Gazetteer, parent: QWidget | None = None,
                 data: tuple[BaseMap, TreatyFeatures] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("MapPanel")
        self.gazetteer = gazetteer
        self.basemap, self.treaty = data or bundled_map()
        self.cmp: Comparison | None = None
        self.lang = "en"
        self.version: Version = "both"
        self.focus_places: set[str] = set()
        self.focus_features: set[str] = set()
        self.notes_for: NotesFor = lambda _id: []
        self._named: dict[str, set[str]] = {}
        self._mentions: dict[str, dict[str, list[Mention]]] = {"old": {}, "new": {}}
        self._build()

    def _build(self) -> None:
        self.canvas = MapCanvas(self)
        self.canvas.placeActivated.connect(self._activated)
        self.canvas.currentChanged.connect(self.show_place)
        self.canvas.sceneBuilt.connect(self._list_places)
        self.versions = QButtonGroup(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        for key, text in (
            ("both", self.tr("Both texts")),
            ("old", self.tr("Older")),
            ("new", self.tr("Newer")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"map-version-{key}")
            button.setChecked(key == "both")
            button.toggled.connect(lambda on, k=key: self.set_version(k) if on else None)
            self.versions.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.legend = QLabel()
        self.legend.setObjectName("map-legend")
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Legend of the map"))
        self.caption = QLabel(self.treaty.disclaimer)
        self.caption.setWordWrap(True)
        self.caption.setObjectName("map-disclaimer")
        self.details_title = QLabel(
            self.tr("Choose a place on the map (click, or Tab then the arrow keys).")
        )
        self.details_title.setWordWrap(True)
        self.details = QListWidget()
        self.details.setObjectName("map-details")
        self.details.setAccessibleName(self.tr("Mentions and notes of the chosen place"))
        self.details.setWordWrap(True)
        self.details.itemActivated.connect(self._jump)
        self.details.itemClicked.connect(self._jump)
        self.unlocated = QLabel()
        self.unlocated.setWordWrap(True)
        self.unlocated.setObjectName("map-unlocated")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        # The key to the numbers on the map goes with the legend, above the mentions of
        # a chosen place: under them it was scrolled out of a docked map's sight.
        for w in (self.legend, self.unlocated, self.details_title, self.details, self.caption):
            lower_layout.addWidget(w)
        # Short of room, the part under the map scrolls: squeezed, its wrapped texts
        # were drawn over one another (the mentions over "Numbered on the map…").
        self.lower_part = QScrollArea()
        self.lower_part.setObjectName("map-lower")
        self.lower_part.setWidget(lower)
        self.lower_part.setWidgetResizable(True)
        self.lower_part.setFrameShape(QFrame.Shape.NoFrame)
        self.lower_part.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no stop that shows nothing
        self.lower_part.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.canvas)
        split.addWidget(self.lower_part)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.details.setMinimumHeight(110)
        self.details.hide()  # shown with a place's mentions: empty, it was a blank white box
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        self.canvas.set_builder(self._scene)
        self._legend()

    # -- inputs --------------------------------------------------------------------
    def set_comparison(self, cmp: Comparison | None) -> None:
        self.cmp = cmp
        self._named, self._mentions = {}, {"old": {}, "new": {}}
        if cmp is not None:
            self._mentions = {
                "old": place_mentions(cmp.old, self.gazetteer),
                "new": place_mentions(cmp.new, self.gazetteer),
            }
            self._named = named_in(self._mentions)
        self.focus_places, self.focus_features = set(), set()
        self._refresh()

    def set_focus(self, old: Collection[int], new: Collection[int]) -> None:
        """Emphasise the places and lines of the article being read."""
        cmp = self.cmp
        if cmp is None:
            return
        places = places_in(cmp.old, old, self._mentions["old"])
        places |= places_in(cmp.new, new, self._mentions["new"])
        features: set[str] = set()
        for doc, indices in ((cmp.old, old), (cmp.new, new)):
            text_id = _text_id(doc)
            if text_id:
                features |= features_of(
                    self.treaty, text_id, [doc.segments[i].label for i in indices]
                )
        if (places, features) != (self.focus_places, self.focus_features):
            self.focus_places, self.focus_features = places, features
            self.canvas.rebuild()

    def set_version(self, version: str) -> None:
        if version in ("both", "old", "new") and version != self.version:
            self.version = version  # type: ignore[assignment]
            for button in self.versions.buttons():
                button.setChecked(button.objectName() == f"map-version-{version}")
            self._refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.caption.setText(self.treaty.disclaimer_in(lang))
        self._refresh()

    def set_dark(self, dark: bool) -> None:
        self.canvas.set_builder(self._scene, dark)
        self._legend()

    def _legend(self) -> None:
        """Marker shapes and line colours, in the colours the canvas uses."""
        c = colours(self.canvas.dark)
        items = [
            (c.both, "●", self.tr("named in both texts")),
            (c.old_only, "■", self.tr("only in the older")),
            (c.new_only, "◆", self.tr("only in the newer")),
            (c.frontier, "━", self.tr("frontier")),
            (c.areas[0][0], "▨", self.tr("ceded area (hatched)")),
            (c.areas[1][0], "⠿", self.tr("autonomous area (dotted)")),
        ]
        self.legend.setText(" &nbsp; ".join(
            f"<span style='color:{colour}'>{mark}</span>&nbsp;{text}" for colour, mark, text in items))  # fmt: skip

    def select_place(self, entity_id: str) -> bool:
        """Show a place chosen elsewhere (Parties and places); False if not on the map."""
        scene = self.canvas.scene
        if scene is None or scene.place(entity_id) is None:
            return False
        self.canvas.set_current(entity_id)
        return True

    # -- the scene ----------------------------------------------------------------------
    def _scene(self, size: tuple[float, float], measure: Callable[[str, float], float]) -> MapScene:
        texts = {}
        if self.cmp is not None:
            for side, doc in (("old", self.cmp.old), ("new", self.cmp.new)):
                text_id = _text_id(doc)
                if text_id:
                    texts[side] = text_id
        return build_scene(
            self.basemap, self.treaty, self.gazetteer, self._named, texts=texts, version=self.version,
            focus_places=self.focus_places, focus_features=self.focus_features, lang=self.lang,
            size=size, measure=measure, label_size=self.canvas.label_size,
            article_word=self.tr("Art."),
        )  # fmt: skip

    def _refresh(self) -> None:
        self.canvas.rebuild()
        self._list_places()
        self.show_place(self.canvas.current)

    def _list_places(self) -> None:
        """Under the map: which place each number stands for, and the places not on it."""
        scene = self.canvas.scene
        names = [name for _, name in scene.unlocated] if scene else []
        keyed = [f"{p.key} {p.name}" for p in scene.keyed()] if scene else []
        lines = []
        if keyed:
            lines.append(self.tr("Numbered on the map: {0}").format(", ".join(keyed)))
        crowded = [p.name for p in scene.unnamed()] if scene else []
        if crowded:
            lines.append(self.tr("Too close to name on the map: {0}").format(", ".join(crowded)))
        if names:
            lines.append(self.tr("Named, not on the map: {0}").format(", ".join(names)))
        self.unlocated.setText("\n".join(lines))
        self.unlocated.setVisible(bool(lines))

    # -- details --------------------------------------------------------------------
    def _activated(self, entity_id: str) -> None:
        self.show_place(entity_id)
        self.placeChosen.emit(entity_id)

    def _titles(self) -> tuple[str, str]:
        """Each text's short title; two that read the same (two drafts both titled
        "Treaty test") are told apart as the older and the newer."""
        assert self.cmp is not None
        old, new = (
            str(doc.metadata.get("short_title") or doc.title or doc.source)
            for doc in (self.cmp.old, self.cmp.new)
        )
        if old.casefold() != new.casefold():
            return old, new
        return self.tr("{0} (older)").format(old), self.tr("{0} (newer)").format(new)

    def show_place(self, entity_id: str) -> None:
        self.details.clear()
        entity = self.gazetteer.get(entity_id) if entity_id else None
        if entity is None or self.cmp is None:
            self.details_title.setText(
                self.tr("Choose a place on the map (click, or Tab then the arrow keys).")
            )
            self.details.hide()
            return
        self.details.show()
        self.details_title.setText(
            f"<b>{display_name(entity, self.lang)}</b> — "
            + escape(about_entity(entity.description, (self.cmp.old, self.cmp.new)))
        )
        titles = self._titles()
        for side, doc in (("old", self.cmp.old), ("new", self.cmp.new)):
            mentions = self._mentions[side].get(entity_id, [])
            title = titles[0 if side == "old" else 1]
            self.details.addItem(
                self._heading(self.tr("%n mention(s) in {0}", "", len(mentions)).format(title))
            )
            for m in mentions[:MENTIONS_SHOWN]:
                self.details.addItem(self._mention_item(side, doc, m))  # type: ignore[arg-type]
            if len(mentions) > MENTIONS_SHOWN:
                more = len(mentions) - MENTIONS_SHOWN
                self.details.addItem(self._heading(self.tr("… and %n more", "", more)))
        notes = self.notes_for(entity_id)
        if notes:
            self.details.addItem(
                self._heading(self.tr("%n note(s) linked to this place", "", len(notes)))
            )
            for text, side, start, end in notes:
                item = QListWidgetItem("✎ " + text)
                item.setData(SPAN_ROLE, (side, start, end))
                self.details.addItem(item)

    def _heading(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        return item

    def _mention_item(self, side: Side, doc: Document, m: Mention) -> QListWidgetItem:
        index = doc.segment_at(m.start)
        where = segment_name(doc.segments[index]) if index is not None else ""
        before = doc.text[max(0, m.start - CONTEXT) : m.start].split("\n")[-1]
        if m.start - CONTEXT > 0 and " " in before:  # start at a word, not inside one
            before = before[before.index(" ") + 1 :]
        after = doc.text[m.end : m.end + CONTEXT].split("\n")[0]
        if " " in after and len(after) == CONTEXT:
            after = after[: after.rindex(" ")]
        item = QListWidgetItem(f"   {where}: …{before}[{m.text}]{after}…")
        item.setData(SPAN_ROLE, (side, m.start, m.end))
        item.setToolTip(self.tr("Show this passage"))
        return item

    def _jump(self, item: QListWidgetItem) -> None:
        span = item.data(SPAN_ROLE)
        if span:
            self.goTo.emit(*span)
