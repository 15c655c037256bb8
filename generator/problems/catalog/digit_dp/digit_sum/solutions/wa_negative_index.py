import sys

MAXS = 9 * 18 + 1  # digit sums of the numbers up to 10^18
# ways[l][s]: strings of l digits (leading zeros allowed) with digit sum s; upto[l][s]: those with sum at most s.
ways = [[1] + [0] * MAXS]
for length in range(1, 19):
    prev = ways[-1]
    ways.append([sum(prev[s - x] for x in range(10) if s >= x) for s in range(MAXS + 1)])
upto = []
for row in ways:
    acc, total = [], 0
    for value in row:
        total += value
        acc.append(total)
    upto.append(acc)


def count(n, s):
    """How many of 0..n have digit sum s: at each digit c of n, the numbers that follow n's prefix and put a
    smaller digit x there, then any digits after it (the rest must add up to s - prefix - x)."""
    digits = list(map(int, str(n)))
    total = 0
    prefix = 0
    for i, c in enumerate(digits):
        rest = len(digits) - 1 - i
        need = s - prefix
        total += upto[rest][need] - upto[rest][need - c]
        prefix += c
    return total + (1 if prefix == s else 0)


data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b, s = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    out.append(count(b, s) - count(a - 1, s))
sys.stdout.write("\n".join(map(str, out)) + "\n")
