"""Input validator for binary_search.cube_root: python validator.py max_q= max_v= < input; exit 0 iff valid
(Q, then exactly Q lines of one integer each, final newline, no leading zeros, bounds from the params)."""
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAX_Q, MAX_V = int(opts["max_q"]), int(opts["max_v"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")


def one_int(line, what):
    value = int(line)
    assert str(value) == line, what + ": malformed integer"
    return value


q = one_int(lines[0], "Q")
assert 1 <= q <= MAX_Q, "Q out of range"
assert len(lines) == q + 1, "expected Q numbers, one per line"
for line in lines[1:]:
    assert 1 <= one_int(line, "N_j") <= MAX_V, "N_j out of range"
