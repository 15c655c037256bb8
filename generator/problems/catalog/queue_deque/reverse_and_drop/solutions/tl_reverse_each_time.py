"""Too slow: reverses the whole list on every R, O(N) each, O(N * P) in all."""
import sys
from collections import deque

lines = sys.stdin.read().split("\n")
items = deque(lines[1].split())
for c in lines[2].strip():
    if c == "R":
        items.reverse()
    elif not items:
        print("error")
        sys.exit()
    else:
        items.popleft()
if not items:
    print("empty")
else:
    print(" ".join(items))
