"""A sample's explanation from its input: its worth worked out by the statement's three rules."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
s = case["input"].split()[0]


def parse(at):
    """The worth of the balanced run starting at `at` by the statement's three rules, written out: (its terms as
    text, their values, where the run ends)."""
    terms, values = [], []
    while at < len(s) and s[at] == "(":
        if s[at + 1] == ")":
            terms.append("1")
            values.append(1)
            at += 2
        else:
            inner, inner_values, at = parse(at + 1)
            at += 1  # its closing bracket
            joined = " + ".join(inner)
            terms.append(f"2×({joined})" if len(inner) > 1 else f"2×{joined}")
            values.append(2 * sum(inner_values))
    return terms, values, at


terms, values, _ = parse(0)
total = sum(values)
written = " + ".join(terms)
if len(written) > 160:  # a long sample: what each top-level pair is worth
    written = " + ".join(map(str, values))
# By the rules, not by a shortcut (an empty pair at depth d adds 2^(d-1), which the explanation said before, is the
# whole solution).
if ko:
    print(f"규칙대로 계산하면 {written} = {total}입니다." if written != str(total) else f"규칙대로 계산하면 {total}입니다.")
else:
    print(f"By the rules: {written} = {total}." if written != str(total) else f"By the rules the worth is {total}.")
