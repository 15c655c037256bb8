"""Too slow: keeps the top at the front of the list; insert(0) and pop(0) shift the whole pile, O(N^2)."""
import sys

lines = sys.stdin.buffer.read().split(b"\n")
stack, out = [], []
for line in lines[1:1 + int(lines[0])]:
    if line.startswith(b"push"):
        stack.insert(0, int(line[5:]))
    elif line == b"pop":
        out.append(stack.pop(0) if stack else -1)
    elif line == b"size":
        out.append(len(stack))
    elif line == b"empty":
        out.append(0 if stack else 1)
    else:
        out.append(stack[0] if stack else -1)
sys.stdout.write("".join(f"{v}\n" for v in out))
