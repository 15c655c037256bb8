"""Input validator: python validator.py maxr= maxc= maxlen= < input; exit 0 iff valid."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXR, MAXC, MAXLEN = int(opts["maxr"]), int(opts["maxc"]), int(opts["maxlen"])
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "R C"
r, c = map(int, lines[0].split())
assert r <= MAXR and c <= MAXC, "R or C out of range"
assert len(lines) == r + 2, "R rows and the word"
assert all(re.fullmatch(rf"[A-Z]{{{c}}}", row) for row in lines[1:1 + r]), "rows of C capital letters"
assert re.fullmatch(r"[A-Z]+", lines[-1]) and len(lines[-1]) <= MAXLEN, "the word"

# The statement's promise: at most 100 000 paths trace a prefix of W, over all prefix lengths (an all-'A' 8x8 board
# with a 14-letter word has millions, which no search meets the time limit on). Counted with a cut at the bound.
LIMIT = 100_000
word = lines[-1]
cells = "".join(lines[1:1 + r])
near = [[(i + di) * c + j + dj for di, dj in ((-1, 0), (1, 0), (0, -1), (0, 1)) if 0 <= i + di < r and 0 <= j + dj < c]
        for i in range(r) for j in range(c)]
used = [False] * (r * c)
traced = 0


def trace(cell: int, k: int) -> None:
    global traced
    traced += 1
    assert traced <= LIMIT, f"more than {LIMIT} paths trace a prefix of the word"
    if k + 1 == len(word):
        return
    used[cell] = True
    for step in near[cell]:
        if not used[step] and cells[step] == word[k + 1]:
            trace(step, k + 1)
    used[cell] = False


for start in range(r * c):
    if cells[start] == word[0]:
        trace(start, 0)
