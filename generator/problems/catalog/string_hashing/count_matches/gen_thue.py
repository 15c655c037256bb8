"""count_matches: anti-hash tests for a modulus that is a power of two (testlib style): python gen_thue.py SEED thue.

A hash modulo 2^61 (or 2^64) instead of the prime 2^61 - 1 passes the random and birthday-collision tests: with an
odd base the Thue-Morse word T_k and its complement ~T_k collide for every base once k >= 10 (and so do T_k + c and
~T_k + c), and with an even base B^k is 0 for k >= 61, so two windows that end in the same 61 letters collide.
The pattern is ~T_k + c (k = 10 or 11, c a random tail of 70-120 letters over other letters); the text holds it
once, T_k + c once or twice (odd-base trap) and y + c with y = ~T_k changed in its first letter (even-base trap),
between random fillers.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "thue", mode
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"
p, q, r = rng.sample(LETTERS, 3)
bits = [0]
for _ in range(rng.choice([10, 11])):
    bits += [1 - b for b in bits]
word = "".join(q if b else p for b in bits)
other = "".join(p if b else q for b in bits)
rest = [ch for ch in LETTERS if ch not in (p, q)]
tail = "".join(rng.choice(rest) for _ in range(rng.randint(70, 120)))
changed = r + other[1:]
pattern = other + tail


def filler():
    return "".join(rng.choice(rest) for _ in range(rng.randint(1, 30)))


pieces = [pattern, word + tail, changed + tail] + [word + tail] * rng.randint(0, 1)
rng.shuffle(pieces)
t = filler() + "".join(piece + filler() for piece in pieces)
sys.stdout.write(f"{t}\n{pattern}\n")
