"""A problem's statement as one self-contained HTML page (`problem.html` at the top of a judge export).

DOMjudge shows a problem's statement only from `problem.{pdf,html,txt}` at the top of the package (or under the
legacy `problem_statement/`); it does not read the format's `statement/problem.<lang>.md`, so a package with only
the Markdown imported into DOMjudge with no statement at all. Kattis and problemtools render the Markdown with
pandoc, which a Lambda does not have; this page needs nothing at the judge: math becomes MathML, which browsers
render natively.

The statement may come from a model, so the page is built as if it were hostile: Markdown's raw HTML is escaped
and images are off (markdown-it), and each formula's MathML (latex2mathml, which copies `\\text{...}` verbatim
and turns `\\href` into an attribute) is kept only if every element and attribute is on a MathML allowlist;
otherwise the formula is shown as escaped TeX in a <code>.
"""
from __future__ import annotations

import html
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from markdown_it import MarkdownIt

    from generator.problems.schema import Problem

MATHML = "{http://www.w3.org/1998/Math/MathML}"
# Presentation MathML that latex2mathml writes for the catalog's formulas (and more): nothing that links or scripts.
MATH_TAGS = frozenset({
    "math", "mrow", "mi", "mn", "mo", "mtext", "mspace", "ms", "mfrac", "msqrt", "mroot", "msub", "msup",
    "msubsup", "munder", "mover", "munderover", "mstyle", "mpadded", "mphantom", "menclose", "mtable", "mtr", "mtd",
    "mlabeledtr", "mfenced", "semantics", "none", "mprescripts", "mmultiscripts",
})
MATH_ATTRIBUTES = frozenset({
    "display", "mathvariant", "mathsize", "minsize", "maxsize", "stretchy", "fence", "form", "separator",
    "lspace", "rspace", "width", "height", "depth", "linethickness", "accent", "accentunder", "movablelimits",
    "displaystyle", "scriptlevel", "columnalign", "rowalign", "columnspacing", "rowspacing", "columnlines",
    "rowlines", "frame", "notation", "open", "close", "separators", "symmetric", "largeop", "class",
})
LABELS = {
    "en": {"time": "Time limit", "memory": "Memory limit", "second": "s", "input": "Sample Input",
           "output": "Sample Output"},
    "ko": {"time": "시간 제한", "memory": "메모리 제한", "second": "초", "input": "예제 입력", "output": "예제 출력"},
}
STYLE = ("body{font-family:system-ui,-apple-system,'Noto Sans KR','Malgun Gothic',sans-serif;max-width:50em;"
         "margin:2em auto;padding:0 1em;line-height:1.6}pre{background:#f5f5f5;padding:.6em;overflow-x:auto}"
         "code{font-family:ui-monospace,monospace}.limits{color:#555}")


def statement_html(problem: Problem, body_markdown: str, explanations_markdown: str) -> str:
    """The page: title, limits, the statement (body), the samples, then the samples' explanations."""
    labels = LABELS.get(problem.language, LABELS["en"])
    seconds = f"{problem.limits.time_ms / 1000:g}"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(problem.language)}">',
        '<head><meta charset="utf-8">',
        f"<title>{html.escape(problem.title)}</title>",
        f"<style>{STYLE}</style></head>",
        "<body>",
        f"<h1>{html.escape(problem.title)}</h1>",
        f'<p class="limits">{labels["time"]}: {seconds}{labels["second"]}, '
        f'{labels["memory"]}: {problem.limits.memory_mb} MB</p>',
        render_markdown(body_markdown),
    ]
    samples = [t for t in problem.tests if t.category == "sample"]
    for number, test in enumerate(samples, 1):
        parts += [f"<h3>{labels['input']} {number}</h3>", f"<pre>{html.escape(test.input)}</pre>",
                  f"<h3>{labels['output']} {number}</h3>", f"<pre>{html.escape(test.output)}</pre>"]
    if explanations_markdown:
        parts.append(render_markdown(explanations_markdown))
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def render_markdown(text: str) -> str:
    return _markdown().render(text)


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # Imported here: only the export needs them (the status and submit paths stay lean).
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin

    md = MarkdownIt("commonmark", {"html": False})  # raw HTML in a statement is shown as text, never run
    md.disable("image")  # a statement's image would make every reader's browser fetch it from anywhere
    # pandoc's reading of $: no space inside the dollars, no digit right after the closing one (so "$5 and $6" is
    # text), and no equation labels (an anchor named by the statement).
    md.use(dollarmath_plugin, allow_labels=False, allow_space=False, allow_digits=False, double_inline=False,
           renderer=lambda tex, options: math(tex, display=bool(options.get("display_mode"))))
    return md


@lru_cache(maxsize=4096)
def math(tex: str, display: bool = False) -> str:
    """MathML for one formula, or the TeX itself (escaped, in <code>) if it cannot be converted to allowed MathML."""
    from xml.etree.ElementTree import fromstring

    from latex2mathml.converter import convert

    try:
        markup = convert(tex, display="block" if display else "inline")
        tree = fromstring(markup)
    except Exception:  # any TeX latex2mathml does not take: show the source, never fail the export
        return _as_code(tex)
    for element in tree.iter():
        # Every element in the MathML namespace (markup copied from \text{...} that declares another is not).
        if not element.tag.startswith(MATHML) or element.tag.removeprefix(MATHML) not in MATH_TAGS:
            return _as_code(tex)
        if any(attribute not in MATH_ATTRIBUTES for attribute in element.attrib):
            return _as_code(tex)
    # Written out from the checked tree, never the converter's text: only allowed names, every text escaped (what
    # an XML parser and a browser's HTML parser read differently, comments or CDATA, does not survive).
    return _serialise(tree)


def _serialise(element: Element) -> str:
    name = element.tag.removeprefix(MATHML)
    attributes = "".join(f' {key}="{html.escape(value)}"' for key, value in sorted(element.attrib.items()))
    if name == "math":
        attributes = f' xmlns="{MATHML[1:-1]}"' + attributes
    inner = html.escape(element.text or "") + "".join(_serialise(child) for child in element)
    return f"<{name}{attributes}>{inner}</{name}>" + html.escape(element.tail or "")


def _as_code(tex: str) -> str:
    return f"<code>{html.escape(tex)}</code>"
