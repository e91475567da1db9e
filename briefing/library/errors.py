"""What the library says when it cannot do something: one sentence for the user, never a traceback."""

from __future__ import annotations

from pathlib import Path


class LibraryError(Exception):
    """Something the library cannot do, said in one sentence for the user."""


class DamagedLibraryError(LibraryError):
    """The file is damaged so badly that it cannot even be read; `problems` says how."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(damage_sentence(path, problems))
        self.path = path
        self.problems = problems


def damage_sentence(path: Path, problems: list[str]) -> str:
    lines = [line.strip() for problem in problems for line in problem.splitlines()
             if line.strip() and not line.startswith("*** in database")]
    first = lines[0] if lines else "unknown damage"
    return (f"“{path.name}” is damaged ({first}); nothing was written to it. Restore a backup "
            "(briefing restore FILE) or salvage what can be read (briefing check --repair)")


def as_library_error(error: BaseException) -> LibraryError:
    """Any lower layer's error, as the one-sentence LibraryError the front ends show."""
    return LibraryError(str(error))
