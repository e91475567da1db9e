"""Hostile inputs built at test time: damaged encodings, zip bombs, AES-encrypted PDFs, deep HTML, bad JSON."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from tests.ingest.builders import ARTICLE_EN, ARTICLE_ZH, PARAGRAPHS_EN, make_docx, make_pdf

RUSSIAN = ("Губернатор провинции Цзилинь Цзин Цзюньхай провёл видеоконференцию с президентом региона "
           "Эмилия-Романья Стефано Бонаккини. Стороны договорились расширить сотрудничество в автопроме.")
PARAGRAPH = "<p>The governor said the two sides will open a trade office in Parma next year.</p>"


def utf8_with_bad_bytes(text: str = ARTICLE_ZH, bad: bytes = b"\xff", count: int = 1) -> bytes:
    """`text` in UTF-8 with `count` copies of `bad` spliced in between characters."""
    data = text.encode("utf-8")
    step = max(1, len(text) // (count + 1))
    pieces, start = [], 0
    for index in range(1, count + 1):
        cut = len(text[: index * step].encode("utf-8"))
        pieces += [data[start:cut], bad]
        start = cut
    return b"".join([*pieces, data[start:]])


def zip_bomb_docx(path: Path, inflated: int = 25 * 2**20) -> Path:
    """A real .docx whose word/document.xml holds paragraphs that inflate to `inflated` bytes (KBs on disk)."""
    good = make_docx(path.with_suffix(".good.docx"))
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                archive.writestr(item.filename, source.read(item))
                continue
            head, tail = source.read(item).split(b"<w:body>", 1)
            with archive.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(head + b"<w:body>")
                chunk = b"<w:p><w:r><w:t>Boom.</w:t></w:r></w:p>" * 2**15
                for _ in range(inflated // len(chunk)):
                    part.write(chunk)
                part.write(tail)
    good.unlink()
    return path


class _StandInAES:
    """pypdf's AES slot when no AES library is installed: padded plain bytes behind a zero IV.

    The file is then marked AES-encrypted as a real one is; a reader without an AES library (ours)
    cannot tell the difference, and one with it reads noise."""

    def __init__(self, key: bytes) -> None:
        self.key = key

    def encrypt(self, data: bytes) -> bytes:
        pad = 16 - len(data) % 16
        return bytes(16) + data + bytes([pad]) * pad

    def decrypt(self, data: bytes) -> bytes:  # pragma: no cover - the writer only encrypts
        return data[16:]


def aes_pdf(path: Path, user_password: str = "") -> Path:
    """A PDF encrypted with AES-128 (pypdf's writer); an empty user password opens it for anyone."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import DependencyError

    plain = make_pdf(path.with_suffix(".plain.pdf"), paragraphs=PARAGRAPHS_EN[:2])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    try:
        writer.write(buffer)
    except DependencyError:  # no AES library here: write it with the stand-in cipher
        buffer = io.BytesIO()
        with mock.patch("pypdf._encryption.CryptAES", _StandInAES):
            writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    plain.unlink()
    return path


def content_bomb_pdf(path: Path, megabytes: float, with_text_page: bool = True) -> Path:
    """A PDF whose first page's content stream inflates to `megabytes` of text operators (a few KB on
    disk), then, with `with_text_page`, a page with one ordinary sentence."""
    import zlib

    operators = b"BT /F1 12 Tf 72 720 Td (Boom boom boom.) Tj ET\n"
    bomb = zlib.compress(operators * int(megabytes * 2**20 / len(operators)), 9)
    text = zlib.compress(b"BT /F1 12 Tf 72 720 Td (The governor said the sides will meet in May.) Tj ET\n")
    pages = [(4, bomb), (6, text)] if with_text_page else [(4, bomb)]
    kids = " ".join(f"{page} 0 R" for page, _ in [(3, b""), (5, b"")][: len(pages)])
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode()]
    for content, data in pages:
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R "
                       "/Resources << /Font << /F1 7 0 R >> >> >>".encode())
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
    if not with_text_page:
        objects += [b"<< >>", b"<< >>"]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def deep_html(depth: int, tag: str = "div") -> str:
    """An article whose middle paragraphs sit `depth` elements deep."""
    return ("<html><head><title>Deep page</title></head><body>" + PARAGRAPH + f"<{tag}>" * depth
            + PARAGRAPH * 2 + f"</{tag}>" * depth + PARAGRAPH + "</body></html>")


def sample_record() -> dict:
    from briefing.core.resources import SAMPLE_BRIEFING, resource_path

    return json.loads(resource_path(SAMPLE_BRIEFING).read_text(encoding="utf-8"))


def _record(**changes: object) -> str:
    return json.dumps({**sample_record(), **changes}, ensure_ascii=False)


def _statement_at(start: int) -> str:
    record = sample_record()
    record["statements"] = [{**record["statements"][0], "start": start}]
    return json.dumps(record)


