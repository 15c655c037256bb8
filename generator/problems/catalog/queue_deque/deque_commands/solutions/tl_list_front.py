"""Too slow: a list with the front at index 0; insert(0) and pop(0) shift the whole line, O(N^2)."""
import sys

lines = sys.stdin.buffer.read().split(b"\n")
items, out = [], []
for cmd in lines[1:1 + int(lines[0])]:
    if cmd.startswith(b"push_front"):
        items.insert(0, int(cmd[11:]))
    elif cmd.startswith(b"push_back"):
        items.append(int(cmd[10:]))
    elif cmd == b"pop_front":
        out.append(items.pop(0) if items else -1)
    elif cmd == b"pop_back":
        out.append(items.pop() if items else -1)
    elif cmd == b"size":
        out.append(len(items))
    elif cmd == b"empty":
        out.append(0 if items else 1)
    elif cmd == b"front":
        out.append(items[0] if items else -1)
    else:
        out.append(items[-1] if items else -1)
sys.stdout.write("".join(f"{v}\n" for v in out))
