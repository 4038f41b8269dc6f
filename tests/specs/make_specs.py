#!/usr/bin/env python3
"""Generates the spec cases in tests/specs/ (and examples/pages/).

Each page below is an ORIGINAL article written for these tests, held as
structured data: a headline, a lede, and body items (paragraphs, subheads,
captions) with their clean text.  The generator lays every page out the way
PDF/OCR extractors break newspaper text -- fixed-width columns, a narrow
double-spaced lede, column breaks, fake-bold doubled text, caption markers,
line-end hyphens -- records which input lines each block occupies, and
writes NAME.txt (the input) and NAME.golden.jsonl (the expected blocks).

Markup inside source texts (removed from the clean text):
  {a/b} alternatives (Latin and CJK), tried in order.
  [x]   optional fragment: the generator tries the combinations of optional
        fragments, in a fixed order, until every layout of the block obeys
        the column rules (full mid lines, short last line, no mid-line
        sentence end in CJK, no line starting with closing punctuation ...).
  ~     (Latin) a place where a word may be split with a line-end hyphen.
  #     (Latin) a line break is required here in the main layout (other
        layouts may break here): inside a word a split with a hyphen, after
        a hyphen a break after it, next to a space a break at that space.

Run:  python3 tests/specs/make_specs.py      (stdlib only, deterministic)
"""

import itertools
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLES = os.path.join(ROOT, "examples", "pages")

# ---------------------------------------------------------------- characters


def is_cjk(c):
    o = ord(c)
    if o < 0x2E80:
        return o in (0x2014, 0x2026, 0x2E3A, 0x2E3B)
    return (
        0x2E80 <= o <= 0x2FDF or 0x3000 <= o <= 0x303F or 0x3040 <= o <= 0x30FF
        or 0x3100 <= o <= 0x312F or 0x31C0 <= o <= 0x31FF or 0x3200 <= o <= 0x33FF
        or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF
        or 0xFE10 <= o <= 0xFE1F or 0xFE30 <= o <= 0xFE4F or 0xFF00 <= o <= 0xFF0F
        or 0xFF1A <= o <= 0xFF20 or 0xFF3B <= o <= 0xFF40 or 0xFF5B <= o <= 0xFF65
        or 0x20000 <= o <= 0x3134F
    )


def width(s):
    return sum(2 if is_cjk(c) else 1 for c in s)


SENTENCE_END = set("。！？．.!?…")
CLOSERS = set("」』”’\"')）】〉》")
CLAUSE = set("，、；。,;！？")
NO_LINE_START = set("，。、；：！？」』）》〉…・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ")
NO_LINE_END = set("「『（《〈")
CJK_PUNCT = set("，。、；：！？「」『』（）《》〈〉…—・")
LATIN_PUNCT = set(",.;:!?()\"")


def ends_sentence(s):
    s = s.rstrip()
    while s and s[-1] in CLOSERS:
        s = s[:-1]
    return bool(s) and s[-1] in SENTENCE_END


# ---------------------------------------------------------------- markup


def expand(src):
    """All clean variants of a source text, in search order."""
    parts = re.split(r"(\[[^\]]*\]|\{[^}]*\})", src)
    choices = []
    for p in parts:
        if p.startswith("["):
            choices.append((p[1:-1], ""))
        elif p.startswith("{"):
            choices.append(tuple(p[1:-1].split("/")))
        else:
            choices.append((p,))
    for combo in itertools.product(*choices):
        yield "".join(combo)


def strip_marks(s):
    return s.replace("~", "").replace("#", "")


# ---------------------------------------------------------------- CJK layout


class Bad(Exception):
    pass


def cjk_atoms(text):
    """Unbreakable pieces: one CJK char, or a Latin/digit run glued to the
    spaces around it and to its neighbours across a space."""
    atoms = []
    i = 0
    glue_next = False
    while i < len(text):
        c = text[i]
        if c == " ":
            if not atoms:
                raise Bad("leading space")
            atoms[-1] += c
            glue_next = True
            i += 1
            continue
        if is_cjk(c):
            piece = c
            i += 1
        else:
            j = i
            while j < len(text) and not is_cjk(text[j]) and text[j] != " ":
                j += 1
            piece = text[i:j]
            i = j
        if glue_next:
            atoms[-1] += piece
            glue_next = False
        else:
            atoms.append(piece)
    return atoms


