import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    x = min(a, b)
    while a % x or b % x:  # try every candidate from the smaller number down
        x -= 1
    out.append(f"{x} {a // x * b}")
print("\n".join(out))
