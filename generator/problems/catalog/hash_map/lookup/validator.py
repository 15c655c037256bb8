"""Input validator: python validator.py maxn=N maxm=M maxlen=L < input; exit 0 iff valid.
"N M", N pairwise different lowercase names, M questions (a number 1..N without leading zeros, or a name)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXLEN = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxlen"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "N M expected"
n, m = map(int, lines[0].split())
assert 1 <= n <= MAXN and 1 <= m <= MAXM, "N or M out of range"
assert len(lines) == 1 + n + m, "N names and M questions expected, one per line"
name = re.compile(r"[a-z]{1,%d}" % MAXLEN)
names = lines[1:1 + n]
assert all(name.fullmatch(x) for x in names), "names: 1..maxlen lowercase letters"
assert len(set(names)) == n, "names must be pairwise different"
for q in lines[1 + n:]:
    if re.fullmatch(r"[1-9][0-9]*", q):
        assert int(q) <= n, "number question out of range"
    else:
        assert name.fullmatch(q), "a question is a number or a name"
