"""Input validator for bit_manipulation.switch_register: python validator.py maxq=Q bits=B < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXQ, BITS = int(opts["maxq"]), int(opts["bits"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "Q must be a positive integer"
q = int(lines[0])
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == q + 1, "expected Q commands, one per line"
answers = 0
for line in lines[1:]:
    if line == "code":
        answers += 1
        continue
    match = re.fullmatch(r"(on|off|flip|test) (0|[1-9][0-9]*)", line)
    assert match, "a command is on/off/flip/test k or code"
    assert int(match.group(2)) < BITS, "switch number out of range"
    answers += match.group(1) == "test"
assert answers >= 1, "at least one test or code command"
