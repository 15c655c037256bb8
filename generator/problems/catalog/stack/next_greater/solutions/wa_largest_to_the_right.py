"""Wrong: reports the largest value to the right instead of the first larger one."""
import sys

data = sys.stdin.buffer.read().split()
a = list(map(int, data[1:1 + int(data[0])]))
ans = [-1] * len(a)
best = -1
for i in range(len(a) - 1, -1, -1):
    ans[i] = best if best > a[i] else -1
    best = max(best, a[i])
sys.stdout.write(" ".join(map(str, ans)) + "\n")
