"""Wrong: never checks how many letters have odd counts; it puts the first odd letter in the middle and prints
a row that does not use all the letters when two or more counts are odd."""
import sys
from collections import Counter

data = sys.stdin.read().split()
counts = Counter(data[1])
odd = [c for c in sorted(counts) if counts[c] % 2]
half = "".join(c * (counts[c] // 2) for c in sorted(counts))
print(half + (odd[0] if odd else "") + half[::-1])
