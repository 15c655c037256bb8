import sys


def tables(k):
    """table[l][r][s]: strings of l digits (leading zeros allowed) whose value is r and whose digit sum is s,
    both mod k. A string of l digits is a digit x in front of one of l - 1: x * 10^(l-1) + rest."""
    table = [[[0] * k for _ in range(k)]]
    table[0][0][0] = 1
    place = 1 % k  # 10^(l-1) mod k
    for _ in range(18):
        prev = table[-1]
        rows = [[0] * k for _ in range(k)]
        for r in range(k):
            row = prev[r]
            for x in range(10):
                shift = x % k
                turned = row[-shift:] + row[:-shift] if shift else row  # digit sum s becomes s + x
                target = (x * place + r) % k
                rows[target] = [u + v for u, v in zip(rows[target], turned)]
        table.append(rows)
        place = place * 10 % k
    return table


def count(n, k, table):
    """How many of 0..n are divisible by k with a digit sum divisible by k: at each digit c of n, the numbers
    that follow n's prefix and put a smaller digit x there, with the rest any digits that make both sums 0 mod k."""
    digits = list(map(int, str(n)))
    total = 0
    value = 0  # n's prefix, mod k
    dsum = 0  # its digit sum, mod k
    for i, c in enumerate(digits):
        rest = len(digits) - 1 - i
        place = pow(10, rest, k)
        for x in range(c):
            head = (value * 10 + x) * place % k
            total += table[rest][-head % k][-(dsum + x) % k]
        value = (value * 10 + c) % k
        dsum = (dsum + c) % k
    return total + (1 if value == 0 and dsum == 0 else 0)


data = sys.stdin.buffer.read().split()
t, k = int(data[0]), int(data[1])
table = tables(k)
out = []
for i in range(t):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    out.append(count(b, k, table) - count(a, k, table))
sys.stdout.write("\n".join(map(str, out)) + "\n")
