"""Input validator for the sorting tasks: python validator.py variant=V maxn=N lowv=L maxv=H ... < input;
exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
VARIANT = opts["variant"]
P = {k: int(v) for k, v in opts.items() if v.lstrip("-").isdigit()}
INT = re.compile(r"0|-?[1-9][0-9]*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def ints(line, count):
    toks = line.split(" ")
    assert all(INT.fullmatch(t) for t in toks), "malformed integer"
    assert len(toks) == count, "wrong count of integers on a line"
    return [int(t) for t in toks]


(n,) = ints(lines[0], 1)
assert 1 <= n <= P["maxn"], "N out of range"
if VARIANT == "multi_key":
    assert len(lines) == n + 1, "expected N records"
    seen = set()
    for line in lines[1:]:
        parts = line.split(" ")
        assert len(parts) == 3, "a record is: name A B"
        assert re.fullmatch(r"[a-z]{1,%d}" % P["maxlen"], parts[0]), "bad name"
        assert parts[0] not in seen, "names must be distinct"
        seen.add(parts[0])
        a, b = ints(parts[1] + " " + parts[2], 2)
        assert 0 <= a <= P["maxa"] and 0 <= b <= P["maxb"], "key out of range"
else:
    assert len(lines) == 2, "expected exactly two lines"
    assert all(P["lowv"] <= v <= P["maxv"] for v in ints(lines[1], n)), "value out of range"
