"""Wrong: counts letters that appear an odd number of times (the rearranging rule), not mirror positions."""
import sys
from collections import Counter

data = sys.stdin.read().split()
s = data[1]
odd = sum(1 for c in Counter(s).values() if c % 2)
print(odd // 2)
