"""Wrong: a closing bracket with nothing to match is silently ignored."""
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
            depth = 0
print("YES" if ok and depth == 0 else "NO")
