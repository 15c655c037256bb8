"""Input validator for the stack tasks: python validator.py variant=V <bounds> < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT = opts["variant"]
P = {k: int(v) for k, v in opts.items() if v.lstrip("-").isdigit()}
NUM = re.compile(r"0|-?[1-9][0-9]*")
NUMS = re.compile(r"(?:0|-?[1-9][0-9]*)(?: (?:0|-?[1-9][0-9]*))*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
if VARIANT == "paren_check":
    assert len(lines) == 1, "exactly one line expected"
    assert 1 <= len(lines[0]) <= P["maxlen"], "length out of range"
    assert re.fullmatch(r"[()]+", lines[0]), "only '(' and ')' allowed"
elif VARIANT == "multi_brackets":
    assert NUM.fullmatch(lines[0]), "T expected"
    t = int(lines[0])
    assert 1 <= t <= P["maxt"], "T out of range"
    assert len(lines) == t + 1, "expected exactly T strings"
    assert all(re.fullmatch(r"[()\[\]{}]+", s) for s in lines[1:]), "bad string"
    assert sum(map(len, lines[1:])) <= P["maxtotal"], "total length out of range"
else:
    assert len(lines) == 2, "two lines expected"
    assert NUM.fullmatch(lines[0]), "N expected"
    n = int(lines[0])
    assert 1 <= n <= P["maxn"], "N out of range"
    assert NUMS.fullmatch(lines[1]), "integers separated by single spaces expected"
    values = [int(x) for x in lines[1].split(" ")]
    assert len(values) == n, "expected N numbers"
    assert all(P["lowv"] <= x <= P["maxv"] for x in values), "value out of range"