def cjk_wrap(text, W, first_indent=0, strict_last=True, min_lines=3, max_lines=99):
    """Fill lines to exactly W ideographs (2W columns; 2W-1 when a halfwidth
    run prevents exact fill).  Raises Bad when the column rules are broken."""
    atoms = cjk_atoms(text)
    lines = []
    slack = []  # columns a mid line may fall short: a wide unbreakable atom
    cur = ""
    avail = 2 * W - 2 * first_indent
    for a in atoms:
        if width(cur) + width(a) > avail:
            lines.append(cur)
            slack.append(min(width(a) - 1, 4))
            cur = ""
            avail = 2 * W
        cur += a
    lines.append(cur)
    if not (min_lines <= len(lines) <= max_lines):
        raise Bad("lines %d" % len(lines))
    for k, ln in enumerate(lines):
        full = 2 * W - (2 * first_indent if k == 0 else 0)
        if ln[0] in NO_LINE_START:
            raise Bad("line starts with punctuation")
        if ln[-1] in NO_LINE_END:
            raise Bad("line ends with opening bracket")
        if k < len(lines) - 1:
            if width(ln) < full - max(1, slack[k]):
                raise Bad("short mid line")
            if ends_sentence(ln):
                raise Bad("mid line ends a sentence")
    last = lines[-1]
    if not ends_sentence(last) and min_lines > 1:
        raise Bad("paragraph does not end a sentence")
    if strict_last and width(last) > 0.7 * 2 * W:
        raise Bad("last line too long")
    return lines


# ---------------------------------------------------------------- Latin layout


def latin_breaks(src):
    """Clean text and its break candidates (pos, kind, required).
    kind: 'space' (line ends before the space at pos), 'soft' (split a word
    at pos, adding a hyphen), 'hard' (break after the hyphen ending at pos)."""
    clean = []
    cands = []
    req_next = False
    i = 0
    while i < len(src):
        c = src[i]
        pos = len(clean)
        if c == "~":
            cands.append((pos, "soft", False))
        elif c == "#":
            prev = clean[-1] if clean else ""
            nxt = src[i + 1] if i + 1 < len(src) else ""
            if nxt == " ":
                req_next = True
            elif prev == " ":
                cands[-1] = (cands[-1][0], "space", True)
            elif prev == "-":
                cands.append((pos, "hard", True))
            else:
                cands.append((pos, "soft", True))
        elif c == " ":
            cands.append((pos, "space", req_next))
            req_next = False
            clean.append(c)
        else:
            clean.append(c)
        i += 1
    return "".join(clean), cands


def latin_wrap(src, W, first_indent=0, strict_last=True, min_lines=3,
               lo_frac=0.85, max_lines=99, last_frac=0.7, require=True):
    clean, cands = latin_breaks(src)
    if not require:  # '#' then only allows a break (unambiguous either way)
        cands = [(p, k, False) for p, k, _ in cands]
    lo = math.ceil(lo_frac * W)
    n = len(clean)

    def line_text(start, cand):
        pos, kind, _ = cand
        if kind == "soft":
            return clean[start:pos] + "-"
        return clean[start:pos]

    def next_start(cand):
        pos, kind, _ = cand
        return pos + 1 if kind == "space" else pos

    sys.setrecursionlimit(10000)

    def solve(start, ci, k):
        avail = W - (first_indent if k == 0 else 0)
        rest = clean[start:]
        # last line?
        req_left = any(c[2] for c in cands[ci:])
        if not req_left and len(rest) <= avail and k + 1 >= min_lines:
            if not strict_last or len(rest) <= last_frac * W:
                return [rest]
        if k + 1 >= max_lines:
            return None
        options = []
        for j in range(ci, len(cands)):
            cand = cands[j]
            t = line_text(start, cand)
            if len(t) > avail:
                break
            if (len(t) >= lo - (first_indent if k == 0 else 0) and cand[0] > start
                    and not ends_sentence(t)):
                options.append(j)
            if cand[2]:
                break  # cannot pass a required break
        for j in reversed(options):  # longest line first
            cand = cands[j]
            if cand[1] == "soft" and not clean[cand[0]].islower():
                continue
            sub = solve(next_start(cand), j + 1, k + 1)
            if sub is not None:
                return [line_text(start, cand)] + sub
        return None

    lines = solve(0, 0, 0)
    if lines is None:
        raise Bad("no Latin layout")
    if min_lines > 1 and not ends_sentence(lines[-1]):
        raise Bad("paragraph does not end a sentence")
    if any(ends_sentence(ln) for ln in lines[:-1]):
        raise Bad("mid line ends a sentence")
    return lines


