"""Move the front of the queue with the larger sum, with running sums. The first queue is always a window
[l, r) of (q1 + q2) repeated; a window starting at 2N or later repeats a cheaper one, so stop there."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + 2 * n]]
total = sum(a)
answer = -1
if total % 2 == 0:
    target = total // 2
    b = a * 3
    l, r, s = 0, n, sum(a[:n])
    while l < 2 * n:
        if s == target:
            answer = l + r - n
            break
        if s > target:
            s -= b[l]
            l += 1
        elif r < len(b):
            s += b[r]
            r += 1
        else:
            break
print(answer)
