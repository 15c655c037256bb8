"""Wrong: merge sort that adds 1 instead of len(left) - i when a right element jumps ahead."""
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))


def sort_count(v):
    if len(v) <= 1:
        return v, 0
    mid = len(v) // 2
    left, x = sort_count(v[:mid])
    right, y = sort_count(v[mid:])
    merged, i, j, inv = [], 0, 0, x + y
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
            inv += 1
    merged += left[i:] + right[j:]
    return merged, inv


print(sort_count(a)[1])
