"""Input validator: python validator.py maxn= < input; exit 0 iff valid: N in [1, maxn], then N lines
"guess s b" with three distinct digits 1-9, s, b >= 0 and s + b <= 3."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == n + 1, "N question lines"
for line in lines[1:]:
    m = re.fullmatch(r"([1-9]{3}) ([0-3]) ([0-3])", line)
    assert m, "malformed question line"
    assert len(set(m.group(1))) == 3, "digits of a guess must differ"
    assert int(m.group(2)) + int(m.group(3)) <= 3, "strikes + balls <= 3"
