import sys


def count(n, d):
    """Numbers 0..n written with as many digits as n (leading zeros), none of them d, less the number 0."""
    digits = list(map(int, str(n)))
    total = 0
    tight = True
    for i, c in enumerate(digits):
        rest = len(digits) - 1 - i
        if tight:
            total += sum(1 for x in range(c) if x != d) * 9 ** rest
            if c == d:
                tight = False
    return total + (1 if tight else 0) - 1


data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, d = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    out.append(count(n, d))
sys.stdout.write("\n".join(map(str, out)) + "\n")
