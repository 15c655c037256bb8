"""Too slow: the natural shortcut, one sorted list kept with bisect.insort; the maximum is pop() and the minimum
pop(0). Insertions at the front and pop(0) shift the whole list, O(Q^2)."""
import sys
from bisect import insort

lines = sys.stdin.buffer.read().split(b"\n")
q = int(lines[0])
items = []
out = []
for line in lines[1:1 + q]:
    op, arg = line.split()
    if op == b"I":
        insort(items, int(arg))
    elif not items:
        out.append("EMPTY")
    else:
        out.append(str(items.pop() if arg == b"1" else items.pop(0)))
sys.stdout.write("\n".join(out) + "\n")
