"""Too slow: the recurrence as a recursive function with no table; the same prefixes are counted again and again
(about 1.6^N calls)."""
import sys

sys.setrecursionlimit(100000)
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


def ways(k):
    """Decodings of the first k characters."""
    if k == 0:
        return 1
    if k == 1:
        return one(s[0])
    pair = two(s[k - 2], s[k - 1]) * ways(k - 2)
    return (pair + one(s[k - 1]) * ways(k - 1)) % MOD


print(ways(len(s)))
