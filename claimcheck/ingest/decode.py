"""Bytes to text: size limits, binary detection, and which encoding was used.

Articles arrive in whatever encoding the newsroom's CMS wrote. A byte
order mark is believed (UTF-8, UTF-16, UTF-32); then UTF-8 is tried (by far
the most common, and decoding it strictly never guesses wrong); anything
else is read as Windows-1252, and the few bytes that has no character for
send it to Latin-1, which reads any byte. No statistical guessing: the same
bytes give the same text on every machine. The encoding used is kept on the
Article so the command line can say which, and a reader can tell why a
character looks odd.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from claimcheck.errors import InputError

MAX_BYTES = 5_000_000
"""Default size limit of one article (or one JSON Lines record)."""

_SNIFF = 8192
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
_CONTROL = frozenset(chr(c) for c in [*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_MAX_CONTROL = 0.05
"""Share of control characters above which decoded text is taken for binary."""


def describe_size(size: int) -> str:
    """``5.2 MB`` / ``812 bytes``: sizes as a person reads them."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.1f} kB"
    return f"{size} bytes"


def read_limited(path: Path, source: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``, refused before reading when it is over ``max_bytes``."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                source,
                f"file is {describe_size(size)}, over the {describe_size(max_bytes)} limit "
                "(raise it with --max-size)",
            )
        with path.open("rb") as handle:
            return read_stream(handle, source, max_bytes=max_bytes)
    except IsADirectoryError:
        raise InputError(source, "is a directory") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None


def read_stream(stream: BinaryIO, source: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """Up to ``max_bytes`` from ``stream``; more than that is an error, not a truncation."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(
            source, f"input is over the {describe_size(max_bytes)} limit (raise it with --max-size)"
        )
    return data


def decode(data: bytes, source: str, *, declared: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` of ``data``; empty and binary input are errors.

    ``declared`` is the encoding the file says it is in (an HTML page's
    ``<meta charset>``): after a byte order mark, before anything else, if
    the bytes decode in it. Newlines are normalised to ``\\n`` so that line
    numbers mean the same on every platform; a byte order mark is dropped.
    """
    if not data.strip():
        raise InputError(source, "file is empty")
    text, encoding = _decode(data, source, declared)
    if _looks_binary(text):
        raise InputError(source, "looks like a binary file, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(source, "file is empty")
    return text, encoding


def _decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError(
                    source, f"starts with a {encoding} byte order mark but is not {encoding}"
                ) from None
    if b"\x00" in data[:_SNIFF]:
        raise InputError(source, "looks like a binary file, not text")
    if declared is not None:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _looks_binary(text: str) -> bool:
    head = text[:_SNIFF]
    controls = sum(1 for ch in head if ch in _CONTROL)
    return "\x00" in head or controls > _MAX_CONTROL * len(head)
