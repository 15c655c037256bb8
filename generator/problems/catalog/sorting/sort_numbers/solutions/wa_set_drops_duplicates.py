"""Wrong: a set drops repeated numbers."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
print("\n".join(map(str, sorted(set(map(int, data[1:1 + n]))))))
