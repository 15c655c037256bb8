"""Input validator: python validator.py maxn=N maxv=V bound=B < input; exit 0 iff valid. N, then N tokens forming
one postfix expression; every intermediate value within [-B, B]."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN, MAXV, BOUND = int(opts["maxn"]), int(opts["maxv"]), int(opts["bound"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 2, "two lines expected"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "N expected"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
assert re.fullmatch(r"(0|[1-9][0-9]*|[-+*])( (0|[1-9][0-9]*|[-+*]))*", lines[1]), "tokens separated by single spaces"
tokens = lines[1].split(" ")
assert len(tokens) == n, "N tokens expected"
stack = []
for tok in tokens:
    if tok in "+-*":
        assert len(stack) >= 2, "an operator without two operands"
        b, a = stack.pop(), stack.pop()
        v = a + b if tok == "+" else a - b if tok == "-" else a * b
        assert abs(v) <= BOUND, "intermediate value out of range"
        stack.append(v)
    else:
        assert int(tok) <= MAXV, "number out of range"
        stack.append(int(tok))
assert len(stack) == 1, "more than one value left"
