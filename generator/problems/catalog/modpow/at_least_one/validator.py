"""Input validator for modpow.at_least_one: python validator.py maxt=T maxn=N maxk=K < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXT, MAXN, MAXK = int(opts["maxt"]), int(opts["maxn"]), int(opts["maxk"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "T must be a positive integer"
t = int(lines[0])
assert 1 <= t <= MAXT, "T out of range"
assert len(lines) == t + 1, "expected T lines of questions"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]{0,18} [1-9][0-9]{0,9} [1-9][0-9]{0,9}", line), "three positive integers"
    n, k, s = map(int, line.split())
    assert n <= MAXN and k <= MAXK, "N_i or K_i out of range"
    assert s <= k, "S_i must not exceed K_i"
