"""Wrong: matches each letter of A to the next occurrence in B after the last match. The result is a common
subsequence, but not always a longest one."""
import sys


def main():
    a, b = sys.stdin.read().split()
    letters, k = [], 0
    for ch in a:
        found = b.find(ch, k)
        if found != -1:
            letters.append(ch)
            k = found + 1
    word = "".join(letters)
    print(len(word))
    if word:
        print(word)


main()
