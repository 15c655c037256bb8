"""Wrong: checks bits 0..58 only (range(59)), forgetting bit 59, which 10^18 >= 2^59 can use."""
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for token in data[1:1 + q]:
    x = int(token)
    out.append(sum((x >> b) & 1 for b in range(59)))
print("\n".join(map(str, out)))
