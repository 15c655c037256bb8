"""Wrong: the register is a 32-bit unsigned integer, so switches 32..59 are lost."""
import sys

lines = sys.stdin.buffer.read().split(b"\n")
q = int(lines[0])
mask = 0
out = []
for line in lines[1:1 + q]:
    parts = line.split()
    if parts[0] == b"code":
        out.append(mask)
        continue
    bit = (1 << int(parts[1])) & 0xFFFFFFFF
    command = parts[0]
    if command == b"on":
        mask |= bit
    elif command == b"off":
        mask &= ~bit  # AND with the complement clears the bit whatever it was
    elif command == b"flip":
        mask ^= bit
    else:
        out.append(1 if mask & bit else 0)
print("\n".join(map(str, out)))
