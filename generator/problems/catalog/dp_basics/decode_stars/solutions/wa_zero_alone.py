import sys

MOD = 1_000_000_007


def one(c):
    """Letters one character can be: * is any of 1..9, 0 is none."""
    return 9 if c == "*" else 1


def two(a, b):
    """Letters the two characters a, b can be together: a code from 10 to 26."""
    if a == "*":
        if b == "*":
            return 15  # 11..19 and 21..26
        return 2 if b <= "6" else 1  # 1b and 2b, or only 1b
    if a == "1":
        return 9 if b == "*" else 1
    if a == "2":
        return 6 if b == "*" else 1 if b <= "6" else 0
    return 0


s = sys.stdin.readline().strip()
prev, cur = 1, one(s[0])  # ways for the first 0 and 1 characters
for i in range(1, len(s)):
    prev, cur = cur, (one(s[i]) * cur + two(s[i - 1], s[i]) * prev) % MOD
print(cur)
