"""Input validator: python validator.py maxq=Q maxv=V < input; exit 0 iff valid. Q, then Q events
"+ name s" (name: 1-10 lowercase letters, 1 <= s <= V) or "?", at least one "?"."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXQ, MAXV = int(opts["maxq"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "Q expected"
q = int(lines[0])
assert 1 <= q <= MAXQ and len(lines) == q + 1, "Q out of range or not Q events"
event = re.compile(r"\+ [a-z]{1,10} [1-9][0-9]*|\?")
calls = 0
for line in lines[1:]:
    assert event.fullmatch(line), f"bad event {line[:30]!r}"
    if line == "?":
        calls += 1
    else:
        assert int(line.rsplit(" ", 1)[1]) <= MAXV, "level out of range"
assert calls >= 1, "at least one call expected"
