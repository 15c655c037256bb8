"""sieve.is_prime: the samples (testlib style): python gen_sample.py SEED sample [key=value ...].

The shared gen.py drew 3 to 5 numbers from 1..59 without looking at them: for seed 5 both samples held no prime at
all (every answer NO), so a program printing NO for everything passed them. This draws the same way and redraws until
a sample holds at least one prime and at least one number that is not.

The first sample also holds the square of an odd prime (9, 25 or 49: trial division must try d = sqrt(n), as
d * d < n would call it prime); the second (kind=one) holds 1, which is not a prime.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "sample", mode
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
rng = random.Random(seed)


def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


while True:
    values = rng.sample(range(1, 60), rng.randint(3, 5))
    special = 1 in values if opts.get("kind") == "one" else any(v in values for v in (9, 25, 49))
    if any(map(is_prime, values)) and not all(map(is_prime, values)) and special:
        break
print(len(values))
print("\n".join(map(str, values)))
