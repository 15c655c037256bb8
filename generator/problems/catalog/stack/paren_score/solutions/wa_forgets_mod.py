"""Wrong: never reduces modulo the prime and prints the exact score."""
import sys

s = sys.stdin.readline().strip()
stack = [0]
prev = ""
for ch in s:
    if ch == "(":
        stack.append(0)
    else:
        inside = stack.pop()
        stack[-1] = stack[-1] + (1 if prev == "(" else 2 * inside)
    prev = ch
print(stack[0])
