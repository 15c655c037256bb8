import sys

# got[d] = most pay with the work done so far when day d begins: an offer of day d adds to the day it ends.
data = sys.stdin.buffer.read().split()
n = int(data[0])
got = [0] * (n + 2)
for d in range(1, n + 1):
    t, p = int(data[2 * d - 1]), int(data[2 * d])
    if d + t <= n + 1 and got[d] + p > got[d + t]:
        got[d + t] = got[d] + p
print(max(got))
