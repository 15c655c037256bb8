"""Wrong: prints the value seen the fewest times, but the answer may appear 3 times and another value 2 times."""
import sys
from collections import Counter

data = sys.stdin.buffer.read().split()
n = int(data[0])
counts = Counter(map(int, data[1:1 + n]))
print(min(counts, key=lambda v: (counts[v], v)))
