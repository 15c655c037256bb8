"""Wrong: always uses every rope."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
w = sorted(map(int, data[1:1 + n]), reverse=True)
print(w[-1] * n)
