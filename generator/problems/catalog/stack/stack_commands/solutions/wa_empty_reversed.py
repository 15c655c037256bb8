"""Wrong: "empty" prints 1 for a non-empty pile and 0 for an empty one (the meaning reversed)."""
import sys

lines = sys.stdin.buffer.read().split(b"\n")
stack, out = [], []
for line in lines[1:1 + int(lines[0])]:
    if line.startswith(b"push"):
        stack.append(int(line[5:]))
    elif line == b"pop":
        out.append(stack.pop() if stack else -1)
    elif line == b"size":
        out.append(len(stack))
    elif line == b"empty":
        out.append(1 if stack else 0)
    else:
        out.append(stack[-1] if stack else -1)
sys.stdout.write("".join(f"{v}\n" for v in out))
