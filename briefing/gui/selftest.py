"""`briefing --self-test`: checks that this installation (a checkout, a wheel or a frozen build) works.

It opens the real main window on a throw-away library seeded with the sample, checks the sample is
listed and shown, exports its PDF and checks the file, then prints one line per check and returns
0 (all passed) or 1. Everything it writes goes to a temporary folder (the library, the PDF and the
window's settings); the user's library and settings are not touched.

It drives the same Library the window and the command line use. PySide6 is imported only inside
run_self_test, so the command line can import this module without loading Qt.
"""

from __future__ import annotations

import base64
import contextlib
import importlib.util
import os
import re
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

SAMPLE_PERSON = "Jing Junhai"
MIN_PDF_BYTES = 10_000


class CheckFailed(Exception):
    """One check did not pass; the message says what was found."""


class Checks:
    """Runs named checks, printing `ok`/`FAIL` and a detail for each; counts the failures."""

    def __init__(self, out: Callable[[str], None]) -> None:
        self.out = out
        self.failures = 0

    def run(self, name: str, check: Callable[[], str | None]) -> bool:
        try:
            detail = check()
        except CheckFailed as exc:
            self._report(False, name, str(exc))
            return False
        except Exception as exc:  # a crash in a check is that check's failure
            self._report(False, name, f"{type(exc).__name__}: {exc}")
            return False
        self._report(True, name, detail or "")
        return True

    def _report(self, passed: bool, name: str, detail: str) -> None:
        if not passed:
            self.failures += 1
        line = f"{'ok  ' if passed else 'FAIL'} {name}" + (f": {detail}" if detail else "")
        self.out(line.replace("\n", " "))


def default_platform() -> None:
    """Use Qt's offscreen platform where no display server is reachable (a terminal, CI, a container)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith(("win", "darwin")):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


REPORT_FILE = "briefing-self-test.txt"
"""Where the report goes when there is no console (a windowed build on Windows): the temp folder."""


def _print(line: str) -> None:
    stream = sys.stdout
    with contextlib.suppress(OSError, ValueError):
        if stream is not None:
            print(line, file=stream, flush=True)
            return
        with open(Path(tempfile.gettempdir()) / REPORT_FILE, "a", encoding="utf-8") as report:
            print(line, file=report)


def run_self_test(out: Callable[[str], None] = _print) -> int:
    """Run every check; 0 if all passed, 1 otherwise. Never raises."""
    checks = Checks(out)
    started = time.perf_counter()
    if out is _print and sys.stdout is None:
        with contextlib.suppress(OSError):
            (Path(tempfile.gettempdir()) / REPORT_FILE).unlink(missing_ok=True)
    try:
        with tempfile.TemporaryDirectory(prefix="briefing-self-test-", ignore_cleanup_errors=True) as tmp:
            _run(checks, Path(tmp))
    except BaseException as exc:  # noqa: BLE001 - the contract is "never raises"
        checks._report(False, "self-test", f"stopped by {type(exc).__name__}: {exc}")
    seconds = time.perf_counter() - started
    if checks.failures:
        out(f"self-test FAILED: {checks.failures} check(s) failed ({seconds:.1f} s)")
        return 1
    out(f"self-test passed ({seconds:.1f} s)")
    return 0


def _run(checks: Checks, tmp: Path) -> None:
    import briefing
    from briefing.core import load_file
    from briefing.core.resources import SAMPLE_BRIEFING, resource_path, resources_dir

    frozen = getattr(sys, "frozen", False)
    checks.out(f"Briefing {briefing.__version__} ({'frozen build' if frozen else 'Python ' + sys.version.split()[0]}"
               f", {sys.platform}); resources: {resources_dir()}")

    sample = load_file(resource_path(SAMPLE_BRIEFING))[0]
    title = sample.title
    checks.run("bundled sample", lambda: f"{resource_path(SAMPLE_BRIEFING).name}: {title[:50]}…")

    default_platform()
    state: dict[str, Any] = {}
    if not checks.run("Qt application", lambda: _start_qt(state, tmp)):
        return
    app = state["app"]
    previous_settings = state["settings_path"]
    try:
        _window_checks(checks, state, tmp, title)
        checks.run("app icon", lambda: _check_icons(resources_dir()))
        checks.run("PDF export", lambda: _check_pdf(state, tmp))
        checks.run("article import", lambda: _check_ingest(tmp, sample.source.text))
    finally:
        window = state.get("window")
        if window is not None:
            window.close()
            window.deleteLater()
        store = state.get("store")
        if store is not None:
            store.close()
        app.processEvents()
        _set_settings_path(previous_settings)


def _start_qt(state: dict[str, Any], tmp: Path) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "briefing"])
    if not isinstance(app, QApplication):
        raise CheckFailed(f"this process already runs a {type(app).__name__}, which cannot show widgets")
    state["app"] = app
    from briefing.gui.app import configure_application

    configure_application(app)
    state["settings_path"] = _set_settings_path(tmp / "config")
    return f"PySide6 {pyside_version}, platform {app.platformName()}"


def _set_settings_path(path: Path | None) -> Path | None:
    """Point Qt's user-scope INI settings at path; returns the folder it pointed at before."""
    from PySide6.QtCore import QSettings

    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "probe", "probe")
    before = Path(probe.fileName()).parent.parent
    if path is not None:
        path.mkdir(parents=True, exist_ok=True)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(path))
    return before


