"""Wrong: subtracts how many letters the strings share (as multisets), ignoring the order of the letters."""
import sys
from collections import Counter

a, b = sys.stdin.read().split()
ca, cb = Counter(a), Counter(b)
shared = sum(min(ca[c], cb[c]) for c in ca)
print(len(a) + len(b) - shared)
