"""``treatyviewer map``: draw the places the texts name, and the treaty's lines, to SVG or PNG."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from .commands import MAP_HELP
from .core.errors import InputError
from .core.resources import DEFAULT_PAIR
from .io.limits import ReadLimits, add_limit_args, limits_from_args

if TYPE_CHECKING:
    from .core.document import Document

HELP = MAP_HELP


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("map", help=HELP, description=HELP + ". Default: the bundled pair.")
    p.add_argument(
        "texts", nargs="*", metavar="TEXT", help="one or two texts: files or bundled ids"
    )
    p.add_argument("--svg", metavar="OUT", help="write the map as SVG")
    p.add_argument("--png", metavar="OUT", help="write the map as PNG")
    p.add_argument(
        "--lang", choices=("en", "ru", "tr"), default="en", help="language of the labels"
    )
    p.add_argument("--version", choices=("both", "old", "new"), default="both",
                   help="show the places of both texts, or of one")  # fmt: skip
    p.add_argument("--dark", action="store_true", help="dark colours")
    p.add_argument("--encoding", help="force the text encoding of the files")
    add_limit_args(p)


def _text_id(doc: Document) -> str:
    return str(doc.metadata.get("id") or doc.source)


def run_map(
    args: argparse.Namespace, loader: Callable[[str, str | None, ReadLimits | None], Document]
) -> int:
    """``loader`` is the command line's: files and bundled ids, with its size limit."""
    # The map's data and drawing load here, so other commands start without them.
    from .core.atomic import atomic_write_bytes, atomic_write_text
    from .core.entities import Gazetteer
    from .core.map_places import bundled_map, named_versions
    from .core.map_scene import build_scene
    from .io.map_svg import render_svg

    if not (args.svg or args.png):
        raise InputError("map: give --svg OUT or --png OUT")
    names = list(args.texts) or list(DEFAULT_PAIR)
    if len(names) > 2:
        raise InputError("map: give one or two texts")
    docs = [loader(n, args.encoding, limits_from_args(args)) for n in names]
    versions = (
        {"old": docs[0], "new": docs[-1]} if len(docs) == 2 else {"old": docs[0], "new": docs[0]}
    )
    gazetteer = Gazetteer.bundled()
    basemap, treaty = bundled_map()
    labels = _words(args.lang)
    scene = build_scene(
        basemap, treaty, gazetteer, named_versions(versions, gazetteer),
        texts={k: _text_id(d) for k, d in versions.items()}, version=args.version, lang=args.lang,
        article_word=labels["art"],
    )  # fmt: skip
    if len(docs) == 1:
        labels["both"] = labels["one"]
    title = " → ".join(d.title or _text_id(d) for d in docs)
    svg = render_svg(scene, dark=args.dark, title=title, labels=labels)
    if args.svg:
        atomic_write_text(args.svg, svg)
    if args.png:
        atomic_write_bytes(args.png, svg_to_png(svg))
    return 0


def _words(lang: str) -> dict[str, str]:
    """The map's words in ``lang``: the reports' (``io.map_words``), read from the
    catalogue installed for the while (and English put back, for a caller in the
    same process)."""
    from .io.export import use_language
    from .io.map_words import map_words

    if lang == "en":
        return map_words()
    use_language(lang)
    try:
        return map_words()
    finally:
        use_language("en")


def svg_to_png(svg: str, scale: float = 2.0) -> bytes:
    """Render with Qt's SVG renderer (offscreen when there is no display)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from .io.export import ensure_gui_app

    ensure_gui_app()
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize() * scale
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt wants str
    return bytes(buffer.data().data())
