"""Statement templates: grammar comes from filters (Korean particles, plurals, articles), chains apply left to
right, and a slot that does not parse fails loudly instead of shipping as text."""
from __future__ import annotations

import pytest

from generator.problems.textkit import TemplateError, fill, korean_ordinals, resolve_particles, title_case


@pytest.mark.parametrize("word, pair, expected", [
    ("학생", "은/는", "학생은"), ("생쥐", "은/는", "생쥐는"), ("섬", "이/가", "섬이"), ("다리", "으로/로", "다리로"),
    ("길", "으로/로", "길로"), ("3", "을/를", "3을"), ("2", "을/를", "2를"),
])
def test_korean_particles_follow_the_last_syllable(word: str, pair: str, expected: str) -> None:
    assert fill(f"{{w|josa:{pair}}}", {"w": word}) == expected


@pytest.mark.parametrize("pair", ["와/과", "는/은", "를/을", "로/으로", "의", "이/"])
def test_a_particle_pair_written_the_other_way_round_or_unknown_fails(pair: str) -> None:
    # "{peg|josa:와/과}" gave "기둥와" without a word: the with-batchim form comes first, and the error says so.
    with pytest.raises(ValueError, match="particle pair"):
        fill(f"{{w|josa:{pair}}}", {"w": "기둥"})


@pytest.mark.parametrize("text, expected", [
    ("3을(를) 고릅니다", "3을 고릅니다"), ("2을(를)", "2를"), ("10(으)로", "10으로"), ("7(으)로", "7로"),
    ("정점이(가)", "정점이"), ("마을이(가)", "마을이"), ("다리이(가)", "다리가"), ("길(으)로", "길로"),
    ("역은(는)", "역은"), ("집과(와)", "집과"), ("N을(를)", "N을"), ("S을(를)", "S를"),
    # quotes are skipped; a bracket group attached to a word is an aside, one standing apart is the thing itself
    ("`abc`을(를)", "`abc`를"), ("`aaan`은(는)", "`aaan`은"), ("최댓값(5)은(는)", "최댓값(5)은"),
    ("{1, 3}(합 4)과(와)", "{1, 3}(합 4)과"), ("어느 해도 (1, 2, 3)이(가)", "어느 해도 (1, 2, 3)이"),
    ("3 (7)을(를)", "3 (7)을"), ("(-2)×(0)(으)로", "(-2)×(0)으로"), ("1(`h`), 3(`hhh`)(으)로", "1(`h`), 3(`hhh`)으로"),
    # nothing to agree with: left as written, which still reads correctly
    ("을(를) 고릅니다", "을(를) 고릅니다"), ("값 이(가)", "값 이(가)"),
    # two marks in one text, each by its own word
    ("1번 다리과(와) 3번 섬을(를) 잇습니다", "1번 다리와 3번 섬을 잇습니다"),
])
def test_particle_marks_in_a_programs_text_are_resolved_by_what_they_follow(text: str, expected: str) -> None:
    assert resolve_particles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lone number 1-10 before 번째 is read with the native numeral, whatever word follows it
    ("1번째", "첫 번째"), ("2번째 날", "두 번째 날"), ("3번째로 큰 값", "세 번째로 큰 값"), ("4번째 줄이 모두 0", "네 번째 줄이 모두 0"),
    ("5번째", "다섯 번째"), ("6번째", "여섯 번째"), ("7번째", "일곱 번째"), ("8번째", "여덟 번째"), ("9번째", "아홉 번째"),
    ("10번째 이동", "열 번째 이동"), ("(2번째로 작은 수)", "(두 번째로 작은 수)"), ("`ab`: 2번째 글자", "`ab`: 두 번째 글자"),
    # each of several ordinals, each with its own 번째
    ("1번째, 3번째, 8번째 숫자", "첫 번째, 세 번째, 여덟 번째 숫자"), ("2번째와 3번째 글자", "두 번째와 세 번째 글자"),
    ("3번째부터 10번째까지", "세 번째부터 열 번째까지"), ("첫 번째, 두 번째, …, 5번째인", "첫 번째, 두 번째, …, 다섯 번째인"),
    ("3번째, 11번째", "세 번째, 11번째"),
    # not the end of a larger number or a name, and 0 is no position
    ("11번째", "11번째"), ("21번째", "21번째"), ("100번째", "100번째"), ("110번째", "110번째"), ("3.1번째", "3.1번째"),
    ("x1번째", "x1번째"), ("0번째", "0번째"), ("-1번째", "-1번째"),
    # one 번째 shared by a list or a range of numbers: read in digits, not "1, 세 번째"
    ("1, 3번째", "1, 3번째"), ("1,3번째", "1,3번째"), ("2, 5, 7번째 글자", "2, 5, 7번째 글자"), ("1과 3번째", "1과 3번째"),
    ("2와 4번째", "2와 4번째"), ("1~3번째", "1~3번째"), ("9~10번째: ", "9~10번째: "), ("1-3번째", "1-3번째"),
    # the value of a formula stays a number
    ("그 가운데인 2^2 = 4번째 이동", "그 가운데인 2^2 = 4번째 이동"),
    # already spelled out, or written apart: left as written; other counters are not ordinals
    ("첫 번째", "첫 번째"), ("두 번째 날", "두 번째 날"), ("1 번째", "1 번째"), ("1번 학생", "1번 학생"), ("3일째", "3일째"),
    ("Graph 1: the 2nd", "Graph 1: the 2nd"),
])
def test_korean_ordinals_up_to_ten_are_spelled_out(text: str, expected: str) -> None:
    assert korean_ordinals(text) == expected


