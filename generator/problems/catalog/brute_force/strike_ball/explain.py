"""A sample's explanation: the surviving secrets listed when there are few."""
import json
import sys
from itertools import permutations

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
rows = [(toks[i], int(toks[i + 1]), int(toks[i + 2])) for i in range(1, len(toks), 3)]


def fits(secret, guess, s, b):
    strikes = sum(x == y for x, y in zip(secret, guess))
    return strikes == s and len(set(secret) & set(guess)) - strikes == b


alive = ["".join(p) for p in permutations("123456789", 3) if all(fits(p, *r) for r in rows)]
shown = ", ".join(alive[:10])
more = len(alive) - 10
if ko:
    if more > 0:
        shown += f" 외 {more}개"
    print(f"모든 대답과 맞는 수는 {len(alive)}개입니다" + (f": {shown}." if alive else "."))
else:
    if more > 0:
        shown += f" and {more} more"
    print(f"{len(alive)} secret numbers agree with every answer" + (f": {shown}." if alive else "."))
