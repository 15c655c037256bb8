"""Wrong: sorts from smallest to largest and counts the positions i with c[i] >= i + 1."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
c = sorted(map(int, data[1:1 + n]))
print(sum(1 for i in range(n) if c[i] >= i + 1))
