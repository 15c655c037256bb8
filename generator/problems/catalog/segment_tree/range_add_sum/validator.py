"""Input validator: python validator.py maxn= maxq= maxa= maxv= < input; exit 0 iff valid. "N Q", N values 0..maxa,
then Q lines "1 l r v" (1 <= v <= maxv) or "2 l r" with 1 <= l <= r <= N; at least one of type 2."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXQ, MAXA, MAXV = (int(opts[k]) for k in ("maxn", "maxq", "maxa", "maxv"))
NUM = r"[1-9][0-9]*"
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(f"{NUM} {NUM}", lines[0]), "N Q expected"
n, q = map(int, lines[0].split(" "))
assert 1 <= n <= MAXN and 1 <= q <= MAXQ, "N or Q out of range"
assert len(lines) == 2 + q, "N Q, the values, then Q operations expected"
toks = lines[1].split(" ")
assert len(toks) == n and all(re.fullmatch(f"0|{NUM}", t) and int(t) <= MAXA for t in toks), "N values 0..maxa"
queries = 0
for line in lines[2:]:
    m = re.fullmatch(f"1 ({NUM}) ({NUM}) ({NUM})|2 ({NUM}) ({NUM})", line)
    assert m, f"bad operation {line!r}"
    if m.group(1):
        l, r, v = int(m.group(1)), int(m.group(2)), int(m.group(3))
        assert 1 <= v <= MAXV, "v out of range"
    else:
        l, r = int(m.group(4)), int(m.group(5))
        queries += 1
    assert 1 <= l <= r <= n, "need 1 <= l <= r <= N"
assert queries >= 1, "at least one operation of type 2"