def _window_checks(checks: Checks, state: dict[str, Any], tmp: Path, title: str) -> None:
    def library() -> str:
        from briefing.library import Library

        store = state["store"] = Library.open(tmp / "library.sqlite", claim=False, seed_sample=True)
        ids = store.ids()
        if not ids:
            raise CheckFailed("the new library is empty: the sample was not seeded")
        state["briefing"] = store.get(ids[0])
        if state["briefing"].title != title:
            raise CheckFailed(f"first briefing is {state['briefing'].title!r}, not the sample")
        return f"{len(ids)} briefing(s) in {store.path.name}"

    def window() -> str:
        from briefing.gui.main_window import MainWindow

        win = state["window"] = MainWindow(state["store"])
        win.show()
        _settle(state["app"])
        win.finish_startup()  # done by the first paint's aftermath too; here without waiting for it
        if not win.isVisible():
            raise CheckFailed("the main window did not become visible")
        return f"{win.windowTitle()!r}, {win.width()}x{win.height()}"

    def listed() -> str:
        for view, row in _list_rows(state["window"]):
            if any(title in cell for cell in row):
                return f"in {type(view).__name__} ({view.model().rowCount()} row(s))"
        raise CheckFailed("no list in the window shows the sample's title")

    def shown() -> str:
        texts = list(_shown_texts(state["window"]))
        if not any(title in text for text in texts):
            raise CheckFailed("the sample's title is not displayed")
        if not any(SAMPLE_PERSON in text for text in texts):
            raise CheckFailed(f"{SAMPLE_PERSON} is not displayed in any pane")
        return f"title and {SAMPLE_PERSON} displayed"

    if not checks.run("library", library):
        return
    if not checks.run("main window", window):
        return
    checks.run("sample listed", listed)
    checks.run("sample shown", shown)


def _settle(app: Any, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def _list_rows(window: Any) -> Iterator[tuple[Any, list[str]]]:
    """(view, display texts of one row) for the first rows of every item view in the window."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(), 50)):
            cells = [model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                     for column in range(model.columnCount())]
            yield view, [str(cell) for cell in cells if cell is not None]


def _shown_texts(window: Any) -> Iterator[str]:
    """The text of every label, text box and item view row (one level of children) in the window."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QPlainTextEdit, QTextEdit

    for label in window.findChildren(QLabel):
        yield label.text()
    for box in window.findChildren(QTextEdit):
        yield box.toPlainText()
    for box in window.findChildren(QPlainTextEdit):
        yield box.toPlainText()
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(), 200)):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                yield str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                for child in range(min(model.rowCount(index), 200)):
                    yield str(model.index(child, 0, index).data(Qt.ItemDataRole.DisplayRole) or "")


