"""Help ▸ Search Syntax: the query language as a table, the same one README's "Searching" shows."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from briefing.gui.formatting import esc

SYNTAX = (
    ("ferry harbour", "rows containing all the words (the last word you type also matches as a prefix: "
                      "Stef finds Stefano)"),
    ('"new ferry line"', "the exact phrase"),
    ("ferry OR port", "either word"),
    ("-Hongqi", "leaves out briefings that mention Hongqi"),
    ("harb*", "words starting with harb"),
    ("speaker:Jing", "statements by a speaker with a name starting Jing"),
    ("party:Italy, kind:talks", "briefings with that party (or one of its people) / event kind"),
    ('person:"Governor Jing"', "every event of that person, under any name or title they had"),
    ("status:delivered, firmness:hope", "commitments with that status / firmness"),
    ("review:draft, review:reviewed", "briefings not yet reviewed / reviewed by a person"),
    ("tag:ports", "briefings with that tag"),
    ("after:2020-05-01, before:2021", "events after / before a day, month (2020-05) or year"),
)
NOTES = ("Diacritics fold (Citta finds Città) and Chinese is searched by character, so two-character "
         "names such as 吉林 or 大连 are found inside longer runs like 吉林省长春市. Any input is accepted: "
         "stray quotes and operators are read as plain words, and an empty result says why.")
KEYS = (("Ctrl+F", "go to the search box"), ("↓", "from the box to the hits"),
        ("Enter or click", "open a hit at its tab and row"), ("Esc", "clear the search, back to the library"),
        ("F1", "this table"))


def syntax_html() -> str:
    """The dialog's document: what you type, what it finds, then notes and keys."""
    def table(rows: tuple[tuple[str, str], ...], code: bool, head: tuple[str, str] | None = None) -> str:
        cell = "<td style='padding:3px 18px 3px 0; white-space:nowrap'>"
        heading = (f"<tr>{cell}<b>{esc(head[0])}</b></td><td style='padding:3px 0'><b>{esc(head[1])}</b></td></tr>"
                   if head else "")
        cells = "".join(
            f"<tr>{cell}{'<code>' if code else ''}{esc(left)}{'</code>' if code else ''}</td>"
            f"<td style='padding:3px 0'>{esc(right)}</td></tr>" for left, right in rows)
        return f"<table cellspacing='0'>{heading}{cells}</table>"

    return ("<h3>Searching</h3><p>The search box (Ctrl+F) and <code>briefing search</code> share one "
            "language:</p>" + table(SYNTAX, code=True, head=("you type", "finds"))
            + f"<p>{esc(NOTES)}</p><h4>Keys</h4>" + table(KEYS, code=False))


class SearchSyntaxDialog(QDialog):
    """A modeless reference: it can stay open beside the window while you type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Search Syntax")
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(syntax_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(660, 560)

    def text(self) -> str:
        return self.browser.toPlainText()


def show_search_syntax(window: QWidget, dialog: SearchSyntaxDialog | None) -> SearchSyntaxDialog:
    """Help ▸ Search Syntax: the window's one dialog (made on first use), brought to the front."""
    dialog = dialog or SearchSyntaxDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
