"""Obviously correct for small inputs: every digit for every *, then every way to cut the digits into codes of one
or two characters, each a letter from 1 to 26 without a leading zero."""
import itertools
import sys

s = sys.stdin.readline().strip()
stars = [i for i, c in enumerate(s) if c == "*"]


def cuts(digits):
    if not digits:
        return 1
    total = 0
    if digits[0] != "0":
        total += cuts(digits[1:])
        if len(digits) >= 2 and 10 <= int(digits[:2]) <= 26:
            total += cuts(digits[2:])
    return total


count = 0
for fill in itertools.product("123456789", repeat=len(stars)):
    digits = list(s)
    for i, d in zip(stars, fill):
        digits[i] = d
    count += cuts("".join(digits))
print(count % 1_000_000_007)
