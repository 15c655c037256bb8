"""Wrong: `front` reads the back end (front and back mixed up)."""
import sys
from collections import deque

lines = sys.stdin.buffer.read().split(b"\n")
items, out = deque(), []
for cmd in lines[1:1 + int(lines[0])]:
    if cmd.startswith(b"push_front"):
        items.appendleft(int(cmd[11:]))
    elif cmd.startswith(b"push_back"):
        items.append(int(cmd[10:]))
    elif cmd == b"pop_front":
        out.append(items.popleft() if items else -1)
    elif cmd == b"pop_back":
        out.append(items.pop() if items else -1)
    elif cmd == b"size":
        out.append(len(items))
    elif cmd == b"empty":
        out.append(0 if items else 1)
    elif cmd == b"front":
        out.append(items[-1] if items else -1)
    else:
        out.append(items[-1] if items else -1)
sys.stdout.write("".join(f"{v}\n" for v in out))
