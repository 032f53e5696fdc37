"""Bytes to text: size limits, binary detection, and which encoding was used.

Articles arrive in whatever encoding the newsroom's CMS wrote. UTF-8 is
tried first (it is by far the most common and decoding it strictly never
guesses wrong); anything else goes to charset-normalizer, and the encoding it
chose is kept on the Article so a reader can tell why a character looks odd.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from claimcheck.errors import InputError

MAX_BYTES = 5_000_000
"""Default size limit of one article (or one JSON Lines record)."""

_SNIFF = 8192


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


def decode(data: bytes, source: str) -> tuple[str, str]:
    """``(text, encoding)`` of ``data``; empty and binary input are errors.

    Newlines are normalised to ``\\n`` so that line numbers mean the same on
    every platform; a UTF-8 byte order mark is dropped.
    """
    if not data.strip():
        raise InputError(source, "file is empty")
    if b"\x00" in data[:_SNIFF] and not _is_utf16(data):
        raise InputError(source, "looks like a binary file, not text")
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            text, encoding = data[3:].decode("utf-8"), "utf-8-sig"
        else:
            text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError(source, "looks like a binary file, not text") from None
        text, encoding = str(best), best.encoding
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(source, "file is empty")
    return text, encoding


def _is_utf16(data: bytes) -> bool:
    return data.startswith((b"\xff\xfe", b"\xfe\xff"))
