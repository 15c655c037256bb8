"""Too slow: a depth-first search over the ways to cut the string from its end (its own stack, no table), one
leaf per cutting: about 1.6^N of them."""
import sys

MOD = 1_000_000_007


def one(c):
    return 9 if c == "*" else 0 if c == "0" else 1


def two(a, b):
    if a == "*":
        if b == "*":
            return 15
        return 2 if b <= "6" else 1
    if a == "1":
        return 9 if b == "*" else 1
    if a == "2":
        return 6 if b == "*" else 1 if b <= "6" else 0
    return 0


s = sys.stdin.readline().strip()
total = 0
stack = [(len(s), 1)]  # characters left to cut, ways the cut part can be read
while stack:
    k, w = stack.pop()
    if k == 0:
        total = (total + w) % MOD
        continue
    if one(s[k - 1]):
        stack.append((k - 1, w * one(s[k - 1]) % MOD))
    if k >= 2 and two(s[k - 2], s[k - 1]):
        stack.append((k - 2, w * two(s[k - 2], s[k - 1]) % MOD))
print(total)
