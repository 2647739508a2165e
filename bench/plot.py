"""The benchmark's chart: bench.py calls plot() with what it measured and
gets one PNG of horizontal bar charts (png.py draws it).

 - Runtime: per case, one row per implementation, two bar panels side by
   side: instructions per call and median ns per call, both over the
   hand-written C version, on a log2 scale (1 = as fast as by hand).
 - Compile time: the defers' cost over the same calls by hand, K = 1, 2, 4.
 - Code size: .text bytes per open-coded defer against hand-written code
   and `_Defer`.
 - Memory: heap bytes per pending call, and peak RSS with 1 000 000
   pending, against hand-written and Go.
Any part that was not measured is left out.
"""

import math

from png import Canvas, GLYPH_H, text_width

S = 2                      # font scale: 10x14-pixel characters
CH = (GLYPH_H + 1) * S     # text line height
ROW = CH + 8               # one bar
PAD = 16
WIDTH = 1500
LABEL_W = 380
INK, GRID, MUTED = (0, 0, 0), (215, 215, 215), (110, 110, 110)

COLORS = {
    "hand": (120, 120, 120), "open": (46, 160, 67), "open-panic": (20, 100, 40),
    "frame": (31, 119, 180), "pool": (240, 140, 20),
    "pool-panic": (170, 90, 0), "auto": (214, 39, 40),
    "cleanup": (148, 103, 189),
    "deferts": (23, 190, 207), "go-hand": (185, 185, 185),
    "go-defer": (140, 86, 75), "cdefer": (240, 140, 20), "go": (140, 86, 75),
    "none": (200, 200, 200),
}


def _ticks_log(lo, hi):
    """Powers of two from at most lo to at least hi."""
    t, out = 2.0 ** math.floor(math.log2(lo)), []
    while not out or out[-1] < hi:
        out.append(t)
        t *= 2
    return out


def _ticks_linear(hi):
    if hi <= 0:
        return [0]
    step = 10 ** math.floor(math.log10(hi))
    for m in (1, 2, 5, 10):
        if hi / (step * m) <= 6:
            step *= m
            break
    return [i * step for i in range(int(hi / step) + 2)]


def _num(v):
    if v == int(v) and abs(v) < 1e6:
        return "%d" % v
    return "%.2f" % v if abs(v) < 10 else "%.1f" % v if abs(v) < 100 \
        else "%.0f" % v


class Panel:
    """One column of bars: a title, a scale (log2 around 1, or linear from
    0) and how the value is written beside the bar."""

    def __init__(self, title, width, log=False, fmt=_num):
        self.title, self.width, self.log, self.fmt = title, width, log, fmt
        self.lo = self.hi = None

    def fit(self, values):
        vs = [v for v in values if v is not None and (v > 0 or not self.log)]
        if not vs:
            self.lo, self.hi = (0.5, 2) if self.log else (0, 1)
            return
        if self.log:
            self.ticks = _ticks_log(min(1.0, min(vs)) / 1.25,
                                    max(2.0, max(vs)))
            self.lo, self.hi = self.ticks[0], self.ticks[-1]
        else:
            self.lo, self.ticks = 0, _ticks_linear(max(vs) * 1.05)
            self.hi = self.ticks[-1]
        self.plot_w = self.width - 11 * CH // 2 * 2  # room for the value

    def x(self, v):
        if self.log:
            f = (math.log2(v) - math.log2(self.lo)) / (
                math.log2(self.hi) - math.log2(self.lo))
        else:
            f = (v - self.lo) / (self.hi - self.lo)
        return max(0, min(1, f)) * self.plot_w


class _Measure:
    """A canvas that draws nothing: draw_chart on it says how tall it is."""

    def rect(self, *a, **k):
        pass

    def text(self, *a, **k):
        pass


def _wrap(text, width):
    words, lines, line = text.split(), [], ""
    for w in words:
        if line and text_width(line + " " + w, S) > width:
            lines.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    return lines + ([line] if line else [])


