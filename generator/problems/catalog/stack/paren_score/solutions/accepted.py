"""Reference: a stack of partial sums, one per open box. ')' pops the inside's sum and adds to the enclosing level
1 for an empty box (the previous character was '(') or twice the inside's sum, all modulo the prime."""
import sys

MOD = 1_000_000_007
s = sys.stdin.readline().strip()
stack = [0]
prev = ""
for ch in s:
    if ch == "(":
        stack.append(0)
    else:
        inside = stack.pop()
        stack[-1] = (stack[-1] + (1 if prev == "(" else 2 * inside)) % MOD
    prev = ch
print(stack[0])
