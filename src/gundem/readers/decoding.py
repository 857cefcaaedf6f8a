"""Bytes to text: UTF-8 first, then the Turkish legacy code pages, with a warning."""
from __future__ import annotations

from gundem.readers.problems import ReadError

# Older Turkish sites publish in Windows-1254 or ISO-8859-9; cp1254 leaves five bytes
# undefined, ISO-8859-9 defines all 256, so it is the last resort.
FALLBACK_ENCODINGS = ("cp1254", "iso-8859-9")
BINARY_PROBE_BYTES = 8192


def decode(data: bytes, max_bytes: int) -> tuple[str, tuple[str, ...]]:
    """Return the text and any warnings; raise ReadError for empty, binary or oversized input."""
    if len(data) > max_bytes:
        raise ReadError(f"too large: {len(data):,} bytes, limit {max_bytes:,} (raise it with --max-bytes)")
    if not data.strip():
        raise ReadError("empty: no text to analyse")
    if b"\x00" in data[:BINARY_PROBE_BYTES]:
        raise ReadError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        first_problem = f"not valid UTF-8 at line {line}, byte {error.start}"
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), (f"{first_problem}; decoded as {encoding}",)
        except UnicodeDecodeError:
            continue
    raise ReadError(first_problem)  # unreachable with ISO-8859-9, kept for a changed list
