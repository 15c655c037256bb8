import sys

# A digit DP per question, without a table shared by the questions: for each of n's 19 digits, every (value,
# digit sum) pair mod K of the numbers already below n's prefix takes each of 10 digits: 19 * K^2 * 10 steps.


def count(n, k):
    below = [[0] * k for _ in range(k)]  # numbers already below n's prefix, by value and digit sum mod k
    value = dsum = 0
    for c in map(int, str(n)):
        nxt = [[0] * k for _ in range(k)]
        for r in range(k):
            for s in range(k):
                ways = below[r][s]
                if ways:
                    for x in range(10):
                        nxt[(r * 10 + x) % k][(s + x) % k] += ways
        for x in range(c):
            nxt[(value * 10 + x) % k][(dsum + x) % k] += 1
        below = nxt
        value = (value * 10 + c) % k
        dsum = (dsum + c) % k
    return below[0][0] + (1 if value == 0 and dsum == 0 else 0)


data = sys.stdin.buffer.read().split()
t, k = int(data[0]), int(data[1])
out = []
for i in range(t):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    out.append(count(b, k) - count(a - 1, k))
sys.stdout.write("\n".join(map(str, out)) + "\n")
