"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
lo, hi = map(int, case["input"].split())
count = int(case["output"].split()[0])
found = [n for n in range(max(lo, 2), hi + 1) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
listed = " (" + ", ".join(map(str, found)) + ")" if 0 < count <= 15 else ""
if ko:
    print(f"{lo} 이상 {hi} 이하의 소수는 {count}개입니다{listed}.")
else:
    print(f"There {'is' if count == 1 else 'are'} {count} {'prime' if count == 1 else 'primes'} from {lo} to {hi}{listed}.")
