"""Input validator: python validator.py maxn=N maxv=V < input; exit 0 iff valid. N, then N commands."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN and len(lines) == n + 1, "N out of range or wrong number of lines"
for line in lines[1:]:
    if line.startswith("push_"):
        assert re.fullmatch(r"push_(front|back) [1-9][0-9]*", line), "push_front x / push_back x"
        assert int(line.split(" ")[1]) <= MAXV, "x out of range"
    else:
        assert line in ("pop_front", "pop_back", "size", "empty", "front", "back"), "unknown command"
assert any(not line.startswith("push_") for line in lines[1:]), "at least one command that prints"
