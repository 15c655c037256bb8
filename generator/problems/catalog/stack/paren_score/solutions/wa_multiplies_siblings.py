"""Wrong: combines boxes side by side by multiplying instead of adding."""
import sys

MOD = 1_000_000_007
s = sys.stdin.readline().strip()
stack = [1]
prev = ""
for ch in s:
    if ch == "(":
        stack.append(1)
    else:
        inside = stack.pop()
        stack[-1] = stack[-1] * (1 if prev == "(" else 2 * inside) % MOD
    prev = ch
print(stack[0])
