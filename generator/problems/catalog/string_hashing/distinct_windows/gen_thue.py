"""distinct_windows: anti-hash tests for a modulus that is a power of two (testlib style): python gen_thue.py SEED thue.

A hash modulo 2^61 (or 2^64) instead of the prime 2^61 - 1 passes random and birthday-collision tests, but with an odd
base the Thue-Morse word T_k and its complement ~T_k hash alike for every base once k >= 10. S holds
T_{k+1} = T_k + ~T_k (k = 10 or 11, two random letters for the bits) between random fillers, and K = 2^k: the windows
T_k and ~T_k are different, so a reference hashing modulo 2^61 counts one window too few (mutation sweep, seed 1, on
string_hashing.same_pieces and count_matches: the same modulus passed every published test there).
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "thue", mode
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"
zero, one = rng.sample(LETTERS, 2)
k = rng.choice([10, 11])
bits = [0]
for _ in range(k + 1):
    bits += [1 - b for b in bits]
core = "".join(one if b else zero for b in bits)


def filler():
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(0, 40)))


s = filler() + core + filler()
sys.stdout.write(f"{len(s)} {1 << k}\n{s}\n")
