"""Wrong: pop and top take the bottom of the pile (a queue, not a stack)."""
import sys

lines = sys.stdin.buffer.read().split(b"\n")
stack, out = [], []
for line in lines[1:1 + int(lines[0])]:
    if line.startswith(b"push"):
        stack.append(int(line[5:]))
    elif line == b"pop":
        out.append(stack.pop(0) if stack else -1)
    elif line == b"size":
        out.append(len(stack))
    elif line == b"empty":
        out.append(0 if stack else 1)
    else:
        out.append(stack[0] if stack else -1)
sys.stdout.write("".join(f"{v}\n" for v in out))
