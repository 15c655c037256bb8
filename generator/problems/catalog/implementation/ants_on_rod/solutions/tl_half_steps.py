import sys

data = sys.stdin.buffer.read().split()
n, length, t = int(data[0]), int(data[1]), int(data[2])
ants = sorted((2 * int(data[3 + 2 * i]), 1 if data[4 + 2 * i] == b"R" else -1, i) for i in range(n))
x = [a[0] for a in ants]
v = [a[1] for a in ants]
who = [a[2] for a in ants]
lo, hi = 0, n  # the ants still on the rod are x[lo:hi], in order
for _ in range(2 * t):  # every half second: move, drop fallen ants, turn ants that meet
    for i in range(lo, hi):
        x[i] += v[i]
    while lo < hi and x[lo] < 0:
        lo += 1
    while lo < hi and x[hi - 1] > 2 * length:
        hi -= 1
    for i in range(lo, hi - 1):
        if x[i] == x[i + 1]:
            v[i], v[i + 1] = -1, 1
    if lo == hi:
        break
answer = [-1] * n
for i in range(lo, hi):
    answer[who[i]] = x[i] // 2
sys.stdout.write("\n".join(map(str, answer)) + "\n")
