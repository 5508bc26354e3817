"""The outline of one text as an item model read straight from the comparison.

A long text has tens of thousands of units; building an item for each (and for
each of their numbered paragraphs) froze the window for most of a second when a
comparison arrived. Here only the lists of what sits at the top and inside each
division are made up front (one pass over the units); a line's name, status and
paragraphs are found when the tree first asks for them.

Every line is a node: ``("d", i)`` a division, ``("s", k)`` a unit, ``("p", k, j)``
a numbered paragraph or point ``j`` of unit ``k``. A node's place in the model is
its ``internalId``, an index into the nodes handed out so far.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from ...core.comparison import Comparison
from ...core.document import Document, Part, Segment, SegmentKind, shown_label
from ...core.fate import related_articles
from ...core.renumbered import is_renumbered
from ...core.structure_summary import unit_title
from ..common.model_index import Index
from ..common.names import related_text, segment_name
from ..common.vocabulary import conjecture_tip, pair_status_text, status_text

SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1
"""(segment index, part start offset or -1) of a line; (-1, start) for a division.

A line's label is given whole: the tree cuts it once, to its column's width (see
``outline_dock.Elision``). Cut to 24 letters here as well, a narrow dock had cut it
twice ("7. Intell…Propert…")."""

Node = tuple[Any, ...]
ROOT: Node = ()


class UnitStatus(NamedTuple):
    """What became of a unit: ``shown`` as the outline's status column says it, in the
    concordance's words ("modified (renumbered)", "moved (modified)", "removed · its
    matter went to I, II"); ``where`` beside the label, the unit it is paired with ("→
    VI"), for a unit paired under another number or name, or with several. An unpaired unit has no
    arrow: "Art. 4 ⇢ I, II, III, XV" beside "removed" had read as paired with them (and
    after an Unlink, "Art. 5 ⇢ V" as still paired). The column had said the bare status
    ("moved") where the concordance said "moved (modified)"; where the dock is too
    narrow, the status is cut at its end and the tooltip says it whole."""

    shown: str
    where: str
    full: str


def _target(seg: Segment) -> str:
    """Where a unit went, as short as it reads: its label ("→ CLXXIII", not "→ Art.
    CLXXIII": the dock cut the number a reader looks for), or its heading where that
    is its name ("→ 第六条", "→ Scope")."""
    if seg.named_as_printed or seg.kind is not SegmentKind.ARTICLE:
        return segment_name(seg)
    return shown_label(seg.reference)


def _same_name(seg: Segment, other: Segment) -> bool:
    """Whether a unit and its counterpart go by one number or name: "1" and "I" as "5"
    and "V" (a moved one had shown "Art. 5 → V", one kept in place "Art. 1" alone);
    an article's number is compared by value, other units' names by their words."""
    units = (SegmentKind.ARTICLE, SegmentKind.ANNEX)
    if seg.kind in units and other.kind in units:
        return not is_renumbered(seg, other)
    return seg.label.casefold() == other.label.casefold()


def unit_status(cmp: Comparison, side: int, index: int) -> UnitStatus:
    k = cmp.pair_of_old(index) if side == 0 else cmp.pair_of_new(index)
    if k is None:
        kind = "removed" if side == 0 else "added"
        status = status_text(cmp.unpaired_status(kind, index))
        doc, other = (cmp.old, cmp.new) if side == 0 else (cmp.new, cmp.old)
        noted = related_articles(doc, doc.segments[index], other)  # as the concordance says
        if noted:
            status = f"{status} · {related_text(kind, noted)}"
        return UnitStatus(status, "", status)
    pair = cmp.pairs[k]
    conjecture = conjecture_tip(cmp, pair)
    status = status_text("repealed") if pair.repealed else pair_status_text(pair, bool(conjecture))
    tip = f"{status}\n{conjecture}" if conjecture else status
    others = pair.new if side == 0 else pair.old
    other = cmp.new if side == 0 else cmp.old
    mine = (cmp.old if side == 0 else cmp.new).segments[index]
    if len(others) == 1 and not pair.renumbered and _same_name(mine, other.segments[others[0]]):
        return UnitStatus(status, "", tip)
    names = ", ".join(_target(other.segments[j]) for j in others)
    return UnitStatus(status, f" {'→' if side == 0 else '←'} {names}", tip)


class OutlineModel(QAbstractItemModel):
    """Divisions, their units with status, and the units' numbered parts."""

    def __init__(self, cmp: Comparison, side: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cmp, self.side = cmp, side
        self.doc: Document = cmp.old if side == 0 else cmp.new
        self.headers = ["Outline", "Status"]
        self._nodes: list[Node] = []
        self._ids: dict[Node, int] = {}
        self._children: dict[Node, list[Node]] = {}
        self._row: dict[Node, int] = {}
        self._texts: dict[Node, tuple[str, str, str]] = {}
        self._has_parts: list[bool] | None = None
        """Whether each unit has numbered paragraphs (lines below it)."""
        """(label, status, tooltip) of the lines shown so far."""
        self._lay_out_divisions()
        # The tree asks every top line for its index and whether it opens, one call each
        # from Qt into Python (23,000 in a long text): those lines answer from lists.
        self._nodes = list(self._children[ROOT])
        self._ids = {node: row for row, node in enumerate(self._nodes)}

    def _lay_out_divisions(self) -> None:
        """The top level and each division's lines, in the order of the text."""
        doc = self.doc
        lists: dict[Node, list[tuple[int, Node]]] = {ROOT: []}
        for i, d in enumerate(doc.divisions):
            lists[("d", i)] = []
            up: Node = ROOT if d.parent is None else ("d", d.parent)
            lists.setdefault(up, []).append((d.start, ("d", i)))
        count = len(doc.divisions)
        top = lists[ROOT]
        for k, seg in enumerate(doc.segments):
            if seg.division is not None and seg.division < count:
                lists[("d", seg.division)].append((seg.start, ("s", k)))
            else:
                top.append((seg.start, ("s", k)))
        for node, entries in lists.items():
            if any(entries[n][0] > entries[n + 1][0] for n in range(len(entries) - 1)):
                entries.sort(key=lambda entry: entry[0])
            self._set_children(node, [child for _, child in entries])

    def _set_children(self, node: Node, children: list[Node]) -> None:
        self._children[node] = children
        for row, child in enumerate(children):
            self._row[child] = row

    def lines(self, node: Node) -> list[Node]:
        """The lines under ``node`` (a unit's parts are found the first time)."""
        found = self._children.get(node)
        if found is not None:
            return found
        if node[0] == "s":
            found = [("p", node[1], j) for j in _listed_parts(self.doc.segments[node[1]].parts)]
        elif node[0] == "p":
            parts = self.doc.segments[node[1]].parts
            found = [("p", node[1], j) for j, p in enumerate(parts) if p.parent == node[2]]
        else:
            found = []
        self._set_children(node, found)
        return found

    def spread_units(self, most: int) -> list[Node]:
        """Up to ``most`` units spread evenly over the text, the last one among them:
        the label column is measured on these, since Qt measures only the first lines,
        and in a long text the later ones are longer ("Art. 9700", "Art. 201 → Art. 202"
        after an article put in at 201)."""
        count = len(self.doc.segments)
        if not count:
            return []
        step = max(1, count // most)
        return [("s", k) for k in sorted({*range(0, count, step), count - 1})]

    def _id(self, node: Node) -> int:
        found = self._ids.get(node)
        if found is None:
            found = self._ids[node] = len(self._nodes)
            self._nodes.append(node)
        return found

    def node(self, index: Index) -> Node:
        return self._nodes[index.internalId()] if index.isValid() else ROOT

    def parent_of(self, node: Node) -> Node:
        """The line a node sits under."""
        doc = self.doc
        if node[0] == "d":
            up = doc.divisions[node[1]].parent
            return ROOT if up is None else ("d", up)
        if node[0] == "s":
            d = doc.segments[node[1]].division
            return ("d", d) if d is not None and d < len(doc.divisions) else ROOT
        if node[0] == "p":
            up = doc.segments[node[1]].parts[node[2]].parent
            return ("s", node[1]) if up is None else ("p", node[1], up)
        return ROOT

    def _holds(self, node: Node) -> bool:
        """Whether the node names a unit or division of this text: the reading position
        handed over from the pair read before may name one past its end."""
        count = len(self.doc.divisions) if node[0] == "d" else len(self.doc.segments)
        return bool(0 <= node[1] < count)

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        """The model index of a node, found without walking the tree; invalid when the
        node is not a line of this outline."""
        if node == ROOT or not self._holds(node):
            return QModelIndex()
        if node not in self._row:
            self.lines(self.parent_of(node))
            if node not in self._row:
                return QModelIndex()
        return self.createIndex(self._row[node], column, self._id(node))

    # -- the model ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not parent.isValid():  # a top line's id is its row
            if 0 <= row < len(self._children[ROOT]) and 0 <= column < 2:
                return self.createIndex(row, column, row)
            return QModelIndex()
        children = self.lines(self.node(parent))
        if not (0 <= row < len(children) and 0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, self._id(children[row]))

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        return self.index_of(self.parent_of(self.node(child)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.lines(self.node(parent)))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Asked of every line the tree lays out: a unit's paragraphs are not listed
        for it (most units of a long text have none)."""
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._nodes[parent.internalId()] if parent.isValid() else ROOT
        if node and node[0] == "s":
            if self._has_parts is None:
                self._has_parts = [
                    bool(s.parts and _listed_parts(s.parts)) for s in self.doc.segments
                ]
            return self._has_parts[node[1]]
        if node and node[0] == "p" and node not in self._children:
            return any(p.parent == node[2] for p in self.doc.segments[node[1]].parts)
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == SEGMENT_ROLE:
            return self._target(node) if index.column() == 0 else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        label, status, tip = self._texts.get(node) or self._describe(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None  # on the status too: it says there what the column leaves out
        return label if index.column() == 0 else status

    def _target(self, node: Node) -> tuple[int, int]:
        if node[0] == "d":
            return -1, self.doc.divisions[node[1]].start
        if node[0] == "s":
            return node[1], -1
        return node[1], self.doc.segments[node[1]].parts[node[2]].start

    def _describe(self, node: Node) -> tuple[str, str, str]:
        doc = self.doc
        if node[0] == "d":
            d = doc.divisions[node[1]]
            name = f"{d.name} — {d.title}" if d.title else d.name
            texts = (name, "", name)
        elif node[0] == "s":
            seg = doc.segments[node[1]]
            name = " ".join(filter(None, (segment_name(seg), unit_title(doc.text, seg))))
            shown, where, full = unit_status(self.cmp, self.side, node[1])
            texts = (name + where, shown, f"{name}{where}: {full}")
        else:
            texts = (doc.segments[node[1]].parts[node[2]].key, "", "")
        self._texts[node] = texts
        return texts


def _listed_parts(parts: Sequence[Part]) -> list[int]:
    """The first-level parts a unit lists under it: none for a lone "(1)" with nothing
    under it (a statute's one-paragraph sections each had a line "(1)" to unfold)."""
    top = [j for j, p in enumerate(parts) if p.level == 1]
    if len(top) == 1 and not any(p.parent == top[0] for p in parts):
        return []
    return top
