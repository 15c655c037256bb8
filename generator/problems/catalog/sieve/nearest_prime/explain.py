"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
n = int(case["input"].split()[0])
answer = int(case["output"].split()[0])


def is_prime(k):
    return k >= 2 and all(k % d for d in range(2, int(k ** 0.5) + 1))


below = next((k for k in range(n, 1, -1) if is_prime(k)), None)
above = next(k for k in range(n, 2 * n + 3) if is_prime(k))
tie = below is not None and below != n and n - below == above - n


if below == n:
    print(f"{n}은(는) 소수이므로 답은 {n}입니다." if ko else f"{n} is itself a prime.")
elif ko:
    left = f"{n} 아래에서 가장 가까운 소수는 {below}(거리 {n - below}), " if below else f"{n} 아래에는 소수가 없고, "
    if tie:
        print(f"{left}위에서 가장 가까운 소수는 {above}(거리 {above - n})이고, 두 거리가 같으므로 더 작은 {answer}이(가) 답입니다.")
    else:
        print(f"{left}위에서 가장 가까운 소수는 {above}(거리 {above - n})이므로 답은 {answer}입니다.")
else:
    left = f"The nearest prime below {n} is {below} (distance {n - below}), " if below else f"There is no prime below {n}; "
    if tie:
        print(f"{left}the nearest above is {above} (distance {above - n}); both are equally far, so the smaller one, "
              f"{answer}, is the answer.")
    else:
        print(f"{left}the nearest above is {above} (distance {above - n}), so the answer is {answer}.")
