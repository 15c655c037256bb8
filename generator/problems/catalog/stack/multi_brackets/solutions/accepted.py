"""Reference: a stack of open brackets; a closing bracket must match the one on top, and none may be left."""
import sys

PAIR = {")": "(", "]": "[", "}": "{"}
data = sys.stdin.read().split()
out = []
for s in data[1:1 + int(data[0])]:
    stack = []
    ok = True
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif stack and stack[-1] == PAIR[ch]:
            stack.pop()
        else:
            ok = False
            break
    out.append("YES" if ok and not stack else "NO")
sys.stdout.write("\n".join(out) + "\n")
