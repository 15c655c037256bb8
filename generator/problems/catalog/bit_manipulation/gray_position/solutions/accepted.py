import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for token in data[1:1 + q]:
    i = int(token)
    # Bit k of the position is the XOR of the code's bits k, k+1, ...: fold the higher bits down by doubling shifts
    # (1, 2, 4, ..., 32 cover all 60 bits).
    i ^= i >> 1
    i ^= i >> 2
    i ^= i >> 4
    i ^= i >> 8
    i ^= i >> 16
    i ^= i >> 32
    out.append(i)
print("\n".join(map(str, out)))
