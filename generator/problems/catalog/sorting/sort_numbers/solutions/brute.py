"""Obviously correct: repeatedly take out the smallest remaining number."""
import sys

data = sys.stdin.read().split()
left = [int(x) for x in data[1:1 + int(data[0])]]
while left:
    smallest = left[0]
    for x in left:
        if x < smallest:
            smallest = x
    left.remove(smallest)
    print(smallest)
