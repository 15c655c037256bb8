"""Input validator: python validator.py maxb= < input; exit 0 iff valid. One line "A B", 1 <= A <= B <= maxb."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXB = int(opts["maxb"])
data = sys.stdin.read()
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*\n", data), "one line: two positive integers"
a, b = map(int, data.split())
assert 1 <= a <= b <= MAXB, "1 <= A <= B <= maxb expected"
