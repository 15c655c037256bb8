"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
p = nums[1]
answers = case["output"].split()
parts = []
for i, x in enumerate(answers):
    a, b = nums[2 + 2 * i], nums[3 + 2 * i]
    inverse = pow(b, p - 2, p)
    check = f"{'확인' if ko else 'check'}: {b} · {x} = {b * int(x)} ≡ {a % p}"
    parts.append(f"{a}/{b}: {b}^({p}-2) ≡ {inverse}, {a} · {inverse} ≡ {x} ({check})")
if ko:
    lead = ("분수 a/b는 a에 b의 역원을 곱한 값입니다. b의 역원은 b · y ≡ 1 (mod p)인 정수 y (0 ≤ y < p)이고, p가 소수이므로 "
            f"페르마의 소정리 b^(p-1) ≡ 1에 따라 y ≡ b^(p-2)입니다. 다음 계산은 모두 mod {p}입니다. ")
else:
    lead = ("The fraction a/b is a times the inverse of b: the integer y (0 ≤ y < p) with b · y ≡ 1 (mod p). As p is "
            f"prime, Fermat's little theorem b^(p-1) ≡ 1 gives y ≡ b^(p-2). Everything modulo {p}: ")
print(lead + "; ".join(parts) + ".")
