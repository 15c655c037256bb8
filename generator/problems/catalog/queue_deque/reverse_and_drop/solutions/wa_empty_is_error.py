"""Wrong: reports an error as soon as the line becomes empty, even when no further D comes."""
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
    elif reversed_now:
        items.pop()
    else:
        items.popleft()
if not items:
    print("error")
else:
    print(" ".join(reversed(items) if reversed_now else items))
