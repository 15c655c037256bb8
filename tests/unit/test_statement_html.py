"""problem.html in the judge export: DOMjudge's statement (it reads problem.{pdf,html,txt}, not the format's
Markdown). Every formula of the catalog's statements becomes MathML, the page carries the limits and the samples,
and a hostile statement (a model's) cannot put script, event handlers or javascript: links into it."""
from __future__ import annotations

import re

import pytest

from generator.problems.catalog import all_packages, topics
from generator.problems.kattis import _statement_parts, package_files
from generator.problems.packages import render_statement, slot_values
from generator.problems.schema import KnownSolution, Programs, Sample, Statement
from generator.problems.schema import TestCase as Case
from generator.problems.statement_html import math, render_markdown, statement_html
from tests.fakes import fake_problem

FALLBACK = re.compile(r'<span class="math (?:inline|block)"><code>')


@pytest.mark.parametrize("topic", sorted(t.name for t in topics()))
def test_every_formula_of_the_catalogs_statements_becomes_mathml(topic) -> None:
    """Each theme of each task, both languages: a formula latex2mathml cannot convert, or whose MathML uses an
    element or attribute off the allowlist, would be shown as TeX source in <code>."""
    formulas = 0
    for package in (p for p in all_packages() if p.spec.topic == topic):
        spec = package.spec
        for language in ("en", "ko"):
            for theme, texts in package.themes().items():
                params = {**spec.params, **{k: v[0] for k, v in spec.random_params.items()}}
                st = render_statement(package, language, slot_values(spec, texts[language], params))
                page = render_markdown("\n\n".join((st.legend, st.input_format, st.output_format, st.notes)))
                shown_as_tex = FALLBACK.findall(page)
                assert not shown_as_tex, f"{package.id} ({language}, {theme}): a formula is not MathML:\n{page}"
                formulas += page.count("<math ")
    assert formulas > 0


def test_the_page_has_the_title_limits_samples_and_explanations_in_the_problems_language() -> None:
    problem = fake_problem("job", 1, 7).model_copy(update={
        "language": "ko", "title": "두 수의 합",
        "statement": Statement(legend="두 정수 $A$와 $B$가 주어집니다.", input_format="$A$ $B$",
                               output_format="$A+B$를 출력합니다.", constraints_text="- 1 ≤ A, B ≤ 10^9"),
        "samples": [Sample(input="1 2\n", output="3\n", explanation="1 + 2 = 3입니다.")],
    })
    page = statement_html(problem, *_statement_parts(problem))
    assert '<html lang="ko">' in page and "<h1>두 수의 합</h1>" in page
    assert "시간 제한: 1초, 메모리 제한: 256 MB" in page
    assert "<h3>예제 입력 1</h3>\n<pre>1 2\n</pre>" in page and "<h3>예제 출력 1</h3>\n<pre>3\n</pre>" in page
    assert page.index("예제 출력 1") < page.index("예제 설명") < page.index("1 + 2 = 3입니다.")
    assert page.count("<math ") == 5


def test_a_hostile_statement_cannot_script_the_page() -> None:
    hostile = (
        "Sum <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) "
        "![track](http://127.0.0.1/pixel.png) $\\text{<script>alert(4)</script>}$ $\\href{javascript:alert(5)}{x}$ "
        "$\\text{<!-- c --><![CDATA[<img src=y onerror=alert(6)>]]>}$ <iframe src=x></iframe> $N \\le 10^5$"
    )
    problem = fake_problem("job", 1, 7).model_copy(update={
        "title": "<script>alert(7)</script>",
        "statement": Statement(legend=hostile, input_format=hostile, output_format="x", constraints_text="-",
                               notes=hostile),
        "samples": [Sample(input="</pre><script>alert(8)</script>", output="3\n", explanation=hostile)],
        "tests": [Case(input="</pre><script>alert(8)</script>", output="3\n", category="sample")],
    })
    page = statement_html(problem, *_statement_parts(problem))
    tags = set(re.findall(r"<\s*([a-zA-Z][\w:-]*)", page))
    assert tags <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "pre", "code", "span",
                    "ul", "li", "a", "math", "mrow", "mi", "mn", "mo", "msup", "mtext"}, tags
    assert not re.search(r"(?:href|src)\s*=\s*[\"']?\s*javascript:", page, re.IGNORECASE)
    assert "[click](javascript:alert(3))" in page  # the refused link stays as text
    assert not re.search(r"<[^>]*\son\w+\s*=", page), "an event handler attribute"
    assert not re.search(r"<(?:a|img)[^>]*\bsrc=", page)
    assert "&lt;script&gt;alert(7)&lt;/script&gt;" in page and "&lt;/pre&gt;&lt;script&gt;" in page
    assert page.count("<code>\\href{javascript:alert(5)}{x}</code>") == 4  # legend, input, notes, explanation
    assert "<mi>N</mi><mo>≤</mo>" in page  # the harmless formula next to them is still MathML


def test_mathml_is_written_from_the_checked_tree_only() -> None:
    assert math("x < y").count("<") == math("x < y").count(">")  # the < is escaped text: &lt;
    assert "&lt;" in math("x < y")
    assert math(r"\unknowncommand{").startswith("<code>")


def test_the_export_carries_problem_html_beside_the_markdown() -> None:
    problem = fake_problem("job", 1, 7).model_copy(update={"programs": Programs(
        validator="import sys\n", brute="print(3)\n",
        known_solutions=[KnownSolution(name="wa_zero", kind="wrong", source="print(0)\n", verdict="wrong_answer")])})
    files = package_files(problem)
    assert files["statement/problem.en.md"].startswith("Add two numbers.")
    assert files["problem.html"].startswith("<!DOCTYPE html>") and "Add two numbers." in files["problem.html"]
