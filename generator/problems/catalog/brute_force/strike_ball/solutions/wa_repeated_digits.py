"""Wrong: also tries secrets with a repeated digit (product instead of permutations)."""
import sys
from itertools import product


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    questions = [(data[1 + 3 * i], int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(n)]
    count = 0
    for secret in product("123456789", repeat=3):
        ok = True
        for guess, s, b in questions:
            strikes = (secret[0] == guess[0]) + (secret[1] == guess[1]) + (secret[2] == guess[2])
            common = len(set(secret) & set(guess))
            if strikes != s or common - strikes != b:
                ok = False
                break
        if ok:
            count += 1
    print(count)


main()
