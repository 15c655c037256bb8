"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.

Shows what each query counts (the valid codes themselves when there are few, else how many of all the codes are
valid), not how to count them: the complement is the task's idea."""
import itertools
import json
import sys

MOD = 10**9 + 7
LISTED = 16  # at most this many valid codes are written out
case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()[1:]))
answers = case["output"].strip().split("\n")
parts = []
for i, ans in enumerate(answers):
    n, k, s = nums[3 * i:3 * i + 3]
    total = k ** n if n * k.bit_length() <= 64 else None  # exact only while it is small enough to read
    valid = total - (k - s) ** n if total is not None else None
    label = f"질문 {i + 1}" if ko else f"Query {i + 1}"
    if valid is not None and valid <= LISTED and k <= 26:
        letters = "abcdefghijklmnopqrstuvwxyz"[:k]
        codes = ["".join(c) for c in itertools.product(letters, repeat=n) if any(ch in letters[:s] for ch in c)]
        special = ", ".join(letters[:s])
        if ko:
            parts.append(f"{label}: 기호 {', '.join(letters)} 중 특수 기호가 {special}일 때 유효한 암호는 "
                         f"{', '.join(codes)}(으)로 {valid}개입니다.")
        else:
            parts.append(f"{label}: call the symbols {', '.join(letters)} and the special one{'s' if s > 1 else ''} "
                         f"{special}; the valid codes are {', '.join(codes)}: {valid} of them.")
    elif valid is not None and total < MOD:
        parts.append(f"{label}: 길이 {n}인 암호 {total}개 중 {valid}개가 특수 기호를 하나 이상 포함합니다." if ko else
                     f"{label}: {valid} of the {total} codes of length {n} contain a special symbol.")
    else:
        parts.append(f"{label}: 유효한 암호는 매우 많아서, 그 수를 10^9 + 7로 나눈 나머지 {ans}을(를) 출력합니다." if ko else
                     f"{label}: there are far too many valid codes to list; their number leaves remainder {ans} "
                     f"modulo 10^9 + 7.")
print(" ".join(parts))
