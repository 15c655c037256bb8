import sys


def count(n, d):
    """How many of 1..n have no digit d, reading n's digits from the left. below: numbers already smaller than
    n's prefix that have started (a first non-zero digit placed); zero: the number that has not started yet (only
    leading zeros so far, below n's prefix); tight: whether n's own prefix is still free of d."""
    below = 0
    zero = 0
    tight = True
    for i, c in enumerate(map(int, str(min(n, 10 ** 18 - 1)))):  # room for 18 digits only
        starts = 9 if d == 0 else 8  # first digits 1..9 other than d
        below = below * 9 + zero * starts
        zero = 1 if i > 0 else 0  # a number that is still all zeros stays so
        if tight:
            if i == 0:
                below += sum(1 for x in range(1, c) if x != d)
                zero = 1
            else:
                below += sum(1 for x in range(c) if x != d)
            if c == d:
                tight = False
    return below + (1 if tight else 0)


data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, d = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    out.append(count(n, d))
sys.stdout.write("\n".join(map(str, out)) + "\n")
