"""Reference: sort the numbers as strings with the order "a before b when a + b > b + a"."""
import sys
from functools import cmp_to_key

data = sys.stdin.read().split()
words = data[1:1 + int(data[0])]
words.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
answer = "".join(words)
print("0" if answer[0] == "0" else answer)