# name → bytes of a file that must end in a result or one sentence. Built lazily: some are large.
ARTICLE_FILES: dict[str, Callable[[Path], bytes]] = {
    "utf8-one-bad-byte.txt": lambda _: utf8_with_bad_bytes(),
    "utf8-russian-bad-byte.txt": lambda _: utf8_with_bad_bytes(RUSSIAN * 4),
    "utf8-truncated-sequence.md": lambda _: utf8_with_bad_bytes(ARTICLE_EN.replace("’", "’’"), b"\xe2\x80", 2),
    "utf8-bom-bad-byte.txt": lambda _: b"\xef\xbb\xbf" + utf8_with_bad_bytes(ARTICLE_EN),
    "utf16-lone-surrogate.txt": lambda _: b"\xff\xfe" + "Wu \ud800 said".encode("utf-16-le", "surrogatepass"),
    "nul-bytes.txt": lambda _: b"Wu said\x00\x00\x00 hello" * 20,
    "only-controls.txt": lambda _: bytes(range(1, 32)) * 40,
    "whitespace.md": lambda _: b" \n\t\r\n" * 50,
    "random-binary.html": lambda _: bytes((i * 197 + 13) % 256 for i in range(4096)),
    "deep-300.html": lambda _: deep_html(300).encode(),
    "deep-100000.html": lambda _: deep_html(100_000).encode(),
    "deep-spans.htm": lambda _: deep_html(5_000, "span").encode(),
    "unclosed-tags.html": lambda _: ("<html><body>" + "<p><b><i>" * 20_000 + "Text.").encode(),
    "script-only.html": lambda _: b"<html><body><script>alert(1)</script></body></html>",
    "bad-charset.html": lambda _: b'<meta charset="x-no-such">' + utf8_with_bad_bytes(PARAGRAPH * 3),
    "zip-bomb.docx": lambda folder: zip_bomb_docx(folder / "_bomb.docx").read_bytes(),
    "not-a-zip.docx": lambda _: b"PK\x03\x04 but not really a zip archive",
    "empty-zip.docx": lambda _: _empty_zip(),
    "truncated.docx": lambda folder: make_docx(folder / "_t.docx").read_bytes()[:1500],
    "aes-empty-password.pdf": lambda folder: aes_pdf(folder / "_aes.pdf").read_bytes(),
    "aes-with-password.pdf": lambda folder: aes_pdf(folder / "_aes2.pdf", "s3cret").read_bytes(),
    "rc4-with-password.pdf": lambda folder: make_pdf(folder / "_rc4.pdf", encrypt="s3cret").read_bytes(),
    "truncated.pdf": lambda folder: make_pdf(folder / "_t.pdf").read_bytes()[:900],
    "not-a-pdf.pdf": lambda _: b"%PDF-1.7\nnothing else",
    "content-bomb.pdf": lambda folder: content_bomb_pdf(folder / "_cb.pdf", 200, with_text_page=False).read_bytes(),
    "content-bomb-page.pdf": lambda folder: content_bomb_pdf(folder / "_cbp.pdf", 3, with_text_page=False).read_bytes(),
    "deep-arrays.pdf": lambda _: b"%PDF-1.4\n1 0 obj\n" + b"[" * 50_000 + b"\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF",
}

INTERCHANGE_FILES: dict[str, Callable[[Path], bytes]] = {
    "lone-surrogate.json": lambda _: _record(title="broken \\ud800 title").replace("\\\\ud800", "\\ud800").encode(),
    "lone-surrogate.jsonl": lambda _: (_record(summary="x \\udfff y").replace("\\\\udfff", "\\udfff") + "\n").encode(),
    "huge-integer.json": lambda _: _statement_at(2**64).encode(),
    "negative-huge-integer.jsonl": lambda _: (_statement_at(-(2**70)) + "\n").encode(),
    "thousand-digit-integer.json": lambda _: _record(id=0).replace('"id": 0', '"id": ' + "9" * 5000).encode(),
    "deep-100000.json": lambda _: b"[" * 100_000 + b"]" * 100_000,
    "deep-100000.jsonl": lambda _: b'{"a":' * 100_000 + b"1" + b"}" * 100_000 + b"\n",
    "deep-in-a-field.json": lambda _: _record(tags=0).replace('"tags": 0', '"tags": ' + "[" * 900 + "]" * 900).encode(),
    "nan.json": lambda _: _record(id=0).replace('"id": 0', '"id": NaN').encode(),
    "not-utf8.json": lambda _: _record(title="caf\u00e9").encode("cp1252"),
    "not-utf8.jsonl": lambda _: (_record(title="caf\u00e9") + "\n").encode("cp1252"),
    "truncated.json": lambda _: _record()[:500].encode(),
    "wrong-type.json": lambda _: _record(title=7).encode(),
    "schema-version-text.json": lambda _: _record(schema="briefing/one").encode(),
    "a-string.json": lambda _: b'"just a string"',
    "empty.json": lambda _: b"",
    "empty-list.json": lambda _: b"[]",
    "nul.jsonl": lambda _: b"\x00\x00\x00\n",
}


def _empty_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w"):
        pass
    return buffer.getvalue()


def write_corpus(folder: Path, builders: dict[str, Callable[[Path], bytes]]) -> list[Path]:
    """Write each hostile file into `folder`; the list of their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, build in builders.items():
        path = folder / name
        path.write_bytes(build(folder))
        paths.append(path)
    for scratch in folder.glob("_*"):
        scratch.unlink()
    return paths
