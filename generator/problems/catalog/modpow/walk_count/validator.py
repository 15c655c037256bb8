"""Input validator for modpow.walk_count: python validator.py maxn=N maxm=M maxk=K maxq=Q < input; exit 0 iff valid.
M is maxn * (maxn - 1), stated as the bound on m; each input is also held to its own n * (n - 1)."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXM, MAXK, MAXQ = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxk"]), int(opts["maxq"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
number = r"(0|[1-9][0-9]{0,18})"
assert re.fullmatch(f"{number} {number} {number}", lines[0]), "first line: n m K"
n, m, k = map(int, lines[0].split())
assert 1 <= n <= MAXN, "n out of range"
assert 0 <= m <= min(MAXM, n * (n - 1)), "m out of range"
assert 0 <= k <= MAXK, "K out of range"
assert len(lines) >= m + 2, "missing lines"
pair = r"[1-9][0-9]* [1-9][0-9]*"
seen = set()
for line in lines[1:1 + m]:
    assert re.fullmatch(pair, line), "a road is two positive integers"
    u, v = map(int, line.split())
    assert u <= n and v <= n, "place out of range"
    assert u != v, "a road joins two different places"
    assert (u, v) not in seen, "road listed twice"
    seen.add((u, v))
assert re.fullmatch(r"[1-9][0-9]*", lines[1 + m]), "Q must be a positive integer"
q = int(lines[1 + m])
assert q <= MAXQ, "Q out of range"
assert len(lines) == m + 2 + q, "expected Q question lines"
for line in lines[m + 2:]:
    assert re.fullmatch(pair, line), "a question is two positive integers"
    s, t = map(int, line.split())
    assert s <= n and t <= n, "place out of range"
