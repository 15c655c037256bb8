"""Wrong: pops on >= as well, so an equal value counts as greater."""
import sys

data = sys.stdin.buffer.read().split()
a = list(map(int, data[1:1 + int(data[0])]))
ans = [-1] * len(a)
stack = []
for i, x in enumerate(a):
    while stack and a[stack[-1]] <= x:
        ans[stack.pop()] = x
    stack.append(i)
sys.stdout.write(" ".join(map(str, ans)) + "\n")
