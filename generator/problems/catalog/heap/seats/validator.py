"""Input validator: python validator.py maxq=Q < input; exit 0 iff valid. Q, then Q events "+" or "- x" where
spot x is occupied at that moment (the rule is simulated), and at least one "+"."""
import heapq
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXQ = int(opts["maxq"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "Q expected"
q = int(lines[0])
assert 1 <= q <= MAXQ and len(lines) == q + 1, "Q out of range or not Q events"
freed: list[int] = []
next_new = 1
occupied = set()
arrivals = 0
for line in lines[1:]:
    if line == "+":
        x = heapq.heappop(freed) if freed else next_new
        if x == next_new:
            next_new += 1
        occupied.add(x)
        arrivals += 1
    else:
        assert re.fullmatch(r"- [1-9][0-9]*", line), f"bad event {line[:30]!r}"
        x = int(line[2:])
        assert x in occupied, f"spot {x} is not occupied"
        occupied.remove(x)
        heapq.heappush(freed, x)
assert arrivals >= 1, "at least one arrival expected"