# ---------------------------------------------------------------- doubling


def runs(line, punct):
    out = []
    cur = ""
    for c in line:
        if c in punct:
            if cur:
                out.append(cur)
                cur = ""
            out.append(c)
        else:
            cur += c
    if cur:
        out.append(cur)
    return out


def double_runs(line, punct, n=2):
    return "".join(r * n for r in runs(line, punct))


def double_chars(line, n=2):
    return "".join(c * n for c in line)


def has_adjacent_repeat(s):
    for k in range(1, len(s) // 2 + 1):
        for i in range(0, len(s) - 2 * k + 1):
            if s[i:i + k] == s[i + k:i + 2 * k] and not set(s[i:i + k]) <= set(" "):
                return True
    return False


def check_runs(lines, punct, cjk):
    for ln in lines:
        for r in runs(ln, punct):
            if r in punct:
                continue
            if len(r.replace(" ", "")) < (2 if cjk else 4):
                raise Bad("run too short for doubling: %r" % r)
        if cjk and has_adjacent_repeat(ln):
            raise Bad("legitimate repetition inside a doubled line")
        if not cjk and re.search(r"\b(\w+) \1\b", ln):
            raise Bad("repeated word inside a doubled line")


# ---------------------------------------------------------------- joining


def join_lines(frags, cjk_page, page_text):
    """The reading rule, applied to laid-out line fragments (verification)."""
    out = frags[0]
    for b in frags[1:]:
        a = out
        if is_cjk(a[-1]) or is_cjk(b[0]):
            out = a + b
        elif a.endswith("-") and a[-2:-1].isalpha():
            m = re.search(r"(\S+)-$", a)
            word = m.group(1)
            nxt = re.match(r"\S+", b).group(0).rstrip(",.;:!?")
            if b[0].isupper():
                out = a + b
            elif nxt in ("und", "oder", "bis", "and", "or", "to"):
                out = a + " " + b
            elif (word + "-" + nxt) in page_text:
                out = a + b
            else:
                out = a[:-1] + b
        else:
            out = a + " " + b
    return out


# ---------------------------------------------------------------- pages

# A page: dict with keys
#   name, cjk (bool), headline, lede, body (list of items), W, lede_W,
#   cap_W, wide_W, colbreak (index into body of the paragraph broken by a
#   column break), bold (index of the paragraph fake-bold in -bold-body).
# Body items:
#   ("p", text)                        paragraph
#   ("h", text, blank_after)           one-line subhead
#   ("h2", line1, line2, blank_after)  subhead set on two lines
#   ("cap", marker, text, blank_before)  caption; marker includes its space



def layouts_for(page, family):
    """(label, W, first_indent, strict_last) layouts a body paragraph must fit."""
    W = page["W"]
    out = [("main", W, 0, True)]
    if family:
        ind = 2 if page["cjk"] else 3
        out.append(("indent", W, ind, False))
        out.append(("wide", page["wide_W"], 0, True))
    return out


def wrap(page, text, W, indent=0, strict_last=True, **kw):
    if page["cjk"]:
        return cjk_wrap(text, W, indent, strict_last, **kw)
    return latin_wrap(text, W, indent, strict_last, require=(W == page["W"] and indent == 0), **kw)


def choose(page, src, check, what):
    """First clean variant of src for which check(variant) passes."""
    errors = {}
    for variant in expand(src):
        try:
            return strip_marks(variant), check(variant)
        except Bad as e:
            errors[str(e)] = errors.get(str(e), 0) + 1
    raise SystemExit("%s: no layout for %s: %r\n  %s" % (page["name"], what, src[:40], errors))


def prepare(page, family):
    """Fix the clean text of every block and its line layouts."""
    cjk = page["cjk"]
    punct = CJK_PUNCT if cjk else LATIN_PUNCT
    prep = {"lede": None, "body": []}

    def lede_check(v):
        lines = wrap(page, v, page["lede_W"], 0, True, max_lines=7)
        if page["lede_style"] == "runs":
            check_runs(lines, punct, cjk)
        if cjk and has_adjacent_repeat("".join(lines)):
            raise Bad("legitimate repetition inside the bold lede")
        for ln in lines:
            if "-" in ln:
                raise Bad("hyphen in bold lede")
        return {"main": lines}

    prep["lede"] = choose(page, page["lede"], lede_check, "lede")

    lays = layouts_for(page, family)
    pidx = 0
    for i, item in enumerate(page["body"]):
        if item[0] == "p":
            def pcheck(v, i=i):
                res = {}
                for label, W, ind, strict in lays:
                    lines = wrap(page, v, W, ind, strict)
                    if i == page["colbreak"]:
                        colbreak_at(lines, cjk)
                    if family and i == page["bold"] and label == "main":
                        check_runs(lines, punct, cjk)
                        if not cjk and any(ln.endswith("-") for ln in lines):
                            raise Bad("hyphen in bold paragraph")
                    res[label] = lines
                return res
            prep["body"].append(choose(page, item[1], pcheck, "paragraph %d" % i))
            pidx += 1
        elif item[0] == "cap":
            marker, text = item[1], item[2]

            def ccheck(v, marker=marker):
                full = marker + v
                if cjk:
                    lines = cjk_wrap(full, page["cap_W"], 0, False, min_lines=1, max_lines=4)
                else:
                    lines = latin_wrap(full, page["cap_W"], 0, False, min_lines=1, max_lines=4)
                # A caption ends where its last line ends a sentence; one
                # that does not must be a single short line.
                if not ends_sentence(lines[-1]):
                    if len(lines) > 1:
                        raise Bad("multi-line caption must end a sentence")
                    if width(lines[-1]) > 0.7 * (2 if cjk else 1) * page["cap_W"]:
                        raise Bad("caption line not short")
                return {"main": lines}
            prep["body"].append(choose(page, text, ccheck, "caption %d" % i))
        else:
            prep["body"].append(None)
    return prep


def colbreak_at(lines, cjk):
    """Index of the line after which the column break falls (mid-sentence)."""
    for j in range(1, len(lines) - 1):
        ln = lines[j]
        if not ends_sentence(ln) and not ln.endswith("-") and ln[-1] not in "，、,;":
            return j
    raise Bad("no place for a column break")


# ---------------------------------------------------------------- rendering

VARIANTS = ["crlf", "trailing-space", "no-blank", "bold-body", "per-char",
            "quad", "indent", "clean-lede", "wide"]


def render(page, prep, variant=None):
    """Lines of the input page and the golden blocks."""
    cjk = page["cjk"]
    punct = CJK_PUNCT if cjk else LATIN_PUNCT
    layout = {"indent": "indent", "wide": "wide"}.get(variant, "main")
    blank = variant != "no-blank"
    out = []      # input lines (without terminator)
    blocks = []   # (kind, text, first, last)

    def emit(text):
        out.append(text)
        return len(out)

    def sep():
        if blank and out and out[-1] != "":
            out.append("")

    all_text = page_clean_text(page, prep)

    # headline
    head = page["headline"]
    shown = double_chars(head) if (variant == "per-char" and not cjk) else head
    n = emit(shown)
    blocks.append(("heading", head, n, n, [head]))
    sep()

    # lede: narrow column, double-spaced, fake-bold
    lede_text, lede_lays = prep["lede"]
    lede_lines = lede_lays["main"]
    first = None
    for k, ln in enumerate(lede_lines):
        style = "chars" if variant == "per-char" else page["lede_style"]
        times = 4 if (variant == "quad" and k == 1) else 2
        if variant == "clean-lede":
            shown = ln
        elif style == "runs":
            shown = double_runs(ln, punct, times)
        else:
            shown = double_chars(ln, times)
        n = emit(shown)
        first = first or n
        if k < len(lede_lines) - 1:
            sep()
    blocks.append(("paragraph", lede_text, first, n, lede_lines))
    sep()

    for i, item in enumerate(page["body"]):
        p = prep["body"][i]
        if item[0] == "p":
            text, lays = p
            lines = lays[layout]
            brk = colbreak_at(lines, cjk) if i == page["colbreak"] else None
            first = None
            for k, ln in enumerate(lines):
                shown = ln
                if variant == "bold-body" and i == page["bold"]:
                    shown = double_runs(ln, punct, 2)
                if k == 0 and variant == "indent":
                    shown = ("\u3000\u3000" if cjk else "   ") + shown
                n = emit(shown)
                first = first or n
                if k == brk:
                    sep()
            blocks.append(("paragraph", text, first, n, lines))
        elif item[0] == "h":
            sep()
            shown = double_chars(item[1]) if (variant == "per-char" and not cjk) else item[1]
            n = emit(shown)
            blocks.append(("heading", item[1], n, n, [item[1]]))
            if item[2]:
                sep()
        elif item[0] == "h2":
            sep()
            dbl = variant == "per-char" and not cjk
            a = emit(double_chars(item[1]) if dbl else item[1])
            b = emit(double_chars(item[2]) if dbl else item[2])
            blocks.append(("heading", item[1] + " " + item[2], a, b, None))
            if item[3]:
                sep()
        elif item[0] == "cap":
            text, lays = p
            lines = lays["main"]
            if item[3]:
                sep()
            first = None
            for ln in lines:
                n = emit(ln)
                first = first or n
            blocks.append(("caption", text, first, n, None))
            sep()
    while out and out[-1] == "":
        out.pop()

    # verification: the reading rule rebuilds every paragraph from its lines
    for kind, text, a, b, frags in blocks:
        if frags and kind == "paragraph":
            got = join_lines(frags, cjk, all_text)
            if got != text:
                raise SystemExit("%s %s: join mismatch\n %r\n %r" % (page["name"], variant, got, text))
    if not blank:
        assert "" not in out
    return out, [(k, t, a, b) for k, t, a, b, _ in blocks]


def page_clean_text(page, prep):
    parts = [page["headline"], prep["lede"][0]]
    for i, item in enumerate(page["body"]):
        if item[0] == "p" or item[0] == "cap":
            parts.append(prep["body"][i][0])
        elif item[0] == "h":
            parts.append(item[1])
        else:
            parts.append(item[1] + " " + item[2])
    return "\n".join(parts)


def check_page(page, prep):
    """Page-level checks of the reading rules."""
    cjk = page["cjk"]
    W = page["W"]
    for item in page["body"]:
        if item[0] in ("h", "h2"):
            for h in item[1:-1]:
                if any(c in CLAUSE for c in h) or ends_sentence(h):
                    raise SystemExit("%s: subhead with punctuation %r" % (page["name"], h))
                if width(h) > 0.6 * (2 if cjk else 1) * W:
                    raise SystemExit("%s: subhead too wide %r" % (page["name"], h))
    h = page["headline"]
    if any(c in CLAUSE for c in h) or ends_sentence(h):
        raise SystemExit("%s: headline with punctuation" % page["name"])


def write_case(name, lines, blocks, crlf=False, trailing=False):
    eol = "\r\n" if crlf else "\n"
    if trailing:
        pads = [" ", "\t", "  ", "", " \t", "   "]
        lines = [ln + pads[k % len(pads)] for k, ln in enumerate(lines)]
    with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(eol.join(lines) + eol)
    with open(os.path.join(HERE, name + ".golden.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for kind, text, a, b in blocks:
            f.write(json.dumps({"kind": kind, "text": text, "lines": [a, b]}, ensure_ascii=False) + "\n")


# ==================================================================== PAGES
# Original texts written for these specs; any resemblance to real reporting
# is accidental.  Places and people are invented.

PAGES = [
    dict(
        name="zh-hant", cjk=True, W=22, lede_W=11, cap_W=18, wide_W=30,
        lede_style="runs", colbreak=3, bold=10,
        headline="老街舊書市集重新開張",
        lede="停業{三年/近三年/已久}的臨溪鎮舊書市集，{昨日/昨天}在老街騎樓下重新開張，數十個攤位從清晨起[便]擠滿了前來尋書的[本地]居民。",
        body=[
            ("p", "市集由[一群]退休教師與書店老闆共同發起，他們花了{將近/差不多}兩年[時間]與鎮公所協商場地，又逐一聯絡[昔日的]攤主。發起人之一的林老師說，許多老攤主[早已]轉行，但聽說市集要重開，都高高興興地把[家中的]舊書搬了出來，讓她{感動得/忍不住}連聲說謝謝。"),
            ("cap", "▲ ", "[清晨的]騎樓下，讀者在舊書攤前[低頭]翻閱泛黃的[舊]期刊。", True),
            ("h", "攤主多是老面孔", True),
            ("p", "今年七十二歲的陳伯在市集擺攤超過三十年，從 1988 年起就[一直]專賣[舊]地圖與地方誌。他說自己以前天天守著攤位，颱風天也不例外，市集停業後[才]第一次[在家]閒了下來，反倒渾身不自在。"),
            ("p", "另一位攤主[則]帶來一整箱[舊]公司刊物，其中包括一本[保存完好的]《臨溪紙業 2011 年年度報告》，封面[還]印著當年新廠房的照片。她笑說，這類[冷門]資料[平常]乏人問津，今天卻有{三/兩}位讀者[先後]問價。"),
            ("cap", "圖：", "陳伯的攤位上[整齊]擺著各地的[舊]地圖[與手繪街道圖]。", False),
            ("h2", "從倉庫到騎樓", "市集的下一步", False),
            ("p", "鎮公所文化課表示，市集[今後]將在每個月第一個星期日舉行，並[計畫]增設{修書工作坊/閱讀區}。課長{坦言/表示}租金與清潔費用{仍需/還要}研究研究，但[他]相信只要有人[願意]來逛，市集就能[長久]辦下去。"),
            ("cap", "● ", "[傍晚收攤前，]志工{協助/幫}攤主[把書]裝箱，準備下個月再來。", True),
            ("h", "書友相約下個月", True),
            ("p", "傍晚收攤時，不少讀者[特地]走到攤位前[向攤主]致意，一位抱著[一疊]童書的母親說，孩子[終於]找到[了]她小時候讀過的那套故事書。林老師[則]表示，下個月[市集]會[再]多開{十個/二十個}攤位，歡迎[各地]書友[前來]。"),
        ],
    ),
    dict(
        name="zh-hans", cjk=True, W=24, lede_W=12, cap_W=20, wide_W=30,
        lede_style="runs", colbreak=3, bold=None,
        headline="山村小学的星空课",
        lede="在海拔{一千多米/一千米以上}的青岭村[小学]，一台[由]校友捐赠的[旧]望远镜，让{二十多名/全校}孩子第一次[亲眼]看清了月球上的环形山。",
        body=[
            ("p", "天文社成立于去年秋天，发起人是[学校里]唯一的科学老师周老师。她说，村里夜晚几乎没有灯光，星空[本来]就是最好的教材，只是过去[一直]缺少[合适的]器材，孩子们[只能]对着课本上的图片想象。"),
            ("cap", "▲ ", "[孩子们]轮流{通过/用}望远镜观察[今晚的]月亮。", True),
            ("h", "一台旧望远镜", True),
            ("p", "望远镜来自[一位]在城里工作的校友。他在网上看到学校的求助帖后，把自己[上中学时]用过的望远镜[仔细]擦拭干净，连同[几本]星图一起寄回了村里。周老师说，收到包裹那天，孩子们高高兴兴地围着箱子看了[整整]一个下午。"),
            ("p", "[每逢]晴朗的夜晚，社员们[都会]在操场上集合，先听周老师讲[十分钟的]星座故事，再[排队]轮流观察。[四年级的]小雨说，她现在天天盼着天黑，还在本子上画满了[自己]看到的[月面]环形山。"),
            ("cap", "图：", "[周老师]在操场上讲解[夏季]星座[的位置]。", False),
            ("h2", "从课本插图", "到真实的夜空", False),
            ("p", "[县]教育局[的工作人员][上个月]来校参观后，表示[会]研究研究，看{能否/能不能}把[这种]做法推广到[附近的]其他[山村]学校。周老师则希望[能]再添[一台]望远镜，让[更多]孩子{不必/不用}[长时间]排队。"),
            ("cap", "■ ", "[社员们]在[本子上]记录观测[结果]。", True),
            ("p", "{活动/观测}结束前，孩子们[总会]对着[远方的]城市方向[大声]说一句谢谢，感谢[那位]素未谋面的校友。{周老师说/周老师表示}，这{句/声}谢谢，她会[在下次写信时][一并]转达。"),
        ],
    ),
    dict(
        name="en", cjk=False, W=40, lede_W=26, cap_W=36, wide_W=60,
        lede_style="chars", colbreak=7, bold=3,
        headline="Ferry Service Returns to Port Ellery",
        lede="Port Ellery welcomed its first passenger ferry in eleven years on Saturday, and [nearly ]half the town came down to [the quay to ]watch.",
        body=[
            ("p", "The new vessel, a forty-metre cata~maran built in a {northern/northern ship~}yard, made the cross~ing in [just ]under an hour. Harbour staff said the trip {had once taken/used to take/once took} nearly three hours on the old ferry, which was with~drawn in 2013 after its engines failed an inspec~tion."),
            ("cap", "Photo: ", "Passengers wave from the upper deck as the catamaran enters the harbour.", True),
            ("h", "A long campaign", True),
            ("p", "Residents [had ]campaigned for a new service [ever ]since the closure. Margaret Hale, a retired bookkeeper who ran the campaign from her kitchen table, said the group {faced/suffered} more than a few setbacks, including two failed tenders and a council vote [that went ]against them by one voice."),
            ("p", "{Hale/Margaret Hale} kept every letter, {although/though} she had had no idea [at the start ]how many there would be. On Saturday she {brought/carried} a {thick /}folder of them [down ]to the quay and handed it to the captain, who prom~ised to frame the {first/very first} one in the wheel~house. It was, she said, {a/by now a} well-#known story in town by now, but it still felt good to tell it to someone new."),
            ("cap", "Photo: ", "Margaret Hale with the folder of campaign letters.", False),
            ("h2", "What the crossing", "means for business", False),
            ("p", "{Shop owners/Traders/Shop~keepers} along the quay are {hope~ful/op~ti~mis~tic}. The owner of the well-known coffee stall {at/by} the pier said she sold more cups before nine o'clock than in a {normal/usual/whole} week. A baker next door {plans/now plans/has decided} to open on Sundays from mid-#September, once the {summer/holiday} crowds [have ]thinned."),
            ("cap", "Photo: ", "Queues at the coffee stall on the pier.", True),
            ("p", "The operator will run four return trips a day through the summer and two in winter. Fares have been set at the level of the last ferry, adjusted for in~fla~tion, and children under twelve travel free. The council says it will review the time~table in the spring, once it has [had ]a season of ticket data."),
        ],
    ),
    dict(
        name="de", cjk=False, W=42, lede_W=27, cap_W=36, wide_W=60,
        lede_style="runs", colbreak=7, bold=None,
        headline="Stadtbibliothek öffnet bis Mitternacht",
        lede="Die Stadtbibliothek von Lindenau bleibt seit dieser Woche an drei Abenden {bis Mitternacht/bis zwölf Uhr nachts} geöffnet und {zieht/lockt} [schon jetzt ]{deutlich mehr/mehr/viel mehr} {Gäste/Besucher} an als {erwartet/gedacht}.",
        body=[
            ("p", "Die Idee stammt aus einem Bürger~forum im {vergangenen/letzten} Herbst. Viele Berufs~tätige hatten dort beklagt, dass die Bibliothek schließt, bevor sie [selbst ]Feier~abend haben. Die Stadt~verwaltung prüfte {daraufhin/danach}, ob ein Abend~betrieb mit ehren#amtlichen Kräften {möglich/machbar} ist und was er [die Stadt ]kosten würde."),
            ("cap", "● ", "Lesende im neuen Abendsaal der Stadtbibliothek.", True),
            ("h", "Freiwillige im Einsatz", True),
            ("p", "{Rund/Etwa} vierzig Frei~willige teilen sich [nun ]die späten Schich~ten. Sie geben Bücher aus, helfen bei der Suche im Kata~log und achten darauf, dass die Lese~säle {ruhig/still} blei~ben. Ge~schult wurden sie {von der/von einer} [erfahrenen ]Lei~terin der [städtischen ]Erziehungs- #und Bildungs~arbeit, die das Projekt [von Anfang an ]{begleitet hat/betreut}."),
            ("p", "{Besonders/Sehr} gefragt ist der Lese~saal im Nord~flügel, der [seit dem Frühjahr ]über die {neue/neu gebaute} Nord-#Süd-Passage direkt vom Bahn~hof aus er~reich~bar ist. Wer [abends ]spät aus dem Zug steigt, kann [dort ]noch {eine/die} Zeitung lesen oder ein Buch zurück~geben, ohne {einen/den} Umweg durch die Alt~stadt zu machen."),
            ("cap", "■ ", "Die Nord-Süd-Passage verbindet Bahnhof und Bibliothek.", False),
            ("h2", "Was die Gäste", "am meisten schätzen", False),
            ("p", "Eine Um~frage am ersten Abend ergab, dass vor allem die Ruhe geschätzt wird. Ein Student sagte, er könne zu Hause kaum lernen, weil seine Wohn~gemein~schaft zu laut sei. Eine Rent~nerin kommt, weil sie abends nicht gern allein ist und hier Gesell~schaft findet, ohne reden zu müssen."),
            ("cap", "◆ ", "Freiwillige sortieren {die zurück~gegebenen/am Abend zurück~gegebene/spät am Abend zurück~gegebene} Bücher.", True),
            ("p", "Ob das Angebot bleibt, ent~scheidet der Stadt~rat im Herbst. Bis dahin sollen die Besucher~zahlen genau erfasst werden. Die Biblio~thek rechnet damit, dass sich die Abende herum~sprechen, sobald die Semester~ferien vorbei sind und die Hoch~schule wieder öffnet."),
        ],
    ),
    dict(
        name="ja", cjk=True, W=20, lede_W=10, cap_W=18, wide_W=30,
        lede_style="chars", colbreak=3, bold=None,
        headline="三年ぶりに銭湯が再開",
        lede="{老朽化/設備の老朽化}で休業していた[港町の]銭湯「松の湯」が、三年ぶりに営業を再開し、初日から{多くの/大勢の}常連客で{にぎわった/にぎわいを見せた}。",
        body=[
            ("p", "松の湯は[昭和の]初めから続く[古い]銭湯で、三代目の店主が体調を崩したことを{きっかけに/機に}、[いったん]のれんを下ろした。再開を望む声は{根強く/多く}、地元の[若い]大工たちが[週末ごとに]改修を手伝ってきた。"),
            ("cap", "▲ ", "[改修を終えた]松の湯の[大きな]湯船。", True),
            ("h", "大工仲間が改修", True),
            ("p", "改修の中心になったのは、近所で工務店を営む[四十代の]男性だ。「子どものころ[は]毎日のように通った{場所/銭湯}です。[なくなるのは]寂しかった」と話し、タイルの張り替えから[ボイラーの]点検まで[仲間と]手分けして進めた。"),
            ("p", "三代目の店主は、再開初日の[朝から]番台に座り、訪れる客一人一人に[深々と]頭を下げた。[常連の]女性は「[ここに来ると]気持ちが[すっと]軽くなる。本当にうれしい」と笑顔を見せた。"),
            ("cap", "● ", "番台に座る[三代目の]店主。", False),
            ("h2", "地域の集いの場として", "続けていくために", False),
            ("p", "店では今後、毎月[最後の]日曜日に子ども向けの入浴教室を開く[予定だ]。湯船の入り方や銭湯の決まりを[楽しく]教える[内容だ]。店主の娘は「[銭湯の]文化を[次の世代に]伝えたい」と話す。"),
            ("cap", "■ ", "[新しく張り替えた]富士山のタイル絵。", True),
            ("p", "営業は[毎日]午後三時から[夜]十一時まで[で]、定休日は毎週火曜日。料金は[以前と]同じ[大人]五百円に据え置いた。店主は「[みなさんの]おかげで[また]お湯を沸かせる。ありがとうございます」と[何度も]繰り返した。"),
        ],
    ),
]


def main():
    names = []
    for page in PAGES:
        family = page["name"] in ("zh-hant", "en")
        check_page(page, None)
        prep = prepare(page, family)
        lines, blocks = render(page, prep)
        write_case(page["name"], lines, blocks)
        names.append(page["name"])
        if family:
            os.makedirs(EXAMPLES, exist_ok=True)
            with open(os.path.join(EXAMPLES, page["name"] + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write("\n".join(lines) + "\n")
            for v in VARIANTS:
                lines, blocks = render(page, prep, v)
                write_case(page["name"] + "-" + v, lines, blocks,
                           crlf=(v == "crlf"), trailing=(v == "trailing-space"))
                names.append(page["name"] + "-" + v)
    print("wrote %d cases: %s" % (len(names), " ".join(names)))


if __name__ == "__main__":
    main()
