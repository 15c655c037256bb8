import sys


def tables(k):
    """follow[l][p]: strings of l digits that can come after the digit p (each digit within k of the one before);
    starts[l]: smooth numbers of exactly l digits (a first digit 1..9, which has no digit before it)."""
    follow = [[1] * 10]
    for _ in range(18):
        prev = follow[-1]
        follow.append([sum(prev[x] for x in range(10) if abs(x - p) <= k) for p in range(10)])
    starts = [0] + [sum(follow[length - 1][x] for x in range(1, 10)) for length in range(1, 20)]
    return follow, starts


def count(n, k, follow, starts):
    """How many of 1..n are smooth: every number shorter than n, then those as long as n that follow n's prefix
    and put a smaller digit x at some place (the rest free), then n itself. A number's first digit has no digit
    before it: it starts at its first non-zero digit, never at a leading zero."""
    if n == 0:
        return 0
    digits = list(map(int, str(n)))
    total = sum(starts[:len(digits)])
    prev = None
    for i, c in enumerate(digits):
        rest = len(digits) - 1 - i
        for x in range(1 if i == 0 else 0, c):
            if prev is None or abs(x - prev) <= k:
                total += follow[rest][x]
        if prev is not None and abs(c - prev) > k:
            return total
        prev = c
    return total + 1


data = sys.stdin.buffer.read().split()
t = int(data[0])
known = {}
out = []
for i in range(t):
    a, b, k = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    if k not in known:
        known[k] = tables(k)
    follow, starts = known[k]
    out.append(count(b, k, follow, starts) - count(a - 1, k, follow, starts))
sys.stdout.write("\n".join(map(str, out)) + "\n")
