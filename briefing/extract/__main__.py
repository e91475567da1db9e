"""Command line: python -m briefing.extract FILE [--published YYYY-MM-DD] prints the draft as briefing/1 JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.core.interchange import dumps
from briefing.extract import extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing.extract",
                                     description="Extract a draft briefing from an article's text.")
    parser.add_argument("file", help="a UTF-8 text file, or - for standard input")
    parser.add_argument("--published", help="publication date, YYYY-MM-DD, to resolve 'last Tuesday'")
    parser.add_argument("--title", help="the headline, when the text does not start with it")
    parser.add_argument("--url")
    parser.add_argument("--outlet")
    args = parser.parse_args(argv)
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            text = Path(args.file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    briefing = extract(text, published=args.published, title=args.title, url=args.url, outlet=args.outlet)
    sys.stdout.write(dumps(briefing) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
