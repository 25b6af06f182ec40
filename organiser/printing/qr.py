"""A fast QR encoder for badges: byte mode, error correction level M, one fixed mask.

The ``qrcode`` package spends about a millisecond per code in pure-Python
Reed-Solomon arithmetic and module-by-module placement, which is most of the
time for a thousand badges. This module keeps its tables (block structure,
function patterns, format and version bits) and does the per-code work with
log/antilog tables and a placement order cached per version: about ten times
faster, and module-for-module identical to ``qrcode`` with the same version and
mask (a test checks that).
"""

from __future__ import annotations

from functools import lru_cache

MASK = 4  # (row // 2 + col // 3) % 2 == 0; any mask decodes, this one skips the search
_PAD = (0xEC, 0x11)

# GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
_EXP = [0] * 512
_LOG = [0] * 256
_v = 1
for _i in range(255):
    _EXP[_i] = _v
    _LOG[_v] = _i
    _v <<= 1
    if _v & 0x100:
        _v ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


@lru_cache(maxsize=64)
def _generator_logs(nsym: int) -> tuple[int, ...]:
    """Logs of the generator polynomial's coefficients after the leading 1."""
    g = [1]
    for i in range(nsym):
        nxt = [0] * (len(g) + 1)
        for j, coef in enumerate(g):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= _EXP[_LOG[coef] + i]
        g = nxt
    return tuple(_LOG[c] for c in g[1:])


def _ec_codewords(data: list[int], nsym: int) -> list[int]:
    gen = _generator_logs(nsym)
    msg = data + [0] * nsym
    exp = _EXP
    log = _LOG
    for i in range(len(data)):
        coef = msg[i]
        if coef:
            lc = log[coef]
            for j, lg in enumerate(gen, start=i + 1):
                msg[j] ^= exp[lc + lg]
    return msg[len(data) :]


@lru_cache(maxsize=40)
def _blocks(version: int) -> tuple[tuple[int, int], ...]:
    """(total, data) codewords of each Reed-Solomon block at level M."""
    from qrcode import base
    from qrcode.constants import ERROR_CORRECT_M

    return tuple((b.total_count, b.data_count) for b in base.rs_blocks(version, ERROR_CORRECT_M))


def _count_bits(version: int) -> int:
    return 8 if version < 10 else 16


@lru_cache(maxsize=1)
def _capacities() -> tuple[int, ...]:
    """Data bits each version holds at level M (index 0 = version 1)."""
    return tuple(sum(d for _, d in _blocks(v)) * 8 for v in range(1, 41))


def version_for(length: int) -> int:
    """Smallest version whose byte mode holds ``length`` bytes at level M."""
    for v, cap in enumerate(_capacities(), start=1):
        if 4 + _count_bits(v) + 8 * length <= cap:
            return v
    raise ValueError("The QR payload is too long (more than about 2,300 bytes).")


@lru_cache(maxsize=40)
def _layout(
    version: int,
) -> tuple[tuple[tuple[bool | None, ...], ...], tuple[tuple[int, int, bool], ...]]:
    """Function-pattern template and the data modules in placement order with their mask bit."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    q = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0)
    n = q.modules_count = version * 4 + 17
    q.modules = [[None] * n for _ in range(n)]
    q.setup_position_probe_pattern(0, 0)
    q.setup_position_probe_pattern(n - 7, 0)
    q.setup_position_probe_pattern(0, n - 7)
    q.setup_position_adjust_pattern()
    q.setup_timing_pattern()
    q.setup_type_info(False, MASK)
    if version >= 7:
        q.setup_type_number(False)
    template = q.modules
    order: list[tuple[int, int, bool]] = []
    row, inc = n - 1, -1
    for right in range(n - 1, 0, -2):
        col = right - 1 if right <= 6 else right  # skip the vertical timing column
        while True:
            for c in (col, col - 1):
                if template[row][c] is None:
                    order.append((row, c, (row // 2 + c // 3) % 2 == 0))
            row += inc
            if row < 0 or row >= n:
                row -= inc
                inc = -inc
                break
    return tuple(tuple(r) for r in template), tuple(order)


def _codewords(raw: bytes, version: int) -> list[int]:
    blocks = _blocks(version)
    limit = sum(d for _, d in blocks) * 8
    bits = "0100" + format(len(raw), f"0{_count_bits(version)}b")
    bits += "".join(format(b, "08b") for b in raw)
    bits += "0" * min(4, limit - len(bits))
    bits += "0" * (-len(bits) % 8)
    data = [int(bits[i : i + 8], 2) for i in range(0, len(bits), 8)]
    data += [_PAD[i % 2] for i in range(limit // 8 - len(data))]
    dc: list[list[int]] = []
    ec: list[list[int]] = []
    at = 0
    for total, count in blocks:
        chunk = data[at : at + count]
        at += count
        dc.append(chunk)
        ec.append(_ec_codewords(chunk, total - count))
    out: list[int] = []
    for group in (dc, ec):
        for i in range(max(len(b) for b in group)):
            out.extend(b[i] for b in group if i < len(b))
    return out


def encode(data: str | bytes, version: int | None = None) -> list[list[bool]]:
    """QR modules (True = dark), without the quiet zone."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    v = version or version_for(len(raw))
    template, order = _layout(v)
    words = _codewords(raw, v)
    bits = [(w >> s) & 1 == 1 for w in words for s in range(7, -1, -1)]
    bits += [False] * (len(order) - len(bits))
    matrix = [list(r) for r in template]
    for (r, c, flip), bit in zip(order, bits, strict=False):
        matrix[r][c] = bit != flip
    return matrix  # type: ignore[return-value]  # every None was filled above
