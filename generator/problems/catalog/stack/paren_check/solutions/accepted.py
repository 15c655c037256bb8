"""Reference: a running depth; it must never drop below zero and must end at zero."""
import sys

s = sys.stdin.readline().strip()
depth = 0
ok = True
for ch in s:
    if ch == "(":
        depth += 1
    else:
        depth -= 1
        if depth < 0:
            ok = False
            break
print("YES" if ok and depth == 0 else "NO")
