"""Input validator: python validator.py maxq=Q maxv=V < input; exit 0 iff valid. "Q", then Q lines "op x" with op in
+ - ?; a removal needs a copy added earlier and still present; at least one "?"."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXQ, MAXV = int(opts["maxq"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "Q expected"
q = int(lines[0])
assert 1 <= q <= MAXQ and len(lines) == 1 + q, "Q operations expected, one per line"
line = re.compile(r"([+?-]) (0|[1-9][0-9]*)")
added: dict[int, int] = {}
queries = 0
for text in lines[1:]:
    m = line.fullmatch(text)
    assert m, "operation expected"
    op, x = m.group(1), int(m.group(2))
    assert x <= MAXV, "value out of range"
    if op == "+":
        added[x] = added.get(x, 0) + 1
    elif op == "-":
        assert added.get(x, 0) > 0, "removal of a value not added"
        added[x] -= 1
    else:
        queries += 1
assert queries >= 1, "at least one query expected"
