"""Wrong: adds one node per letter of every distinct word, without sharing common beginnings."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    children = [{}]
    for w in set(data[1:1 + n]):
        for ch in w:
            children.append({})
    print(len(children) - 1)  # every node but the root (the empty prefix)


main()
