"""A canvas that writes PNG files, with a built-in 5x7 bitmap font: enough to
draw the benchmark's bar charts with the standard library alone (zlib and
struct; there is no matplotlib or gnuplot on the benchmark machine)."""

import struct
import zlib

# The font: for each character of FONT_CHARS, 7 rows of 5 pixels, top row
# first, one byte per row (bit 4 is the leftmost pixel), as hex. The shapes
# are the classic 5x7 LCD ones; ×, µ, ± and − are there because the tables'
# labels use them.
FONT_CHARS = (' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]'
              '^_`abcdefghijklmnopqrstuvwxyz{|}~×µ±−')
FONT_HEX = (
    "00000000000000040404040400040a0a0a000000000a0a1f0a1f0a0a040f140e051e04"
    "181902040813030c12140815120d0c0408000000000204080808040208040202020408"
    "0004150e1504000004041f040400000000000c04080000001f00000000000000000c0c"
    "000102040810000e11131519110e040c040404040e0e11010204081f1f02040201110e"
    "02060a121f02021f101e0101110e0608101e11110e1f0102040808080e11110e11110e"
    "0e11110f01020c000c0c000c0c00000c0c000c04080204081008040200001f001f0000"
    "080402010204080e1101020400040e11010d15150e0e1111111f11111e11111e11111e"
    "0e11101010110e1c12111111121c1f10101e10101f1f10101e1010100e11101711110f"
    "1111111f1111110e04040404040e0702020202120c111214181412111010101010101f"
    "111b1515111111111119151311110e11111111110e1e11111e1010100e11111115120d"
    "1e11111e1412110f10100e01011e1f0404040404041111111111110e11111111110a04"
    "1111111515150a11110a040a11111111110a0404041f01020408101f0e08080808080e"
    "001008040201000e02020202020e040a11000000000000000000001f08040200000000"
    "00000e010f110f1010161911111e00000e1010110e01010d1311110f00000e111f100e"
    "0609081c080808000f11110f010e1010161911111104000c0404040e0200060202120c"
    "101012141814120c04040404040e00001a151511110000161911111100000e1111110e"
    "00001e111e101000000d130f01010000161910101000000e100e011e08081c08080906"
    "0000111111130d00001111110a040000111115150a0000110a040a11000011110f010e"
    "00001f0204081f02040408040402040404040404040804040204040800000815020000"
    "00110a040a110000001111131d1004041f0404001f0000001f000000")
GLYPH_W, GLYPH_H = 5, 7
FONT = {c: bytes.fromhex(FONT_HEX[14 * i:14 * i + 14])
        for i, c in enumerate(FONT_CHARS)}
assert len(FONT_HEX) == 14 * len(FONT_CHARS)


def text_width(s, scale=1):
    """Pixels that draw_text needs for s: 6 per character (5 and a gap)."""
    return len(s) * (GLYPH_W + 1) * scale - scale if s else 0


class Canvas:
    """width x height RGB pixels, white to start with."""

    def __init__(self, width, height, background=(255, 255, 255)):
        self.w, self.h = width, height
        self.px = bytearray(bytes(background) * (width * height))

    def rect(self, x, y, w, h, rgb):
        """Fills the rectangle, clipped to the canvas."""
        x0, y0 = max(0, int(x)), max(0, int(y))
        x1, y1 = min(self.w, int(x + w)), min(self.h, int(y + h))
        if x1 <= x0 or y1 <= y0:
            return
        row = bytes(rgb) * (x1 - x0)
        for yy in range(y0, y1):
            i = 3 * (yy * self.w + x0)
            self.px[i:i + len(row)] = row

    def text(self, x, y, s, rgb=(0, 0, 0), scale=1):
        """Draws s with its top-left corner at (x, y). A character the font
        lacks is drawn as '?'."""
        for ch in s:
            glyph = FONT.get(ch, FONT["?"])
            for gy, bits in enumerate(glyph):
                for gx in range(GLYPH_W):
                    if bits & (0x10 >> gx):
                        self.rect(x + gx * scale, y + gy * scale, scale,
                                  scale, rgb)
            x += (GLYPH_W + 1) * scale

    def save(self, path):
        """Writes an 8-bit RGB PNG: signature, IHDR, one zlib IDAT, IEND."""
        def chunk(kind, data):
            return (struct.pack(">I", len(data)) + kind + data +
                    struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

        stride = 3 * self.w
        raw = b"".join(b"\x00" + bytes(self.px[y * stride:(y + 1) * stride])
                       for y in range(self.h))  # filter type 0 on each row
        ihdr = struct.pack(">IIBBBBB", self.w, self.h, 8, 2, 0, 0, 0)
        with open(path, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) +
                    chunk(b"IDAT", zlib.compress(raw, 9)) +
                    chunk(b"IEND", b""))
