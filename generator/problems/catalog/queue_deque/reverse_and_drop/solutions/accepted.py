"""Never reverse anything: a deque plus a flag saying which end is the front. D removes at the current front;
the flag decides the printing order at the end."""
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
    print("empty")
else:
    print(" ".join(reversed(items) if reversed_now else items))