def _check_icons(resources: Path) -> str:
    from PySide6.QtGui import QIcon, QPixmap

    import briefing

    icons = resources / "icons"
    svg = icons / f"{briefing.APP_ID}.svg"
    png = icons / "hicolor" / "48x48" / "apps" / f"{briefing.APP_ID}.png"
    for path in (svg, png):
        if not path.is_file():
            raise CheckFailed(f"{path} is missing")
    if QPixmap(str(png)).isNull():
        raise CheckFailed(f"{png.name} does not load (no PNG image support?)")
    if QIcon(str(svg)).pixmap(64, 64).isNull():
        raise CheckFailed(f"{svg.name} does not render (no SVG icon engine?)")
    return f"{briefing.APP_ID}: SVG and PNG load"


def _check_pdf(state: dict[str, Any], tmp: Path) -> str:
    from briefing.library import export_briefings

    if "briefing" not in state:
        raise CheckFailed("no briefing to export (the library check failed)")
    started = time.perf_counter()
    path = export_briefings([state["briefing"]], tmp / "self-test.pdf")
    seconds = time.perf_counter() - started
    data = path.read_bytes()
    if not data.startswith(b"%PDF"):
        raise CheckFailed(f"{path.name} does not start with %PDF")
    if len(data) <= MIN_PDF_BYTES:
        raise CheckFailed(f"{path.name} is only {len(data)} bytes")
    how = _pdf_mentions(path, data, SAMPLE_PERSON)
    return f"{len(data) // 1024} kB in {seconds:.2f} s, mentions {SAMPLE_PERSON} ({how})"


def _pdf_mentions(path: Path, data: bytes, words: str) -> str:
    """How the PDF was found to contain words (pypdf's text, else its inflated page streams)."""
    try:
        from pypdf import PdfReader
    except ImportError:
        PdfReader = None  # noqa: N806 - pypdf is a test dependency; the byte check below stands in
    if PdfReader is not None:
        text = " ".join((page.extract_text() or "") for page in PdfReader(str(path)).pages)
        if words not in " ".join(text.split()):
            raise CheckFailed(f"the PDF's text does not contain {words!r}")
        return "pypdf"
    streams = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = match.group(1).strip()
        try:
            if raw.endswith(b"~>"):  # reportlab's /ASCII85Decode /FlateDecode
                raw = base64.a85decode(raw[:-2])
            streams.append(zlib.decompress(raw))
        except (ValueError, zlib.error):
            continue
    if not any(words.encode("latin-1") in stream for stream in streams):
        raise CheckFailed(f"no page stream of the PDF contains {words!r}")
    return "byte check"


def _check_ingest(tmp: Path, source_text: str) -> str:
    """An HTML article goes through ingest and extraction (their libraries and data are bundled)."""
    from html import escape

    from briefing.library import Library

    paragraphs = [p.strip() for p in source_text.split("\n") if p.strip()]
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs[1:])
    page = tmp / "article.html"
    page.write_text(f"<!doctype html><html><head><title>{escape(paragraphs[0])}</title></head>"
                    f"<body><article><h1>{escape(paragraphs[0])}</h1>\n{body}</article></body></html>",
                    encoding="utf-8")
    draft = Library.draft(page)
    if SAMPLE_PERSON not in (draft.source.text or ""):
        raise CheckFailed(f"the HTML article's text lost {SAMPLE_PERSON!r}")
    readers = []
    if importlib.util.find_spec("trafilatura") is not None:
        # ingest falls back quietly when trafilatura fails; a build missing its data must not pass
        import trafilatura

        if SAMPLE_PERSON not in (trafilatura.extract(page.read_text(encoding="utf-8")) or ""):
            raise CheckFailed(f"trafilatura lost {SAMPLE_PERSON!r} from the HTML article")
        readers.append("trafilatura")
    from briefing.library import regions_known

    if not regions_known():  # extraction goes on without them quietly; a build missing them must not pass
        raise CheckFailed("the regions of countries (pycountry's ISO 3166-2 data) cannot be read")
    readers.append(f"{regions_known()} regions")
    via = f" (checked {', '.join(readers)})" if readers else ""
    return (f"{len(draft.source.text or '')} characters read{via}, draft with {len(draft.participants)} participant(s)"
            f" and {len(draft.statements)} statement(s)")
