"""Wrong: longest first."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
done = total = 0
for p in sorted(map(int, data[1:1 + n]), reverse=True):
    done += p
    total += done
print(total)
