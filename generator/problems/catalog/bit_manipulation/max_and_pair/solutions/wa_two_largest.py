"""Wrong: ANDs the two largest masks, which need not share the most valuable bits."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = sorted(map(int, data[1:1 + n]))
print(a[-1] & a[-2])
