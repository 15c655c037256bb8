"""Wrong: never checks that the total is even, so target = total // 2 finds a split that is off by one."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + 2 * n]]
target = sum(a) // 2
answer = -1
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
