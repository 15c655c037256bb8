"""longest_repeat: anti-hash test for a modulus that is a power of two (testlib style): python gen_thue.py SEED thue.

A hash modulo 2^64 (or 2^61) instead of a prime passes random and birthday-collision tests, but with an odd base the
Thue-Morse word T of length 2^k and its complement ~T hash alike for every base once k >= 10, and so do P + T + G
and P + ~T + G for any P and G (with an even base B^j is 0 for j >= 64, and those two end in the same G). S holds
x + P + T + G + y + P + ~T + G + z (P and G random, 1500-3500 letters; x, y, z short random fillers; k = 12), so
such a hash sees a repeat of every length from 2^k to 2^k + |P| + |G|, while the true answer is about
max(|P|, |G|, 2^(k-1)): a binary search on the length, or a doubling one, probes a length in that band.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "thue", mode
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"
zero, one = rng.sample(LETTERS, 2)
bits = [0]
for _ in range(12):
    bits += [1 - b for b in bits]
core = "".join(one if b else zero for b in bits)
flip = "".join(zero if b else one for b in bits)


def word(low, high):
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(low, high)))


head, tail = word(1500, 3500), word(1500, 3500)
s = word(0, 40) + head + core + tail + word(1, 40) + head + flip + tail + word(0, 40)
sys.stdout.write(f"{len(s)}\n{s}\n")
