"""Input validator: python validator.py maxn=N maxlen=L < input; exit 0 iff valid. N, then N lines 'name kind' of
lowercase words, the names all different."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXLEN = int(opts["maxn"]), int(opts["maxlen"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert len(lines) == 1 + n, "N items expected, one per line"
item = re.compile(r"([a-z]{1,%d}) [a-z]{1,%d}" % (MAXLEN, MAXLEN))
names = set()
for line in lines[1:]:
    m = item.fullmatch(line)
    assert m, "items: name and kind, 1..maxlen lowercase letters each, one space between"
    assert m.group(1) not in names, "names must be distinct"
    names.add(m.group(1))
