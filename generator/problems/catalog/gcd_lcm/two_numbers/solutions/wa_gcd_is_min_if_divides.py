import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    small, large = min(a, b), max(a, b)
    x = small if large % small == 0 else 1  # "either one divides the other or they are coprime"
    out.append(f"{x} {a // x * b}")
print("\n".join(out))