def draw_chart(c, y, title, note, panels, groups):
    """groups: [(group title, [(row label, color key, [value per panel])])].
    Draws at y; returns the y below it."""
    c.text(PAD, y, title, INK, S)
    y += CH + 4
    for line in _wrap(note or "", WIDTH - 2 * PAD):
        c.text(PAD, y, line, MUTED, S)
        y += CH
    y += 6
    for i, p in enumerate(panels):
        p.fit([r[2][i] for _, rows in groups for r in rows])
    # panel titles
    x = PAD + LABEL_W
    for p in panels:
        c.text(x, y, p.title, INK, S)
        x += p.width + PAD
    y += CH + 4
    top = y
    rows_h = sum(CH + 6 + len(rows) * ROW for _, rows in groups)
    # grid and tick labels
    x = PAD + LABEL_W
    for p in panels:
        free = x - 3 * CH  # labels left of here would overlap the last one
        for t in p.ticks:
            gx = x + p.x(t)
            c.rect(gx, top, 1, rows_h, (90, 90, 90) if p.log and t == 1
                   else GRID)
            lab = _num(t)
            lx = gx - text_width(lab, S) // 2
            if lx >= free:
                c.text(lx, top + rows_h + 4, lab, MUTED, S)
                free = lx + text_width(lab, S) + 2 * S * 6
        x += p.width + PAD
    for gtitle, rows in groups:
        c.text(PAD, y + 3, gtitle, INK, S)
        y += CH + 6
        for label, key, values in rows:
            color = COLORS.get(key, (90, 90, 90))
            c.text(PAD + 12, y + 4, label[:LABEL_W // (6 * S) - 2], INK, S)
            x = PAD + LABEL_W
            for p, v in zip(panels, values):
                if v is not None and (v > 0 or not p.log):
                    w = p.x(v)
                    c.rect(x, y + 3, max(w, 1), ROW - 6, color)
                    c.text(x + w + 6, y + 4, p.fmt(v), INK, S)
                else:
                    c.text(x + 4, y + 4, "n/a", MUTED, S)
                x += p.width + PAD
            y += ROW
    return y + CH + 24


SIZE_LABELS = {"hand": "hand-written", "deferts": "_Defer (-fdefer-ts)",
               "open": "cdefer open-coded", "frame": "cdefer tier=frame",
               "pool": "cdefer tier=pool"}


# Row labels that would not fit the label column.
SHORT_LABELS = {"auto": "cdefer default (batched)"}


def _runtime_groups(rows):
    groups, order = {}, []
    for r in rows:
        if r["case"] not in groups:
            groups[r["case"]] = []
            order.append(r["case"])
        label = SHORT_LABELS.get(r["impl"], r["label"].replace("`", ""))
        groups[r["case"]].append((label, r["impl"],
                                  [r.get("ir_ratio"), r.get("ns_ratio")]))
    return [(case, groups[case]) for case in order]


def plot(path, runtime_rows=None, compile_res=None, memory_res=None,
         title="cdefer benchmark"):
    charts = []  # (title, note, panels, groups)
    if runtime_rows:
        groups = _runtime_groups(runtime_rows)
        panel_w = (WIDTH - LABEL_W - 3 * PAD) // 2
        charts.append((
            "Runtime: cost per call over hand-written C (1 = the same; log "
            "scale)", "Ir: instructions per call (callgrind), repeatable. ns: "
            "median of the timed runs, noisy on a shared machine. No Ir for "
            "Go.", [Panel("Ir x hand", panel_w, log=True),
                    Panel("ns x hand (median)", panel_w, log=True)], groups))
    if compile_res:
        sc = compile_res["derived"]["scaling"]
        panel_w = (WIDTH - LABEL_W - 3 * PAD) // 2
        groups = {}
        for s in sc:
            groups.setdefault(s["shape"], []).append((
                "K=%d (%d defers)" % (s["k"], s["defers"]), "pool"
                if s["shape"] == "mixed" else "open",
                [max(s["cost_s"], 0), s["x_hand"]]))
        charts.append((
            "Compile time: clang -O2, defers over the same calls by hand",
            "%d functions, half deferring, K defers each; mixed: 1 in %d "
            "deferring functions loops (pooled). CPU seconds of cdefer(K) - "
            "hand(K), and cdefer / hand; medians over rounds" % (
                compile_res["funcs"], compile_res["loop_every"]),
            [Panel("CPU s over hand-written", panel_w),
             Panel("CPU time x hand", panel_w, log=True)],
            list(groups.items())))
        panel_w = WIDTH - LABEL_W - 2 * PAD
        rows = [r for r in compile_res["size_rows"] if r["k"] == 1 and
                r["name"] != "none"]
        charts.append((
            "Code size: .text bytes per defer at -O2 (K=1)",
            "(.text - the same file without deferred calls) / defers",
            [Panel("bytes per defer", panel_w)],
            [("implementation", [(SIZE_LABELS.get(r["name"], r["name"]),
                                  {"open": "open"}.get(r["name"], r["name"]),
                                  [r["per_defer"]]) for r in rows])]))
    if memory_res:
        pp = memory_res["per_pending"]
        names = {"hand": "hand-written array", "cdefer": "cdefer pooled",
                 "go": "Go heap-allocated defer"}
        keys = [k for k in ("hand", "cdefer", "go") if k in pp]
        panel_w = (WIDTH - LABEL_W - 3 * PAD) // 2
        charts.append((
            "Memory: %d calls pending in one frame" % memory_res["n"],
            "heap bytes per pending call; peak RSS of the process (MiB)",
            [Panel("heap bytes per call", panel_w),
             Panel("peak RSS MiB", panel_w)],
            [("implementation", [(names[k], k, [pp[k]["bytes"],
                                                pp[k]["rss_n_mb"]])
                                 for k in keys])]))
    if not charts:
        return None
    y = PAD + CH + 16
    for chart in charts:
        y = draw_chart(_Measure(), y, *chart)
    c = Canvas(WIDTH, y + PAD)
    c.text(PAD, PAD, title, INK, S)
    y = PAD + CH + 16
    for chart in charts:
        y = draw_chart(c, y, *chart)
    c.save(path)
    return path
