"""Too slow: walks the positions from 0 until the code matches, up to 2^60 steps."""
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for token in data[1:1 + q]:
    code, i = int(token), 0
    while i ^ (i >> 1) != code:
        i += 1
    out.append(i)
print("\n".join(map(str, out)))
