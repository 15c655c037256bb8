"""Wrong: looks for the first queue as a window of q1 + q2 written once, so a window that wraps past the end of
q2 into q1 again is never found."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + 2 * n]]
total = sum(a)
answer = -1
if total % 2 == 0:
    target = total // 2
    l, r, s = 0, n, sum(a[:n])
    while l < 2 * n:
        if s == target:
            answer = l + r - n
            break
        if s > target:
            s -= a[l]
            l += 1
        elif r < len(a):
            s += a[r]
            r += 1
        else:
            break
print(answer)
