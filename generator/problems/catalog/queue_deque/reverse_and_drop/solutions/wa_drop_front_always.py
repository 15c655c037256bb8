"""Wrong: a D always removes the original first element, whatever the reversals did."""
import sys
from collections import deque

lines = sys.stdin.read().split("\n")
items = deque(lines[1].split())
reversed_now = False
for c in lines[2].strip():
    if c == "R":
        reversed_now = not reversed_now
    elif not items:
        print("error")
        sys.exit()
    else:
        items.popleft()
if not items:
    print("empty")
else:
    print(" ".join(reversed(items) if reversed_now else items))
