"""Input validator for topological_sort.named_order: python validator.py maxm= maxlen= < input; exit 0 iff valid.
M pairs of two different names (1..maxlen lowercase letters) separated by one space; no ordered pair twice;
cycles allowed; strict format."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXM, MAXLEN = int(opts["maxm"]), int(opts["maxlen"])
PAIR = re.compile(rf"([a-z]{{1,{MAXLEN}}}) ([a-z]{{1,{MAXLEN}}})")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]{0,6}", lines[0]), "M expected on the first line"
m = int(lines[0])
assert 1 <= m <= MAXM, "M out of range"
assert len(lines) == m + 1, "expected exactly M pair lines"
seen = set()
for text in lines[1:]:
    match = PAIR.fullmatch(text)
    assert match, "two names of lowercase letters separated by one space expected"
    a, b = match.groups()
    assert a != b, "a name paired with itself"
    assert (a, b) not in seen, "duplicate pair"
    seen.add((a, b))
