"""The window's exports never replace a read-only file, and the save dialog asks before replacing any."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.mark.parametrize(("action", "suffix"), [("export_pdf", ".pdf"), ("export_json", ".json"),
                                                ("export_csv", ".csv")])
def test_an_export_over_a_read_only_file_is_refused_in_one_sentence(qtbot, monkeypatch, tmp_path, window,
                                                                      action, suffix) -> None:
    target = tmp_path / f"kept{suffix}"
    target.write_text("the user's own file", encoding="utf-8")
    target.chmod(0o444)  # root could write it anyway: the refusal reads the mode bits
    options: list[object] = []

    def ask(parent, caption, directory, file_filter, *args, **kwargs):  # type: ignore[no-untyped-def]
        options.append(kwargs.get("options", args[1] if len(args) > 1 else None))
        return str(target), file_filter

    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(f"{title}: {text}"))
    getattr(window.window_actions, action).trigger()
    qtbot.waitUntil(lambda: bool(shown) and not window.tasks.is_busy(), timeout=30000)
    assert "kept" in shown[0] and "is read-only; nothing was written" in shown[0]
    assert "Traceback" not in shown[0]
    assert target.read_text(encoding="utf-8") == "the user's own file"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]
    # the dialog itself asks before replacing a file (Qt's default, not switched off here)
    assert options and not (options[0] and QFileDialog.Option.DontConfirmOverwrite in options[0])