def test_plurals_articles_and_numbers() -> None:
    values = {"one": 1, "three": 3, "noun": "aisle", "big": 200000}
    assert fill("{one|plural:group}, {three|plural:box}", values) == "1 group, 3 boxes"
    assert fill("{noun|a}, {big}, {big|num}", values) == "an aisle, 2·10^5, 2·10^5"
    from generator.problems.textkit import article

    assert [article(w) for w in ("one-way pipe", "one mark", "onion", "oven", "once-a-year fair")] == [
        "a one-way pipe", "a one mark", "an onion", "an oven", "a once-a-year fair"]


def test_exponents_of_two_digits_are_braced_in_statements_but_not_in_the_constraint_list() -> None:
    from generator.problems.textkit import format_number

    values = {"big": 10**12, "bigger": 2 * 10**18, "small": 10**9}
    assert fill("$N \\le {big|num}$, $A \\le {bigger}$, $B \\le {small}$", values) == (
        "$N \\le 10^{12}$, $A \\le 2·10^{18}$, $B \\le 10^9$")
    assert format_number(10**12) == "10^12" and format_number(-(10**18)) == "-10^18"  # plain text


def test_filters_chain_left_to_right() -> None:
    assert fill("{node|a|cap} $1$ is the root.", {"node": "island"}) == "An island $1$ is the root."


def test_literal_braces_and_latex_survive() -> None:
    assert fill(r"$\binom{{n}}{{k}}$ for {n}", {"n": 5}) == r"$\binom{n}{k}$ for 5"


@pytest.mark.parametrize("template", ["{who}", "{x|Cap}", "{x|nosuchfilter}", "{x|a|}"])
def test_unknown_or_malformed_slots_fail(template: str) -> None:
    with pytest.raises(TemplateError):
        fill(template, {"x": "cat"})


def test_a_slot_that_does_not_parse_outside_math_is_an_error_but_math_braces_are_not() -> None:
    with pytest.raises(TemplateError):
        fill("at most {max_a_i, b_i} each", {"max_a_i": 5})
    assert fill("$a_{i,j} \\le 10^{9}$ for {n} cells", {"n": 3}) == "$a_{i,j} \\le 10^{9}$ for 3 cells"


@pytest.mark.parametrize(("title", "expected"), [
    ("Subway Transfers: The Nearest bike rental", "Subway Transfers: The Nearest Bike Rental"),
    ("Island Bridges: How Big Is the island group?", "Island Bridges: How Big Is the Island Group?"),
    ("a sliding window over the genome", "A Sliding Window over the Genome"),
    ("Photo Line-up: up and down", "Photo Line-up: Up and Down"),  # the first word after a colon is raised
    ("The Researcher's h-index", "The Researcher's h-index"),  # hyphenated terms keep their form
    ("Reachable from number 1 in $N$ steps (or fewer)", "Reachable from Number 1 in $N$ Steps (or Fewer)"),
    ("BFS on a grid", "BFS on a Grid"),
])
def test_english_titles_capitalise_every_major_word(title: str, expected: str) -> None:
    assert title_case(title) == expected


def test_a_rendered_english_title_is_title_cased_and_a_korean_one_is_untouched() -> None:
    from generator.problems.catalog import package_by_id
    from generator.problems.packages import render_statement
    package = package_by_id("dijkstra.nearest_source")
    values = {"title": "Subway Transfers", "site": "bike rental", "nodes": "stations", "node": "station",
              "edges": "lines", "edge": "line", "unit": "minutes"}
    statement = render_statement(package, "en", {**values, **{f"max_{c.symbol.lower()}": c.high
                                                               for c in package.spec.constraints}})
    assert statement.title == "Subway Transfers: The Nearest Bike Rental"


def test_no_catalog_program_keeps_its_own_korean_ordinal_table() -> None:
    # The host spells "1번째" as "첫 번째" for every explanation (korean_ordinals, applied with resolve_particles);
    # a table of its own in an explain.py is a copy that drifts (36 files once carried one, three of them wrong).
    from pathlib import Path

    import generator.problems.catalog as catalog

    words = ('"첫"', '"다섯"', '"여섯"')
    root = Path(catalog.__file__).parent
    own = [str(p.relative_to(root)) for p in sorted(root.rglob("*.py"))
           if all(w in p.read_text(encoding="utf-8") for w in words)]
    assert own == []
