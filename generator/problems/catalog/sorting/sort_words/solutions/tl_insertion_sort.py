"""Too slow: insertion sort with the same order, O(N^2) comparisons."""
import sys

data = sys.stdin.read().split()
words = list(set(data[1:1 + int(data[0])]))
for i in range(1, len(words)):
    w, key = words[i], (len(words[i]), words[i])
    j = i - 1
    while j >= 0 and (len(words[j]), words[j]) > key:
        words[j + 1] = words[j]
        j -= 1
    words[j + 1] = w
print("\n".join(words))
